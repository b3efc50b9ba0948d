import { Command } from 'commander';
import { isIsoDate } from '@contact-plan/planning-core';
import { SingleBar, Presets } from 'cli-progress';
import type { Redis } from 'ioredis';
import { findOrg, type Config, type OrgConfig } from '../config';
import { forRun } from '../log';
import { syncOrg, type OrgRunSummary } from '../pipeline';
import {
  activeRunKey,
  isLease,
  leaseOrgRun,
  RedisDigestLedger,
  RedisWatermarkStore,
  runIdFor,
  SyncQueues,
  type OrgLease,
} from '../queue';
import { InvalidIdError, normalizeRecordId, OrgClients, SalesforceError } from '../salesforce';
import { quoteVisible, terminalJson } from '../visible-text';
import {
  BadInputError,
  CommandExit,
  EXIT_BUSY,
  EXIT_STOPPED,
  EXIT_UNEXPECTED,
  UnavailableError,
  type CliIo,
} from './io';
import { cliLogger, loadCliConfig, openRedis } from './runtime';

/** The options as commander hands them over. */
export interface SyncCliOptions {
  org: string;
  account?: string[];
  dryRun?: boolean;
  full?: boolean;
  asOf?: string;
  progress?: boolean;
}

/** What one `sync` is asked to do, every option checked. */
export interface SyncRequest {
  org: OrgConfig;
  /** 18-character Account ids; a single-account run neither reads nor moves the watermark. */
  accountIds?: string[];
  dryRun: boolean;
  full: boolean;
  /** The planning day asked for (`--as-of`); undefined: today in the org's time zone. */
  asOf?: string;
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
  if (s.digests)
    lines.push(`digests         ${s.digests.sent} sent${s.digests.notice ? ` (${s.digests.notice})` : ''}`);
  if (s.stoppedBy) lines.push(`STOPPED         ${s.stopReason ?? s.stoppedBy}`);
  for (const f of s.failedBatches)
    lines.push(`FAILED          batch ${f.batch + 1} (${f.accounts} accounts), not retried: ${f.reason}`);
  return lines.join('\n');
}

/** Checks every option before anything connects; a bad one is a BadInputError that names it. */
export function parseSyncRequest(config: Config, opts: SyncCliOptions): SyncRequest {
  let org: OrgConfig;
  try {
    org = findOrg(config, opts.org);
  } catch (e) {
    throw new BadInputError(`contact-plan sync: ${(e as Error).message}`);
  }
  let accountIds: string[] | undefined;
  try {
    accountIds = opts.account && [...new Set(opts.account.map((id) => normalizeRecordId(id, 'Account')))];
  } catch (e) {
    if (e instanceof InvalidIdError) throw new BadInputError(`contact-plan sync: --account: ${e.message}`);
    throw e;
  }
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) {
    throw new BadInputError(
      `contact-plan sync: --as-of: expected a calendar day YYYY-MM-DD, got ${quoteVisible(opts.asOf)}`,
    );
  }
  return { org, accountIds, dryRun: Boolean(opts.dryRun), full: Boolean(opts.full), asOf: opts.asOf };
}

/** The network code (ECONNREFUSED, ETIMEDOUT…) of a failed login or API call; jsforce's fetch puts it on the error. */
function networkCode(e: unknown): string | undefined {
  if (e instanceof SalesforceError) return e.status === 0 ? e.errorCode : undefined;
  const error = e as { code?: unknown; cause?: { code?: unknown } } | null;
  for (const code of [error?.code, error?.cause?.code]) {
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

/** An org that does not answer, or refuses the login, ends the command with one line instead of a stack trace. */
function orgFailure(e: unknown, org: OrgConfig): CommandExit | undefined {
  const code = networkCode(e);
  if (code)
    return new UnavailableError(
      `contact-plan sync: the org "${org.name}" at ${org.loginUrl} is not reachable (${code})`,
    );
  const name = (e as { name?: unknown } | null)?.name;
  if (
    typeof name === 'string' &&
    /^(INVALID_LOGIN|invalid_grant|invalid_client(_id)?|unauthorized_client)$/.test(name)
  ) {
    return new BadInputError(
      `contact-plan sync: the org "${org.name}" refused the login (${name}: ${(e as Error).message})`,
    );
  }
  return undefined;
}

async function runSync(opts: SyncCliOptions, io: CliIo): Promise<void> {
  const config = loadCliConfig(io);
  const request = parseSyncRequest(config, opts);
  const { org } = request;
  const showProgress = opts.progress !== false && Boolean(process.stderr.isTTY);
  const log = forRun(cliLogger(config, io, showProgress ? 'warn' : undefined), runIdFor(org.name, Date.now()), {
    org: org.name,
  });

  // Single-account runs neither read nor move the watermark; every other run keeps it in Redis. Every run that writes
  // holds the org's run lock in Redis too, so it never writes alongside a queued run of the org (and queued runs wait
  // for it).
  const redis: Redis | undefined =
    request.accountIds && request.dryRun ? undefined : await openRedis('sync', config, log);
  let lease: OrgLease | undefined;
  if (redis && !request.dryRun) {
    try {
      lease = await holdOrg(redis, config.queuePrefix, org.name);
    } catch (e) {
      await redis.quit();
      throw e;
    }
  }
  const bar = new SingleBar(
    { format: 'sync |{bar}| {value}/{total} accounts | {duration_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  let summary: OrgRunSummary;
  try {
    summary = await syncOrg({
      org,
      http: new OrgClients().http(org),
      log,
      full: request.full,
      asOf: request.asOf,
      accountIds: request.accountIds,
      dryRun: request.dryRun,
      watermark: redis ? new RedisWatermarkStore(redis, config.queuePrefix) : undefined,
      // The morning digests go out after a whole-org run; Redis remembers who had today's.
      digest: redis && !request.accountIds ? { ledger: new RedisDigestLedger(redis, config.queuePrefix) } : undefined,
      onPlanned: (accounts) => {
        if (showProgress) bar.start(accounts, 0);
      },
      onBatch: (done) => {
        if (showProgress) bar.update(done);
      },
    });
  } catch (e) {
    throw orgFailure(e, org) ?? e;
  } finally {
    if (showProgress) bar.stop();
    await lease?.release();
    await redis?.quit();
  }
  if (request.dryRun && summary.writes) io.out(`${terminalJson(summary.writes)}\n`);
  io.out(`${formatSummary(summary, request.dryRun)}\n`);
  // A budget stop is not a failure of the program, but scripts must see it.
  if (summary.stoppedBy) throw new CommandExit(EXIT_STOPPED);
  // Batches that failed for good: the summary named each reason once.
  if (summary.failedBatches.length) throw new CommandExit(EXIT_UNEXPECTED);
}

/** How long a foreground run's hold on its org lasts without renewal (a killed process's hold expires after it). */
const LEASE_TTL_MS = 60_000;

/** Claims the org's run lock for a foreground run; a queued run of the org still going refuses it (exit 5). */
async function holdOrg(redis: Redis, prefix: string, org: string): Promise<OrgLease> {
  const queues = new SyncQueues(redis, prefix);
  try {
    const claim = await leaseOrgRun(
      redis,
      activeRunKey(prefix, org),
      `${runIdFor(org, Date.now())}-cli`,
      LEASE_TTL_MS,
      (holder) => queues.isRunGoing(holder),
    );
    if (isLease(claim)) return claim;
    throw new CommandExit(
      EXIT_BUSY,
      `contact-plan sync: run ${claim.runId} of org "${org}" is going; try again when it has ended`,
    );
  } finally {
    await queues.close();
  }
}

const collectIds = (value: string, previous: string[] = []): string[] => [...previous, value];

export function syncCommand(io: CliIo): Command {
  return new Command('sync')
    .description('run one sync of an org in the foreground and print a summary')
    .requiredOption('--org <name>', 'the configured org to sync')
    .option('--account <id>', 'sync only this account (repeatable); leaves the watermark alone', collectIds)
    .option('--dry-run', 'print the planned writes and write nothing')
    .option('--full', 'every account, not only those changed since the watermark')
    .option('--as-of <YYYY-MM-DD>', 'analyse as of this day instead of today in the org time zone (reproduces a run)')
    .option('--no-progress', 'no progress bar')
    .action((opts: SyncCliOptions) => runSync(opts, io));
}
