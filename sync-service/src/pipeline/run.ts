import { DEFAULT_SETTINGS, type Settings } from '@contact-plan/planning-core';
import type { Logger } from '../log';
import type { CallCounts, OrgHttp } from '../salesforce';
import { analyzeAccounts } from './analyze';
import { assemble, type SkipCounts } from './assemble';
import { countWrites, diffAccount, emptyWrites, mergeWrites, type PlannedWrites } from './diff';
import { extractBatch } from './extract';
import { applyWrites, type WriteOutcome } from './write';

export interface BatchRequest {
  accountIds: string[];
  /** The planning day in the org's time zone (YYYY-MM-DD). */
  asOf: string;
  /** The sync's timestamp, stamped on changed records. */
  now: Date;
  dryRun?: boolean;
  bulkWriteThreshold: number;
  settings?: Partial<Settings>;
  /** The batch holds every account between its first and last id (a slice of a full run). */
  contiguous?: boolean;
  /** Queries answering more rows than this go through Bulk API 2.0. */
  bulkQueryThreshold?: number;
}

export interface BatchResult {
  accounts: number;
  analyzed: number;
  rowsRead: number;
  planned: number;
  written: number;
  calls: CallCounts;
  skipped: SkipCounts;
  failedAccounts: { accountId: string; reason: string }[];
  writeFailures: WriteOutcome['failures'];
  /** The planned writes themselves, for --dry-run. */
  writes?: PlannedWrites;
}

export class BatchWriteError extends Error {
  constructor(readonly result: BatchResult) {
    super(`${result.writeFailures.length} record(s) failed to save; first: ${result.writeFailures[0]?.error ?? ''}`);
    this.name = 'BatchWriteError';
  }
}

const callDelta = (after: CallCounts, before: CallCounts): CallCounts =>
  Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)] as const)
      .filter(([, v]) => v > 0),
  );

/**
 * One batch of accounts through extract → assemble → analyze → diff → write. The CLI, the workers and the
 * tests all call this; it holds no state between calls. Throws BatchWriteError when records failed to save.
 */
export async function runBatch(http: OrgHttp, req: BatchRequest, log: Logger): Promise<BatchResult> {
  const callsBefore = { ...http.calls };
  const { sources, stats } = await extractBatch(http, req.accountIds, req.asOf, {
    contiguous: req.contiguous,
    bulkThreshold: req.bulkQueryThreshold,
  });
  if (stats.missingObjects.length) log.info({ objects: stats.missingObjects }, 'optional objects absent in this org');

  const recentWindowDays = req.settings?.touchWindowDays ?? DEFAULT_SETTINGS.touchWindowDays;
  const { accounts, skipped } = assemble(sources, { recentWindowDays, roleMapping: req.settings?.roleMapping });
  if (Object.keys(skipped).length) log.info({ skipped }, 'source rows left out');

  const { analyzed, failed } = analyzeAccounts(accounts, req.settings);
  for (const f of failed) log.warn({ accountId: f.accountId, reason: f.reason }, 'account not analyzed');

  const now = req.now.toISOString();
  const writes = emptyWrites();
  for (const a of analyzed) mergeWrites(writes, diffAccount(a.account, a.analysis, { now, reviewOn: a.reviewOn }));
  const planned = countWrites(writes);

  const outcome: WriteOutcome =
    req.dryRun || planned === 0
      ? { written: 0, failures: [] }
      : await applyWrites(http, writes, { bulkWriteThreshold: req.bulkWriteThreshold });

  const result: BatchResult = {
    accounts: req.accountIds.length,
    analyzed: analyzed.length,
    rowsRead: stats.rowsRead,
    planned,
    written: outcome.written,
    calls: callDelta(http.calls, callsBefore),
    skipped,
    failedAccounts: failed,
    writeFailures: outcome.failures,
    writes: req.dryRun ? writes : undefined,
  };
  log.info(
    { accounts: result.accounts, rowsRead: result.rowsRead, planned, written: result.written, calls: result.calls },
    'batch done',
  );
  if (outcome.failures.length) throw new BatchWriteError(result);
  return result;
}
