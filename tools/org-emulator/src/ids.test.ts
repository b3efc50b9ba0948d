import { caseSafeSuffix, makeId, normalizeId } from './ids';

describe('record ids', () => {
  it('computes the case-safe suffix Salesforce documents', () => {
    // A known pair from a real org: 001D000000IqhSL → 001D000000IqhSLIAZ.
    expect(caseSafeSuffix('001D000000IqhSL')).toBe('IAZ');
  });

  it('normalizes 15-character ids and rejects bad suffixes', () => {
    expect(normalizeId('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(normalizeId('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
    expect(normalizeId('001D000000IqhSLAAA')).toBeUndefined();
    expect(normalizeId('not-an-id')).toBeUndefined();
  });

  it('makes 18-character ids with the key prefix', () => {
    const id = makeId('003', 61);
    expect(id).toHaveLength(18);
    expect(id.startsWith('003EM0')).toBe(true);
    expect(normalizeId(id.slice(0, 15))).toBe(id);
  });
});
