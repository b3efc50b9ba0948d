import pino from 'pino';
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger, type Logger } from '../log';
import { type OrgClients } from '../salesforce';

/** Loads the configuration or exits 2 with one line per bad setting. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

/** JSON logs on stderr, so stdout stays free for results. */
export function cliLogger(config: Config, level?: string): Logger {
  return createLogger({ level: level ?? config.logLevel, destination: pino.destination(2) });
}

/** Whether an org answers with a valid session (one cheap versions call). */
export function orgReachable(config: Config, clients: OrgClients) {
  return async (name: string): Promise<boolean> => {
    const org = config.orgs.find((o) => o.name === name);
    if (!org) return false;
    await clients.http(org).request({ kind: 'versions', method: 'GET', path: '/services/data/' });
    return true;
  };
}

/** Runs `stop` once on SIGTERM or SIGINT, then exits. */
export function onShutdown(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing current jobs');
    stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => handler('SIGTERM'));
  process.on('SIGINT', () => handler('SIGINT'));
}
