import { chunk } from './chunk';
import { poll } from './poll';

describe('chunk', () => {
  it('slices in order, the last slice shorter, nothing for nothing', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk(['a', 'b'], 2)).toEqual([['a', 'b']]);
    expect(chunk([], 300)).toEqual([]);
  });

  it('refuses a size that would never end or lose items', () => {
    expect(() => chunk([1], 0)).toThrow('chunk size must be a whole number ≥ 1, not 0');
    expect(() => chunk([1], 1.5)).toThrow(RangeError);
    expect(() => chunk([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('poll', () => {
  it('checks again after 100 ms, doubling the wait up to the interval, until a value comes', async () => {
    const waits: number[] = [];
    let checks = 0;
    const value = await poll(async () => (++checks === 6 ? 'done' : undefined), 'job', {
      intervalMs: 500,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(value).toBe('done');
    expect(waits).toEqual([100, 200, 400, 500, 500]);
  });

  it('returns at once when the first check answers, and passes on what a check throws', async () => {
    const waits: number[] = [];
    expect(await poll(async () => 0, 'job', { sleep: async (ms) => void waits.push(ms) })).toBe(0);
    expect(waits).toEqual([]);
    await expect(poll(() => Promise.reject(new Error('job Failed')), 'job')).rejects.toThrow('job Failed');
  });

  it('gives up with the name of what it waited for once the time is spent', async () => {
    let checks = 0;
    await expect(
      poll(async () => void checks++, 'bulk query 750x', { timeoutMs: 0, sleep: async () => undefined }),
    ).rejects.toThrow('bulk query 750x did not finish in time');
    expect(checks).toBeGreaterThanOrEqual(1);
  });
});
