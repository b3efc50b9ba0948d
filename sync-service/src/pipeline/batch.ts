import { evidenceHorizonDays, type Settings } from '@contact-plan/planning-core';
import type { OrgConfig } from '../config';
import type { Logger } from '../log';
import { InvalidIdError, isPermanentCode, SalesforceError, type CallCounts, type OrgHttp } from '../salesforce';
import { analyzeAccounts } from './analyze';
import { applyWrites, type WriteOutcome } from './apply-writes';
import { assemble, type SkipCounts } from './assemble';
import { countWrites, diffAccount, emptyWrites, mergeWrites, type PlannedWrites } from './diff';
import { findAccountsEditedByOthers } from './dirty';
import { extractBatch } from './extract';
import { followMoves, type MoveResult } from './moves';

/** One batch of an org run, as the run planned it: plain JSON, so a queue can carry it to any worker. */
export interface BatchRequest {
  accountIds: string[];
  /** The planning day in the org's time zone (YYYY-MM-DD). */
  asOf: string;
  /** The run's instant (ISO 8601), stamped on changed records. */
  now: string;
  /** The batch holds every account between its first and last id (a slice of a full run). */
  contiguous: boolean;
  /** The run's settings, resolved once when it was planned. */
  settings: Settings;
  dryRun?: boolean;
}

/** The org's switches a batch follows. */
export type BatchOrgOptions = Pick<OrgConfig, 'bulkQueryThreshold' | 'bulkWriteThreshold' | 'ignoreOwnWrites'>;

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
    const failures = result.writeFailures;
    const reasons = [...new Set(failures.map((f) => `${f.sobject} ${f.operation}: ${f.error}`))];
    super(
      `${failures.length} record(s) failed to save: ${reasons.slice(0, 3).join(' | ')}` +
        (reasons.length > 3 ? ` (and ${reasons.length - 3} other reason(s))` : ''),
    );
    this.name = 'BatchWriteError';
  }

  /** Every failed record failed for a reason a retry repeats. */
  get permanent(): boolean {
    return this.result.writeFailures.every((f) => f.permanent);
  }
}

/**
 * Why a batch failed, when running it again cannot help (records the service may not write, a malformed id, a
 * missing parent, a query the org refuses): such a batch is reported once with this reason, not retried. Undefined
 * for a failure a later attempt may clear (a lock, a server or network fault, a busy org).
 */
export function permanentFailure(e: unknown): string | undefined {
  if (e instanceof BatchWriteError) return e.permanent ? e.message : undefined;
  if (e instanceof InvalidIdError) return e.message;
  if (e instanceof SalesforceError && !e.retryable && isPermanentCode(e.errorCode)) return e.message;
  return undefined;
}

/** How many times a batch is read again because reps edited it meanwhile, before its writes are held back. */
const REREAD_LIMIT = 3;
/** Allowance for the difference between our clock and the org's SystemModstamp. */
const CLOCK_MARGIN_MS = 5_000;

const callDelta = (after: CallCounts, before: CallCounts): CallCounts =>
  Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)] as const)
      .filter(([, v]) => v > 0),
  );

/**
 * One batch of accounts through extract → assemble → analyze → diff → write. The foreground run and the batch
 * workers both call this; it holds no state between calls. Throws BatchWriteError when records failed to save.
 */
export async function runBatch(
  http: OrgHttp,
  org: BatchOrgOptions,
  req: BatchRequest,
  log: Logger,
): Promise<BatchResult> {
  const callsBefore = { ...http.calls };
  const me = org.ignoreOwnWrites ? await http.userId() : undefined;
  let rowsRead = 0;
  let plannedByAccount: { accountId: string; writes: PlannedWrites }[] = [];
  let skipped: SkipCounts = {};
  let failed: { accountId: string; reason: string }[] = [];
  let analyzedCount = 0;
  let held = new Set<string>();
  let moves: MoveResult['closes'] = [];
  const editsSeen = new Map<string, string>();

  for (let attempt = 1; ; attempt++) {
    const readFrom = new Date(Date.now() - CLOCK_MARGIN_MS);
    const horizonDays = evidenceHorizonDays(req.settings);
    const { sources, stats } = await extractBatch(http, req.accountIds, req.asOf, {
      contiguous: req.contiguous,
      bulkThreshold: org.bulkQueryThreshold,
      horizonDays,
    });
    rowsRead += stats.rowsRead;
    if (stats.archivedRead) log.debug({ archived: stats.archivedRead, horizonDays }, 'archived activities read');
    const moved = await followMoves(http, sources, { bulkThreshold: org.bulkQueryThreshold });
    rowsRead += moved.rowsRead;
    moves = moved.closes;
    if (moved.departed) log.info({ departed: moved.departed, closing: moves.length }, 'contacts left their accounts');
    if (stats.missingObjects.length) log.info({ objects: stats.missingObjects }, 'optional objects absent in this org');

    const { settings } = req;
    const assembled = assemble(sources, {
      recentWindowDays: settings.touchWindowDays,
      roleMapping: settings.roleMapping,
      horizonDays,
    });
    skipped = assembled.skipped;
    if (Object.keys(skipped).length) log.info({ skipped }, 'source rows left out');

    const result = analyzeAccounts(assembled.accounts, settings);
    failed = result.failed;
    analyzedCount = result.analyzed.length;
    for (const f of failed) log.warn({ accountId: f.accountId, reason: f.reason }, 'account not analyzed');

    plannedByAccount = result.analyzed.map((a) => ({
      accountId: a.analysis.accountId,
      writes: diffAccount(a.account, a.analysis, { now: req.now, reviewOn: a.reviewOn }),
    }));
    const planned = plannedByAccount.reduce((n, p) => n + countWrites(p.writes), 0) + moves.length;
    if (req.dryRun || planned === 0 || !me) break;

    // A rep's edit to a Relationship__c after our read would be hidden by our write (we would be its last
    // modifier, and the next run skips our own writes): read such accounts again, or hold their writes back.
    // Our Contact writes would hide a rep's edit (or move) of those contacts the same way.
    const contacts = new Map(
      plannedByAccount.flatMap((p) => p.writes.contacts.updates.map((c) => [String(c.Id), p.accountId] as const)),
    );
    const edited = await findAccountsEditedByOthers(http, req.accountIds, readFrom, me, editsSeen, contacts);
    if (!edited.size) break;
    if (attempt >= REREAD_LIMIT) {
      held = edited;
      log.warn({ accounts: edited.size }, 'reps keep editing these accounts; their writes wait for the next run');
      break;
    }
    log.info({ accounts: edited.size, attempt }, 'reps edited relationships during the read; reading the batch again');
  }

  const writes = emptyWrites();
  for (const p of plannedByAccount) if (!held.has(p.accountId)) mergeWrites(writes, p.writes);
  for (const close of moves) if (!held.has(close.accountId)) writes.relationships.updates.push(close.write);
  const planned = countWrites(writes);

  const outcome: WriteOutcome =
    req.dryRun || planned === 0
      ? { written: 0, failures: [] }
      : await applyWrites(http, writes, { bulkWriteThreshold: org.bulkWriteThreshold });

  const result: BatchResult = {
    accounts: req.accountIds.length,
    analyzed: analyzedCount,
    rowsRead,
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
