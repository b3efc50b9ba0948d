import { analyzeAccount } from '../analyze';
import { AS_OF, contact, member, plan, relationship, warningsOf } from '../testing';
import type { AccountPlan, BuyerRole, Seniority } from '../types';

const graded = (contactId: string, memberIds: string[]) =>
  memberIds.map((memberId) => relationship(contactId, memberId, { grade: 'S', gradedOn: AS_OF }));

function buyerPlan(roles: BuyerRole[], relationshipCount: number, extra: Partial<AccountPlan> = {}): AccountPlan {
  const memberIds = ['m1', 'm2', 'm3', 'm4', 'm5'];
  return plan({
    contacts: [contact('c1', { roles }), contact('boss', { roles: ['Power'] })],
    members: memberIds.map((id) => member(id)),
    relationships: [...graded('c1', memberIds.slice(0, relationshipCount)), ...graded('boss', ['m1', 'm2'])],
    ...extra,
  });
}

const severities = (input: AccountPlan, rule: Parameters<typeof warningsOf>[1], settings = {}) =>
  warningsOf(analyzeAccount(input, settings), rule).map((warning) => `${warning.contactId}:${warning.severity}`);

describe('UNCOVERED_BUYER', () => {
  it('is critical for a Power buyer nobody knows and high for other buyers', () => {
    expect(severities(buyerPlan(['Power', 'User'], 0), 'UNCOVERED_BUYER')).toEqual(['c1:critical']);
    expect(severities(buyerPlan(['Advisor'], 0), 'UNCOVERED_BUYER')).toEqual(['c1:high']);
  });

  it('does not fire with one relationship or for contacts without a role', () => {
    expect(severities(buyerPlan(['Power'], 1), 'UNCOVERED_BUYER')).toEqual([]);
    expect(severities(buyerPlan([], 0), 'UNCOVERED_BUYER')).toEqual([]);
  });

  it('counts an ungraded relationship record without evidence as no relationship', () => {
    const input = buyerPlan(['User'], 0, {});
    input.relationships.push(relationship('c1', 'm3'));
    expect(severities(input, 'UNCOVERED_BUYER')).toEqual(['c1:high']);
  });

  it('uses roles implied by opportunity contact roles when the contact has none', () => {
    const input = buyerPlan([], 0, {
      opportunities: [
        {
          id: 'o1',
          stage: 'open',
          closeDate: '2027-01-31',
          memberIds: [],
          contactRoles: [{ contactId: 'c1', role: 'Economic Buyer' }],
        },
      ],
    });
    expect(severities(input, 'UNCOVERED_BUYER')).toEqual(['c1:critical']);
  });
});

describe('SINGLE_THREADED', () => {
  it('fires at exactly one relationship: high for Power, medium otherwise', () => {
    expect(severities(buyerPlan(['Power'], 1), 'SINGLE_THREADED')).toEqual(['c1:high']);
    expect(severities(buyerPlan(['Evangelist'], 1), 'SINGLE_THREADED')).toEqual(['c1:medium']);
  });

  it('does not fire at zero or two relationships, nor for non-buyers', () => {
    expect(severities(buyerPlan(['User'], 0), 'SINGLE_THREADED')).toEqual([]);
    expect(severities(buyerPlan(['User'], 2), 'SINGLE_THREADED')).toEqual([]);
    expect(severities(buyerPlan([], 1), 'SINGLE_THREADED')).toEqual([]);
  });

  it('points at the one member who holds the relationship', () => {
    const [warning] = warningsOf(analyzeAccount(buyerPlan(['User'], 1)), 'SINGLE_THREADED');
    expect(warning?.memberId).toBe('m1');
    expect(warning?.message).toBe(
      'Contact c1 (User buyer) is known only by Member m1: build a second relationship so the account does not hang ' +
        'on one person.',
    );
  });
});

describe('OVER_COVERED', () => {
  it('fires above 3 relationships on one contact, buyer or not', () => {
    expect(severities(buyerPlan([], 3), 'OVER_COVERED')).toEqual([]);
    expect(severities(buyerPlan([], 4), 'OVER_COVERED')).toEqual(['c1:low']);
  });

  it('follows the configured limit', () => {
    expect(severities(buyerPlan([], 4), 'OVER_COVERED', { maxRelationshipsPerContact: 4 })).toEqual([]);
  });
});

describe('SENIOR_GAP', () => {
  function seniorityPlan(contactSeniority: Seniority, memberSeniorities: Seniority[]): AccountPlan {
    return plan({
      contacts: [contact('c1', { seniority: contactSeniority })],
      members: memberSeniorities.map((seniority, index) => member(`m${index}`, { seniority })),
      relationships: graded(
        'c1',
        memberSeniorities.map((_, index) => `m${index}`),
      ),
    });
  }

  it('fires for executives (high) and VPs (medium) known only below VP', () => {
    expect(severities(seniorityPlan('Executive', ['Director', 'Staff']), 'SENIOR_GAP')).toEqual(['c1:high']);
    expect(severities(seniorityPlan('VP', ['Manager']), 'SENIOR_GAP')).toEqual(['c1:medium']);
  });

  it('does not fire with a VP or executive on our side, for directors, or without any relationship', () => {
    expect(severities(seniorityPlan('Executive', ['Staff', 'VP']), 'SENIOR_GAP')).toEqual([]);
    expect(severities(seniorityPlan('Director', ['Staff']), 'SENIOR_GAP')).toEqual([]);
    expect(severities(seniorityPlan('Executive', []), 'SENIOR_GAP')).toEqual([]);
  });

  it('reads seniority from titles when it is not set', () => {
    const input = plan({
      contacts: [contact('c1', { title: 'Chief Financial Officer' })],
      members: [member('m1', { title: 'Account Executive' }), member('m2', { title: 'SVP, Sales' })],
      relationships: graded('c1', ['m1']),
    });
    expect(severities(input, 'SENIOR_GAP')).toEqual(['c1:high']);
    input.relationships.push(...graded('c1', ['m2']));
    expect(severities(input, 'SENIOR_GAP')).toEqual([]);
  });
});

describe('NO_POWER_BUYER', () => {
  it('fires when contacts exist but none holds the Power role', () => {
    const input = plan({ contacts: [contact('c1', { roles: ['User'] }), contact('c2')] });
    expect(warningsOf(analyzeAccount(input), 'NO_POWER_BUYER')).toEqual([
      {
        rule: 'NO_POWER_BUYER',
        severity: 'high',
        message:
          'No contact on this account holds the Power role: find out who can sign alone and add them to the map.',
      },
    ]);
  });

  it('does not fire with a Power buyer or without contacts', () => {
    expect(
      warningsOf(analyzeAccount(plan({ contacts: [contact('c1', { roles: ['Power'] })] })), 'NO_POWER_BUYER'),
    ).toEqual([]);
    expect(warningsOf(analyzeAccount(plan()), 'NO_POWER_BUYER')).toEqual([]);
  });
});
