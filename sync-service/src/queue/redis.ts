import IORedis, { type Redis } from 'ioredis';

/**
 * How long anything waits for Redis before saying it is away. ioredis queues commands while it (re)connects, so
 * without a bound a request or a command would hang until Redis returns. A starting process connects within these.
 */
export const REDIS_WAIT_MS = {
  /** A route that needs the queues (run triggers, run status, the dashboard's API, /metrics' queue depth). */
  request: 2_000,
  /** A readiness probe (probes often time out after 1 s). */
  probe: 500,
  /** A command that starts against Redis (sync, scheduler, worker). */
  command: 5_000,
} as const;

/** Redis did not answer within the wait; `message` is one line an operator can act on. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

const lastErrors = new WeakMap<Redis, Error>();

/**
 * A Redis connection as BullMQ needs it: commands wait for a reconnect instead of failing. Connection errors are
 * kept (for `redisAwayMessage`) and passed to `onError` instead of ioredis printing a stack trace per attempt.
 */
export function connectRedis(url: string, onError?: (err: Error) => void): Redis {
  const redis = new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
  redis.on('error', (err: Error) => {
    lastErrors.set(redis, err);
    onError?.(err);
  });
  redis.on('ready', () => lastErrors.delete(redis));
  return redis;
}

/** Whether Redis is ready now or becomes ready within `waitMs`. */
export function redisReady(redis: Redis, waitMs: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  if (redis.status === 'end') return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      redis.off('end', onEnd);
      resolve(ok);
    };
    const onReady = (): void => done(true);
    const onEnd = (): void => done(false);
    const timer = setTimeout(() => done(false), waitMs);
    redis.once('ready', onReady);
    redis.once('end', onEnd);
  });
}

/** Runs `op` once Redis is ready; RedisUnavailableError when it is not ready in `waitMs` or `op` takes longer. */
export async function withRedis<T>(redis: Redis, op: () => Promise<T>, waitMs: number): Promise<T> {
  if (!(await redisReady(redis, waitMs))) throw new RedisUnavailableError(redisAwayMessage(redis));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailableError(redisAwayMessage(redis))), waitMs);
  });
  try {
    return await Promise.race([op(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `Redis at 127.0.0.1:6390 is not reachable (connect ECONNREFUSED 127.0.0.1:6390)`: no password, no stack. */
export function redisAwayMessage(redis: Redis): string {
  const { host, port } = redis.options;
  const cause = lastErrors.get(redis)?.message;
  return `Redis at ${host ?? '127.0.0.1'}:${port ?? 6379} is not reachable${cause ? ` (${cause.split('\n')[0]})` : ''}`;
}

/** Waits for Redis at a command's start; RedisUnavailableError with one line (and the setting to check) if away. */
export async function requireRedis(redis: Redis, waitMs: number = REDIS_WAIT_MS.command): Promise<void> {
  if (await redisReady(redis, waitMs)) return;
  throw new RedisUnavailableError(`${redisAwayMessage(redis)}; start it or point CP_REDIS_URL at it`);
}
