// Benchmarks the sync against the emulator: a full sync, then an incremental one after 1 % of the accounts
// changed. Prints, for each: accounts, rows read, records written, API calls by kind next to the minimum the
// chosen APIs allow (rows ÷ 2,000 per query page, records ÷ 200 per collection call), wall time, rows/s, peak RSS.
// Reads and writes go through the composite resource: Salesforce counts one composite call as one API request, though
// it carries up to five query pages (kind `composite`, a read) or five Collections requests (`collection-composite`,
// a write), so read calls may fall below the ⌈rows/2000⌉ minimum of one page per call. Bulk ingest jobs' polls and
// result reads count as writes (`bulk2-ingest-*`).
// Usage: npx tsc -b && npm run bench:sync -- --dataset l [--batch-size 500] [--bulk-threshold 4000] [--ignore-own-writes true]
// Each phase runs in its own process so its peak RSS is its own; the emulator runs in a third.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');
const { parseArgs } = require('node:util');

const ROOT = path.join(__dirname, '..');
const { values: args } = parseArgs({
  // Lenient when another bench script requires this one for its helpers (its own flags are not ours).
  strict: require.main === module,
  options: {
    dataset: { type: 'string', default: 'l' },
    'batch-size': { type: 'string', default: '500' },
    'bulk-threshold': { type: 'string', default: '4000' },
    'ignore-own-writes': { type: 'string', default: 'true' },
    phase: { type: 'string' },
    login: { type: 'string' },
    since: { type: 'string' },
  },
});

function env(login) {
  const creds = JSON.parse(login);
  return {
    CP_ORG_NAME: 'bench',
    CP_ORG_LOGIN_URL: creds.loginUrl,
    CP_ORG_AUTH: 'password',
    // The touch phase is a person editing contacts: the integration user may only read them.
    CP_ORG_USERNAME: args.phase === 'touch' ? creds.adminUsername : creds.username,
    CP_ORG_PASSWORD: creds.password,
    CP_ORG_BATCH_SIZE: args['batch-size'],
    CP_ORG_BULK_QUERY_THRESHOLD: args['bulk-threshold'],
    CP_ORG_IGNORE_OWN_WRITES: args['ignore-own-writes'],
    CP_ORG_API_BUDGET_SHARE: '1',
    CP_LOG_LEVEL: 'warn',
  };
}

async function runPhase() {
  const sync = require(path.join(ROOT, 'sync-service', 'dist'));
  const config = sync.loadConfig({ env: env(args.login) });
  const org = config.orgs[0];
  const http = new sync.OrgClients().http(org);
  const log = sync.createLogger({ level: 'warn' });
  if (args.phase === 'touch') {
    // Changes one contact's title in every 100th account: the 1 % an incremental sync must pick up.
    const accounts = await sync.collect(sync.autoQuery(http, 'SELECT Id FROM Account ORDER BY Id', 10_000));
    const chosen = accounts.filter((_, i) => i % 100 === 0).map((a) => a.Id);
    const touched = [];
    for (let i = 0; i < chosen.length; i += 300) {
      const contacts = await sync.collect(
        sync.restQuery(
          http,
          `SELECT Id, AccountId FROM Contact WHERE AccountId IN ${sync.idList(chosen.slice(i, i + 300))}`,
        ),
      );
      const seen = new Set();
      for (const c of contacts)
        if (!seen.has(c.AccountId))
          seen.add(c.AccountId) && touched.push({ Id: c.Id, Title: 'Chief Benchmark Officer' });
    }
    const failed = (await sync.updateRecords(http, 'Contact', touched)).filter((r) => !r.success);
    if (failed.length) throw new Error(`touch: ${failed.length} contact(s) not saved: ${JSON.stringify(failed[0])}`);
    process.stdout.write(`${JSON.stringify({ touched: touched.length })}\n`);
    return;
  }
  let mark = args.since ? new Date(args.since) : undefined;
  const watermark = { get: async () => mark, advance: async (_org, to) => void (mark = to) };
  const summary = await sync.syncOrg({ org, http, log, full: args.phase === 'full', watermark });
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ ...summary, writes: undefined, peakRssMiB, watermark: mark && mark.toISOString() })}\n`,
  );
}

function child(phase, login, extra = []) {
  const out = spawnSync(
    process.execPath,
    [
      // The heap cap the Dockerfile sets: V8 otherwise keeps garbage up to a share of the machine's memory.
      '--max-old-space-size=768',
      __filename,
      '--phase',
      phase,
      '--login',
      login,
      '--batch-size',
      args['batch-size'],
      ...extra,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (out.status !== 0) throw new Error(`phase ${phase} failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop());
}

function report(title, r, emulatorCalls) {
  const sum = (pred) =>
    Object.entries(r.calls)
      .filter(([k]) => pred(k))
      .reduce((a, [, n]) => a + n, 0);
  const reads = sum(
    (k) =>
      k === 'query' ||
      k === 'queryMore' ||
      k === 'composite' ||
      k.startsWith('bulk2-query') ||
      k === 'bulk2-poll' ||
      k === 'bulk2-results',
  );
  const writes = sum(
    (k) => k.startsWith('collection') || k.startsWith('bulk2-ingest') || k === 'bulk2-upload' || k === 'bulk2-close',
  );
  const minReads = Math.ceil(r.rowsRead / 2000);
  const minWrites = Math.ceil(r.written / 200);
  const seconds = r.durationMs / 1000;
  console.log(`\n${title}`);
  console.log(`  accounts         ${r.accounts} in ${r.batches} batches`);
  console.log(`  rows read        ${r.rowsRead}`);
  console.log(`  records written  ${r.written}`);
  console.log(`  API calls        ${r.apiCalls} (emulator counted ${emulatorCalls})`);
  for (const [kind, n] of Object.entries(r.calls).sort()) console.log(`    ${kind.padEnd(20)} ${n}`);
  console.log(
    `  read calls       ${reads}  minimum ⌈rows/2000⌉ = ${minReads}  ratio ${(reads / Math.max(1, minReads)).toFixed(2)}`,
  );
  console.log(
    `  write calls      ${writes}  minimum ⌈records/200⌉ = ${minWrites}  ratio ${(writes / Math.max(1, minWrites)).toFixed(2)}`,
  );
  console.log(`  wall time        ${seconds.toFixed(1)} s`);
  console.log(`  rows/s           ${Math.round(r.rowsRead / Math.max(seconds, 0.001))}`);
  console.log(`  peak RSS         ${r.peakRssMiB.toFixed(0)} MiB (sync process)`);
}

/** Starts the emulator CLI in its own process on `dataset`; resolves to its login JSON line and the process. */
async function startEmulatorProcess(dataset, extra = []) {
  const emulatorCli = path.join(ROOT, 'tools', 'org-emulator', 'dist', 'cli.js');
  const emulator = spawn(
    process.execPath,
    ['--max-old-space-size=6144', emulatorCli, '--dataset', dataset, '--port', '0', '--budget', '100000000', ...extra],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const login = await new Promise((resolve, reject) => {
    let text = '';
    emulator.stdout.on('data', (chunk) => {
      text += chunk;
      const line = text.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(line);
    });
    emulator.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { login, emulator };
}

/** The emulator's count of API calls so far. */
const emulatorCalls = async (login) =>
  (await (await fetch(`${JSON.parse(login).instanceUrl}/__admin/calls`, { headers: { connection: 'close' } })).json())
    .apiUsed;

async function main() {
  const { login, emulator } = await startEmulatorProcess(args.dataset);
  const calls = () => emulatorCalls(login);
  try {
    console.log(
      `dataset ${args.dataset}, batch size ${args['batch-size']}, bulk query above ${args['bulk-threshold']} rows, ignoreOwnWrites ${args['ignore-own-writes']}`,
    );
    let before = await calls();
    const full = child('full', login);
    report('full sync', full, (await calls()) - before);
    const touched = child('touch', login);
    console.log(`\ntouched ${touched.touched} contacts (1 % of accounts)`);
    before = await calls();
    const incremental = child('incremental', login, ['--since', full.watermark]);
    report('incremental sync', incremental, (await calls()) - before);
  } finally {
    emulator.kill('SIGTERM');
  }
}

module.exports = { startEmulatorProcess, emulatorCalls, report };

if (require.main === module) {
  (args.phase ? runPhase() : main()).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
