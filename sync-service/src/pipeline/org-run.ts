import { resolveSettings, type Settings } from '@contact-plan/planning-core';
import type { OrgConfig } from '../config';
import type { Logger } from '../log';
import { ApiBudget, assertId, BudgetExhaustedError, budgetFloor, type CallCounts, type OrgHttp } from '../salesforce';
import { chunk } from '../util/chunk';
import { BatchWriteError, permanentFailure, runBatch, type BatchRequest } from './batch';
import { emptyWrites, mergeWrites, type PlannedWrites } from './diff';
import { sendDigests, type DigestLedger, type DigestSummary } from './digest';
import { findDirtyAccounts } from './dirty';
import { findAccountsPeopleLeft } from './moves';

// An org run: plan it (budget floor, watermark, dirty accounts, batches), run every batch, then advance the watermark.
// The foreground run (`contact-plan sync`) does all three here; the workers plan with planOrgRun, carry each batch
// to a job and complete the run with completeOrgRun once every batch job finished.

/** Where an org's watermark lives (Redis in production); the pipeline only reads and advances it. */
export interface WatermarkStore {
  get(org: string): Promise<Date | undefined>;
  /** Moves the watermark forward to `to`; never backwards. */
  advance(org: string, to: Date): Promise<void>;
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export const todayIn = (timeZone: string, now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/**
 * SOQL datetimes have whole seconds, so a run's end is rounded up: every change up to the instant the run
 * started is then inside its window, and the next run's overlap covers the rest of that second.
 */
const ceilToSecond = (d: Date): Date => new Date(Math.ceil(d.getTime() / 1000) * 1000);

/** A run's end instant and its planning day: the one asked for, else today in the org's time zone. */
function runClock(org: OrgConfig, now: Date, asOf?: string): { until: Date; asOf: string } {
  const until = ceilToSecond(now);
  return { until, asOf: asOf ?? todayIn(org.timezone, until) };
}

export interface OrgRunRequest {
  org: OrgConfig;
  http: OrgHttp;
  log: Logger;
  /** Every account, ignoring the watermark. */
  full?: boolean;
  /** Only these accounts (the watermark is neither read nor moved). */
  accountIds?: string[];
  watermark?: WatermarkStore;
  /** The instant the run was asked for (default: now); retried planning with the same instant finds the same set. */
  now?: Date;
  /**
   * The planning day (`YYYY-MM-DD`) the accounts are analysed as of (default: today in the org's time zone at
   * `now`), so a run can be reproduced; the dirty window still ends at `now`.
   */
  asOf?: string;
  /** Overrides of the core's defaults; resolved once here for every batch of the run. */
  settings?: Partial<Settings>;
}

export interface OrgRunPlan {
  org: string;
  asOf: string;
  /** The end of the dirty window, the stamp on changed records and where the watermark moves when the run ends. */
  until: Date;
  since?: Date;
  /** Remaining daily API requests no call of this run may go below. */
  budgetFloor: number;
  accounts: number;
  batches: BatchRequest[];
  /** The watermark moves once every batch finished (not for a run of chosen accounts). */
  advancesWatermark: boolean;
}

/**
 * Plans an org run: reads the org's daily API limit and sets the run's budget floor on `http`, reads the watermark
 * (unless the run is full or of chosen accounts), finds the dirty accounts and cuts them into batches. Throws
 * BudgetExhaustedError, before any further request, when the run's share of the budget allows not one.
 */
export async function planOrgRun(req: OrgRunRequest): Promise<OrgRunPlan> {
  const { org, http, log } = req;
  const { until, asOf } = runClock(org, req.now ?? new Date(), req.asOf);

  const limit = await http.readDailyLimit();
  const floor = budgetFloor(limit, org.apiBudgetShare);
  const budget = new ApiBudget(floor);
  // The budget starts from what /limits said, so a run whose share allows no request makes none.
  budget.observe(limit);
  http.useBudget(budget);
  log.info({ remaining: limit.remaining, floor }, 'API budget set');
  budget.check();

  const incremental = !req.full && !req.accountIds;
  const since = incremental ? await req.watermark?.get(org.name) : undefined;
  const ownUserId = !req.accountIds && org.ignoreOwnWrites ? await http.userId() : undefined;
  let accountIds = req.accountIds
    ? [...new Set(req.accountIds.map(assertId))]
    : await findDirtyAccounts(http, {
        since,
        until,
        overlapMinutes: org.overlapMinutes,
        asOf,
        bulkThreshold: org.bulkQueryThreshold,
        ownUserId,
      });
  if (since && !req.accountIds) {
    // The accounts people left or were merged into: their own rows did not change (docs/contracts.md).
    const from = new Date(since.getTime() - org.overlapMinutes * 60_000);
    const left = await findAccountsPeopleLeft(http, { from, until, ownUserId, bulkThreshold: org.bulkQueryThreshold });
    accountIds = [...new Set([...accountIds, ...left])].sort();
  }
  const settings = resolveSettings(req.settings);
  // A full run's batches are slices of every account in id order.
  const contiguous = !since && !req.accountIds;
  const batches = chunk(accountIds, org.batchSize).map((ids): BatchRequest => ({
    accountIds: ids,
    asOf,
    now: until.toISOString(),
    contiguous,
    settings,
  }));
  log.info(
    { accounts: accountIds.length, batches: batches.length, since: since?.toISOString() ?? null },
    'run planned',
  );
  return {
    org: org.name,
    asOf,
    until,
    since,
    budgetFloor: floor,
    accounts: accountIds.length,
    batches,
    advancesWatermark: !req.accountIds,
  };
}

/** The one batch of a run of a single account outside the org's runs; such a run leaves the watermark alone. */
export function planAccountBatch(
  accountId: string,
  asOf: string,
  now: Date,
  settings?: Partial<Settings>,
): BatchRequest {
  return {
    accountIds: [assertId(accountId)],
    asOf,
    now: now.toISOString(),
    contiguous: false,
    settings: resolveSettings(settings),
  };
}

/** Ends a run whose every batch finished: moves the org's watermark to the run's end. Returns it (ISO 8601). */
export async function completeOrgRun(watermark: WatermarkStore, org: string, until: Date): Promise<string> {
  await watermark.advance(org, until);
  return until.toISOString();
}

/** What a run's batches add up to. */
export interface RunTotals {
  rowsRead: number;
  planned: number;
  written: number;
  calls: CallCounts;
}

export function addBatchTotals(into: RunTotals, batch: Readonly<RunTotals>): void {
  into.rowsRead += batch.rowsRead;
  into.planned += batch.planned;
  into.written += batch.written;
  for (const [kind, n] of Object.entries(batch.calls)) into.calls[kind] = (into.calls[kind] ?? 0) + n;
}

export interface OrgRunOptions extends OrgRunRequest {
  dryRun?: boolean;
  /** Send the morning digests once every batch is done (docs/operator.md, "The morning digest"). */
  digest?: { ledger: DigestLedger; withinDays?: number };
  onPlanned?: (accounts: number, batches: number) => void;
  onBatch?: (accountsDone: number) => void;
}

export interface OrgRunSummary {
  org: string;
  asOf: string;
  accounts: number;
  batches: number;
  rowsRead: number;
  planned: number;
  written: number;
  calls: CallCounts;
  apiCalls: number;
  durationMs: number;
  watermark?: string;
  stoppedBy?: 'budget';
  stopReason?: string;
  /** Batches that failed for a reason no retry clears, each reported once; the watermark then stays where it was. */
  failedBatches: { batch: number; accounts: number; reason: string }[];
  writes?: PlannedWrites;
  digests?: DigestSummary;
}

/**
 * One org run in the foreground, batch after batch: what `contact-plan sync` does. A budget stop ends the run early
 * with the watermark where it was (the summary says so); a batch that failed permanently is listed in the summary
 * (the other batches run, the watermark stays); any other failure throws.
 */
export async function syncOrg(opts: OrgRunOptions): Promise<OrgRunSummary> {
  const started = Date.now();
  const { org, http, log } = opts;
  const now = opts.now ?? new Date();
  const summary: OrgRunSummary = {
    org: org.name,
    asOf: runClock(org, now, opts.asOf).asOf,
    accounts: 0,
    batches: 0,
    rowsRead: 0,
    planned: 0,
    written: 0,
    calls: {},
    apiCalls: 0,
    durationMs: 0,
    failedBatches: [],
  };
  const allWrites = emptyWrites();
  try {
    const plan = await planOrgRun({ ...opts, now });
    summary.accounts = plan.accounts;
    summary.batches = plan.batches.length;
    opts.onPlanned?.(plan.accounts, plan.batches.length);

    let done = 0;
    for (const [index, batch] of plan.batches.entries()) {
      const batchLog = log.child({ batch: index });
      try {
        const result = await runBatch(http, org, { ...batch, dryRun: opts.dryRun }, batchLog);
        addBatchTotals(summary, result);
        if (result.writes) mergeWrites(allWrites, result.writes);
      } catch (e) {
        // A batch no retry can save is reported once and the run goes on with the others, as the workers do.
        const reason = permanentFailure(e);
        if (!reason) throw e;
        if (e instanceof BatchWriteError) addBatchTotals(summary, e.result);
        summary.failedBatches.push({ batch: index, accounts: batch.accountIds.length, reason });
        batchLog.warn({ reason }, 'batch failed for a reason a retry cannot clear; not retried');
      }
      done += batch.accountIds.length;
      opts.onBatch?.(done);
    }
    if (plan.advancesWatermark && !opts.dryRun && opts.watermark && summary.failedBatches.length === 0) {
      summary.watermark = await completeOrgRun(opts.watermark, org.name, plan.until);
    }
    if (opts.digest && !opts.dryRun && !opts.accountIds) {
      summary.digests = await sendDigests(http, { org: org.name, asOf: summary.asOf, log, ...opts.digest });
    }
  } catch (e) {
    if (!(e instanceof BudgetExhaustedError)) throw e;
    summary.stoppedBy = 'budget';
    summary.stopReason = e.message;
    log.warn({ reason: e.message }, 'run stopped before exceeding the API budget; watermark unchanged');
  }
  // Every call of the run, its planning included, as this run's own transport counted them.
  summary.calls = { ...http.calls };
  summary.apiCalls = http.totalCalls;
  summary.durationMs = Date.now() - started;
  if (opts.dryRun) summary.writes = allWrites;
  return summary;
}
