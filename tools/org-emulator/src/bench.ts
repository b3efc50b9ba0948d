/**
 * Measures the emulator through jsforce: load time and heap, a REST read of every contact and of a year of tasks
 * (autoFetch), a Bulk 2.0 read of every task, and 20 collection inserts of 200 records.
 * Run: `npm run build && node tools/org-emulator/dist/bench.js m` (or demo, l).
 * The Account page's GraphQL answer is measured by preview/bench/graphqlAnswer.mjs (it sends the page's own query).
 */
import { Connection } from 'jsforce';
import type { DatasetName } from './dataset';
import { startEmulator } from './server';

async function timed<T>(label: string, work: () => Promise<T>, describe: (t: T) => string): Promise<void> {
  const started = Date.now();
  const result = await work();
  process.stdout.write(`${label}: ${describe(result)} in ${Date.now() - started} ms\n`);
}

async function main(): Promise<void> {
  const dataset = (process.argv[2] ?? 'm') as DatasetName;
  const started = Date.now();
  const org = await startEmulator({ dataset });
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  process.stdout.write(`load ${dataset}: ${Date.now() - started} ms, heap ${heapMb} MB\n`);
  const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
  await conn.login(org.credentials.username, org.credentials.password);
  conn.bulk2.pollInterval = 50;
  const all = { autoFetch: true, maxFetch: 1e8 };
  await timed(
    'REST contacts',
    async () => (await conn.query('SELECT Id, Name, Title, AccountId, Account.Name FROM Contact').run(all)).records,
    (rows) => `${rows.length} rows`,
  );
  await timed(
    'REST tasks (LAST_N_DAYS:365)',
    async () =>
      (
        await conn
          .query('SELECT Id, WhoId, OwnerId, ActivityDate FROM Task WHERE ActivityDate = LAST_N_DAYS:365')
          .run(all)
      ).records,
    (rows) => `${rows.length} rows`,
  );
  await timed(
    'Bulk 2.0 tasks',
    async () => (await conn.bulk2.query('SELECT Id, WhoId, OwnerId, ActivityDate FROM Task')).toArray(),
    (rows) => `${rows.length} rows`,
  );
  const records = Array.from({ length: 200 }, (_, i) => ({ Name: `Bench ${i}` }));
  await timed(
    'collection inserts',
    async () => {
      for (let i = 0; i < 20; i++) await conn.sobject('Account').create(records);
      return 20;
    },
    (n) => `${n} calls of 200`,
  );
  process.stdout.write(`calls: ${JSON.stringify(org.calls().byKind)}\n`);
  await org.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
