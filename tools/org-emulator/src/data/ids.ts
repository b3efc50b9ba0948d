// Salesforce record ids: 15 case-sensitive characters plus a 3-character suffix that encodes the case of the first
// 15, so the 18-character form survives case-insensitive systems (spreadsheets, some databases).

/** Key prefixes (the first three id characters) of the objects the emulator serves. */
export const KEY_PREFIXES = {
  Account: '001',
  Contact: '003',
  User: '005',
  Opportunity: '006',
  OpportunityContactRole: '00K',
  Task: '00T',
  Event: '00U',
  OpportunityTeamMember: '00q',
  AccountTeamMember: '01M',
  EventRelation: '0RE',
  TaskRelation: '0RT',
  AccountContactRelation: '07k',
  // Custom objects get org-specific prefixes in a real org; these are the ones this emulator uses.
  Relationship__c: 'a00',
  Contact_Blueprint__c: 'a01',
  Coverage_Warning__c: 'a02',
  Coverage_Snapshot__c: 'a03',
} as const;

export type KeyPrefixedObject = keyof typeof KEY_PREFIXES;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const SERIAL_DIGITS = 9;
const MAX_SERIAL = 62 ** SERIAL_DIGITS;
/** The pod/instance characters of ids the generator creates; the emulator may use another pod for runtime inserts. */
export const DATASET_POD = '8d';

function isUpperAsciiLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** The 3-character case-safe suffix of a 15-character id. */
export function checksumSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      if (isUpperAsciiLetter(id15.charCodeAt(chunk * 5 + i))) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** Converts a 15-character id to its 18-character form (an 18-character id is returned unchanged). */
export function to18(id: string): string {
  if (id.length === 18) return id;
  if (id.length !== 15) throw new Error(`not a Salesforce id: ${id}`);
  return id + checksumSuffix(id);
}

/**
 * The 18-character id of the `serial`-th record (0-based) with the given key prefix: prefix, pod, a reserved '0',
 * then the serial in 9 base-62 digits. Serials sort in the same order as the ids they produce.
 */
export function makeSalesforceId(prefix: string, serial: number, pod: string = DATASET_POD): string {
  if (prefix.length !== 3 || pod.length !== 2) throw new Error(`bad id prefix or pod: ${prefix} ${pod}`);
  if (!Number.isInteger(serial) || serial < 0 || serial >= MAX_SERIAL) throw new Error(`bad id serial: ${serial}`);
  let digits = '';
  let rest = serial;
  for (let i = 0; i < SERIAL_DIGITS; i++) {
    digits = BASE62[rest % 62] + digits;
    rest = Math.floor(rest / 62);
  }
  const id15 = prefix + pod + '0' + digits;
  return id15 + checksumSuffix(id15);
}

const ID_PATTERN = /^[0-9A-Za-z]{18}$/;

/** True when `id` is an 18-character id whose suffix matches its first 15 characters (and prefix, if given). */
export function isValidSalesforceId(id: unknown, prefix?: string): boolean {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return false;
  if (prefix !== undefined && !id.startsWith(prefix)) return false;
  return checksumSuffix(id.slice(0, 15)) === id.slice(15);
}

/** Hands out consecutive ids per key prefix. */
export class IdSequence {
  private readonly next = new Map<string, number>();

  constructor(private readonly pod: string = DATASET_POD) {}

  id(object: KeyPrefixedObject): string {
    const prefix = KEY_PREFIXES[object];
    const serial = this.next.get(prefix) ?? 1;
    this.next.set(prefix, serial + 1);
    return makeSalesforceId(prefix, serial, this.pod);
  }
}
