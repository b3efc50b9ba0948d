import { sleep } from '../util/poll';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * The least pause before repeating a call the org refused as busy (its concurrent long-running request limit:
   * those requests run 20 s or more, so the usual backoff would spend the attempts before one of them ended).
   */
  busyDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000, busyDelayMs: 5_000 };

/** Full-jitter exponential backoff: a random delay in [0, min(max, base·2^attempt)). */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

/**
 * Runs `op` until it succeeds, a fault is not retryable, or the attempts are spent. A fault `isBusy` marks waits at
 * least `busyDelayMs` on top of the backoff.
 */
export async function withRetry<T>(
  op: () => Promise<T>,
  isRetryable: (e: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY,
  isBusy: (e: unknown) => boolean = () => false,
): Promise<T> {
  const pause = policy.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (e) {
      if (attempt + 1 >= policy.attempts || !isRetryable(e)) throw e;
      await pause(backoffDelay(attempt, policy) + (isBusy(e) ? (policy.busyDelayMs ?? 0) : 0));
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
  const [results] = await retryFailedItemGroups(
    [items],
    async (parts) => Promise.all(parts.map((part) => send(part.items))),
    shouldRetry,
    policy,
  );
  return results as R[];
}

/** Some items of one group, as `retryFailedItemGroups` hands them to its `send`. */
export interface GroupPart<I> {
  group: number;
  items: readonly I[];
}

/**
 * `retryFailedItems` for several groups at once: each attempt sends the items still due of every group together
 * (one part per group that has any, in group order; `send` answers one result list per part), so the groups'
 * resends share their rounds. Results come back per group, in the order of its items.
 */
export async function retryFailedItemGroups<I, R>(
  groups: readonly (readonly I[])[],
  send: (parts: readonly GroupPart<I>[]) => Promise<R[][]>,
  shouldRetry: (result: R) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<R[][]> {
  const pause = policy.sleep ?? sleep;
  const results: R[][] = groups.map((items) => new Array<R>(items.length));
  let pending = groups.map((items) => items.map((_, i) => i));
  for (let attempt = 0; pending.some((p) => p.length > 0); attempt++) {
    if (attempt > 0) await pause(backoffDelay(attempt - 1, policy));
    const due = pending.flatMap((indexes, group) => (indexes.length ? [{ group, indexes }] : []));
    const answers = await send(
      due.map(({ group, indexes }) => ({ group, items: indexes.map((i) => (groups[group] as readonly I[])[i] as I) })),
    );
    pending = groups.map(() => []);
    due.forEach(({ group, indexes }, k) => {
      (answers[k] ?? []).forEach((r, j) => {
        const index = indexes[j] as number;
        (results[group] as R[])[index] = r;
        if (shouldRetry(r) && attempt + 1 < policy.attempts) (pending[group] as number[]).push(index);
      });
    });
  }
  return results;
}
