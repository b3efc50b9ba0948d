export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Full-jitter exponential backoff: a random delay in [0, min(max, base·2^attempt)). */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

/** Runs `op` until it succeeds, a fault is not retryable, or the attempts are spent. */
export async function withRetry<T>(
  op: () => Promise<T>,
  isRetryable: (e: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  const sleep = policy.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (e) {
      if (attempt + 1 >= policy.attempts || !isRetryable(e)) throw e;
      await sleep(backoffDelay(attempt, policy));
    }
  }
}

/**
 * Sends `items`, then resends only those whose result the caller marks as retryable, with backoff,
 * until none are left or the attempts are spent. Results come back in the order of `items`.
 */
export async function retryFailedItems<I, R>(
  items: readonly I[],
  send: (items: readonly I[]) => Promise<R[]>,
  shouldRetry: (result: R) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<R[]> {
  const sleep = policy.sleep ?? realSleep;
  const results: R[] = new Array<R>(items.length);
  let pending = items.map((_, i) => i);
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 0) await sleep(backoffDelay(attempt - 1, policy));
    const answers = await send(pending.map((i) => items[i] as I));
    const again: number[] = [];
    answers.forEach((r, k) => {
      const index = pending[k] as number;
      results[index] = r;
      if (shouldRetry(r) && attempt + 1 < policy.attempts) again.push(index);
    });
    pending = again;
  }
  return results;
}
