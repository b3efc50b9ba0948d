/**
 * Salesforce record ids: a 3-character key prefix, 12 characters of identity and a 3-character suffix that makes
 * the id case-insensitively unique (each suffix character encodes which of five characters are upper case).
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let mask = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) mask |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[mask];
  }
  return suffix;
}

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/;

/** The 18-character form of a 15- or 18-character id, or undefined when the text is not an id at all. */
export function normalizeId(text: string): string | undefined {
  if (!ID_PATTERN.test(text)) return undefined;
  const id15 = text.slice(0, 15);
  const id18 = id15 + caseSafeSuffix(id15);
  if (text.length === 18 && text.slice(15).toUpperCase() !== id18.slice(15)) return undefined;
  return id18;
}

export function toBase62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/** Builds an 18-character id from a key prefix, a two-character pod marker and a sequence number. */
export function makeId(prefix: string, sequence: number, pod = 'EM'): string {
  const id15 = `${prefix}${pod}0${toBase62(sequence, 9)}`;
  return id15 + caseSafeSuffix(id15);
}
