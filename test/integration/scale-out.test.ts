import type { Emulator } from '@contact-plan/emulator';
import { batchJobId, connectRedis, RedisWatermarkStore, SyncQueues } from '@contact-plan/sync-service';
import {
  orgConfigFor,
  predictState,
  readState,
  recordCounts,
  runFinished,
  startDemoOrg,
  sync,
  uniquePrefix,
  until,
} from './support';
import { spawnWorker, type WorkerProcess } from './worker-process';

jest.setTimeout(60_000);

const prefix = uniquePrefix('scale-out');
const redis = connectRedis('redis://127.0.0.1:6379');
const queues = new SyncQueues(redis, prefix);
const watermark = new RedisWatermarkStore(redis, prefix);
const workers: WorkerProcess[] = [];
let org: Emulator;

beforeAll(async () => {
  org = await startDemoOrg();
});
afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  await org.stop();
  await queues.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe('two worker processes sharing one Redis', () => {
  it('split one org run: every batch processed once, by both, with the end state of a one-worker run', async () => {
    // The same org synced in the foreground by one process is the reference.
    const reference = await startDemoOrg();
    let oneWorkerState: ReturnType<typeof readState>;
    try {
      await sync(reference, orgConfigFor(reference, { CP_ORG_BATCH_SIZE: '1' }), { full: true });
      oneWorkerState = readState(reference);
      expect(oneWorkerState).toEqual(predictState(reference));
    } finally {
      await reference.stop();
    }
    const accounts = Object.keys(oneWorkerState.accounts).length;
    expect(accounts).toBeGreaterThan(3);

    // One batch at a time per process, each batch's writes slowed, so neither process can drain the queue alone.
    org.faults.set('collection', { probability: 1, action: { delayMs: 200 } });
    workers.push(spawnWorker(org, { prefix, args: ['--concurrency', '1'] }));
    workers.push(spawnWorker(org, { prefix, args: ['--concurrency', '1'] }));
    const names = await Promise.all(workers.map((w) => w.started));
    expect(new Set(names).size).toBe(2);
    // Both are connected and waiting for batch jobs before the run is asked for.
    await until(
      async () => ((await queues.batches.getWorkersCount()) === 2 ? true : undefined),
      'two batch workers listening',
    );

    const runId = await queues.requestOrgRun('emu', { full: true });
    const status = await runFinished(queues, runId, 50_000);
    org.faults.clear();
    expect(status.state).toBe('completed');
    expect(status.batches).toEqual({ total: accounts, done: accounts, pending: 0, failed: 0 });

    // Every batch's job record: completed, started exactly once, and by which process.
    const batchJobs = await Promise.all(
      Array.from({ length: accounts }, (_, i) => queues.batches.getJob(batchJobId(runId, i))),
    );
    const byWorker = new Map<string, number>();
    for (const job of batchJobs) {
      expect(await job!.getState()).toBe('completed');
      expect(job!.attemptsStarted).toBe(1);
      expect(names).toContain(job!.processedBy);
      byWorker.set(job!.processedBy!, (byWorker.get(job!.processedBy!) ?? 0) + 1);
    }
    expect(byWorker.size).toBe(2);
    expect([...byWorker.values()].reduce((a, b) => a + b, 0)).toBe(accounts);

    expect(readState(org)).toEqual(oneWorkerState);
    const counts = recordCounts(org);
    expect(counts.snapshots).toEqual([accounts, accounts]);
    expect(counts.relationships[0]).toBe(counts.relationships[1]);
    expect((await watermark.get('emu'))!.toISOString()).toBe(status.summary!.watermark);

    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited()))).toEqual([0, 0]);
  });
});
