import { Command } from 'commander';
import { syncSchedulers, SyncQueues } from '../queue';
import type { CliIo } from './io';
import { cliLogger, loadCliConfig, openRedis } from './runtime';

export function schedulerCommand(io: CliIo): Command {
  return new Command('scheduler')
    .description('create or update the nightly job scheduler of every configured org (stored in Redis), then exit')
    .action(async () => {
      const config = loadCliConfig(io);
      const log = cliLogger(config, io);
      const redis = await openRedis('scheduler', config, log);
      const queues = new SyncQueues(redis, config.queuePrefix, log);
      try {
        await syncSchedulers(queues.orgRuns, config.orgs);
        for (const o of config.orgs) io.out(`${o.name}: "${o.cron}" (${o.timezone})\n`);
        log.info({ orgs: config.orgs.length }, 'schedulers up to date');
      } finally {
        await queues.close();
        await redis.quit();
      }
    });
}
