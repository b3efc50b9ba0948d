import { Command } from 'commander';
import { createApp } from '../http/app';
import { SyncMetrics } from '../metrics';
import { connectRedis, SyncQueues } from '../queue';
import { OrgClients } from '../salesforce';
import { cliLogger, configOrExit, onShutdown, orgReachable } from './runtime';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'serve the HTTP interface: health, readiness, metrics, run triggers, run status and the queue dashboard',
    )
    .option('--port <port>', 'listen on this port (default: config http.port)')
    .action(async (opts: { port?: string }) => {
      const config = configOrExit();
      const log = cliLogger(config);
      if (!config.http.token) log.warn('no CP_HTTP_TOKEN configured: every protected route answers 401');
      const redis = connectRedis(config.redisUrl);
      const queues = new SyncQueues(redis, config.queuePrefix, log);
      const clients = new OrgClients();
      const app = createApp({
        config,
        queues,
        redis,
        metrics: new SyncMetrics(),
        log,
        orgReachable: orgReachable(config, clients),
      });
      const port = opts.port ? Number(opts.port) : config.http.port;
      const server = app.listen(port, () => log.info({ port }, 'listening'));
      onShutdown(log, async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await queues.close();
        await redis.quit();
      });
    });
}
