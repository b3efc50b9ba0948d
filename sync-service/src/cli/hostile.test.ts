// Hostile input at the command line: every answer is an exact exit code and message, nothing is sent to the org or
// Redis for a refused command, and nothing waits for a service that is away.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { createLogger } from '../log';
import { run } from './main';
import { startServe } from './serve';
import { parseSyncRequest } from './sync';
import { captureIo } from './testing-io';

jest.setTimeout(30_000);

/** A stand-in login server that counts every request: a refused command must not reach it. */
let org: Server;
let orgHits = 0;
let orgUrl = '';
beforeAll(async () => {
  org = createServer((_req, res) => {
    orgHits += 1;
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => org.listen(0, '127.0.0.1', resolve));
  orgUrl = `http://127.0.0.1:${(org.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => org.close(() => resolve())));
beforeEach(() => {
  orgHits = 0;
});

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  CP_ORG_NAME: 'emu',
  CP_ORG_LOGIN_URL: orgUrl,
  CP_ORG_AUTH: 'password',
  CP_ORG_USERNAME: 'u@example.com',
  CP_ORG_PASSWORD: 'p',
  CP_LOG_LEVEL: 'warn',
  ...extra,
});
// Nothing listens on port 9: Redis and the org "away".
const REDIS_AWAY = 'redis://127.0.0.1:9';

async function cli(args: string[], environment: NodeJS.ProcessEnv = env(), stdin = '') {
  const io = captureIo(stdin, environment);
  const code = await run(['node', 'contact-plan', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cp-hostile-')), name);
  writeFileSync(file, content);
  return file;
}

describe('sync --account', () => {
  const reason = 'expected 15 or 18 letters and digits';
  it.each<[string, string, string]>([
    [
      'a wrong case-safe suffix',
      '001D000000IqhSLAAA',
      'its last three characters should be IAZ for the first 15: check for a typo or a changed letter case',
    ],
    [
      'a changed letter case',
      '001d000000iqhslIAZ',
      'its last three characters should be AAA for the first 15: check for a typo or a changed letter case',
    ],
    ['a contact id', '003D000000IqhSL', 'an Account id starts with 001 (this one is not an account)'],
    ['14 characters', '001D000000IqhS', reason],
    ['16 characters', '001D000000IqhSLI', reason],
    ['an empty id', '', reason],
    ['a SOQL injection', "001' OR Id != '", reason],
    ['a trailing newline', '001D000000IqhSL\n', reason],
    ['an OSC escape', '001D000000I\u001b]0;pwned\u0007', reason],
  ])('refuses %s: exit 2, one line, no call to the org', async (_label, id, why) => {
    const { code, stdout, stderr } = await cli(['sync', '--org', 'emu', '--account', id]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const shown = JSON.stringify(id)
      .slice(1, -1)
      .replace(/\\u001b/g, '\\x1b')
      .replace(/\\u0007/g, '\\x07');
    expect(stderr).toBe(`contact-plan sync: --account: invalid account id "${shown}": ${why}\n`);
    expect(orgHits).toBe(0);
  });

  it.each<[string, string, string]>([
    ['17 characters', '001D000000IqhSLIA', `"001D000000IqhSLIA": ${reason}`],
    ['19 characters', '001D000000IqhSLIAZA', `"001D000000IqhSLIAZA": ${reason}`],
    ['surrounding spaces', ' 001D000000IqhSL ', `" 001D000000IqhSL ": ${reason}`],
    ['a formula', '=HYPERLINK("http://ev.il/")', `"=HYPERLINK("http://ev.il/")": ${reason}`],
    ['a right-to-left override', '001D000000Iqh\u202eSL', `"001D000000Iqh\\u202eSL": ${reason}`],
    ['a letter outside ASCII', '001D000000IqhSĹ', `"001D000000IqhSĹ": ${reason}`],
    ['an id of 4,000 characters (shown cut)', 'a'.repeat(4000), `"${'a'.repeat(40)}…": ${reason}`],
    [
      'an 18-character id of another object',
      '003D000000IqhSLIAZ',
      '"003D000000IqhSLIAZ": an Account id starts with 001 (this one is not an account)',
    ],
  ])('refuses %s: exit 2, the id shown safely, no call to the org', async (_label, id, shown) => {
    const { code, stdout, stderr } = await cli(['sync', '--org', 'emu', '--account', id]);
    expect([code, stdout, stderr]).toEqual([2, '', `contact-plan sync: --account: invalid account id ${shown}\n`]);
    expect(orgHits).toBe(0);
  });

  it('refuses the whole command when one of several ids is bad', async () => {
    const { code, stderr } = await cli(['sync', '--org', 'emu', '--account', '001D000000IqhSL', '--account', 'x']);
    expect(code).toBe(2);
    expect(stderr).toBe(`contact-plan sync: --account: invalid account id "x": ${reason}\n`);
    expect(orgHits).toBe(0);
  });

  it('takes a 15-character id as its 18-character form, once however often it is given', () => {
    const config = loadConfig({ env: env() });
    const request = parseSyncRequest(config, {
      org: 'emu',
      account: ['001D000000IqhSL', '001D000000IqhSLIAZ', '001D000000IqhSLiaz'],
    });
    expect(request.accountIds).toEqual(['001D000000IqhSLIAZ']);
  });
});

describe('sync --as-of', () => {
  it.each<[string, string, string]>([
    ['a day that does not exist', '2026-02-30', '"2026-02-30"'],
    ['a month 13', '2026-13-01', '"2026-13-01"'],
    ['a datetime', '2026-11-20T10:00:00Z', '"2026-11-20T10:00:00Z"'],
    ['a word', 'today', '"today"'],
    ['an empty value', '', '""'],
    ['an OSC escape', '2026-11-20\u001b]0;pwned\u0007', '"2026-11-20\\x1b]0;pwned\\x07"'],
  ])('refuses %s: exit 2, one line, no call to the org', async (_label, day, shown) => {
    const { code, stdout, stderr } = await cli(['sync', '--org', 'emu', '--as-of', day]);
    expect([code, stdout, stderr]).toEqual([
      2,
      '',
      `contact-plan sync: --as-of: expected a calendar day YYYY-MM-DD, got ${shown}\n`,
    ]);
    expect(orgHits).toBe(0);
  });

  it("takes a real day as the run's planning day", () => {
    const request = parseSyncRequest(loadConfig({ env: env() }), { org: 'emu', asOf: '2028-02-29' });
    expect(request.asOf).toBe('2028-02-29');
    expect(parseSyncRequest(loadConfig({ env: env() }), { org: 'emu' }).asOf).toBeUndefined();
  });
});

describe('sync with a bad org name', () => {
  it.each<[string, string, string]>([
    ['an unknown org', 'nope', 'contact-plan sync: unknown org "nope"; configured: emu'],
    [
      'an org name with escapes',
      '\u001b[2Jx\u009b',
      'contact-plan sync: unknown org "\\x1b[2Jx\\x9b"; configured: emu',
    ],
  ])('%s: exit 2', async (_label, name, message) => {
    const { code, stdout, stderr } = await cli(['sync', '--org', name]);
    expect([code, stdout, stderr]).toEqual([2, '', `${message}\n`]);
    expect(orgHits).toBe(0);
  });

  it('no --org: exit 2 with the usage error', async () => {
    expect(await cli(['sync'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: required option '--org <name>' not specified\n",
    });
  });
});

describe('services away', () => {
  const redisAway =
    'Redis at 127.0.0.1:9 is not reachable (connect ECONNREFUSED 127.0.0.1:9); start it or point CP_REDIS_URL at it';
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it.each<[string, string[]]>([
    ['sync', ['sync', '--org', 'emu']],
    ['sync --full', ['sync', '--org', 'emu', '--full']],
    // A run of one account that writes holds the org's run lock, which lives in Redis.
    ['sync --account', ['sync', '--org', 'emu', '--account', '001D000000IqhSL']],
    ['scheduler', ['scheduler']],
    ['worker', ['worker']],
    ['worker with a metrics port', ['worker', '--metrics-port', '0']],
  ])('%s with Redis away: exit 4 and one line after a bounded wait', async (command, args) => {
    const { code, stdout, stderr } = await cli(args, env({ CP_REDIS_URL: REDIS_AWAY }));
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toBe(`contact-plan ${command.split(' ')[0]}: ${redisAway}\n`);
    expect(consoleError).not.toHaveBeenCalled();
    expect(orgHits).toBe(0);
  });

  it('sync --account --dry-run (no Redis needed) with the org away: exit 4 and one line', async () => {
    const { code, stdout, stderr } = await cli(
      ['sync', '--org', 'emu', '--account', '001D000000IqhSL', '--dry-run'],
      env({ CP_REDIS_URL: REDIS_AWAY, CP_ORG_LOGIN_URL: 'http://127.0.0.1:9' }),
    );
    expect([code, stdout]).toEqual([4, '']);
    expect(stderr).toBe('contact-plan sync: the org "emu" at http://127.0.0.1:9 is not reachable (ECONNREFUSED)\n');
  });

  it('a real `contact-plan sync` process with Redis away prints one line and exits 4', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'main.ts'), 'sync', '--org', 'emu'],
      {
        env: { ...env({ CP_REDIS_URL: REDIS_AWAY }), PATH: process.env.PATH },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`contact-plan sync: ${redisAway}\n`);
  });
});

describe('option values', () => {
  const invalid = (option: string, value: string, why: string) =>
    `error: option '${option}' argument '${value}' is invalid. ${why}\n`;
  const port = 'expected a whole number from 0 to 65535';
  it.each<[string, string[], string]>([
    ['serve --port abc', ['serve', '--port', 'abc'], invalid('--port <port>', 'abc', port)],
    ['serve --port 65536', ['serve', '--port', '65536'], invalid('--port <port>', '65536', port)],
    ['serve --port 80.5', ['serve', '--port', '80.5'], invalid('--port <port>', '80.5', port)],
    ['serve --port 1e3', ['serve', '--port', '1e3'], invalid('--port <port>', '1e3', port)],
    ['serve --port ""', ['serve', '--port', ''], invalid('--port <port>', '', port)],
    ['serve --port with an escape', ['serve', '--port', '\u001b[31m'], invalid('--port <port>', '\\x1b[31m', port)],
    [
      'worker --concurrency 0',
      ['worker', '--concurrency', '0'],
      invalid('--concurrency <n>', '0', 'expected a whole number from 1 to 64'),
    ],
    [
      'worker --concurrency many',
      ['worker', '--concurrency', 'many'],
      invalid('--concurrency <n>', 'many', 'expected a whole number from 1 to 64'),
    ],
    ['worker --metrics-port x', ['worker', '--metrics-port', 'x'], invalid('--metrics-port <port>', 'x', port)],
    [
      'analyze --format with an escape',
      ['analyze', '-', '--format', '\u001b]0;x\u0007'],
      "error: option '--format <format>' argument '\\x1b]0;x\\x07' is invalid. Allowed choices are json, table.\n",
    ],
  ])('%s: exit 2 with the usage error', async (_label, args, stderr) => {
    expect(await cli(args)).toEqual({ code: 2, stdout: '', stderr });
    expect(orgHits).toBe(0);
  });
});

describe('configuration', () => {
  const token = tempFile('token', 'x');
  const blank = tempFile('blank', '  \n\t\n');
  const good = tempFile('good', 'a-long-enough-bearer-token-0123\n');
  it.each<[string, Record<string, string>, string[]]>([
    [
      'a one-letter token file',
      { CP_HTTP_TOKEN_FILE: token },
      [`http.tokenFile: ${token} holds 1 character; a token needs at least 16`],
    ],
    ['a one-letter inline token', { CP_HTTP_TOKEN: 'x' }, ['http.token: holds 1 character; a token needs at least 16']],
    [
      'a whitespace-only token file',
      { CP_HTTP_TOKEN_FILE: blank },
      [`http.tokenFile: ${blank} is empty (only whitespace); put the token in it or remove the setting`],
    ],
    [
      'a missing token file',
      { CP_HTTP_TOKEN_FILE: '/nonexistent/token' },
      ['http.tokenFile: cannot read /nonexistent/token: ENOENT'],
    ],
    [
      'both an inline token and a file',
      { CP_HTTP_TOKEN: 'a-long-enough-bearer-token-0123', CP_HTTP_TOKEN_FILE: good },
      ['http.token: give exactly one of token or tokenFile'],
    ],
    [
      'a token with a space inside',
      { CP_HTTP_TOKEN: 'a-long-enough bearer-token' },
      [
        'http.token: use letters, digits and - . _ ~ + / = only (a bearer token), e.g. the output of `openssl rand -hex 32`',
      ],
    ],
    [
      'a whitespace-only password file',
      { CP_ORG_PASSWORD: '', CP_ORG_PASSWORD_FILE: blank },
      [`orgs[0].auth.passwordFile: ${blank} is empty (only whitespace); put the password in it or remove the setting`],
    ],
    [
      'a device as token file (it would never end)',
      { CP_HTTP_TOKEN_FILE: '/dev/zero' },
      ['http.tokenFile: cannot read /dev/zero: not a regular file'],
    ],
    [
      'a directory as token file',
      { CP_HTTP_TOKEN_FILE: tmpdir() },
      [`http.tokenFile: cannot read ${tmpdir()}: not a regular file`],
    ],
    [
      'a JWT key file that holds no private key',
      {
        CP_ORG_AUTH: 'jwt',
        CP_ORG_PASSWORD: '',
        CP_ORG_CLIENT_ID: 'cid',
        CP_ORG_PRIVATE_KEY_FILE: good,
      },
      [`orgs[0].auth.privateKeyFile: ${good} does not hold a PEM private key (-----BEGIN PRIVATE KEY-----)`],
    ],
    [
      'a lock duration that is not a number',
      { CP_LOCK_DURATION_MS: 'abc' },
      ['lockDurationMs: Invalid input: expected number, received string'],
    ],
    [
      'a listen address that is not one',
      { CP_HTTP_HOST: 'not a host!' },
      ['http.host: expected an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0'],
    ],
  ])('%s: every command exits 2 naming the setting', async (_label, extra, problems) => {
    for (const args of [['sync', '--org', 'emu'], ['serve'], ['worker'], ['scheduler']]) {
      const { code, stdout, stderr } = await cli(args, env(extra));
      expect([args[0], code, stdout]).toEqual([args[0], 2, '']);
      expect(stderr).toBe(`invalid configuration:\n${problems.map((p) => `  ${p}\n`).join('')}`);
    }
    expect(orgHits).toBe(0);
  });
});

describe('analyze with hostile names from the org', () => {
  const plan = {
    accountId: '001T',
    accountName: 'Acme\u001b]0;owned\u0007',
    asOf: '2026-11-20',
    contacts: [{ id: 'c1', name: '\u001b[2J\u001b[HAda\u009b31m\u202eevil', roles: ['Power'] }],
    members: [{ id: 'm1', name: 'Eve\rMallory\u2028' }],
    relationships: [{ contactId: 'c1', memberId: 'm1', grade: 'O', gradedOn: '2026-11-01' }],
  };
  // Everything a terminal would obey, the table's own line breaks aside.
  // eslint-disable-next-line no-control-regex -- the characters a terminal obeys are what this test looks for
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

  it('--format table shows every control character escaped', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '-', '--format', 'table'], env(), JSON.stringify(plan));
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout.split('\n')[0]).toBe('Client Contact Map: Acme\\x1b]0;owned\\x07, as of 2026-11-20');
    expect(stdout).toContain('| \\x1b[2J\\x1b[H…');
    expect(stdout).toContain('\nEve\\rMallory\\u2028    | O');
    expect(stdout).toContain(
      '\\x1b[2J\\x1b[HAda\\x9b31m\\u202eevil (Power buyer) is known only by Eve\\rMallory\\u2028',
    );
  });

  it('--format json writes C1 controls and bidirectional overrides as \\u escapes: the same JSON, nothing raw', async () => {
    const { code, stdout } = await cli(['analyze', '-'], env(), JSON.stringify(plan));
    expect(code).toBe(0);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain('\\u001b[2J\\u001b[HAda\\u009b31m\\u202eevil');
    const analysis = JSON.parse(stdout) as { warnings: { message: string }[] };
    expect(analysis.warnings[0]?.message).toContain(`${plan.contacts[0]!.name} (Power buyer)`);
  });
});

describe('serve', () => {
  const quiet = createLogger({ level: 'silent' });
  it('listens on 127.0.0.1 by default and on every interface when CP_HTTP_HOST says so', async () => {
    const local = await startServe(loadConfig({ env: env({ CP_REDIS_URL: REDIS_AWAY }) }), quiet, { port: 0 });
    try {
      expect(local.address).toMatch(/^127\.0\.0\.1:\d+$/);
    } finally {
      await local.close();
    }
    const all = await startServe(
      loadConfig({ env: env({ CP_REDIS_URL: REDIS_AWAY, CP_HTTP_HOST: '0.0.0.0' }) }),
      quiet,
      {
        port: 0,
      },
    );
    try {
      expect(all.address).toMatch(/^0\.0\.0\.0:\d+$/);
    } finally {
      await all.close();
    }
  });

  it('a port in use: exit 2 with one line', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const { code, stdout, stderr } = await cli(['serve', '--port', String(port)], env({ CP_REDIS_URL: REDIS_AWAY }));
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr.split('\n').filter((l) => !l.startsWith('{'))).toEqual([
        `cannot listen on 127.0.0.1:${port}: the port is in use`,
        '',
      ]);
    } finally {
      busy.close();
    }
  });
});
