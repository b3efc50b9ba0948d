import { Command } from 'commander';
import { connectRedis, syncSchedulers, SyncQueues } from '../queue';
import { cliLogger, configOrExit } from './runtime';

export function schedulerCommand(): Command {
  return new Command('scheduler')
    .description('create or update the nightly job scheduler of every configured org (stored in Redis), then exit')
    .action(async () => {
      const config = configOrExit();
      const log = cliLogger(config);
      const redis = connectRedis(config.redisUrl);
      const queues = new SyncQueues(redis, config.queuePrefix);
      try {
        await syncSchedulers(queues.orgRuns, config.orgs);
        for (const o of config.orgs) {
          process.stdout.write(`${o.name}: "${o.cron}" (${o.timezone})\n`);
        }
        log.info({ orgs: config.orgs.length }, 'schedulers up to date');
      } finally {
        await queues.close();
        await redis.quit();
      }
    });
}
