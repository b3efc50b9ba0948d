/** The kinds of API call the emulator counts (and can inject faults into). */
export const CALL_KINDS = [
  'login',
  'oauth',
  'identity',
  'versions',
  'resources',
  'limits',
  'query',
  'queryMore',
  'describeGlobal',
  'describe',
  'sobject',
  'collection',
  'bulk2-query',
  'bulk2-ingest',
  'graphql',
  'tree',
  'metadata',
  'actions',
] as const;

export type CallKind = (typeof CALL_KINDS)[number];

/** Calls that are not REST API requests and so do not spend the daily API budget. */
const FREE_KINDS = new Set<CallKind>(['login', 'oauth', 'identity', 'versions']);

export interface CallCounts {
  total: number;
  byKind: Partial<Record<CallKind, number>>;
  /** API requests spent against the daily budget (every counted call except login, token and identity). */
  apiUsed: number;
  apiBudget: number;
}

/** Counts calls by kind and keeps the daily API request budget. */
export class CallCounter {
  private byKind = new Map<CallKind, number>();
  private total = 0;
  private used = 0;

  constructor(public budget: number) {}

  /** Whether a call of this kind would exceed the budget. */
  wouldExceed(kind: CallKind): boolean {
    return !FREE_KINDS.has(kind) && this.used >= this.budget;
  }

  record(kind: CallKind): void {
    this.total++;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    if (!FREE_KINDS.has(kind)) this.used++;
  }

  get apiUsed(): number {
    return this.used;
  }

  snapshot(): CallCounts {
    return {
      total: this.total,
      byKind: Object.fromEntries(this.byKind) as Partial<Record<CallKind, number>>,
      apiUsed: this.used,
      apiBudget: this.budget,
    };
  }

  /** A new day: counts and the budget's usage start again from zero. */
  reset(): void {
    this.byKind.clear();
    this.total = 0;
    this.used = 0;
  }
}
