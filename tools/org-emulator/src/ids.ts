/**
 * Record ids as the emulator's routes need them. The id arithmetic (key prefixes, case-safe suffix) lives in
 * data/ids.ts, shared with the dataset generator; ids the emulator makes at run time carry the pod 'EM', so they
 * never collide with generated ones.
 */
import { checksumSuffix, makeSalesforceId } from './data/ids';

export { checksumSuffix as caseSafeSuffix };

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/;

/** The 18-character form of a 15- or 18-character id, or undefined when the text is not an id at all. */
export function normalizeId(text: string): string | undefined {
  if (!ID_PATTERN.test(text)) return undefined;
  const id15 = text.slice(0, 15);
  const id18 = id15 + checksumSuffix(id15);
  if (text.length === 18 && text.slice(15).toUpperCase() !== id18.slice(15)) return undefined;
  return id18;
}

/** Builds an 18-character id from a key prefix, a two-character pod marker and a sequence number. */
export function makeId(prefix: string, sequence: number, pod = 'EM'): string {
  return makeSalesforceId(prefix, sequence, pod);
}
