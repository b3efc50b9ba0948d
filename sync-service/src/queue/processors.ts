import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { findOrg, type Config } from '../config';
import { forRun, type Logger } from '../log';
import type { SyncMetrics } from '../metrics';
import {
  addBatchTotals,
  BatchWriteError,
  completeOrgRun,
  permanentFailure,
  planOrgRun,
  runBatch,
  sendDigests,
  todayIn,
  type RunTotals,
} from '../pipeline';
import { RedisDigestLedger } from './digest-ledger';
import { ApiBudget, BudgetExhaustedError, type OrgClients } from '../salesforce';
import {
  batchJobId,
  isWholeOrgRun,
  QUEUE_NAMES,
  runIdFor,
  type BatchData,
  type BatchReturn,
  type FinalizeData,
  type OrgRunData,
  type RunSummary,
} from './jobs';
import { BATCH_ATTEMPTS, RETENTION, type SyncQueues } from './queues';
import { activeRunKey, claimOrgRun, LEASE, releaseOrgRun, type RunOwner } from './run-lock';
import type { RedisWatermarkStore } from './watermark';

export interface ProcessorDeps {
  config: Config;
  clients: OrgClients;
  queues: SyncQueues;
  redis: Redis;
  watermark: RedisWatermarkStore;
  log: Logger;
  metrics?: SyncMetrics;
}

/** How long a run that waits for another run of its org sleeps between two looks at the org's lock. */
export const RUN_WAIT_MS = 5_000;

/**
 * Plans an org run (the pipeline's planOrgRun) and adds one flow: a finalize parent over one job per batch. One run of
 * an org at a time: a whole-org run is skipped while another whole-org run is going; a run of chosen accounts, and a
 * whole-org run behind one, waits (the job is delayed, its attempts untouched) until the org is free.
 */
export async function processOrgRun(
  job: Job<OrgRunData>,
  deps: ProcessorDeps,
  token?: string,
): Promise<{ runId: string; skippedFor?: string }> {
  const requestedAt = job.data.requestedAt ?? job.timestamp;
  const runId = job.data.runId ?? runIdFor(job.data.org, requestedAt);
  const org = findOrg(deps.config, job.data.org);
  const log = forRun(deps.log, runId, { org: org.name });

  const owner: RunOwner = { runId, jobId: String(job.id) };
  const active = await claimOrgRun(deps.redis, activeRunKey(deps.queues.prefix, org.name), owner, (holder) =>
    deps.queues.isRunGoing(holder),
  );
  if (active && !job.data.accountIds && isWholeOrgRun(active.runId) && active.jobId !== LEASE) {
    log.info({ activeRun: active.runId }, 'a run of this org is still going; not starting another');
    return { runId, skippedFor: active.runId };
  }
  if (active) {
    if (token === undefined) throw new Error(`run ${active.runId} holds the org and this job cannot wait for it`);
    log.info({ activeRun: active.runId }, 'another run of this org is going; waiting for it to end');
    await job.updateProgress({ waitingFor: active.runId });
    await job.moveToDelayed(Date.now() + RUN_WAIT_MS, token);
    throw new DelayedError();
  }

  const http = deps.clients.http(org);
  let plan;
  try {
    plan = await planOrgRun({
      org,
      http,
      log,
      full: job.data.full,
      accountIds: job.data.accountIds,
      watermark: deps.watermark,
      now: new Date(requestedAt),
    });
  } catch (e) {
    if (e instanceof BudgetExhaustedError) throw new UnrecoverableError(`budget: ${e.message}`);
    throw e;
  }

  // The fan-out: a finalize parent over one job per batch; BullMQ runs the parent once every child succeeded.
  await deps.queues.flow.add({
    name: 'finalize',
    queueName: QUEUE_NAMES.finalize,
    data: {
      org: org.name,
      runId,
      until: plan.until.toISOString(),
      accounts: plan.accounts,
      batches: plan.batches.length,
      advanceWatermark: plan.advancesWatermark,
      discoveryCalls: { ...http.calls },
    } satisfies FinalizeData,
    opts: { jobId: runId, ...RETENTION },
    children: plan.batches.map((batch, index) => ({
      name: 'batch',
      queueName: QUEUE_NAMES.batches,
      data: { ...batch, org: org.name, runId, index, budgetFloor: plan.budgetFloor } satisfies BatchData,
      opts: { jobId: batchJobId(runId, index), failParentOnFailure: true, ...BATCH_ATTEMPTS, ...RETENTION },
    })),
  });
  return { runId };
}

/**
 * Runs one batch of accounts through the pipeline. Budget stops and permanent failures are final; other faults retry
 * with backoff.
 */
export async function processBatch(job: Job<BatchData>, deps: ProcessorDeps): Promise<BatchReturn> {
  const { runId, index } = job.data;
  const org = findOrg(deps.config, job.data.org);
  const log = forRun(deps.log, runId, { org: org.name, batch: index, attempt: job.attemptsMade + 1 });
  // A job queued before batches carried their run's settings cannot be judged the same way as the rest of its run.
  if (!job.data.settings)
    throw new UnrecoverableError('batch planned by an older version (no settings); run the org again');
  const http = deps.clients.http(org);
  if (job.data.budgetFloor !== undefined) http.useBudget(new ApiBudget(job.data.budgetFloor));
  const started = Date.now();
  try {
    const r = await runBatch(http, org, job.data, log);
    deps.metrics?.observeBatch(org.name, r, (Date.now() - started) / 1000);
    return { accounts: r.accounts, rowsRead: r.rowsRead, planned: r.planned, written: r.written, calls: r.calls };
  } catch (e) {
    deps.metrics?.errors.inc({ org: org.name, stage: e instanceof BudgetExhaustedError ? 'budget' : 'batch' });
    if (e instanceof BudgetExhaustedError) {
      log.warn({ reason: e.message }, 'batch stopped before exceeding the API budget');
      throw new UnrecoverableError(`budget: ${e.message}`);
    }
    const permanent = permanentFailure(e);
    if (permanent) {
      // Running it again would fail the same way: one report with the reason, no retries.
      log.warn({ reason: permanent }, 'batch failed for a reason a retry cannot clear; not retried');
      throw new UnrecoverableError(`permanent: ${permanent}`);
    }
    if (e instanceof BatchWriteError)
      log.warn({ failures: e.result.writeFailures.length }, 'records failed to save; the batch will be retried');
    else log.warn({ err: e }, 'batch failed');
    throw e;
  }
}

/** Runs after every batch of a run succeeded: sums the results and advances the watermark. */
export async function processFinalize(job: Job<FinalizeData>, deps: ProcessorDeps): Promise<RunSummary> {
  const d = job.data;
  const log = forRun(deps.log, d.runId, { org: d.org });
  const values = Object.values(await job.getChildrenValues<BatchReturn>());
  const totals: RunTotals = { rowsRead: 0, planned: 0, written: 0, calls: { ...d.discoveryCalls } };
  for (const v of values) addBatchTotals(totals, v);
  const summary: RunSummary = {
    runId: d.runId,
    org: d.org,
    accounts: d.accounts,
    batches: d.batches,
    rowsRead: totals.rowsRead,
    written: totals.written,
    calls: totals.calls,
    apiCalls: Object.values(totals.calls).reduce((a, b) => a + b, 0),
  };
  if (d.advanceWatermark) summary.watermark = await completeOrgRun(deps.watermark, d.org, new Date(d.until));
  await releaseOrgRun(deps.redis, activeRunKey(deps.queues.prefix, d.org), d.runId);
  if (d.advanceWatermark) {
    // The morning digests of a whole-org run; a failure here is logged and never fails the run.
    try {
      const org = findOrg(deps.config, d.org);
      const digests = await sendDigests(deps.clients.http(org), {
        org: d.org,
        asOf: todayIn(org.timezone, new Date(d.until)),
        ledger: new RedisDigestLedger(deps.redis, deps.queues.prefix),
        log,
      });
      log.info({ digests }, 'morning digests');
    } catch (e) {
      log.warn({ err: e }, 'morning digests not sent');
    }
  }
  deps.metrics?.runs.inc({ org: d.org, outcome: 'completed' });
  deps.metrics?.runSeconds.observe({ org: d.org }, (Date.now() - job.timestamp) / 1000);
  log.info(
    { accounts: summary.accounts, rowsRead: summary.rowsRead, written: summary.written, apiCalls: summary.apiCalls },
    'run complete',
  );
  return summary;
}
