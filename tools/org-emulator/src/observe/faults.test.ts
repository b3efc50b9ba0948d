import { FaultController } from './faults';

describe('fault controller', () => {
  it('plays a sequence once, then passes, unless it repeats', () => {
    const faults = new FaultController(1);
    faults.set('query', { sequence: ['error503', { delayMs: 10 }] });
    expect([1, 2, 3].map(() => faults.next('query').action)).toEqual(['error503', { delayMs: 10 }, 'pass']);
    faults.set('query', { sequence: ['drop'], repeat: true });
    expect([1, 2].map(() => faults.next('query').action)).toEqual(['drop', 'drop']);
    expect(faults.next('collection').action).toBe('pass');
  });

  it('draws probabilities from the seed, so a seed replays the same faults', () => {
    const draw = (seed: number) => {
      const faults = new FaultController(seed);
      faults.set('*', { probability: 0.3, action: 'error500' });
      return Array.from({ length: 50 }, () => faults.next('sobject').action);
    };
    const first = draw(42);
    expect(draw(42)).toEqual(first);
    const hits = first.filter((a) => a === 'error500').length;
    expect(hits).toBeGreaterThan(5);
    expect(hits).toBeLessThan(25);
  });

  it('rejects malformed specs', () => {
    const faults = new FaultController(1);
    expect(() => faults.set('query', { probability: 2, action: 'error500' })).toThrow('probability');
    expect(() => faults.set('query', { sequence: ['explode' as never] })).toThrow('unknown fault action');
  });
});
