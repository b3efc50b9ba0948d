import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Emulator } from '@contact-plan/emulator';
import { connectRedis, SyncQueues, type RunStatus } from '@contact-plan/sync-service';
import { predictState, readState, startDemoOrg, uniquePrefix } from './support';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const prefix = uniquePrefix('kill');
const redis = connectRedis('redis://127.0.0.1:6379');
const queues = new SyncQueues(redis, prefix);
const children: ChildProcess[] = [];
let org: Emulator;

/** A real `contact-plan worker` process, run from source. */
function spawnWorker(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-service/src/cli/main.ts', 'worker'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CP_ORG_NAME: 'emu',
      CP_ORG_LOGIN_URL: org.loginUrl,
      CP_ORG_AUTH: 'password',
      CP_ORG_USERNAME: org.credentials.username,
      CP_ORG_PASSWORD: org.credentials.password,
      CP_ORG_BATCH_SIZE: '1',
      CP_QUEUE_PREFIX: prefix,
      CP_LOG_LEVEL: 'warn',
      CP_LOCK_DURATION_MS: '2000',
      CP_STALLED_INTERVAL_MS: '1000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return child;
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

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

    const first = spawnWorker();
    const runId = await queues.requestOrgRun('emu', { full: true });
    await until(
      async () =>
        (await queues.batches.getJobCounts('completed', 'active')).completed! >= 1 &&
        (await queues.batches.getActiveCount()) >= 1
          ? true
          : undefined,
      'a batch in flight',
    );
    first.kill('SIGKILL');
    expect(await exited(first)).toBeNull();
    const beforeRestart = await queues.getRun(runId);
    expect(beforeRestart!.batches!.done).toBeLessThan(accounts);

    const second = spawnWorker();
    const status = await until<RunStatus>(
      async () => {
        const s = await queues.getRun(runId);
        return s && ['completed', 'failed'].includes(s.state) ? s : undefined;
      },
      'the run to finish',
      120_000,
    );
    expect(status.state).toBe('completed');
    expect(status.batches).toEqual({ total: accounts, done: accounts, pending: 0, failed: 0 });
    expect(readState(org)).toEqual(expected);

    // No duplicates: one snapshot per account and day, one open warning per key, one relationship per pair.
    const count = (soql: string): number => org.store.query(soql).length;
    expect(count('SELECT Id FROM Coverage_Snapshot__c')).toBe(accounts);
    expect(count("SELECT Id FROM Coverage_Warning__c WHERE Status__c = 'Open'")).toBe(
      Object.keys(expected.warnings).length,
    );
    expect(count('SELECT Id FROM Relationship__c WHERE Pair_Key__c != null')).toBe(
      new Set(
        org.store.query('SELECT Pair_Key__c FROM Relationship__c WHERE Pair_Key__c != null').map((r) => r.Pair_Key__c),
      ).size,
    );

    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
  });
});
