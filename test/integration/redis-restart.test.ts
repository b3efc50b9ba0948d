import type { Emulator } from '@contact-plan/emulator';
import {
  batchJobId,
  connectRedis,
  loadConfig,
  OrgClients,
  RedisWatermarkStore,
  startWorkers,
  SyncMetrics,
  syncSchedulers,
  SyncQueues,
  type Config,
} from '@contact-plan/sync-service';
import { startPrivateRedis, type PrivateRedis } from './redis-server';
import {
  orgEnvFor,
  predictState,
  quietLog,
  readState,
  recordCounts,
  repFields,
  runFinished,
  startDemoOrg,
  uniquePrefix,
  until,
} from './support';

jest.setTimeout(60_000);

const prefix = uniquePrefix('redis-restart');
const NO_REP_DATA = { Grade__c: null, Graded_On__c: null, Key_Intersection__c: false, Focus_Horizon__c: null };
let redis: PrivateRedis;
let org: Emulator;
let config: Config;

beforeAll(async () => {
  redis = await startPrivateRedis();
  org = await startDemoOrg();
  config = loadConfig({
    env: orgEnvFor(org, { CP_ORG_BATCH_SIZE: '1', CP_REDIS_URL: redis.url, CP_QUEUE_PREFIX: prefix }),
  });
});
afterAll(async () => {
  await org.stop();
  await redis.dispose();
});

describe('a Redis restart mid-run', () => {
  it('workers and the triggering side reconnect; the run ends in the clean-run state, each batch run once, the watermark advanced once', async () => {
    const expected = predictState(org);
    const accounts = Object.keys(expected.accounts).length;
    const repBefore = repFields(org);
    expect(Object.values(repBefore).some((r) => r.Grade__c !== null)).toBe(true);

    // One connection for the side that triggers and watches runs (what `serve` holds), one for the worker process.
    const control = connectRedis(redis.url);
    const queues = new SyncQueues(control, prefix, quietLog());
    const watermark = new RedisWatermarkStore(control, prefix);
    const workerConnection = connectRedis(redis.url);
    let reconnects = 0;
    workerConnection.on('reconnecting', () => reconnects++);
    const workerQueues = new SyncQueues(workerConnection, prefix, quietLog());
    const metrics = new SyncMetrics(false);
    const running = startWorkers(
      {
        config,
        clients: new OrgClients(),
        queues: workerQueues,
        redis: workerConnection,
        watermark: new RedisWatermarkStore(workerConnection, prefix),
        log: quietLog(),
        metrics,
      },
      { concurrency: 1 },
    );
    const finalized: string[] = [];
    running.workers[2]!.on('completed', (job) => finalized.push(String(job.id)));
    const batchesDone: string[] = [];
    running.workers[1]!.on('completed', (job) => batchesDone.push(String(job.id)));

    try {
      expect(await syncSchedulers(queues.orgRuns, config.orgs)).toEqual(['nightly-emu']);
      // Slow writes, so Redis goes away while a batch is being written.
      org.faults.set('collection', { probability: 1, action: { delayMs: 300 } });
      const runId = await queues.requestOrgRun('emu', { full: true });
      await until(
        async () => (batchesDone.length >= 1 && (await queues.batches.getActiveCount()) >= 1 ? true : undefined),
        'a batch in flight after one done',
      );

      await redis.stop();
      // While Redis is away the batch in flight carries on against the org; its completion waits for Redis.
      await new Promise((r) => setTimeout(r, 1_000));
      const doneWhileDown = batchesDone.length;
      expect(doneWhileDown).toBeLessThan(accounts);
      await redis.start();

      const status = await runFinished(queues, runId, 40_000);
      org.faults.clear();

      expect(reconnects).toBeGreaterThan(0);
      expect(status.state).toBe('completed');
      expect(status.batches).toEqual({ total: accounts, done: accounts, pending: 0, failed: 0 });
      // The outage was shorter than a job's lock, so even the batch in flight during it ran just once.
      for (let i = 0; i < accounts; i++)
        expect((await queues.batches.getJob(batchJobId(runId, i)))!.attemptsStarted).toBe(1);
      expect(readState(org)).toEqual(expected);
      const counts = recordCounts(org);
      expect(counts.snapshots).toEqual([accounts, accounts]);
      expect(counts.warnings).toEqual([Object.keys(expected.warnings).length, Object.keys(expected.warnings).length]);
      expect(counts.relationships[0]).toBe(counts.relationships[1]);
      // Rep fields of the records that existed are as they were; records the run created carry no rep data.
      const repAfter = repFields(org);
      expect(Object.fromEntries(Object.keys(repBefore).map((id) => [id, repAfter[id]]))).toEqual(repBefore);
      for (const [id, fields] of Object.entries(repAfter)) if (!(id in repBefore)) expect(fields).toEqual(NO_REP_DATA);

      // The run finished once and moved the watermark to its own end.
      expect(finalized).toEqual([runId]);
      const runsCounted = (await metrics.registry.getSingleMetric('contact_plan_runs_total')!.get()).values;
      expect(runsCounted.reduce((n, v) => n + v.value, 0)).toBe(1);
      expect((await watermark.get('emu'))!.toISOString()).toBe(status.summary!.watermark);
      // What Redis kept across the restart: the org's job scheduler and the finished run's records.
      expect((await queues.orgRuns.getJobSchedulers()).map((s) => s.key)).toEqual(['nightly-emu']);
      expect(await queues.getRun(runId)).toMatchObject({ state: 'completed' });
    } finally {
      org.faults.clear();
      await running.close();
      await Promise.all([queues.close(), workerQueues.close()]);
      await Promise.all([control.quit(), workerConnection.quit()]);
    }
  });
});
