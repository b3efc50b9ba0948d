import type { Settings } from '@contact-plan/planning-core';
import type { OrgConfig } from '../config';
import type { Logger } from '../log';
import { ApiBudget, assertId, BudgetExhaustedError, budgetFloor, type CallCounts, type OrgHttp } from '../salesforce';
import { emptyWrites, mergeWrites, type PlannedWrites } from './diff';
import { ceilToSecond, findDirtyAccounts, toBatches } from './dirty';
import { todayIn } from './fields';
import { runBatch } from './run';

/** Where an org's watermark lives (Redis in production); the pipeline only reads and advances it. */
export interface WatermarkStore {
  get(org: string): Promise<Date | undefined>;
  /** Moves the watermark forward to `to`; never backwards. */
  advance(org: string, to: Date): Promise<void>;
}

export interface OrgRunOptions {
  org: OrgConfig;
  http: OrgHttp;
  log: Logger;
  /** Every account, ignoring the watermark. */
  full?: boolean;
  /** Only these accounts (the watermark is neither read nor moved). */
  accountIds?: string[];
  dryRun?: boolean;
  watermark?: WatermarkStore;
  now?: Date;
  settings?: Partial<Settings>;
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
  writes?: PlannedWrites;
}

export const addCalls = (into: CallCounts, from: CallCounts): void => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};

/** One org run in the foreground, batch after batch: what `contact-plan sync` does. */
export async function syncOrg(opts: OrgRunOptions): Promise<OrgRunSummary> {
  const started = Date.now();
  const { org, http, log } = opts;
  const until = ceilToSecond(opts.now ?? new Date());
  const asOf = todayIn(org.timezone, until);
  const summary: OrgRunSummary = {
    org: org.name,
    asOf,
    accounts: 0,
    batches: 0,
    rowsRead: 0,
    planned: 0,
    written: 0,
    calls: {},
    apiCalls: 0,
    durationMs: 0,
  };
  const allWrites = emptyWrites();
  const finish = (): OrgRunSummary => {
    summary.calls = { ...http.calls };
    summary.apiCalls = http.totalCalls;
    summary.durationMs = Date.now() - started;
    if (opts.dryRun) summary.writes = allWrites;
    return summary;
  };

  try {
    const limit = await http.readDailyLimit();
    const floor = budgetFloor(limit, org.apiBudgetShare);
    http.useBudget(new ApiBudget(floor));
    log.info({ remaining: limit.remaining, floor }, 'API budget set');

    const incremental = !opts.full && !opts.accountIds;
    const since = incremental ? await opts.watermark?.get(org.name) : undefined;
    const accountIds = opts.accountIds
      ? [...new Set(opts.accountIds.map(assertId))]
      : await findDirtyAccounts(http, {
          since,
          until,
          overlapMinutes: org.overlapMinutes,
          asOf,
          bulkThreshold: org.bulkQueryThreshold,
          ownUserId: org.ignoreOwnWrites ? await http.userId() : undefined,
        });
    const batches = toBatches(accountIds, org.batchSize);
    // A full run's batches are slices of every account in id order.
    const contiguous = !since && !opts.accountIds;
    summary.accounts = accountIds.length;
    summary.batches = batches.length;
    log.info(
      { accounts: accountIds.length, batches: batches.length, since: since?.toISOString() ?? null },
      'run planned',
    );
    opts.onPlanned?.(accountIds.length, batches.length);

    let done = 0;
    for (const [index, ids] of batches.entries()) {
      const result = await runBatch(
        http,
        {
          accountIds: ids,
          asOf,
          now: until,
          dryRun: opts.dryRun,
          bulkWriteThreshold: org.bulkWriteThreshold,
          bulkQueryThreshold: org.bulkQueryThreshold,
          ignoreOwnWrites: org.ignoreOwnWrites,
          settings: opts.settings,
          contiguous,
        },
        log.child({ batch: index }),
      );
      summary.rowsRead += result.rowsRead;
      summary.planned += result.planned;
      summary.written += result.written;
      if (result.writes) mergeWrites(allWrites, result.writes);
      done += ids.length;
      opts.onBatch?.(done);
    }
    if (!opts.dryRun && !opts.accountIds && opts.watermark) {
      await opts.watermark.advance(org.name, until);
      summary.watermark = until.toISOString();
    }
  } catch (e) {
    if (!(e instanceof BudgetExhaustedError)) throw e;
    summary.stoppedBy = 'budget';
    summary.stopReason = e.message;
    log.warn({ reason: e.message }, 'run stopped before exceeding the API budget; watermark unchanged');
  }
  return finish();
}
