import { analyzeWithReview, type AccountPlan } from '@contact-plan/planning-core';
import type { AssembledAccount } from './assemble';
import { analyzeAccounts } from './analyze';

const UMA = '005000000000001AAA';
const ADA = '003000000000001AAA';

// A manual S graded today drops to I in 90 days: the core's review date.
const plan: AccountPlan = {
  accountId: '001000000000001AAA',
  asOf: '2026-12-01',
  contacts: [{ id: ADA, name: 'Ada Lovelace', roles: ['Power'] }],
  members: [{ id: UMA, name: 'Uma Patel' }],
  relationships: [{ contactId: ADA, memberId: UMA, grade: 'S', gradedOn: '2026-12-01' }],
  touches: [],
  blueprints: [],
  opportunities: [],
};

const assembled = (relationsChangeOn?: string): AssembledAccount =>
  ({
    plan,
    ...(relationsChangeOn ? { relationsChangeOn } : {}),
    impliedRoles: new Map(),
    activity: new Map(),
  }) as unknown as AssembledAccount;

describe('analyzeAccounts', () => {
  const coreReview = analyzeWithReview(plan).reviewOn!;

  it('dates the next review by the core when no dated contact relation comes first', () => {
    expect(coreReview > '2026-12-05').toBe(true);
    expect(analyzeAccounts([assembled()]).analyzed[0]!.reviewOn).toBe(coreReview);
    expect(analyzeAccounts([assembled('2099-01-01')]).analyzed[0]!.reviewOn).toBe(coreReview);
  });

  it('reviews the account on the day a related contact joins or leaves, when that comes first', () => {
    expect(analyzeAccounts([assembled('2026-12-05')]).analyzed[0]!.reviewOn).toBe('2026-12-05');
  });
});
