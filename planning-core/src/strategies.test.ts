import { STRATEGY_INFO, suggestStrategies } from './strategies';
import { STRATEGIES } from './types';

const codes = (...args: Parameters<typeof suggestStrategies>) => suggestStrategies(...args).map((s) => s.strategy);

describe('STRATEGY_INFO', () => {
  it('explains all six strategies with example tactics', () => {
    expect(Object.keys(STRATEGY_INFO)).toEqual([...STRATEGIES]);
    for (const info of Object.values(STRATEGY_INFO)) {
      expect(info.explanation.length).toBeGreaterThan(30);
      expect(info.tactics.length).toBeGreaterThanOrEqual(2);
    }
    expect(STRATEGY_INFO.RECIPROCITY.nickname).toBe('IOU');
  });
});

describe('suggestStrategies', () => {
  it('answers a D with commitment through a small visible step', () => {
    const [first] = suggestStrategies({ current: 'D' });
    expect(first).toEqual({
      strategy: 'COMMITMENT',
      why: 'win back confidence with one small, visible step delivered as promised',
    });
  });

  it('answers a blank Power buyer with authority and social proof', () => {
    expect(codes({ roles: ['Power'] })).toEqual(['AUTHORITY', 'SOCIAL_PROOF']);
    expect(codes({ roles: ['User'] })).toEqual(['LIKING', 'SOCIAL_PROOF']);
  });

  it('adds scarcity for a renewal within the window only', () => {
    expect(codes({ current: 'S', renewalInDays: 90 })).toContain('SCARCITY');
    expect(codes({ current: 'S', renewalInDays: 91 })).not.toContain('SCARCITY');
    expect(codes({ current: 'S', renewalInDays: 120 }, 120)).toContain('SCARCITY');
    expect(codes({ current: 'S', renewalInDays: -3 })).not.toContain('SCARCITY');
  });

  it('adds authority for executives and never repeats a strategy', () => {
    expect(codes({ current: 'I', seniority: 'Executive' })).toEqual(['RECIPROCITY', 'SOCIAL_PROOF', 'AUTHORITY']);
    expect(codes({ current: 'M', seniority: 'VP' })).toEqual(['AUTHORITY', 'COMMITMENT']);
  });

  it('suggests something for every grade', () => {
    for (const current of ['T', 'O', 'S', 'I', 'D', 'M'] as const) {
      expect(codes({ current }).length).toBeGreaterThanOrEqual(2);
    }
  });
});
