/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface PollOptions {
  /** The longest wait between two checks. */
  intervalMs?: number;
  /** Gives up once this long has passed. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Short jobs finish in moments: the first wait is this short, and each next one doubles up to the interval. */
const FIRST_WAIT_MS = 100;

/**
 * Calls `check` until it answers a value (anything but undefined) and returns that value; `check` throws to stop
 * early. Throws "`what` did not finish in time" once `timeoutMs` (default 10 minutes) has passed.
 */
export async function poll<T>(check: () => Promise<T | undefined>, what: string, opts: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 600_000);
  const pause = opts.sleep ?? sleep;
  for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, opts.intervalMs ?? 2_000)) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not finish in time`);
    await pause(wait);
  }
}
