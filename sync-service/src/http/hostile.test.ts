// Hostile input at the HTTP interface: every answer is exact (status, body), nothing is queued for a refused request,
// a caller's mistake never makes an error-level log line, and nothing waits for a service that is away.
import { Writable } from 'node:stream';
import request from 'supertest';
import type { Redis } from 'ioredis';
import { createLogger } from '../log';
import { SyncMetrics } from '../metrics';
import { connectRedis, SyncQueues } from '../queue';
import { createApp, type AppDeps } from './app';
import { testConfig, testQueues } from './testing-app';

jest.setTimeout(30_000);

const TOKEN = 'hostile-token-0123456789abcdef';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const store = testQueues('cp-http-hostile');
const { redis, queues, prefix } = store;
const config = testConfig(TOKEN);

/** A logger that keeps its JSON lines. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger({ level: 'debug', destination: stream }), lines };
}

const logged = capturedLog();
function appWith(overrides: Partial<AppDeps> = {}) {
  return createApp({
    config,
    queues,
    redis,
    metrics: new SyncMetrics(false),
    log: logged.log,
    orgReachable: async () => true,
    ...overrides,
  });
}
const app = appWith();

/** Every key this suite's queues hold: a refused request must leave it unchanged. */
const stored = async (): Promise<string[]> => (await redis.keys(`${prefix}:*`)).sort();
const errorLines = () => logged.lines.filter((line) => (line.level as number) >= 50);

beforeEach(() => {
  logged.lines.length = 0;
});

afterAll(() => store.dispose());

describe('account ids on POST /orgs/:org/accounts/:id/sync', () => {
  it('accepts a 15-character id and queues its 18-character form', async () => {
    const res = await request(app).post('/orgs/emu/accounts/001D000000IqhSL/sync').set(bearer).expect(202);
    expect(res.body.runId).toMatch(/^emu-\d{8}T\d{6}Z-001D000000IqhSLIAZ$/);
    const [run] = await queues.orgRuns.getJobs(['waiting']);
    expect(run?.data.accountIds).toEqual(['001D000000IqhSLIAZ']);
  });

  it.each<[string, string, string]>([
    [
      'a wrong case-safe suffix',
      '001D000000IqhSLAAA',
      'invalid account id "001D000000IqhSLAAA": its last three characters should be IAZ for the first 15: check for a typo or a changed letter case',
    ],
    [
      'a changed letter case',
      '001d000000iqhslIAZ',
      'invalid account id "001d000000iqhslIAZ": its last three characters should be AAA for the first 15: check for a typo or a changed letter case',
    ],
    [
      'a contact id',
      '003D000000IqhSL',
      'invalid account id "003D000000IqhSL": an Account id starts with 001 (this one is not an account)',
    ],
    ['14 characters', '001D000000IqhS', 'invalid account id "001D000000IqhS": expected 15 or 18 letters and digits'],
    [
      '16 characters',
      '001D000000IqhSLI',
      'invalid account id "001D000000IqhSLI": expected 15 or 18 letters and digits',
    ],
    [
      '17 characters',
      '001D000000IqhSLIA',
      'invalid account id "001D000000IqhSLIA": expected 15 or 18 letters and digits',
    ],
    [
      '19 characters',
      '001D000000IqhSLIAZA',
      'invalid account id "001D000000IqhSLIAZA": expected 15 or 18 letters and digits',
    ],
    [
      'a SOQL injection',
      "001' OR Id != '",
      `invalid account id "001' OR Id != '": expected 15 or 18 letters and digits`,
    ],
    [
      'an encoded slash',
      '001D000000Iq%2FSL',
      'invalid account id "001D000000Iq/SL": expected 15 or 18 letters and digits',
    ],
    [
      'a double-encoded quote',
      '001D000000Iq%2527',
      'invalid account id "001D000000Iq%27": expected 15 or 18 letters and digits',
    ],
    [
      'a NUL byte',
      '001D000000IqhS%00',
      'invalid account id "001D000000IqhS\\x00": expected 15 or 18 letters and digits',
    ],
    [
      'an ANSI escape',
      '001D000000I%1B%5B2J',
      'invalid account id "001D000000I\\x1b[2J": expected 15 or 18 letters and digits',
    ],
    [
      'a right-to-left override',
      '001D000000Iqh%E2%80%AESL',
      'invalid account id "001D000000Iqh\\u202eSL": expected 15 or 18 letters and digits',
    ],
    [
      'a letter outside ASCII',
      '001D000000IqhS%C4%B9',
      'invalid account id "001D000000IqhSĹ": expected 15 or 18 letters and digits',
    ],
    [
      'a formula',
      '%3DHYPERLINK(%22http%3A%2F%2Fev.il%2F%22)',
      'invalid account id "=HYPERLINK("http://ev.il/")": expected 15 or 18 letters and digits',
    ],
    [
      'a trailing space',
      '001D000000IqhSL%20',
      'invalid account id "001D000000IqhSL ": expected 15 or 18 letters and digits',
    ],
    [
      'a plus sign (not a space in a path)',
      '001D000000IqhS+',
      'invalid account id "001D000000IqhS+": expected 15 or 18 letters and digits',
    ],
    [
      // Refused; shown as it is (visible() keeps the zero-width characters that scripts and emoji need).
      'a zero-width space',
      '001D000000IqhSL%E2%80%8B',
      'invalid account id "001D000000IqhSL\u200b": expected 15 or 18 letters and digits',
    ],
    [
      'an 18-character id of another object',
      '003D000000IqhSLIAZ',
      'invalid account id "003D000000IqhSLIAZ": an Account id starts with 001 (this one is not an account)',
    ],
    [
      'an id of 4,000 characters (shown cut)',
      'a'.repeat(4000),
      `invalid account id "${'a'.repeat(40)}…": expected 15 or 18 letters and digits`,
    ],
  ])('refuses %s with 400 and queues nothing', async (_label, id, error) => {
    const before = await stored();
    const res = await request(app).post(`/orgs/emu/accounts/${id}/sync`).set(bearer).expect(400);
    expect(res.body).toEqual({ error });
    expect(await stored()).toEqual(before);
    expect(errorLines()).toEqual([]);
  });
});

describe('malformed requests', () => {
  it.each<[string, 'get' | 'post', string, Record<string, string>, number, Record<string, unknown>]>([
    [
      'malformed percent-encoding, no token',
      'post',
      '/orgs/%ZZ/sync',
      {},
      400,
      { error: 'malformed percent-encoding in the path' },
    ],
    [
      'malformed percent-encoding, with the token',
      'post',
      '/orgs/%ZZ/sync',
      bearer,
      400,
      { error: 'malformed percent-encoding in the path' },
    ],
    [
      'a truncated percent-escape in an account id',
      'post',
      '/orgs/emu/accounts/001D000000IqhSL%E2%80/sync',
      bearer,
      400,
      { error: 'malformed percent-encoding in the path' },
    ],
    [
      'malformed percent-encoding in a run id',
      'get',
      '/runs/%C0%AF',
      bearer,
      400,
      { error: 'malformed percent-encoding in the path' },
    ],
    ['an unknown org', 'post', '/orgs/nope/sync', bearer, 404, { error: 'unknown org "nope"' }],
    [
      'an org name with an escape sequence',
      'post',
      '/orgs/%1B%5D0%3Bpwned%07/sync',
      bearer,
      404,
      { error: 'unknown org "\\x1b]0;pwned\\x07"' },
    ],
    ['a path walk as run id', 'get', '/runs/..%2F..%2Fetc%2Fpasswd', bearer, 400, { error: 'invalid run id' }],
    ['a run id of 121 characters', 'get', `/runs/${'r'.repeat(121)}`, bearer, 400, { error: 'invalid run id' }],
    [
      'full=yes (neither true nor false)',
      'post',
      '/orgs/emu/sync?full=yes',
      bearer,
      400,
      { error: 'full: expected true or false' },
    ],
    [
      'full given twice',
      'post',
      '/orgs/emu/sync?full=true&full=false',
      bearer,
      400,
      { error: 'full: expected true or false' },
    ],
    ['an empty account id', 'post', '/orgs/emu/accounts//sync', bearer, 404, { error: 'not found' }],
    [
      'an org name of 4,000 characters',
      'post',
      `/orgs/${'o'.repeat(4000)}/sync`,
      bearer,
      404,
      { error: `unknown org "${'o'.repeat(40)}…"` },
    ],
    ['an unknown route', 'get', '/orgs/emu/sync', bearer, 404, { error: 'not found' }],
    ['an unknown route without a token', 'get', '/.env', {}, 404, { error: 'not found' }],
  ])('%s: one line, nothing queued, no error log', async (_label, method, path, headers, status, body) => {
    const before = await stored();
    const res = await request(app)[method](path).set(headers).expect(status);
    expect(res.body).toEqual(body);
    expect(await stored()).toEqual(before);
    expect(errorLines()).toEqual([]);
  });

  it.each<[string, Record<string, string>]>([
    ['no Authorization header', {}],
    ['an empty bearer', { Authorization: 'Bearer ' }],
    ['another scheme', { Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }],
    ['the token in upper case', { Authorization: `Bearer ${TOKEN.toUpperCase()}` }],
    ['the token with a suffix', { Authorization: `Bearer ${TOKEN}x` }],
    ['the token cut short', { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['two tokens', { Authorization: `Bearer ${TOKEN} ${TOKEN}` }],
  ])('refuses %s with 401 and queues nothing', async (_label, headers) => {
    const before = await stored();
    const res = await request(app).post('/orgs/emu/sync').set(headers).expect(401);
    expect(res.body).toEqual({ error: 'missing or wrong bearer token' });
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(await stored()).toEqual(before);
  });

  it('takes the scheme in any case, as RFC 7235 says', async () => {
    await request(app).get('/runs/no-such-run').set('Authorization', `bearer ${TOKEN}`).expect(404);
  });

  it('answers 431 to a header block larger than Node accepts, before any route runs', async () => {
    const res = await request(app)
      .post('/orgs/emu/sync')
      .set(bearer)
      .set('X-Filler', 'x'.repeat(20_000))
      .catch((e: { response?: { status: number } }) => e.response);
    expect(res?.status).toBe(431);
  });

  it('logs an unexpected failure once at error level with its type and stack, and answers 500 without details', async () => {
    const failing = Object.create(queues) as SyncQueues;
    failing.getRun = () => Promise.reject(new TypeError('boom at ada@example.com'));
    const res = await request(appWith({ queues: failing }))
      .get('/runs/some-run')
      .set(bearer)
      .expect(500);
    expect(res.body).toEqual({ error: 'internal error' });
    const [line, ...more] = errorLines();
    expect(more).toEqual([]);
    expect(line).toMatchObject({ msg: 'request failed', err: { type: 'TypeError', message: 'boom at [email]' } });
    expect((line?.err as { stack: string }).stack).toMatch(/^TypeError: boom at \[email\]\n\s+at /);
  });
});

describe('security headers', () => {
  it.each<[string, string, Record<string, string>]>([
    ['/healthz', 'get', {}],
    ['/readyz', 'get', {}],
    ['/metrics', 'get', {}],
    ['/orgs/%ZZ/sync', 'post', {}],
    ['/nowhere', 'get', {}],
    ['/admin/queues', 'get', bearer],
    ['/admin/queues', 'get', {}],
  ] as [string, string, Record<string, string>][])('on %s (%s)', async (path, method, headers) => {
    const res = await request(app)[method as 'get' | 'post'](path).set(headers);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('/readyz', () => {
  it('says only ready or not ready without the token, and the checks with it', async () => {
    expect((await request(app).get('/readyz').expect(200)).body).toEqual({ status: 'ready' });
    expect((await request(app).get('/readyz').set('Authorization', 'Bearer wrong').expect(200)).body).toEqual({
      status: 'ready',
    });
    expect((await request(app).get('/readyz').set(bearer).expect(200)).body).toEqual({
      status: 'ready',
      checks: { redis: true, 'org:emu': true },
    });
  });

  it('shares one org check among concurrent probes', async () => {
    let calls = 0;
    const slow = appWith({
      orgReachable: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return true;
      },
    });
    const answers = await Promise.all(Array.from({ length: 40 }, () => request(slow).get('/readyz')));
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(200));
    expect(calls).toBe(1);
  });

  it('answers not ready when the org check does not finish in time, and keeps sharing that check', async () => {
    let calls = 0;
    const hanging = appWith({
      orgReachable: () => {
        calls += 1;
        return new Promise<boolean>(() => undefined);
      },
      readiness: { orgTimeoutMs: 100 },
    });
    expect((await request(hanging).get('/readyz').expect(503)).body).toEqual({ status: 'not ready' });
    expect((await request(hanging).get('/readyz').set(bearer).expect(503)).body).toEqual({
      status: 'not ready',
      checks: { redis: true, 'org:emu': false },
    });
    expect(calls).toBe(1);
  });

  it('counts a failing org check as not ready without logging an error', async () => {
    const failing = appWith({ orgReachable: () => Promise.reject(new Error('ECONNREFUSED')) });
    expect((await request(failing).get('/readyz').set(bearer).expect(503)).body.checks).toEqual({
      redis: true,
      'org:emu': false,
    });
    expect(errorLines()).toEqual([]);
  });
});

describe('while Redis is away', () => {
  let away: Redis;
  let during: ReturnType<typeof appWith>;
  beforeAll(() => {
    // Nothing listens on port 9: the client stays in ioredis's reconnect loop, as during an outage.
    away = connectRedis('redis://127.0.0.1:9');
    during = appWith({ redis: away, queues: new SyncQueues(away, prefix) });
  });
  afterAll(() => away.disconnect());

  const unavailable = { error: 'the queue store (Redis) is not reachable; try again when /readyz reports ready' };

  it.each<[string, 'get' | 'post', string]>([
    ['a run trigger', 'post', '/orgs/emu/sync'],
    ['an account sync', 'post', '/orgs/emu/accounts/001D000000IqhSL/sync'],
    ['a run status', 'get', '/runs/some-run'],
    ['the dashboard API', 'get', '/admin/queues/api/queues'],
  ])('%s answers 503 after a bounded wait', async (_label, method, path) => {
    const res = await request(during)[method](path).set(bearer).expect(503);
    expect(res.body).toEqual(unavailable);
    expect(errorLines()).toEqual([]);
  });

  it('the dashboard page itself still loads (it shows the API error)', async () => {
    const res = await request(during).get('/admin/queues').set(bearer).expect(200);
    expect(res.text).toContain('<html');
  });

  it('/metrics answers with the process metrics, reports Redis down and leaves queue depth out', async () => {
    const res = await request(during).get('/metrics').expect(200);
    expect(res.text).toContain('contact_plan_redis_up 0');
    expect(res.text).not.toContain('contact_plan_queue_jobs{');
    expect(res.text).toContain('# TYPE contact_plan_api_calls_total counter');
  });

  it('/readyz answers not ready', async () => {
    expect((await request(during).get('/readyz').expect(503)).body).toEqual({ status: 'not ready' });
    expect((await request(during).get('/readyz').set(bearer).expect(503)).body.checks).toEqual({
      redis: false,
      'org:emu': true,
    });
  });
});
