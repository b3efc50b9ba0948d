// Salesforce record ids: 15 case-sensitive letters and digits (what URLs and reports show) or those 15 plus a
// three-character suffix that records which of them are capitals (what the API returns). Every id that reaches the
// service from outside (an HTTP path, a command line) and every id put into SOQL passes through here, so a 15-character
// id and its 18-character form are the same account, and a mistyped id is refused before any API call.
import { quoteVisible } from '../visible-text';

const SHAPE = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Key prefixes (the first three characters) of the objects whose ids people hand the service. */
export const KEY_PREFIXES = { Account: '001' } as const;
export type KeyPrefixedObject = keyof typeof KEY_PREFIXES;

export class InvalidIdError extends Error {
  override name = 'InvalidIdError';

  constructor(
    readonly value: string,
    readonly reason: string,
    what = 'Salesforce id',
  ) {
    super(
      what === 'Salesforce id'
        ? `not a Salesforce id: ${quoteVisible(value)} (${reason})`
        : `invalid ${what} ${quoteVisible(value)}: ${reason}`,
    );
  }
}

/** The three characters that make a 15-character id case-safe: one per five characters, a bit per capital. */
export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 15; chunk += 5) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const code = id15.charCodeAt(chunk + i);
      if (code >= 65 && code <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** Why `value` is not an id, or undefined when it is one. */
function problemWith(value: string): string | undefined {
  if (!SHAPE.test(value)) return 'expected 15 or 18 letters and digits';
  if (value.length === 15) return undefined;
  const expected = caseSafeSuffix(value.slice(0, 15));
  if (value.slice(15).toUpperCase() === expected) return undefined;
  return `its last three characters should be ${expected} for the first 15: check for a typo or a changed letter case`;
}

/** The 18-character form of a 15- or 18-character id; throws InvalidIdError for anything else. */
export function toCaseSafeId(value: string): string {
  const problem = problemWith(value);
  if (problem) throw new InvalidIdError(value, problem);
  return value.slice(0, 15) + caseSafeSuffix(value.slice(0, 15));
}

export const isSalesforceId = (value: unknown): value is string =>
  typeof value === 'string' && problemWith(value) === undefined;

/** The SOQL guard: the 18-character form of a valid id, or InvalidIdError. */
export const assertId = (value: string): string => toCaseSafeId(value);

/**
 * An id a person gave for a record of `object` (an HTTP path, `--account`), as the 18-character form; InvalidIdError
 * with a message naming the object otherwise.
 */
export function normalizeRecordId(value: string, object: KeyPrefixedObject): string {
  const what = `${object.toLowerCase()} id`;
  const problem = problemWith(value);
  if (problem) throw new InvalidIdError(value, problem, what);
  const prefix = KEY_PREFIXES[object];
  if (!value.startsWith(prefix)) {
    throw new InvalidIdError(
      value,
      `an ${object} id starts with ${prefix} (this one is not an ${object.toLowerCase()})`,
      what,
    );
  }
  return toCaseSafeId(value);
}
