import { analyzeAccount } from '../analyze';
import { daysAgo, gradedPlan, plan, contact, member, relationship, warningsOf } from '../testing';
import type { Grade } from '../types';

describe('BELOW_SATISFIED', () => {
  it.each<[Grade, string | undefined]>([
    ['T', undefined],
    ['O', undefined],
    ['S', undefined],
    ['I', 'medium'],
    ['D', 'high'],
    ['M', 'critical'],
  ])('an effective %s gives %p', (grade, severity) => {
    const warnings = warningsOf(analyzeAccount(gradedPlan([['c1', 'm1', grade]])), 'BELOW_SATISFIED');
    expect(warnings.map((warning) => warning.severity)).toEqual(severity ? [severity] : []);
  });

  it('names both people and says what to do', () => {
    const [warning] = warningsOf(analyzeAccount(gradedPlan([['c1', 'm1', 'D']])), 'BELOW_SATISFIED');
    expect(warning).toEqual({
      rule: 'BELOW_SATISFIED',
      severity: 'high',
      contactId: 'c1',
      memberId: 'm1',
      message:
        'Contact c1 is Dissatisfied with Member m1: find out exactly what went wrong, own it, and fix it with one ' +
        'small step they can see.',
    });
  });

  it('gives advice fitting the grade', () => {
    const message = (grade: Grade) =>
      warningsOf(analyzeAccount(gradedPlan([['c1', 'm1', grade]])), 'BELOW_SATISFIED')[0]?.message;
    expect(message('I')).toBe(
      'Contact c1 is Indifferent with Member m1: give them a concrete reason to value us by bringing an idea tied to ' +
        'one of their priorities.',
    );
    expect(message('M')).toBe(
      'Contact c1 is Motivated to change with Member m1: they are working to replace us, so get a senior sponsor in ' +
        'front of them this week and agree a recovery plan.',
    );
  });

  it('uses the grade after gravity', () => {
    const stale = plan({
      contacts: [contact('c1')],
      members: [member('m1')],
      relationships: [relationship('c1', 'm1', { grade: 'O', gradedOn: daysAgo(180) })],
    });
    expect(warningsOf(analyzeAccount(stale), 'BELOW_SATISFIED').map((w) => w.severity)).toEqual(['medium']);
  });
});

describe('STALE_GRADE', () => {
  const graded = (grade: Grade, age: number) =>
    plan({
      contacts: [contact('c1')],
      members: [member('m1')],
      relationships: [relationship('c1', 'm1', { grade, gradedOn: daysAgo(age) })],
    });

  it('fires once gravity has lowered a grade (90 days), not before (89 days)', () => {
    expect(warningsOf(analyzeAccount(graded('O', 89)), 'STALE_GRADE')).toEqual([]);
    expect(warningsOf(analyzeAccount(graded('O', 90)), 'STALE_GRADE')).toEqual([
      {
        rule: 'STALE_GRADE',
        severity: 'low',
        contactId: 'c1',
        memberId: 'm1',
        message:
          "Member m1's O with Contact c1 has slipped to S after 90 days without a touch: meet them, then re-grade.",
      },
    ]);
  });

  it('never fires for grades gravity does not move', () => {
    expect(warningsOf(analyzeAccount(graded('D', 500)), 'STALE_GRADE')).toEqual([]);
  });
});
