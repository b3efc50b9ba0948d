import type { Redis } from 'ioredis';
import { InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger, type Logger } from '../log';
import { connectRedis, RedisUnavailableError, requireRedis } from '../queue';
import { type OrgClients } from '../salesforce';
import { BadInputError, UnavailableError, type CliIo } from './io';

/** Loads the configuration from the command's environment; a bad one is a BadInputError with one line per setting. */
export function loadCliConfig(io: CliIo): Config {
  try {
    return loadConfig({ env: io.env });
  } catch (e) {
    if (e instanceof ConfigError) throw new BadInputError(e.message);
    throw e;
  }
}

/** JSON logs on stderr, so stdout stays free for results. */
export function cliLogger(config: Config, io: CliIo, level?: string): Logger {
  return createLogger({ level: level ?? config.logLevel, destination: io.logDestination() });
}

/**
 * Connects to Redis and waits (boundedly) until it answers; an UnavailableError with one line if it does not. Once
 * connected, a lost connection is logged as one warning per reconnect attempt (no stack traces) while ioredis retries.
 */
export async function openRedis(command: string, config: Config, log?: Logger): Promise<Redis> {
  let connected = false;
  const redis = connectRedis(config.redisUrl, (err) => {
    if (connected) log?.warn({ reason: err.message }, 'redis connection lost; reconnecting');
  });
  try {
    await requireRedis(redis);
  } catch (e) {
    redis.disconnect();
    if (e instanceof RedisUnavailableError) throw new UnavailableError(`contact-plan ${command}: ${e.message}`);
    throw e;
  }
  connected = true;
  return redis;
}

/** Whether an org answers with a valid session: one cheap versions call, not retried, within 5 s. */
export function orgReachable(config: Config, clients: OrgClients) {
  return async (name: string): Promise<boolean> => {
    const org = config.orgs.find((o) => o.name === name);
    if (!org) return false;
    const probe = clients.http(org, { retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 }, timeoutMs: 5_000 });
    await probe.request({ kind: 'versions', method: 'GET', path: '/services/data/' });
    return true;
  };
}

/** Option parsers: a bad value is a usage error (exit 2) naming the option. */
export function parseInteger(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return Number(value);
  };
}

export const parsePort = parseInteger(0, 65_535);

export interface ShutdownHooks {
  signals?: Pick<NodeJS.EventEmitter, 'on'>;
  exit?: (code: number) => void;
}

/**
 * Runs `stop` once on SIGTERM or SIGINT (the current jobs finish), then exits 0. A second signal exits 1 at once: a
 * graceful stop can wait as long as Redis is away, and an operator must still be able to end the process.
 */
export function onShutdown(
  log: Logger,
  stop: () => Promise<void>,
  { signals = process, exit = (code) => process.exit(code) }: ShutdownHooks = {},
): void {
  let stopping = false;
  const handler = (signal: string): void => {
    if (stopping) {
      log.warn({ signal }, 'second signal: stopping without waiting for the current jobs');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down: finishing current jobs (a second signal stops at once)');
    stop()
      .then(() => exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        exit(1);
      });
  };
  signals.on('SIGTERM', () => handler('SIGTERM'));
  signals.on('SIGINT', () => handler('SIGINT'));
}
