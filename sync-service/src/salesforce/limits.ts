import { BudgetExhaustedError } from './errors';

export interface DailyApiLimit {
  max: number;
  remaining: number;
}

/**
 * The lowest count of remaining daily API requests a run may leave the org with:
 * a run may use at most `share` of what remained when it started.
 */
export function budgetFloor(limit: DailyApiLimit, share: number): number {
  return limit.remaining - Math.floor(limit.remaining * share);
}

/** Parses the `Sforce-Limit-Info: api-usage=USED/MAX` response header. */
export function parseLimitInfo(header: string | null | undefined): DailyApiLimit | undefined {
  const m = header ? /api-usage=(\d+)\/(\d+)/.exec(header) : null;
  if (!m) return undefined;
  const used = Number(m[1]);
  const max = Number(m[2]);
  return { max, remaining: max - used };
}

export function parseLimitsResource(body: unknown): DailyApiLimit {
  const daily = (body as { DailyApiRequests?: { Max?: unknown; Remaining?: unknown } } | null)?.DailyApiRequests;
  if (typeof daily?.Max !== 'number' || typeof daily.Remaining !== 'number') {
    throw new Error('the /limits answer has no DailyApiRequests');
  }
  return { max: daily.Max, remaining: daily.Remaining };
}

/**
 * Guards the org's daily API budget. It learns the remaining requests from each response header (or a
 * /limits read) and counts its own calls in between, so it refuses a call before the floor is crossed.
 */
export class ApiBudget {
  private remaining: number | undefined;

  constructor(readonly floor: number) {}

  get known(): boolean {
    return this.remaining !== undefined;
  }

  get remainingRequests(): number | undefined {
    return this.remaining;
  }

  observe(limit: DailyApiLimit | undefined): void {
    if (limit) this.remaining = limit.remaining;
  }

  /** Throws BudgetExhaustedError when one more request would cross the floor. */
  check(): void {
    if (this.remaining !== undefined && this.remaining - 1 < this.floor) {
      throw new BudgetExhaustedError(
        `stopping: ${this.remaining} daily API requests remain and this run may not go below ${this.floor}`,
      );
    }
  }

  /** Call before each API request. */
  spend(): void {
    this.check();
    if (this.remaining !== undefined) this.remaining -= 1;
  }
}
