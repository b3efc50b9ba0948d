import type { ChildProcess } from 'node:child_process';
import type { Emulator } from '@contact-plan/emulator';
import { connectRedis, SyncQueues } from '@contact-plan/sync-service';
import { predictState, readState, recordCounts, runFinished, startDemoOrg, uniquePrefix, until } from './support';
import { spawnWorker, type WorkerProcess } from './worker-process';

jest.setTimeout(180_000);

const prefix = uniquePrefix('kill');
const redis = connectRedis('redis://127.0.0.1:6379');
const queues = new SyncQueues(redis, prefix);
const children: ChildProcess[] = [];
let org: Emulator;

// A killed worker's lock expires after 2 s, and stalled jobs are looked for every second.
const spawnKillable = (): WorkerProcess => {
  const worker = spawnWorker(org, {
    prefix,
    env: { CP_LOCK_DURATION_MS: '2000', CP_STALLED_INTERVAL_MS: '1000' },
  });
  children.push(worker.child);
  return worker;
};

beforeAll(async () => {
  org = await startDemoOrg();
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await org.stop();
  await queues.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe('a worker killed mid-run', () => {
  it('kill -9 then a restart ends in the clean-run state with no duplicate record; SIGTERM stops a worker cleanly', async () => {
    const expected = predictState(org);
    const accounts = Object.keys(expected.accounts).length;
    // Slow writes down so the kill lands while a batch is being written.
    org.faults.set('collection', { probability: 1, action: { delayMs: 300 } });

    const first = spawnKillable();
    const runId = await queues.requestOrgRun('emu', { full: true });
    await until(
      async () =>
        (await queues.batches.getJobCounts('completed', 'active')).completed! >= 1 &&
        (await queues.batches.getActiveCount()) >= 1
          ? true
          : undefined,
      'a batch in flight',
    );
    first.child.kill('SIGKILL');
    expect(await first.exited()).toBeNull();
    const beforeRestart = await queues.getRun(runId);
    expect(beforeRestart!.batches!.done).toBeLessThan(accounts);

    const second = spawnKillable();
    const status = await runFinished(queues, runId, 120_000);
    expect(status.state).toBe('completed');
    expect(status.batches).toEqual({ total: accounts, done: accounts, pending: 0, failed: 0 });
    expect(readState(org)).toEqual(expected);

    // No duplicates: one snapshot per account and day, one open warning per key, one relationship per pair.
    const counts = recordCounts(org);
    expect(counts.snapshots).toEqual([accounts, accounts]);
    const warnings = Object.keys(expected.warnings).length;
    expect(counts.warnings).toEqual([warnings, warnings]);
    expect(counts.relationships[0]).toBe(counts.relationships[1]);

    second.child.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
  });
});
