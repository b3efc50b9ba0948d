// What the HTTP tests share: a configuration with one org that nothing answers for, and queues of their own in the
// machine's Redis under a prefix that no other test uses.
import { loadConfig, type Config } from '../config';
import { connectRedis, SyncQueues } from '../queue';

export function testConfig(token: string): Config {
  return loadConfig({
    env: {
      CP_ORG_NAME: 'emu',
      CP_ORG_LOGIN_URL: 'http://127.0.0.1:9',
      CP_ORG_AUTH: 'password',
      CP_ORG_USERNAME: 'u@example.com',
      CP_ORG_PASSWORD: 'p',
      CP_HTTP_TOKEN: token,
    },
  });
}

/** Queues under `prefix-pid-time` in the shared Redis; `dispose` removes every key they made. */
export function testQueues(prefix: string) {
  const keyPrefix = `${prefix}-${process.pid}-${Date.now()}`;
  const redis = connectRedis('redis://127.0.0.1:6379');
  const queues = new SyncQueues(redis, keyPrefix);
  return {
    redis,
    queues,
    prefix: keyPrefix,
    dispose: async (): Promise<void> => {
      await queues.close();
      const keys = await redis.keys(`${keyPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}
