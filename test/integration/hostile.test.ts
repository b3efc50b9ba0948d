// Hostile input against a real emulated org and Redis: ids of every shape reach the org as the account they name or
// not at all, a slow org does not multiply readiness probes, and .env.example works as written.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import type { Emulator } from '@contact-plan/emulator';
import {
  connectRedis,
  createApp,
  loadConfig,
  orgReachable,
  OrgClients,
  RedisWatermarkStore,
  runCli,
  startWorkers,
  SyncMetrics,
  SyncQueues,
  type CliIo,
  type Config,
  type RunStatus,
} from '@contact-plan/sync-service';
import { orgEnvFor, quietLog, stamps, startDemoOrg, touchedAccounts, uniquePrefix, until } from './support';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const TOKEN = 'hostile-integration-token-0123';
const prefix = uniquePrefix('hostile');
const redis = connectRedis('redis://127.0.0.1:6379');
const queues = new SyncQueues(redis, prefix);

let org: Emulator;
let env: NodeJS.ProcessEnv;
let config: Config;
let showcase: string;

/** Runs `contact-plan …` in-process with `environment`; stdout and stderr (log lines included) are kept. */
async function cli(args: string[], environment: NodeJS.ProcessEnv) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    out: (text) => {
      out.stdout += text;
    },
    err: (text) => {
      out.stderr += text;
    },
    readStdin: async () => '',
    env: environment,
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

beforeAll(async () => {
  org = await startDemoOrg();
  env = orgEnvFor(org, { CP_QUEUE_PREFIX: prefix, CP_HTTP_TOKEN: TOKEN, CP_LOG_LEVEL: 'warn' });
  config = loadConfig({ env });
  const [account] = org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
  showcase = String(account!.Id);
});
/** The HTTP interface over this suite's queues, checking the emulated org for readiness. */
const appFor = () =>
  createApp({
    config,
    queues,
    redis,
    metrics: new SyncMetrics(false),
    log: quietLog(),
    orgReachable: orgReachable(config, new OrgClients()),
  });

afterAll(async () => {
  await org.stop();
  await queues.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe('account ids reach the org as the account they name, or not at all', () => {
  it('sync --account with the 15-character id of an account syncs that account', async () => {
    const before = stamps(org);
    const { code, stdout, stderr } = await cli(['sync', '--org', 'emu', '--account', showcase.slice(0, 15)], env);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^accounts {8}1 in 1 batch\(es\)$/m);
    expect(Number(/^records written (\d+)$/m.exec(stdout)?.[1])).toBeGreaterThan(10);
    expect([...touchedAccounts(before, stamps(org))]).toEqual([showcase]);
  });

  it.each<[string, (id: string) => string]>([
    ['a wrong case-safe suffix', (id) => `${id.slice(0, 15)}${id.slice(15) === 'AAA' ? 'AAB' : 'AAA'}`],
    ['a changed letter case', (id) => `${id.slice(0, 15).toUpperCase()}${id.slice(15)}`],
    ['a contact id', () => String(org.store.query('SELECT Id FROM Contact LIMIT 1')[0]!.Id)],
  ])('sync --account with %s: exit 2 before any call to the org', async (_label, shape) => {
    org.resetCalls();
    const { code, stdout, stderr } = await cli(['sync', '--org', 'emu', '--account', shape(showcase)], env);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^contact-plan sync: --account: invalid account id "[^"]+": .+\n$/);
    expect(org.calls().total).toBe(0);
  });

  it('POST …/accounts/:id/sync: a 15-character id runs that account; a wrong suffix is refused before the queue', async () => {
    const app = appFor();
    const bearer = { Authorization: `Bearer ${TOKEN}` };
    org.resetCalls();
    const wrong = `${showcase.slice(0, 15)}${showcase.slice(15) === 'AAA' ? 'AAB' : 'AAA'}`;
    const refused = await request(app).post(`/orgs/emu/accounts/${wrong}/sync`).set(bearer).expect(400);
    expect(refused.body.error).toMatch(/^invalid account id ".+": its last three characters should be /);
    expect(await queues.batches.getJobCounts('waiting', 'failed', 'completed')).toEqual({
      waiting: 0,
      failed: 0,
      completed: 0,
    });
    expect(org.calls().total).toBe(0);

    const connection = connectRedis('redis://127.0.0.1:6379');
    const own = new SyncQueues(connection, prefix);
    const workers = startWorkers({
      config,
      clients: new OrgClients(),
      queues: own,
      redis: connection,
      watermark: new RedisWatermarkStore(connection, prefix),
      log: quietLog(),
    });
    try {
      const accepted = await request(app)
        .post(`/orgs/emu/accounts/${showcase.slice(0, 15)}/sync`)
        .set(bearer)
        .expect(202);
      expect(accepted.body.runId).toMatch(new RegExp(`-${showcase}$`));
      const status = await until<RunStatus>(async () => {
        const s = await queues.getRun(accepted.body.runId);
        return s && ['completed', 'failed'].includes(s.state) ? s : undefined;
      }, 'the account run');
      expect(status).toMatchObject({ state: 'completed', summary: { accounts: 1 } });
      expect(status.summary!.rowsRead).toBeGreaterThan(10);
    } finally {
      await workers.close();
      await own.close();
      await connection.quit();
    }
  });
});

describe('/readyz against a slow org', () => {
  it('forty concurrent probes make one org call; they answer not ready until it is back, then ready', async () => {
    const app = appFor();
    org.resetCalls();
    org.faults.set('versions', { sequence: [{ delayMs: 1500 }] });
    try {
      const probes = await Promise.all(Array.from({ length: 40 }, () => request(app).get('/readyz')));
      expect(probes.map((p) => [p.status, p.body])).toEqual(Array(40).fill([503, { status: 'not ready' }]));
      const ready = await until(async () => {
        const res = await request(app).get('/readyz').set('Authorization', `Bearer ${TOKEN}`);
        return res.status === 200 ? res.body : undefined;
      }, 'readiness');
      expect(ready).toEqual({ status: 'ready', checks: { redis: true, 'org:emu': true } });
      expect(org.calls().byKind.versions).toBe(1);
    } finally {
      org.faults.clear();
    }
  });
});

describe('.env.example', () => {
  const file = path.join(ROOT, '.env.example');
  /** As Docker's --env-file and systemd read it: NAME=value lines, values taken literally. */
  const literal = (): Record<string, string> =>
    Object.fromEntries(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );

  it('reads the same in a POSIX shell (set -a; . file) as in an env file, and no value needs quoting', () => {
    const shell = spawnSync('sh', ['-c', `set -a; . '${file}' >&2; set +a; env -0`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(shell.stderr).toBe('');
    const sourced = Object.fromEntries(
      shell.stdout
        .split('\0')
        .filter((entry) => entry.startsWith('CP_'))
        .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
    expect(sourced).toEqual(literal());
    for (const [name, value] of Object.entries(literal())) {
      expect([name, /^[A-Za-z0-9_.,:/@+%-]*$/.test(value)]).toEqual([name, true]);
    }
  });

  it('works as written for `contact-plan sync` against the emulator it describes (only its port differs)', async () => {
    const example = literal();
    expect([example.CP_ORG_USERNAME, example.CP_ORG_PASSWORD]).toEqual([
      org.credentials.username,
      org.credentials.password,
    ]);
    const { code, stdout, stderr } = await cli(['sync', '--org', example.CP_ORG_NAME!, '--full', '--no-progress'], {
      ...example,
      CP_ORG_LOGIN_URL: org.loginUrl,
      CP_QUEUE_PREFIX: prefix,
      CP_LOG_LEVEL: 'warn',
    });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^records written \d+$/m);
    expect(stdout).toMatch(/^watermark {7}\d{4}-\d\d-\d\dT/m);
  });
});
