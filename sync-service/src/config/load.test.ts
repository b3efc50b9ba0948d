import { inspect } from 'node:util';
import { ConfigError, loadConfig } from './load';

const files: Record<string, string> = {
  '/run/secrets/sf-password': 'hunter2-secret\n',
  '/run/secrets/key.pem': '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n',
  '/etc/cp.json': JSON.stringify({
    orgs: [
      {
        name: 'prod',
        loginUrl: 'https://login.salesforce.com',
        auth: { kind: 'jwt', clientId: 'cid', username: 'sync@acme.com', privateKeyFile: '/run/secrets/key.pem' },
        cron: '30 1 * * *',
        timezone: 'Europe/Berlin',
      },
    ],
  }),
};
const readFile = (path: string): string => {
  const content = files[path];
  if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return content;
};
const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig({ env, readFile });
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

const passwordOrgEnv = {
  CP_ORG_NAME: 'emu',
  CP_ORG_LOGIN_URL: 'http://127.0.0.1:4000',
  CP_ORG_AUTH: 'password',
  CP_ORG_USERNAME: 'admin@example.com',
  CP_ORG_PASSWORD_FILE: '/run/secrets/sf-password',
};

describe('loadConfig', () => {
  it('reads one org from the environment and applies the defaults', () => {
    const config = loadConfig({ env: passwordOrgEnv, readFile });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.orgs).toHaveLength(1);
    const org = config.orgs[0]!;
    expect(org).toMatchObject({ name: 'emu', cron: '0 2 * * *', timezone: 'UTC', apiBudgetShare: 0.5, batchSize: 100 });
    expect(org.auth.kind).toBe('password');
    if (org.auth.kind === 'password') expect(org.auth.password.reveal()).toBe('hunter2-secret');
  });

  it('merges the JSON file with an environment org and reads the JWT key file', () => {
    const config = loadConfig({
      env: { ...passwordOrgEnv, CP_CONFIG_FILE: '/etc/cp.json', CP_ORG_BATCH_SIZE: '50' },
      readFile,
    });
    expect(config.orgs.map((o) => o.name)).toEqual(['prod', 'emu']);
    const prod = config.orgs[0]!;
    expect(prod.timezone).toBe('Europe/Berlin');
    expect(prod.auth.kind === 'jwt' && prod.auth.privateKey.reveal()).toContain('BEGIN PRIVATE KEY');
    expect(config.orgs[1]!.batchSize).toBe(50);
  });

  it('reads the ignoreOwnWrites switch as a boolean and names a bad value', () => {
    expect(
      loadConfig({ env: { ...passwordOrgEnv, CP_ORG_IGNORE_OWN_WRITES: 'true' }, readFile }).orgs[0]!.ignoreOwnWrites,
    ).toBe(true);
    expect(loadConfig({ env: passwordOrgEnv, readFile }).orgs[0]!.ignoreOwnWrites).toBe(false);
    expect(problemsOf({ ...passwordOrgEnv, CP_ORG_IGNORE_OWN_WRITES: 'yes' })).toEqual([
      expect.stringMatching(/^orgs\[0\]\.ignoreOwnWrites: /),
    ]);
  });

  it('never shows a secret when serialized or inspected', () => {
    const config = loadConfig({ env: { ...passwordOrgEnv, CP_HTTP_TOKEN: 'a-very-long-bearer-token' }, readFile });
    const printed = JSON.stringify(config) + inspect(config, { depth: 10 });
    expect(printed).not.toContain('hunter2-secret');
    expect(printed).not.toContain('a-very-long-bearer-token');
    expect(printed).toContain('[redacted]');
  });

  it('reports one line per bad setting', () => {
    const problems = problemsOf({
      ...passwordOrgEnv,
      CP_ORG_LOGIN_URL: 'not a url',
      CP_ORG_TIMEZONE: 'Mars/Olympus',
      CP_ORG_API_BUDGET_SHARE: '1.5',
      CP_ORG_CRON: 'every night',
      CP_REDIS_URL: 'localhost:6379',
    });
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^orgs\[0\]\.loginUrl: /),
        'orgs[0].timezone: unknown IANA time zone',
        expect.stringMatching(/^orgs\[0\]\.apiBudgetShare: /),
        'orgs[0].cron: not a cron expression: use 5 fields (minute hour day month weekday) or 6 with seconds first',
        'redisUrl: must start with redis:// or rediss://',
      ]),
    );
  });

  it('checks the cron with the parser the scheduler uses and names what is wrong in one line', () => {
    const cronProblems = (cron: string) => problemsOf({ ...passwordOrgEnv, CP_ORG_CRON: cron });
    expect(cronProblems('61 2 * * *')).toEqual([
      'orgs[0].cron: not a cron expression: Constraint error, got value 61 expected range 0-59',
    ]);
    expect(cronProblems('0 2 31 2 *')).toEqual([
      'orgs[0].cron: not a cron expression: Invalid explicit day of month definition',
    ]);
    // cron-parser would read a short expression as "*" for the missing fields: a run every minute.
    expect(cronProblems('0 2 *')).toEqual([
      expect.stringMatching(/^orgs\[0\]\.cron: not a cron expression: use 5 fields/),
    ]);
    expect(cronProblems('   ')).toHaveLength(1);
    // An empty variable (CP_ORG_CRON= in an env file) leaves the setting unset: the default cron.
    expect(loadConfig({ env: { ...passwordOrgEnv, CP_ORG_CRON: '' }, readFile }).orgs[0]!.cron).toBe('0 2 * * *');
    for (const cron of ['30 1 * * 1-5', '0 0 2 * * *', '@daily']) {
      expect(loadConfig({ env: { ...passwordOrgEnv, CP_ORG_CRON: cron }, readFile }).orgs[0]!.cron).toBe(cron);
    }
  });

  it('names missing auth settings, unreadable secret files and duplicate orgs', () => {
    expect(
      problemsOf({ CP_ORG_NAME: 'x', CP_ORG_LOGIN_URL: 'https://x.my.salesforce.com', CP_ORG_AUTH: 'jwt' }),
    ).toEqual([
      expect.stringMatching(/^orgs\[0\]\.auth\.clientId: /),
      expect.stringMatching(/^orgs\[0\]\.auth\.username: /),
      expect.stringMatching(/^orgs\[0\]\.auth\.privateKeyFile: /),
    ]);
    expect(problemsOf({ ...passwordOrgEnv, CP_ORG_PASSWORD_FILE: '/nope' })).toEqual([
      'orgs[0].auth.passwordFile: cannot read /nope: ENOENT',
    ]);
    expect(problemsOf({ ...passwordOrgEnv, CP_ORG_PASSWORD: 'also-inline' })).toEqual([
      'orgs[0].auth.password: give exactly one of password or passwordFile',
    ]);
    expect(problemsOf({ ...passwordOrgEnv, CP_CONFIG_FILE: '/etc/cp.json', CP_ORG_NAME: 'prod' })).toEqual([
      'orgs[1].name: duplicate org "prod"',
    ]);
    expect(problemsOf({})).toEqual([expect.stringMatching(/^orgs: /)]);
  });
});
