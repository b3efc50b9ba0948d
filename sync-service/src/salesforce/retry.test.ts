import { backoffDelay, retryFailedItemGroups, retryFailedItems, withRetry, type RetryPolicy } from './retry';

const policy = (delays: number[]): RetryPolicy => ({
  attempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  random: () => 0.5,
  sleep: async (ms) => {
    delays.push(ms);
  },
});

describe('retry', () => {
  it('grows the backoff exponentially up to the ceiling, scaled by jitter', () => {
    const p = policy([]);
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, p))).toEqual([50, 100, 200, 400, 500]);
  });

  it('retries retryable faults and gives up after the attempts', async () => {
    const delays: number[] = [];
    let calls = 0;
    const op = async (): Promise<string> => {
      calls++;
      if (calls < 3) throw new Error('transient');
      return 'ok';
    };
    await expect(withRetry(op, () => true, policy(delays))).resolves.toBe('ok');
    expect(calls).toBe(3);
    expect(delays).toEqual([50, 100]);

    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error('always');
        },
        () => true,
        policy([]),
      ),
    ).rejects.toThrow('always');
    expect(calls).toBe(4);
  });

  it('does not retry a fault that is not retryable', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error('bad request');
        },
        () => false,
        policy([]),
      ),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });

  it('resends only the failed items and keeps results in order', async () => {
    const sent: string[][] = [];
    const results = await retryFailedItems(
      ['a', 'b', 'c', 'd'],
      async (items) => {
        sent.push([...items]);
        // b and d are locked on the first attempt only
        return items.map((i) => ({ item: i, ok: sent.length > 1 || (i !== 'b' && i !== 'd') }));
      },
      (r) => !r.ok,
      policy([]),
    );
    expect(sent).toEqual([
      ['a', 'b', 'c', 'd'],
      ['b', 'd'],
    ]);
    expect(results.map((r) => r.item)).toEqual(['a', 'b', 'c', 'd']);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('resends the failed items of several groups together, one part per group that has any', async () => {
    const sent: Array<Array<[number, string[]]>> = [];
    const results = await retryFailedItemGroups(
      [['a', 'b'], ['c'], ['d', 'e']],
      async (parts) => {
        sent.push(parts.map((p) => [p.group, [...p.items]]));
        // b and e fail on the first attempt only
        return parts.map((p) => p.items.map((i) => ({ item: i, ok: sent.length > 1 || (i !== 'b' && i !== 'e') })));
      },
      (r) => !r.ok,
      policy([]),
    );
    expect(sent).toEqual([
      [
        [0, ['a', 'b']],
        [1, ['c']],
        [2, ['d', 'e']],
      ],
      [
        [0, ['b']],
        [2, ['e']],
      ],
    ]);
    expect(results.map((g) => g.map((r) => `${r.item}${r.ok ? '+' : '-'}`))).toEqual([
      ['a+', 'b+'],
      ['c+'],
      ['d+', 'e+'],
    ]);
  });
});
