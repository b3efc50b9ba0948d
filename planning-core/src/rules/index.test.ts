import type { Warning } from '../types';
import { compareWarnings } from '.';

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
