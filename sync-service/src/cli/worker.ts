import { createServer } from 'node:http';
import { Command } from 'commander';
import { SyncMetrics } from '../metrics';
import { connectRedis, RedisWatermarkStore, startWorkers, SyncQueues, workerName } from '../queue';
import { OrgClients } from '../salesforce';
import { cliLogger, configOrExit, onShutdown } from './runtime';

interface WorkerCliOptions {
  concurrency?: string;
  metricsPort?: string;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('process sync jobs from Redis until SIGTERM; run as many as you like on any machines')
    .option('--concurrency <n>', 'batches processed at once by this process')
    .option('--metrics-port <port>', "serve this process's Prometheus metrics on /metrics")
    .action(async (opts: WorkerCliOptions) => {
      const config = configOrExit();
      const log = cliLogger(config);
      const redis = connectRedis(config.redisUrl);
      const queues = new SyncQueues(redis, config.queuePrefix, log);
      const metrics = new SyncMetrics();
      const name = workerName();
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
          concurrency: opts.concurrency ? Number(opts.concurrency) : config.workerConcurrency,
          lockDurationMs: numberEnv('CP_LOCK_DURATION_MS'),
          stalledIntervalMs: numberEnv('CP_STALLED_INTERVAL_MS'),
          name,
        },
      );
      const server = opts.metricsPort
        ? createServer((req, res) => {
            if (req.url !== '/metrics') {
              res.writeHead(404).end();
              return;
            }
            void metrics.registry
              .metrics()
              .then((text) => res.writeHead(200, { 'Content-Type': metrics.registry.contentType }).end(text));
          }).listen(Number(opts.metricsPort))
        : undefined;
      log.info({ worker: name, orgs: config.orgs.map((o) => o.name) }, 'worker started');
      onShutdown(log, async () => {
        await running.close();
        server?.close();
        await queues.close();
        await redis.quit();
      });
    });
}

function numberEnv(name: string): number | undefined {
  const v = process.env[name];
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}
