import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { findOrg } from '../config';
import { forRun } from '../log';
import { syncOrg, type OrgRunSummary } from '../pipeline';
import { connectRedis, RedisWatermarkStore, runIdFor } from '../queue';
import { assertId, InvalidIdError, OrgClients } from '../salesforce';
import { BadInputError } from './io';
import { cliLogger, configOrExit } from './runtime';

export interface SyncCliOptions {
  org: string;
  account?: string[];
  dryRun?: boolean;
  full?: boolean;
  progress?: boolean;
}

export function formatSummary(s: OrgRunSummary, dryRun: boolean): string {
  const kinds = Object.entries(s.calls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lines = [
    `org             ${s.org} (as of ${s.asOf})`,
    `accounts        ${s.accounts} in ${s.batches} batch(es)`,
    `records read    ${s.rowsRead}`,
    dryRun ? `records planned ${s.planned} (dry run: nothing written)` : `records written ${s.written}`,
    `API calls       ${s.apiCalls}${kinds ? ` (${kinds})` : ''}`,
    `duration        ${(s.durationMs / 1000).toFixed(1)} s`,
  ];
  if (s.watermark) lines.push(`watermark       ${s.watermark}`);
  if (s.stoppedBy) lines.push(`STOPPED         ${s.stopReason ?? s.stoppedBy}`);
  return lines.join('\n');
}

async function runSync(opts: SyncCliOptions): Promise<number> {
  const config = configOrExit();
  let org;
  let accountIds: string[] | undefined;
  try {
    org = findOrg(config, opts.org);
    accountIds = opts.account?.map(assertId);
  } catch (e) {
    if (e instanceof InvalidIdError || (e as Error).message.startsWith('unknown org')) {
      throw new BadInputError(`contact-plan sync: ${(e as Error).message}`);
    }
    throw e;
  }
  const showProgress = opts.progress !== false && process.stderr.isTTY;
  const log = forRun(cliLogger(config, showProgress ? 'warn' : undefined), runIdFor(org.name, Date.now()), {
    org: org.name,
  });

  // Single-account runs neither read nor move the watermark; every other run keeps it in Redis.
  const redis = accountIds ? undefined : connectRedis(config.redisUrl);
  const bar = new SingleBar(
    { format: 'sync |{bar}| {value}/{total} accounts | {duration_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  try {
    const summary = await syncOrg({
      org,
      http: new OrgClients().http(org),
      log,
      full: opts.full,
      accountIds,
      dryRun: opts.dryRun,
      watermark: redis ? new RedisWatermarkStore(redis, config.queuePrefix) : undefined,
      onPlanned: (accounts) => {
        if (showProgress) bar.start(accounts, 0);
      },
      onBatch: (done) => {
        if (showProgress) bar.update(done);
      },
    });
    if (showProgress) bar.stop();
    if (opts.dryRun && summary.writes) process.stdout.write(`${JSON.stringify(summary.writes, null, 2)}\n`);
    process.stdout.write(`${formatSummary(summary, Boolean(opts.dryRun))}\n`);
    return summary.stoppedBy ? 3 : 0;
  } finally {
    if (showProgress) bar.stop();
    await redis?.quit();
  }
}

const collectIds = (value: string, previous: string[] = []): string[] => [...previous, value];

export function syncCommand(): Command {
  return new Command('sync')
    .description('run one sync of an org in the foreground and print a summary')
    .requiredOption('--org <name>', 'the configured org to sync')
    .option('--account <id>', 'sync only this account (repeatable); leaves the watermark alone', collectIds)
    .option('--dry-run', 'print the planned writes and write nothing')
    .option('--full', 'every account, not only those changed since the watermark')
    .option('--no-progress', 'no progress bar')
    .action(async (opts: SyncCliOptions) => {
      const code = await runSync(opts);
      if (code !== 0) {
        // A budget stop is not a failure of the program, but scripts must see it: exit 3 once stdout is flushed.
        await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
        process.exit(code);
      }
    });
}
