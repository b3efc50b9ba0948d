import { connectRedis } from './redis';
import { claimOrgRun, releaseOrgRun, type RunOwner } from './run-lock';

const redis = connectRedis('redis://127.0.0.1:6379');
const key = `cp-run-lock-test-${process.pid}-${Date.now()}:active-run:emu`;
const going = async (): Promise<boolean> => true;
const ended = async (): Promise<boolean> => false;

afterEach(async () => {
  await redis.del(key);
});
afterAll(async () => {
  await redis.quit();
});

describe('the one-run-per-org lock', () => {
  it('lets exactly one of many simultaneous claims through; the others learn who holds the org', async () => {
    const owners: RunOwner[] = Array.from({ length: 8 }, (_, i) => ({ runId: `emu-run${i}`, jobId: `job${i}` }));
    const results = await Promise.all(owners.map((o) => claimOrgRun(redis, key, o, going)));
    const winners = owners.filter((_, i) => results[i] === undefined);
    expect(winners).toHaveLength(1);
    expect(results.filter(Boolean)).toEqual(Array(7).fill(winners[0]));
    expect(await redis.get(key)).toBe(`${winners[0]!.runId}@${winners[0]!.jobId}`);
  });

  it('takes the org over from a run that ended without releasing it, and not from one still going', async () => {
    await redis.set(key, 'emu-old@job-old');
    expect(await claimOrgRun(redis, key, { runId: 'emu-new', jobId: 'job-new' }, going)).toEqual({
      runId: 'emu-old',
      jobId: 'job-old',
    });
    expect(await claimOrgRun(redis, key, { runId: 'emu-new', jobId: 'job-new' }, ended)).toBeUndefined();
    expect(await redis.get(key)).toBe('emu-new@job-new');
  });

  it('holds for a retried run, and is released only by its own run', async () => {
    const owner = { runId: 'emu-r', jobId: 'job-r' };
    expect(await claimOrgRun(redis, key, owner, going)).toBeUndefined();
    expect(await claimOrgRun(redis, key, owner, going)).toBeUndefined();
    expect(await releaseOrgRun(redis, key, 'emu-other')).toBe(false);
    expect(await redis.get(key)).toBe('emu-r@job-r');
    expect(await releaseOrgRun(redis, key, 'emu-r')).toBe(true);
    expect(await redis.get(key)).toBeNull();
  });
});
