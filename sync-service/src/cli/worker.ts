import { Command } from 'commander';
import express from 'express';
import { errorHandler, notFound } from '../http/errors';
import { securityHeaders } from '../http/headers';
import type { Logger } from '../log';
import { SyncMetrics } from '../metrics';
import { RedisWatermarkStore, startWorkers, SyncQueues, workerName } from '../queue';
import { OrgClients } from '../salesforce';
import type { CliIo } from './io';
import { cliLogger, loadCliConfig, onShutdown, openRedis, parseInteger, parsePort } from './runtime';
import { listen } from './serve';

interface WorkerCliOptions {
  concurrency?: number;
  metricsPort?: number;
  metricsHost?: string;
}

/** This process's own counters on /metrics (the queue depth is on `serve`'s /metrics). */
function metricsApp(metrics: SyncMetrics, log: Logger): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}

export function workerCommand(io: CliIo): Command {
  return new Command('worker')
    .description('process sync jobs from Redis until SIGTERM; run as many as you like on any machines')
    .option('--concurrency <n>', 'batches processed at once by this process (1-64)', parseInteger(1, 64))
    .option('--metrics-port <port>', "serve this process's Prometheus metrics on /metrics", parsePort)
    .option('--metrics-host <address>', 'listen for metrics on this address (default: CP_HTTP_HOST, 127.0.0.1)')
    .action(async (opts: WorkerCliOptions) => {
      const config = loadCliConfig(io);
      const log = cliLogger(config, io);
      const redis = await openRedis('worker', config, log);
      const queues = new SyncQueues(redis, config.queuePrefix, log);
      const metrics = new SyncMetrics();
      const name = workerName();
      const server =
        opts.metricsPort === undefined
          ? undefined
          : await listen(metricsApp(metrics, log), opts.metricsPort, opts.metricsHost ?? config.http.host).catch(
              async (e: unknown) => {
                await queues.close();
                await redis.quit();
                throw e;
              },
            );
      const running = startWorkers(
        {
          config,
          clients: new OrgClients(),
          queues,
          redis,
          watermark: new RedisWatermarkStore(redis, config.queuePrefix),
          log,
          metrics,
        },
        {
          concurrency: opts.concurrency ?? config.workerConcurrency,
          lockDurationMs: config.lockDurationMs,
          stalledIntervalMs: config.stalledIntervalMs,
          name,
        },
      );
      log.info({ worker: name, orgs: config.orgs.map((o) => o.name), metrics: server?.address }, 'worker started');
      onShutdown(log, async () => {
        await running.close();
        server?.server.close();
        await queues.close();
        await redis.quit();
      });
    });
}
