import { mixSeed, Random } from './random';

describe('Random', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const rng = new Random(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws the same values as the reference mulberry32 for seed 1', () => {
    const rng = new Random(1);
    expect(rng.next()).toBeCloseTo(0.6270739405881613, 15);
    expect(rng.next() * 4294967296).toBe(11749833);
    expect(rng.next() * 4294967296).toBe(2265367787);
  });

  it('keeps int within its inclusive bounds and reaches both ends', () => {
    const rng = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('samples distinct items and never more than exist', () => {
    const rng = new Random(11);
    const picked = rng.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
    expect(rng.sampleIndexes(4, 4).sort()).toEqual([0, 1, 2, 3]);
  });

  it('never picks a zero-weight index', () => {
    const rng = new Random(5);
    for (let i = 0; i < 1000; i++) expect(rng.weightedIndex([0, 3, 0, 1])).not.toBe(0);
  });

  it('mixes seeds into distinct streams', () => {
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
  });
});
