import { hostname } from 'node:os';
import { Worker, type WorkerOptions } from 'bullmq';
import { QUEUE_NAMES } from './jobs';
import { processBatch, processFinalize, processOrgRun, type ProcessorDeps } from './processors';

export interface WorkerTuning {
  concurrency?: number;
  /** How long a job's lock lives without renewal; a killed worker's job is taken over after it expires. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Stored on every job this process takes (BullMQ's processedBy); default `host:pid`. */
  name?: string;
}

export interface RunningWorkers {
  workers: Worker[];
  /** Stops taking jobs and waits for the current ones to finish (graceful shutdown). */
  close(): Promise<void>;
}

/** Starts the three workers of the sync; any number of processes may run them against one Redis. */
export function startWorkers(deps: ProcessorDeps, tuning: WorkerTuning = {}): RunningWorkers {
  const base: WorkerOptions = {
    connection: deps.redis,
    prefix: deps.queues.prefix,
    name: tuning.name ?? workerName(),
    lockDuration: tuning.lockDurationMs ?? 60_000,
    stalledInterval: tuning.stalledIntervalMs ?? 30_000,
    maxStalledCount: 2,
  };
  const workers = [
    new Worker(QUEUE_NAMES.orgRuns, (job, token) => processOrgRun(job, deps, token), { ...base, concurrency: 1 }),
    new Worker(QUEUE_NAMES.batches, (job) => processBatch(job, deps), {
      ...base,
      concurrency: tuning.concurrency ?? 1,
    }),
    new Worker(QUEUE_NAMES.finalize, (job) => processFinalize(job, deps), { ...base, concurrency: 1 }),
  ];
  for (const w of workers) w.on('error', (err) => deps.log.error({ err, queue: w.name }, 'worker error'));
  for (const w of workers)
    w.on('failed', (job, err) =>
      deps.log.warn({ queue: w.name, jobId: job?.id, attempts: job?.attemptsMade, reason: err.message }, 'job failed'),
    );
  return {
    workers,
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

/** Names this process in the job records it leaves, so an operator can tell which machine ran a batch. */
export const workerName = (): string => `${hostname()}:${process.pid}`;
