import { connectRedis } from './redis';
import { claimOrgRun, isLease, leaseOrgRun, releaseOrgRun, type RunOwner } from './run-lock';

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

  it('a foreground lease holds against every claim while it lives, and is released by its run', async () => {
    const lease = await leaseOrgRun(redis, key, 'emu-fg-cli', 60_000, going);
    if (!isLease(lease)) throw new Error('not leased');
    expect(await redis.get(key)).toBe('emu-fg-cli@lease');
    expect(await redis.pttl(key)).toBeGreaterThan(0);
    // Even a checker that calls every holder ended cannot take a lease away: only its expiry or release can.
    expect(await claimOrgRun(redis, key, { runId: 'emu-q', jobId: 'job-q' }, ended)).toEqual({
      runId: 'emu-fg-cli',
      jobId: 'lease',
    });
    expect(await leaseOrgRun(redis, key, 'emu-fg2-cli', 60_000, ended)).toEqual({
      runId: 'emu-fg-cli',
      jobId: 'lease',
    });
    await lease.release();
    expect(await redis.get(key)).toBeNull();
  });

  it('a lease is refused by a queued run still going and replaces one that ended', async () => {
    await redis.set(key, 'emu-q@job-q');
    expect(await leaseOrgRun(redis, key, 'emu-fg-cli', 60_000, going)).toEqual({ runId: 'emu-q', jobId: 'job-q' });
    const lease = await leaseOrgRun(redis, key, 'emu-fg-cli', 60_000, ended);
    expect(isLease(lease)).toBe(true);
    expect(await redis.get(key)).toBe('emu-fg-cli@lease');
    await (lease as { release(): Promise<void> }).release();
  });

  it('a lease whose process stopped renewing it expires', async () => {
    await redis.set(key, 'emu-dead-cli@lease', 'PX', 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(await claimOrgRun(redis, key, { runId: 'emu-q', jobId: 'job-q' }, going)).toBeUndefined();
  });
});
