import type { Server } from 'node:http';
import { Command } from 'commander';
import type { Config } from '../config';
import { createApp } from '../http/app';
import type { Logger } from '../log';
import { SyncMetrics } from '../metrics';
import { connectRedis, SyncQueues } from '../queue';
import { OrgClients } from '../salesforce';
import { BadInputError, type CliIo } from './io';
import { cliLogger, loadCliConfig, onShutdown, orgReachable, parsePort } from './runtime';

export interface ServeOptions {
  port?: number;
  host?: string;
}

export interface Serving {
  server: Server;
  /** The address it listens on, e.g. `127.0.0.1:8080`. */
  address: string;
  close(): Promise<void>;
}

/** Listens on `port` at `host`; a port in use or an address this machine does not have is a BadInputError. */
export function listen(
  server: { listen(port: number, host: string): Server },
  port: number,
  host: string,
): Promise<{ server: Server; address: string }> {
  return new Promise((resolve, reject) => {
    const listening = server.listen(port, host);
    listening.once('error', (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EADDRINUSE'
          ? 'the port is in use'
          : err.code === 'EADDRNOTAVAIL'
            ? 'no such address here'
            : (err.code ?? err.message);
      reject(new BadInputError(`cannot listen on ${host}:${port}: ${why}`));
    });
    listening.once('listening', () => {
      const bound = listening.address();
      const address =
        typeof bound === 'object' && bound
          ? `${bound.address.includes(':') ? `[${bound.address}]` : bound.address}:${bound.port}`
          : String(bound);
      resolve({ server: listening, address });
    });
  });
}

/** Starts the HTTP interface. Redis may be away at start: /readyz says so and the routes that need it answer 503. */
export async function startServe(config: Config, log: Logger, opts: ServeOptions = {}): Promise<Serving> {
  if (!config.http.token) log.warn('no CP_HTTP_TOKEN configured: every protected route answers 401');
  const redis = connectRedis(config.redisUrl, (err) => log.warn({ reason: err.message }, 'redis not reachable'));
  const queues = new SyncQueues(redis, config.queuePrefix, log);
  const app = createApp({
    config,
    queues,
    redis,
    metrics: new SyncMetrics(),
    log,
    orgReachable: orgReachable(config, new OrgClients()),
  });
  const host = opts.host ?? config.http.host;
  let listening;
  try {
    listening = await listen(app, opts.port ?? config.http.port, host);
  } catch (e) {
    await queues.close();
    redis.disconnect();
    throw e;
  }
  log.info({ address: listening.address }, 'listening');
  return {
    ...listening,
    close: async () => {
      await new Promise<void>((resolve) => listening.server.close(() => resolve()));
      await queues.close();
      await redis.quit();
    },
  };
}

export function serveCommand(io: CliIo): Command {
  return new Command('serve')
    .description(
      'serve the HTTP interface: health, readiness, metrics, run triggers, run status and the queue dashboard',
    )
    .option('--port <port>', 'listen on this port (default: CP_HTTP_PORT, 8080)', parsePort)
    .option('--host <address>', 'listen on this address (default: CP_HTTP_HOST, 127.0.0.1; 0.0.0.0 for all)')
    .action(async (opts: ServeOptions) => {
      const config = loadCliConfig(io);
      const log = cliLogger(config, io);
      const serving = await startServe(config, log, opts);
      onShutdown(log, () => serving.close());
    });
}
