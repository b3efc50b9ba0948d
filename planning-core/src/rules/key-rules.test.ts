import { analyzeAccount } from '../analyze';
import { AS_OF, blueprint, contact, member, plan, relationship, warningsOf } from '../testing';
import type { Blueprint, Grade } from '../types';

function keyPlan(keys: number, blueprints: Blueprint[] = []) {
  const contacts = Array.from({ length: Math.max(keys, 1) }, (_, index) => contact(`c${index}`));
  return plan({
    contacts,
    members: [member('m1')],
    relationships: contacts.map((c, index) =>
      relationship(c.id, 'm1', { grade: 'S', gradedOn: AS_OF, key: index < keys }),
    ),
    blueprints,
  });
}

describe('KEY_WITHOUT_BLUEPRINT', () => {
  it('fires for a key intersection without a planned or active blueprint', () => {
    expect(warningsOf(analyzeAccount(keyPlan(1)), 'KEY_WITHOUT_BLUEPRINT')).toEqual([
      {
        rule: 'KEY_WITHOUT_BLUEPRINT',
        severity: 'medium',
        contactId: 'c0',
        memberId: 'm1',
        message:
          'The key intersection of Member m1 with Contact c0 has no active blueprint: write one with the next grade ' +
          'to reach and how to get there.',
      },
    ]);
    expect(
      warningsOf(analyzeAccount(keyPlan(1, [blueprint('c0', 'm1', { status: 'done' })])), 'KEY_WITHOUT_BLUEPRINT'),
    ).toHaveLength(1);
  });

  it('does not fire with a planned or active blueprint, nor for pairs that are not key', () => {
    for (const status of ['planned', 'active'] as const) {
      expect(
        warningsOf(analyzeAccount(keyPlan(1, [blueprint('c0', 'm1', { status })])), 'KEY_WITHOUT_BLUEPRINT'),
      ).toEqual([]);
    }
    expect(warningsOf(analyzeAccount(keyPlan(0)), 'KEY_WITHOUT_BLUEPRINT')).toEqual([]);
  });
});

describe('TOO_MANY_KEYS', () => {
  it('fires above 6 key intersections', () => {
    expect(warningsOf(analyzeAccount(keyPlan(6)), 'TOO_MANY_KEYS')).toEqual([]);
    expect(warningsOf(analyzeAccount(keyPlan(7)), 'TOO_MANY_KEYS').map((w) => w.severity)).toEqual(['low']);
  });
});

describe('GOAL_TOO_FAR', () => {
  function goalPlan(current: Grade | undefined, goals: Array<[Grade, Blueprint['status']]>) {
    return plan({
      contacts: [contact('c1')],
      members: [member('m1')],
      relationships: current ? [relationship('c1', 'm1', { grade: current, gradedOn: AS_OF })] : [],
      blueprints: goals.map(([goal, status]) => blueprint('c1', 'm1', { goal, status })),
    });
  }
  const fired = (current: Grade | undefined, goal: Grade, status: Blueprint['status'] = 'active') =>
    warningsOf(analyzeAccount(goalPlan(current, [[goal, status]])), 'GOAL_TOO_FAR').length;

  it('allows one level up and fires for two', () => {
    expect(fired('S', 'O')).toBe(0);
    expect(fired('S', 'T')).toBe(1);
    expect(fired('D', 'I')).toBe(0);
    expect(fired('D', 'S')).toBe(1);
  });

  it('counts a blank cell as I', () => {
    expect(fired(undefined, 'S')).toBe(0);
    expect(fired(undefined, 'O')).toBe(1);
  });

  it("fires for a goal below today's grade, and says what to aim for", () => {
    expect(fired('O', 'O')).toBe(0);
    expect(fired('O', 'S')).toBe(1);
    expect(fired(undefined, 'D')).toBe(1);
    const warnings = warningsOf(analyzeAccount(goalPlan('O', [['I', 'active']])), 'GOAL_TOO_FAR');
    expect(warnings.map((w) => w.message)).toEqual([
      "The blueprint for Member m1 and Contact c1 aims at I, below today's O: set the goal to T or to hold O.",
    ]);
  });

  it('ignores finished and dropped blueprints', () => {
    expect(fired('I', 'T', 'dropped')).toBe(0);
    expect(fired('I', 'T', 'done')).toBe(0);
    expect(fired('I', 'T', 'planned')).toBe(1);
  });

  it('warns once per pair, for the boldest goal', () => {
    const warnings = warningsOf(
      analyzeAccount(
        goalPlan('I', [
          ['O', 'active'],
          ['T', 'planned'],
        ]),
      ),
      'GOAL_TOO_FAR',
    );
    expect(warnings.map((w) => w.message)).toEqual([
      'The blueprint for Member m1 and Contact c1 aims at T from I: set the goal to S, one step up, and raise it once ' +
        'that is reached.',
    ]);
  });
});
