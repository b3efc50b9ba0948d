import request from 'supertest';
import { createLogger } from '../log';
import { SyncMetrics } from '../metrics';
import { connectRedis } from '../queue';
import { tokensMatch } from './auth';
import { createApp } from './app';
import { testConfig, testQueues } from './testing-app';

const TOKEN = 'test-token-0123456789abcdef';
const store = testQueues('cp-http-test');
const { redis, queues } = store;
const config = testConfig(TOKEN);
let reachable = true;
const app = createApp({
  config,
  queues,
  redis,
  metrics: new SyncMetrics(false),
  log: createLogger({ level: 'silent' }),
  orgReachable: async () => reachable,
});
const bearer = { Authorization: `Bearer ${TOKEN}` };

afterAll(() => store.dispose());

describe('HTTP interface', () => {
  it('answers health and readiness', async () => {
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(app).get('/readyz').set(bearer).expect(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { redis: true, 'org:emu': true } });
  });

  it('reports not ready when an org does not answer (cached per org)', async () => {
    reachable = false;
    const fresh = createApp({
      config,
      queues,
      redis,
      metrics: new SyncMetrics(false),
      log: createLogger({ level: 'silent' }),
      orgReachable: async () => reachable,
    });
    const res = await request(fresh).get('/readyz').set(bearer).expect(503);
    expect(res.body.checks).toEqual({ redis: true, 'org:emu': false });
    reachable = true;
  });

  it('answers 503 after a short wait while Redis is away, instead of hanging until it returns', async () => {
    // Nothing listens on port 9: the connection stays in ioredis's reconnect loop, as during an outage.
    const away = connectRedis('redis://127.0.0.1:9');
    const during = createApp({
      config,
      queues,
      redis: away,
      metrics: new SyncMetrics(false),
      log: createLogger({ level: 'silent' }),
      orgReachable: async () => true,
    });
    try {
      const ready = await request(during).get('/readyz').set(bearer).expect(503);
      expect(ready.body).toEqual({ status: 'not ready', checks: { redis: false, 'org:emu': true } });
      const sync = await request(during).post('/orgs/emu/sync').set(bearer).expect(503);
      expect(sync.body.error).toMatch(/^the queue store \(Redis\) is not reachable/);
      await request(during).get('/runs/some-run').set(bearer).expect(503);
    } finally {
      away.disconnect();
    }
  }, 15_000);

  it('refuses protected routes without the right token', async () => {
    await request(app).post('/orgs/emu/sync').expect(401);
    await request(app).post('/orgs/emu/sync').set('Authorization', 'Bearer wrong').expect(401);
    await request(app).get('/admin/queues').expect(401);
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(`${TOKEN}x`, TOKEN)).toBe(false);
  });

  it('starts an org run and reports it', async () => {
    const res = await request(app).post('/orgs/emu/sync').set(bearer).expect(202);
    expect(res.body.runId).toMatch(/^emu-\d{8}T\d{6}Z$/);
    const status = await request(app).get(`/runs/${res.body.runId}`).set(bearer).expect(200);
    expect(status.body).toMatchObject({ runId: res.body.runId, org: 'emu', state: 'planning (waiting)' });
    expect(await queues.orgRuns.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  it('validates org names and account ids', async () => {
    await request(app).post('/orgs/nope/sync').set(bearer).expect(404, { error: 'unknown org "nope"' });
    const bad = await request(app).post("/orgs/emu/accounts/001' OR 1=1/sync").set(bearer).expect(400);
    expect(bad.body.error).toBe(`invalid account id "001' OR 1=1": expected 15 or 18 letters and digits`);
    await request(app).post('/orgs/emu/accounts/003000000000001AAA/sync').set(bearer).expect(400);
    const ok = await request(app).post('/orgs/emu/accounts/001000000000001AAA/sync').set(bearer).expect(202);
    const status = await request(app).get(`/runs/${ok.body.runId}`).set(bearer).expect(200);
    // A run of one account is planned like an org run (the org's lock, the budget floor) before its batch is queued.
    expect(status.body).toEqual({ runId: ok.body.runId, org: 'emu', state: 'planning (waiting)' });
    await request(app).get('/runs/no-such-run').set(bearer).expect(404);
  });

  it('exposes Prometheus metrics including queue depth', async () => {
    const res = await request(app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('contact_plan_queue_jobs{queue="org-runs",state="waiting"}');
    expect(res.text).toContain('contact_plan_redis_up 1');
    expect(res.text).toContain('# TYPE contact_plan_api_calls_total counter');
    expect(res.text).toContain('# TYPE contact_plan_run_duration_seconds histogram');
    expect(res.text).toContain('# TYPE contact_plan_batch_duration_seconds histogram');
  });

  it('serves the queue dashboard behind the token', async () => {
    const res = await request(app).get('/admin/queues').set(bearer);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html');
  });
});
