import { analyzeAccount } from '../analyze';
import { contact, gradedPlan, plan } from '../testing';
import type { Warning } from '../types';
import { compareWarnings, coverageScore } from '.';

const weights = { critical: 25, high: 10, medium: 5, low: 2 };
const warning = (
  severity: Warning['severity'],
  rule: Warning['rule'] = 'BELOW_SATISFIED',
  contactId?: string,
): Warning => ({
  rule,
  severity,
  contactId,
  message: '',
});

describe('coverageScore', () => {
  it('takes 25/10/5/2 points per critical/high/medium/low warning', () => {
    expect(coverageScore([], weights)).toBe(100);
    expect(coverageScore([warning('critical'), warning('high'), warning('medium'), warning('low')], weights)).toBe(58);
  });

  it('never goes below 0', () => {
    expect(
      coverageScore(
        Array.from({ length: 5 }, () => warning('critical')),
        weights,
      ),
    ).toBe(0);
  });

  it('scores a whole account', () => {
    // c1 is a Power buyer at M with one member: BELOW_SATISFIED critical + SINGLE_THREADED high.
    const input = gradedPlan([['c1', 'm1', 'M']]);
    input.contacts = [contact('c1', { roles: ['Power'] })];
    const analysis = analyzeAccount(input);
    expect(analysis.warnings.map((w) => `${w.rule}:${w.severity}`)).toEqual([
      'BELOW_SATISFIED:critical',
      'SINGLE_THREADED:high',
    ]);
    expect(analysis.score).toBe(65);
    expect(analyzeAccount(input, { severityWeights: { critical: 50, high: 10, medium: 5, low: 2 } }).score).toBe(40);
  });

  it('is 100 for an empty account', () => {
    expect(analyzeAccount(plan()).score).toBe(100);
  });
});

describe('compareWarnings', () => {
  it('orders by severity, then rule order, then ids', () => {
    const sorted = [
      warning('low', 'STALE_GRADE', 'b'),
      warning('high', 'UNCOVERED_BUYER', 'b'),
      warning('high', 'BELOW_SATISFIED', 'z'),
      warning('critical', 'UNCOVERED_BUYER', 'a'),
      warning('high', 'UNCOVERED_BUYER', 'a'),
      warning('high', 'NO_POWER_BUYER'),
    ].sort(compareWarnings);
    expect(sorted.map((w) => `${w.severity}:${w.rule}:${w.contactId ?? '-'}`)).toEqual([
      'critical:UNCOVERED_BUYER:a',
      'high:BELOW_SATISFIED:z',
      'high:UNCOVERED_BUYER:a',
      'high:UNCOVERED_BUYER:b',
      'high:NO_POWER_BUYER:-',
      'low:STALE_GRADE:b',
    ]);
  });
});
