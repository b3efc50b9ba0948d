import request from 'supertest';
import type { Emulator } from '@contact-plan/emulator';
import {
  connectRedis,
  createApp,
  orgReachable,
  Secret,
  loadConfig,
  OrgClients,
  RedisWatermarkStore,
  startWorkers,
  SyncMetrics,
  SyncQueues,
  type Config,
  type RunningWorkers,
  type RunStatus,
} from '@contact-plan/sync-service';
import { capturingLog, predictState, quietLog, readState, startDemoOrg, uniquePrefix, writeCalls } from './support';

jest.setTimeout(120_000);

const prefix = uniquePrefix('queue');
const redis = connectRedis('redis://127.0.0.1:6379');
const queues = new SyncQueues(redis, prefix);
const watermark = new RedisWatermarkStore(redis, prefix);
const connections: ReturnType<typeof connectRedis>[] = [];

let org: Emulator;
let config: Config;

function startWorkerProcess(
  log = quietLog(),
  metrics = new SyncMetrics(false),
): { running: RunningWorkers; processed: string[]; metrics: SyncMetrics } {
  // Each "process" has its own Redis connection, sessions and queues, exactly as a separate worker would.
  const connection = connectRedis('redis://127.0.0.1:6379');
  connections.push(connection);
  const own = new SyncQueues(connection, prefix);
  const running = startWorkers({
    config,
    clients: new OrgClients(),
    queues: own,
    redis: connection,
    watermark: new RedisWatermarkStore(connection, prefix),
    log,
    metrics,
  });
  const processed: string[] = [];
  running.workers[1]!.on('completed', (job) => processed.push(String(job.id)));
  const close = running.close;
  running.close = async () => {
    await close();
    await own.close();
  };
  return { running, processed, metrics };
}

async function waitForRun(runId: string): Promise<RunStatus> {
  for (let i = 0; i < 600; i++) {
    const status = await queues.getRun(runId);
    if (status && ['completed', 'failed', 'skipped'].includes(status.state)) return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`run ${runId} did not finish`);
}

beforeAll(async () => {
  org = await startDemoOrg();
  config = loadConfig({
    env: {
      CP_ORG_NAME: 'emu',
      CP_ORG_LOGIN_URL: org.loginUrl,
      CP_ORG_AUTH: 'clientCredentials',
      CP_ORG_CLIENT_ID: org.credentials.clientId,
      CP_ORG_CLIENT_SECRET: org.credentials.clientSecret,
      CP_ORG_BATCH_SIZE: '1',
      CP_QUEUE_PREFIX: prefix,
    },
  });
});
afterAll(async () => {
  await org.stop();
  await queues.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await Promise.all(connections.map((c) => c.quit().catch(() => undefined)));
});

describe('queued org runs', () => {
  // Two worker sets in one process, for the metrics they count; scale-out.test.ts runs real worker processes.
  it('a run triggered twice runs once: every batch once across two worker sets, their metrics add up, the watermark advanced', async () => {
    const expected = predictState(org);
    const a = startWorkerProcess();
    const b = startWorkerProcess();
    try {
      const runId = await queues.requestOrgRun('emu', { full: true });
      const again = await queues.requestOrgRun('emu', {
        full: true,
        at: Number(await redis.time().then(([s]) => Number(s) * 1000)),
      });
      const status = await waitForRun(runId);
      expect(status.state).toBe('completed');
      const accounts = Object.keys(expected.accounts).length;
      expect(status.batches).toEqual({ total: accounts, done: accounts, pending: 0, failed: 0 });
      expect(status.summary).toMatchObject({ accounts, batches: accounts });
      const all = [...a.processed, ...b.processed].filter((id) => id.startsWith(runId));
      expect(new Set(all).size).toBe(all.length);
      expect(all).toHaveLength(accounts);
      expect(a.processed.length).toBeGreaterThan(0);
      expect(b.processed.length).toBeGreaterThan(0);
      expect(readState(org)).toEqual(expected);
      expect((await watermark.get('emu'))!.toISOString()).toBe(status.summary!.watermark);
      const counted = async (m: SyncMetrics, name: string): Promise<number> =>
        ((await m.registry.getSingleMetric(name)!.get()).values as { value: number }[]).reduce(
          (n, v) => n + v.value,
          0,
        );
      expect(
        (await counted(a.metrics, 'contact_plan_accounts_total')) +
          (await counted(b.metrics, 'contact_plan_accounts_total')),
      ).toBe(accounts);
      expect(
        (await counted(a.metrics, 'contact_plan_runs_total')) + (await counted(b.metrics, 'contact_plan_runs_total')),
      ).toBe(1);
      // A second trigger while the first was going did not start a second run over the same accounts.
      if (again !== runId) {
        const second = await waitForRun(again);
        expect(['skipped', 'completed']).toContain(second.state);
      }
    } finally {
      await Promise.all([a.running.close(), b.running.close()]);
    }
  });

  it('a second queued run writes nothing, and its log names the run on every line but no contact', async () => {
    const { log, lines } = capturingLog('debug');
    const w = startWorkerProcess(log);
    try {
      org.resetCalls();
      // A trigger in the same second as the previous run's would name that run again: step past it.
      const runId = await queues.requestOrgRun('emu', { full: true, at: Date.now() + 2_000 });
      const status = await waitForRun(runId);
      expect(status.state).toBe('completed');
      expect(status.summary!.written).toBe(0);
      expect(writeCalls(org)).toBe(0);
    } finally {
      await w.running.close();
    }
    const runLines = lines.filter((l) => l.includes('"runId"'));
    expect(runLines.length).toBeGreaterThan(5);
    const logText = lines.join('\n');
    for (const c of org.store.query('SELECT Name, Email, Phone FROM Contact')) {
      for (const value of [c.Name, c.Email, c.Phone])
        if (typeof value === 'string' && value) expect(logText).not.toContain(value);
    }
    for (const line of lines) {
      const parsed = JSON.parse(line) as { msg?: string; runId?: string };
      if (parsed.msg !== 'worker error') expect(parsed.runId).toEqual(expect.any(String));
    }
  });

  it('a queued run that meets the API budget fails with a budget reason and leaves the watermark where it was', async () => {
    const before = await watermark.get('emu');
    const w = startWorkerProcess();
    try {
      // The planning query passes; the first batch's first query meets the org's limit.
      org.faults.set('query', { sequence: ['pass', 'requestLimit'] });
      const runId = await queues.requestOrgRun('emu', { full: true, at: Date.now() + 5_000 });
      const status = await waitForRun(runId);
      expect(status.state).toBe('failed');
      const [failedBatch] = await queues.batches.getFailed();
      expect(failedBatch!.failedReason).toMatch(/^budget: /);
      expect(failedBatch!.attemptsMade).toBe(1);
      expect(await watermark.get('emu')).toEqual(before);
    } finally {
      org.faults.clear();
      await w.running.close();
    }
  });

  it('over HTTP: readiness checks Redis and the org; one account syncs on request without moving the watermark', async () => {
    const clients = new OrgClients();
    const app = createApp({
      config: { ...config, http: { port: 0, host: '127.0.0.1', token: new Secret('integration-token-0123456789') } },
      queues,
      redis,
      metrics: new SyncMetrics(false),
      log: quietLog(),
      orgReachable: orgReachable(config, clients),
    });
    const ready = await request(app)
      .get('/readyz')
      .set('Authorization', 'Bearer integration-token-0123456789')
      .expect(200);
    expect(ready.body.checks).toEqual({ redis: true, 'org:emu': true });

    const before = await watermark.get('emu');
    const [account] = org.store.query('SELECT Id FROM Account ORDER BY Id LIMIT 1');
    const w = startWorkerProcess();
    try {
      const res = await request(app)
        .post(`/orgs/emu/accounts/${String(account!.Id)}/sync`)
        .set('Authorization', 'Bearer integration-token-0123456789')
        .expect(202);
      const status = await waitForRun(res.body.runId);
      expect(status).toMatchObject({ state: 'completed', batches: { total: 1, done: 1, pending: 0, failed: 0 } });
      expect(status.summary).toMatchObject({ accounts: 1, written: 0 });
      expect(await watermark.get('emu')).toEqual(before);
    } finally {
      await w.running.close();
    }
  });

  it('a batch that fails for a reason no retry clears is tried once and fails with that reason', async () => {
    const before = await watermark.get('emu');
    const name = 'Contact_Plan_Integration';
    const grant = org.access.grantOf(name)!;
    const restore = () =>
      org.access.definePermissionSet(name, { label: 'Contact Plan Integration' }, grant, new Date().toISOString());
    // An admin took create and edit on Coverage_Snapshot__c out of the integration permission set.
    org.access.definePermissionSet(
      name,
      { label: 'Contact Plan Integration' },
      {
        ...grant,
        objects: {
          ...grant.objects,
          Coverage_Snapshot__c: { ...grant.objects.Coverage_Snapshot__c!, allowCreate: false, allowEdit: false },
        },
      },
      new Date().toISOString(),
    );
    // Last in this file: it leaves the org without today's snapshots. The earlier runs wrote today's snapshots: take them away so this run has to write them again.
    for (const { Id } of org.store.query('SELECT Id FROM Coverage_Snapshot__c')) org.store.delete(String(Id));
    const w = startWorkerProcess();
    try {
      const runId = await queues.requestOrgRun('emu', { full: true, at: Date.now() + 7_000 });
      const status = await waitForRun(runId);
      expect(status.state).toBe('failed');
      const failed = (await queues.batches.getFailed()).filter((j) => j.data.runId === runId);
      expect(failed.length).toBeGreaterThan(0);
      for (const job of failed) {
        expect(job.attemptsMade).toBe(1);
        expect(job.failedReason).toMatch(
          /^permanent: \d+ record\(s\) failed to save: Coverage_Snapshot__c upsert: INSUFFICIENT_ACCESS_OR_READONLY: /,
        );
      }
      expect(await watermark.get('emu')).toEqual(before);
    } finally {
      restore();
      await w.running.close();
    }
  });
});
