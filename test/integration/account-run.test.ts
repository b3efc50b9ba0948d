// A run of one account (`POST /orgs/:org/accounts/:id/sync`, `contact-plan sync --account`) is a run of its org like
// any other: it holds the org's run lock, so it never writes alongside another run of the org, and it keeps to the
// org's API budget floor. Against an emulated org, real jsforce and Redis.
import { Writable } from 'node:stream';
import request from 'supertest';
import type { Emulator } from '@contact-plan/emulator';
import {
  activeRunKey,
  claimOrgRun,
  connectRedis,
  createApp,
  isLease,
  leaseOrgRun,
  loadConfig,
  OrgClients,
  RedisWatermarkStore,
  runCli,
  startWorkers,
  SyncMetrics,
  SyncQueues,
  type CliIo,
  type Config,
  type RunningWorkers,
} from '@contact-plan/sync-service';
import {
  orgEnvFor,
  quietLog,
  runFinished,
  stamps,
  startDemoOrg,
  touchedAccounts,
  uniquePrefix,
  until,
} from './support';

jest.setTimeout(120_000);

const TOKEN = 'account-run-integration-token-0123';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const redis = connectRedis('redis://127.0.0.1:6379');

let prefix: string;
let queues: SyncQueues;
let org: Emulator;
let env: NodeJS.ProcessEnv;
let config: Config;
let showcase: string;

/** Runs `contact-plan …` in-process; stdout and stderr (log lines included) are kept. */
async function cli(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    out: (text) => {
      out.stdout += text;
    },
    err: (text) => {
      out.stderr += text;
    },
    readStdin: async () => '',
    env,
    logDestination: () =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          out.stderr += chunk.toString();
          done();
        },
      }),
  };
  const code = await runCli(['node', 'contact-plan', ...args], io);
  return { code, ...out };
}

async function useOrg(options: { apiBudget?: number } = {}) {
  prefix = uniquePrefix('account-run');
  queues = new SyncQueues(redis, prefix);
  org = await startDemoOrg(options);
  env = orgEnvFor(org, { CP_QUEUE_PREFIX: prefix, CP_HTTP_TOKEN: TOKEN, CP_LOG_LEVEL: 'warn' });
  config = loadConfig({ env });
  showcase = String(org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'")[0]!.Id);
}

const workersFor = (): RunningWorkers =>
  startWorkers({
    config,
    clients: new OrgClients(),
    queues,
    redis,
    watermark: new RedisWatermarkStore(redis, prefix),
    log: quietLog(),
  });

const appFor = () =>
  createApp({
    config,
    queues,
    redis,
    metrics: new SyncMetrics(false),
    log: quietLog(),
    orgReachable: async () => true,
  });

afterEach(async () => {
  await org.stop();
  await queues.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
});
afterAll(async () => {
  await redis.quit();
});

describe('a run of one account holds the org like any run', () => {
  it('queued while another run holds the org, it waits (202, "waiting for run …"), touching nothing, then runs', async () => {
    await useOrg();
    const held = await leaseOrgRun(redis, activeRunKey(prefix, 'emu'), 'emu-20261201T020000Z-cli', 60_000, () =>
      Promise.resolve(true),
    );
    if (!isLease(held)) throw new Error('the org was not free');
    const before = stamps(org);
    org.resetCalls();
    const workers = workersFor();
    try {
      const accepted = await request(appFor()).post(`/orgs/emu/accounts/${showcase}/sync`).set(bearer).expect(202);
      const runId = String(accepted.body.runId);
      const waiting = await until(async () => {
        const s = await queues.getRun(runId);
        return s?.state.startsWith('waiting') ? s : undefined;
      }, 'the account run to wait');
      expect(waiting).toEqual({
        runId,
        org: 'emu',
        state: 'waiting for run emu-20261201T020000Z-cli',
        failedReason: undefined,
      });
      expect(org.calls().total).toBe(0);
      expect([...touchedAccounts(before, stamps(org))]).toEqual([]);

      await held.release();
      const done = await runFinished(queues, runId);
      expect(done).toMatchObject({ state: 'completed', summary: { accounts: 1 } });
      expect([...touchedAccounts(before, stamps(org))]).toEqual([showcase]);
      // The run let go of the org when it ended.
      expect(await redis.get(activeRunKey(prefix, 'emu'))).toBeNull();
    } finally {
      await workers.close();
    }
  });

  it.each([
    ['sync --account', ['--account', 'SHOWCASE']],
    ['a whole-org sync', ['--full']],
  ])('%s while a queued run of the org is going: exit 5, one line, no call to the org', async (_name, options) => {
    await useOrg();
    const runId = await queues.requestOrgRun('emu', { at: Date.parse('2026-12-01T02:00:00Z') });
    // The run's planning job waits in the queue (no worker here) and holds the org, as a worker's claim leaves it.
    expect(
      await claimOrgRun(redis, activeRunKey(prefix, 'emu'), { runId, jobId: runId }, () => Promise.resolve(true)),
    ).toBeUndefined();
    const before = stamps(org);
    org.resetCalls();
    const args = options.map((option) => (option === 'SHOWCASE' ? showcase : option));
    const { code, stdout, stderr } = await cli(['sync', '--org', 'emu', ...args, '--no-progress']);
    expect([code, stdout, stderr]).toEqual([
      5,
      '',
      `contact-plan sync: run ${runId} of org "emu" is going; try again when it has ended\n`,
    ]);
    expect(org.calls().total).toBe(0);
    expect([...touchedAccounts(before, stamps(org))]).toEqual([]);
    // The refused command left the org's lock to its holder.
    expect(await redis.get(activeRunKey(prefix, 'emu'))).toBe(`${runId}@${runId}`);
  });

  it('a whole-org sync holds the org while it runs and lets go when it ends', async () => {
    await useOrg();
    const { code, stderr } = await cli(['sync', '--org', 'emu', '--full', '--no-progress']);
    expect([code, stderr]).toEqual([0, '']);
    expect(await redis.get(activeRunKey(prefix, 'emu'))).toBeNull();
  });

  it('sync --account holds the org while it runs and lets go when it ends', async () => {
    await useOrg();
    const before = stamps(org);
    const { code, stderr } = await cli(['sync', '--org', 'emu', '--account', showcase, '--no-progress']);
    expect([code, stderr]).toEqual([0, '']);
    expect([...touchedAccounts(before, stamps(org))]).toEqual([showcase]);
    expect(await redis.get(activeRunKey(prefix, 'emu'))).toBeNull();
  });
});

describe('a run of one account keeps to the budget floor', () => {
  // A daily budget of 2: after the run's /limits read 1 request remains, and half of it (the default share) is none.
  const STOP = 'stopping: 1 daily API requests remain and this run may not go below 1';

  it('sync --account with no share of the budget left: exit 3, the reason, nothing written, no call after /limits', async () => {
    await useOrg({ apiBudget: 2 });
    const before = stamps(org);
    org.resetCalls();
    const { code, stdout, stderr } = await cli(['sync', '--org', 'emu', '--account', showcase, '--no-progress']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/"msg":"run stopped before exceeding the API budget; watermark unchanged"/);
    expect(stdout).toMatch(/^accounts {8}0 in 0 batch\(es\)$/m);
    expect(stdout).toMatch(/^records written 0$/m);
    expect(stdout).toMatch(new RegExp(`^STOPPED {9}${STOP}$`, 'm'));
    expect(org.calls().byKind).toEqual({ login: 1, limits: 1 });
    expect([...touchedAccounts(before, stamps(org))]).toEqual([]);
  });

  it('POST …/accounts/:id/sync with no share of the budget left: the run fails in planning with the reason', async () => {
    await useOrg({ apiBudget: 2 });
    const before = stamps(org);
    org.resetCalls();
    const workers = workersFor();
    try {
      const accepted = await request(appFor()).post(`/orgs/emu/accounts/${showcase}/sync`).set(bearer).expect(202);
      const runId = String(accepted.body.runId);
      const status = await until(async () => {
        const s = await queues.getRun(runId);
        return s?.state === 'planning (failed)' ? s : undefined;
      }, 'the account run to fail');
      expect(status).toEqual({ runId, org: 'emu', state: 'planning (failed)', failedReason: `budget: ${STOP}` });
      const res = await request(appFor()).get(`/runs/${runId}`).set(bearer).expect(200);
      expect(res.body).toEqual({ runId, org: 'emu', state: 'planning (failed)', failedReason: `budget: ${STOP}` });
      expect(org.calls().byKind).toEqual({ login: 1, limits: 1 });
      expect([...touchedAccounts(before, stamps(org))]).toEqual([]);
      expect(await queues.batches.getJobCounts('waiting', 'active', 'completed', 'failed')).toEqual({
        waiting: 0,
        active: 0,
        completed: 0,
        failed: 0,
      });
    } finally {
      await workers.close();
    }
  });
});
