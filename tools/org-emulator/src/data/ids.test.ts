import fc from 'fast-check';
import { checksumSuffix, IdSequence, isValidSalesforceId, KEY_PREFIXES, makeSalesforceId, to18 } from './ids';

describe('Salesforce ids', () => {
  it('computes the case-safe suffix of a known real id', () => {
    expect(checksumSuffix('001D000000IqhSL')).toBe('IAZ');
    expect(to18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(to18('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
  });

  it('builds ids from prefix, pod, a reserved zero and nine base-62 digits', () => {
    expect(makeSalesforceId('001', 0)).toBe('0018d000000000' + '0AAA');
    expect(makeSalesforceId('003', 61)).toBe('0038d000000000zAAA');
    // 62 → "10"; in the third chunk "0000Z" only position 4 is upper case: bit 4 → 'Q'.
    expect(makeSalesforceId('003', 62)).toBe('0038d0000000010AAA');
    expect(makeSalesforceId('006', 35)).toBe('0068d000000000ZAAQ');
    // K, E and M are upper case at positions 2–4 of the first chunk: 4 + 8 + 16 = 28 → '2'.
    expect(makeSalesforceId('00K', 1, 'EM')).toBe('00KEM00000000012AA');
  });

  it('keeps id order equal to serial order', () => {
    const serials = [0, 9, 10, 35, 36, 61, 62, 3843, 3844, 1_000_000];
    const ids = serials.map((serial) => makeSalesforceId('00T', serial));
    expect([...ids].sort()).toEqual(ids);
  });

  it('rejects bad prefixes, pods and serials', () => {
    expect(() => makeSalesforceId('01', 1)).toThrow('bad id prefix');
    expect(() => makeSalesforceId('001', 1, 'x')).toThrow('bad id prefix');
    expect(() => makeSalesforceId('001', -1)).toThrow('bad id serial');
    expect(() => makeSalesforceId('001', 1.5)).toThrow('bad id serial');
    expect(() => to18('001D000000IqhS')).toThrow('not a Salesforce id');
  });

  it('validates length, characters, prefix and suffix', () => {
    const id = makeSalesforceId('0RE', 4711);
    expect(isValidSalesforceId(id)).toBe(true);
    expect(isValidSalesforceId(id, '0RE')).toBe(true);
    expect(isValidSalesforceId(id, '00U')).toBe(false);
    expect(isValidSalesforceId(id.slice(0, 15))).toBe(false);
    expect(isValidSalesforceId(id.slice(0, 15) + 'AAB')).toBe(false);
    expect(isValidSalesforceId('001D000000IqhSLIA-')).toBe(false);
    expect(isValidSalesforceId(42)).toBe(false);
  });

  it('detects a case change of any letter through the suffix', () => {
    const alphanumeric = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.split(''));
    const id15 = fc.array(alphanumeric, { minLength: 15, maxLength: 15 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(id15, fc.nat(14), (id, position) => {
        const id18 = to18(id);
        const c = id[position]!;
        const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
        fc.pre(flipped !== c);
        const changed = id.slice(0, position) + flipped + id.slice(position + 1) + id18.slice(15);
        return isValidSalesforceId(id18) && !isValidSalesforceId(changed);
      }),
    );
  });

  it('hands out consecutive ids per object, starting at serial 1', () => {
    const ids = new IdSequence();
    expect(ids.id('Account')).toBe(makeSalesforceId(KEY_PREFIXES.Account, 1));
    expect(ids.id('Contact')).toBe(makeSalesforceId(KEY_PREFIXES.Contact, 1));
    expect(ids.id('Account')).toBe(makeSalesforceId(KEY_PREFIXES.Account, 2));
  });

  it('uses the standard key prefixes', () => {
    expect(KEY_PREFIXES).toMatchObject({
      Account: '001',
      Contact: '003',
      User: '005',
      Opportunity: '006',
      OpportunityContactRole: '00K',
      AccountTeamMember: '01M',
      OpportunityTeamMember: '00q',
      Task: '00T',
      Event: '00U',
      EventRelation: '0RE',
    });
  });
});
