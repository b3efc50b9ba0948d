import { assertId, caseSafeSuffix, InvalidIdError, isSalesforceId, normalizeRecordId, toCaseSafeId } from './ids';

// Ids and suffixes as Salesforce shows them (a 15-character id from a URL and the 18-character form the API returns).
const ID15 = '001D000000IqhSL';
const ID18 = '001D000000IqhSLIAZ';

describe('Salesforce ids', () => {
  it('computes the case-safe suffix from the capitals of each five-character chunk', () => {
    expect(caseSafeSuffix(ID15)).toBe('IAZ');
    expect(caseSafeSuffix('001000000000001')).toBe('AAA');
    expect(caseSafeSuffix('ZZZZZZZZZZZZZZZ')).toBe('555');
    expect(caseSafeSuffix('00T000000000001')).toBe('EAA');
  });

  it('turns a 15-character id into its 18-character form and keeps a correct 18-character id', () => {
    expect(toCaseSafeId(ID15)).toBe(ID18);
    expect(toCaseSafeId(ID18)).toBe(ID18);
    // The suffix itself is case-insensitive (that is what it is for); the first 15 characters are not.
    expect(toCaseSafeId('001D000000IqhSLiaz')).toBe(ID18);
  });

  it.each<[string, string, string]>([
    ['empty', '', 'not a Salesforce id: "" (expected 15 or 18 letters and digits)'],
    ['too short', '001D000000IqhS', 'not a Salesforce id: "001D000000IqhS" (expected 15 or 18 letters and digits)'],
    ['16 characters', `${ID15}I`, 'not a Salesforce id: "001D000000IqhSLI" (expected 15 or 18 letters and digits)'],
    ['19 characters', `${ID18}A`, 'not a Salesforce id: "001D000000IqhSLIAZA" (expected 15 or 18 letters and digits)'],
    [
      'a SOQL injection',
      "001' OR Name != '",
      `not a Salesforce id: "001' OR Name != '" (expected 15 or 18 letters and digits)`,
    ],
    ['a space', ` ${ID15}`, 'not a Salesforce id: " 001D000000IqhSL" (expected 15 or 18 letters and digits)'],
    [
      'non-ASCII letters',
      '001D000000IqhSĹ',
      'not a Salesforce id: "001D000000IqhSĹ" (expected 15 or 18 letters and digits)',
    ],
    [
      'a control character',
      '001D000000Iq\u001b[2J',
      'not a Salesforce id: "001D000000Iq\\x1b[2J" (expected 15 or 18 letters and digits)',
    ],
    [
      'a wrong suffix',
      '001D000000IqhSLAAA',
      'not a Salesforce id: "001D000000IqhSLAAA" (its last three characters should be IAZ for the first 15: check for a typo or a changed letter case)',
    ],
    [
      'a changed letter case',
      '001d000000iqhslIAZ',
      'not a Salesforce id: "001d000000iqhslIAZ" (its last three characters should be AAA for the first 15: check for a typo or a changed letter case)',
    ],
    [
      'a suffix outside the alphabet',
      '001D000000IqhSL999',
      'not a Salesforce id: "001D000000IqhSL999" (its last three characters should be IAZ for the first 15: check for a typo or a changed letter case)',
    ],
    [
      'a very long value (shown cut)',
      'x'.repeat(10_000),
      `not a Salesforce id: "${'x'.repeat(40)}…" (expected 15 or 18 letters and digits)`,
    ],
  ])('rejects %s with a message that says why', (_label, value, message) => {
    expect(() => toCaseSafeId(value)).toThrow(new InvalidIdError(value, message.slice(message.indexOf('(') + 1, -1)));
    expect(() => toCaseSafeId(value)).toThrow(message);
    expect(isSalesforceId(value)).toBe(false);
    expect(() => assertId(value)).toThrow(InvalidIdError);
  });

  it('isSalesforceId and assertId accept what the normaliser accepts; assertId hands back the 18-character form', () => {
    expect(isSalesforceId(ID15)).toBe(true);
    expect(isSalesforceId(ID18)).toBe(true);
    expect(isSalesforceId(42)).toBe(false);
    expect(isSalesforceId(undefined)).toBe(false);
    expect(assertId(ID15)).toBe(ID18);
    expect(assertId(ID18)).toBe(ID18);
  });

  it('checks the object an id belongs to by its key prefix', () => {
    expect(normalizeRecordId(ID15, 'Account')).toBe(ID18);
    expect(() => normalizeRecordId('003D000000IqhSL', 'Account')).toThrow(
      'invalid account id "003D000000IqhSL": an Account id starts with 001 (this one is not an account)',
    );
    expect(() => normalizeRecordId('001D000000IqhSLAAA', 'Account')).toThrow(
      'invalid account id "001D000000IqhSLAAA": its last three characters should be IAZ for the first 15: check for a typo or a changed letter case',
    );
    expect(() => normalizeRecordId('abc', 'Account')).toThrow(
      'invalid account id "abc": expected 15 or 18 letters and digits',
    );
  });
});
