import { Queue } from 'bullmq';
import { loadConfig } from '../config';
import type { OrgRunData } from './jobs';
import { connectRedis } from './redis';
import { syncSchedulers } from './scheduler';

const prefix = `cp-scheduler-test-${process.pid}-${Date.now()}`;
const redis = connectRedis('redis://127.0.0.1:6379');
const queue = new Queue<OrgRunData>('org-runs', { connection: redis, prefix });

const orgsNamed = (...names: string[]) =>
  loadConfig({
    env: { CP_CONFIG_FILE: 'orgs.json' },
    readFile: () =>
      JSON.stringify({
        orgs: names.map((name, i) => ({
          name,
          loginUrl: 'https://login.salesforce.com',
          auth: { kind: 'password', username: 'u@example.com', password: 'p' },
          ...(i === 0 ? { cron: '30 1 * * *', timezone: 'Europe/Berlin' } : {}),
        })),
      }),
  }).orgs;

afterAll(async () => {
  await queue.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe('syncSchedulers', () => {
  it('keeps one scheduler per configured org with its cron and time zone, and removes the others', async () => {
    await syncSchedulers(queue, orgsNamed('emea', 'apac'));
    const first = await queue.getJobSchedulers();
    expect(first.map((s) => [s.key, s.pattern, s.tz]).sort()).toEqual([
      ['nightly-apac', '0 2 * * *', 'UTC'],
      ['nightly-emea', '30 1 * * *', 'Europe/Berlin'],
    ]);
    await syncSchedulers(queue, orgsNamed('emea'));
    expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual(['nightly-emea']);
    const [next] = await queue.getDelayed();
    expect(next!.data).toEqual({ org: 'emea' });
  });
});
