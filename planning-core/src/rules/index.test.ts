import type { Warning } from '../types';
import { COVERAGE_RULES, RULE_SCOPES, compareWarnings, rulesOfScope } from '.';

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

describe('RULE_SCOPES', () => {
  it('puts each coverage rule in exactly one scope', () => {
    const scoped = [...rulesOfScope('contact'), ...rulesOfScope('account'), ...rulesOfScope('people')];
    expect(scoped.length).toBe(COVERAGE_RULES.length);
    expect(new Set(scoped).size).toBe(13);
    expect(
      Object.entries(RULE_SCOPES)
        .filter(([, scope]) => scope === 'account')
        .map(([rule]) => rule),
    ).toEqual(['TRUST_INFLATION', 'FEW_OPEN', 'TOO_MANY_KEYS']);
  });
});
