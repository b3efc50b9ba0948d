import type { Redis } from 'ioredis';

/**
 * One run of an org at a time. The key holds the owner of the org, `runId@planningJobId`; claiming and releasing
 * are atomic in Redis, so two workers that pick up two triggers of the same org at once cannot both start a run.
 */
export const activeRunKey = (prefix: string, org: string): string => `${prefix}:active-run:${org}`;

export interface RunOwner {
  runId: string;
  /**
   * The org-run job that plans the run: the run is going while it waits, runs or retries. `LEASE` for a run in the
   * foreground (`contact-plan sync --account`), which has no job: its claim expires unless the process renews it.
   */
  jobId: string;
}

export const LEASE = 'lease';

const SEPARATOR = '@';
const encode = (o: RunOwner): string => `${o.runId}${SEPARATOR}${o.jobId}`;
function decode(value: string): RunOwner {
  const at = value.indexOf(SEPARATOR);
  return at < 0 ? { runId: value, jobId: '' } : { runId: value.slice(0, at), jobId: value.slice(at + 1) };
}

// Replaces the key with ARGV[2] only while it still holds ARGV[1].
const REPLACE_IF = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`;

// Deletes the key only while its owner's run id is ARGV[1].
const RELEASE_RUN = `
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, string.len(ARGV[1]) + 1) == ARGV[1] .. '${SEPARATOR}' then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0`;

/**
 * Claims the org for `owner`. Returns undefined when the claim holds (also when the same run held it already, as on a
 * retried job), or the owner that still holds the org. A holder that `stillGoing` says has ended without releasing
 * (a crashed or failed run) is replaced.
 */
export async function claimOrgRun(
  redis: Redis,
  key: string,
  owner: RunOwner,
  stillGoing: (holder: RunOwner) => Promise<boolean>,
): Promise<RunOwner | undefined> {
  const mine = encode(owner);
  for (;;) {
    if ((await redis.set(key, mine, 'NX')) === 'OK') return undefined;
    const value = await redis.get(key);
    if (value === null) continue;
    const holder = decode(value);
    if (holder.runId === owner.runId) {
      if (value === mine || (await redis.eval(REPLACE_IF, 1, key, value, mine)) === 1) return undefined;
      continue;
    }
    // A lease stays while its key lives: a foreground run that died leaves it to expire.
    if (holder.jobId === LEASE || (await stillGoing(holder))) return holder;
    if ((await redis.eval(REPLACE_IF, 1, key, value, mine)) === 1) return undefined;
  }
}

// Sets the key to ARGV[2] for ARGV[3] ms only while it holds ARGV[1] ('' = while it is absent).
const LEASE_IF = `
local v = redis.call('GET', KEYS[1])
if (v or '') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

/** A foreground run's hold on its org: renewed while the process lives, released when the run ends. */
export interface OrgLease {
  release(): Promise<void>;
}

/**
 * Claims the org for a run in the foreground that has no job (`runId@lease`, expiring after `ttlMs` unless renewed
 * every third of it). Returns the lease, or the owner that still holds the org (a queued run or another lease).
 */
export async function leaseOrgRun(
  redis: Redis,
  key: string,
  runId: string,
  ttlMs: number,
  stillGoing: (holder: RunOwner) => Promise<boolean>,
): Promise<OrgLease | RunOwner> {
  const mine = encode({ runId, jobId: LEASE });
  for (;;) {
    const value = (await redis.get(key)) ?? '';
    if (value !== '') {
      const holder = decode(value);
      if (holder.jobId === LEASE || (await stillGoing(holder))) return holder;
    }
    if ((await redis.eval(LEASE_IF, 1, key, value, mine, ttlMs)) === 1) break;
  }
  const timer = setInterval(() => {
    redis.eval(LEASE_IF, 1, key, mine, mine, ttlMs).catch(() => undefined);
  }, ttlMs / 3);
  timer.unref();
  return {
    release: async () => {
      clearInterval(timer);
      await releaseOrgRun(redis, key, runId);
    },
  };
}

export const isLease = (claim: OrgLease | RunOwner): claim is OrgLease => 'release' in claim;

/** Releases the org if run `runId` still owns it. */
export async function releaseOrgRun(redis: Redis, key: string, runId: string): Promise<boolean> {
  return (await redis.eval(RELEASE_RUN, 1, key, runId)) === 1;
}
