import { DEFAULT_ROLE_MAPPING, ROLE_INFO, mapOpportunityRole } from './roles';

describe('mapOpportunityRole', () => {
  it.each([
    ['Decision Maker', 'Power'],
    ['Economic Buyer', 'Power'],
    ['Economic Decision Maker', 'Power'],
    ['Executive Sponsor', 'Power'],
    ['Business User', 'User'],
    ['Technical Buyer', 'Advisor'],
    ['Evaluator', 'Advisor'],
    ['Influencer', 'Advisor'],
    ['Champion', 'Evangelist'],
    ['  economic   BUYER ', 'Power'],
  ])('maps %p to %p', (role, expected) => {
    expect(mapOpportunityRole(role)).toBe(expected);
  });

  it('maps Other and unknown values to no role', () => {
    expect(mapOpportunityRole('Other')).toBeUndefined();
    expect(mapOpportunityRole('Janitor')).toBeUndefined();
  });

  it('reads a custom table, case-insensitively', () => {
    const mapping = { ...DEFAULT_ROLE_MAPPING, 'Budget Holder': 'Power' as const, Influencer: null };
    expect(mapOpportunityRole('budget holder', mapping)).toBe('Power');
    expect(mapOpportunityRole('Influencer', mapping)).toBeUndefined();
  });

  it('gives every role coaching text', () => {
    for (const info of Object.values(ROLE_INFO)) {
      expect(info.watch.length).toBeGreaterThan(20);
      expect(info.watchOutFor.length).toBeGreaterThan(20);
    }
  });
});
