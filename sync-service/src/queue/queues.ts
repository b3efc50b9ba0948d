import { FlowProducer, Job, Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../log';
import { QUEUE_NAMES, runIdFor, type BatchData, type FinalizeData, type OrgRunData, type RunSummary } from './jobs';
import type { RunOwner } from './run-lock';

const PENDING_STATES = new Set(['waiting', 'waiting-children', 'active', 'delayed', 'prioritized']);

const DAY = 24 * 3600;
export const RETENTION: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> = {
  removeOnComplete: { age: 7 * DAY, count: 10_000 },
  removeOnFail: { age: 30 * DAY },
};
export const BATCH_ATTEMPTS: Pick<JobsOptions, 'attempts' | 'backoff'> = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
};

export interface RunStatus {
  runId: string;
  org?: string;
  state: string;
  batches?: { total: number; done: number; pending: number; failed: number };
  summary?: RunSummary;
  failedReason?: string;
}

/** The queues of the sync and the operations the scheduler, the HTTP layer and the workers start runs with. */
export class SyncQueues {
  readonly orgRuns: Queue<OrgRunData>;
  readonly batches: Queue<BatchData>;
  readonly finalize: Queue<FinalizeData>;
  readonly flow: FlowProducer;

  /**
   * With `log`, connection errors (Redis away: ioredis reconnects and the commands wait) are logged as warnings;
   * without it BullMQ prints them to the console.
   */
  constructor(
    readonly connection: Redis,
    readonly prefix: string,
    log?: Logger,
  ) {
    const opts = { connection, prefix };
    this.orgRuns = new Queue<OrgRunData>(QUEUE_NAMES.orgRuns, opts);
    this.batches = new Queue<BatchData>(QUEUE_NAMES.batches, opts);
    this.finalize = new Queue<FinalizeData>(QUEUE_NAMES.finalize, opts);
    this.flow = new FlowProducer(opts);
    if (log) {
      for (const q of [this.orgRuns, this.batches, this.finalize])
        q.on('error', (err) => log.warn({ err, queue: q.name }, 'redis error'));
      this.flow.on('error', (err) => log.warn({ err, queue: 'flow' }, 'redis error'));
    }
  }

  /** Starts an org run now; repeating the call within the same second returns the same run. */
  async requestOrgRun(org: string, opts: { full?: boolean; at?: number } = {}): Promise<string> {
    const requestedAt = opts.at ?? Date.now();
    const runId = runIdFor(org, requestedAt);
    await this.orgRuns.add(
      'org-run',
      { org, runId, requestedAt, full: opts.full },
      { jobId: runId, attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, ...RETENTION },
    );
    return runId;
  }

  /**
   * Syncs one account (its 18-character id) as a run of the org: it holds the org's run lock and the budget floor like
   * any run, waits while another run of the org is going, and leaves the watermark alone.
   */
  async requestAccountSync(org: string, accountId: string, at: number = Date.now()): Promise<string> {
    const runId = `${runIdFor(org, at)}-${accountId}`;
    await this.orgRuns.add(
      'org-run',
      { org, runId, requestedAt: at, accountIds: [accountId] },
      { jobId: runId, attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, ...RETENTION },
    );
    return runId;
  }

  /** Whether the run that holds an org's lock still has work left (its planning or its finalize job pending). */
  async isRunGoing(holder: RunOwner): Promise<boolean> {
    return (
      PENDING_STATES.has(await this.finalize.getJobState(holder.runId)) ||
      (holder.jobId !== '' && PENDING_STATES.has(await this.orgRuns.getJobState(holder.jobId)))
    );
  }

  async getRun(runId: string): Promise<RunStatus | undefined> {
    const [orgRun, fin] = await Promise.all([
      Job.fromId<OrgRunData>(this.orgRuns, runId),
      Job.fromId<FinalizeData, RunSummary>(this.finalize, runId),
    ]);
    if (!orgRun && !fin) return undefined;
    if (!fin) {
      const state = await orgRun!.getState();
      const waitingFor = (orgRun!.progress as { waitingFor?: unknown } | undefined)?.waitingFor;
      return {
        runId,
        org: orgRun!.data.org,
        state:
          state === 'completed'
            ? 'skipped'
            : state === 'delayed' && typeof waitingFor === 'string'
              ? `waiting for run ${waitingFor}`
              : `planning (${state})`,
        failedReason: orgRun!.failedReason || undefined,
      };
    }
    // Read the state before the job's record: a job read first could finish in between, and then would show
    // `completed` without its return value.
    const state = await fin.getState();
    const fresh = (await Job.fromId<FinalizeData, RunSummary>(this.finalize, runId)) ?? fin;
    const deps = await fin.getDependenciesCount({ processed: true, unprocessed: true, failed: true, ignored: true });
    const processed = deps.processed ?? 0;
    const failed = (deps.failed ?? 0) + (deps.ignored ?? 0);
    return {
      runId,
      org: fin.data.org,
      state: state === 'waiting-children' ? 'running' : state,
      batches: { total: fin.data.batches, done: processed, pending: deps.unprocessed ?? 0, failed },
      summary: fresh.returnvalue ?? undefined,
      failedReason: fresh.failedReason || undefined,
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.orgRuns.close(), this.batches.close(), this.finalize.close(), this.flow.close()]);
  }
}
