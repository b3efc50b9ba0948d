import type { Emulator } from '@contact-plan/emulator';
import { connectRedis, RedisWatermarkStore } from '@contact-plan/sync-service';
import { orgConfigFor, predictState, readState, startDemoOrg, sync, uniquePrefix } from './support';

jest.setTimeout(120_000);

const prefix = uniquePrefix('faults');
const redis = connectRedis('redis://127.0.0.1:6379');
const watermark = new RedisWatermarkStore(redis, prefix);
const MARK = new Date('2026-01-01T00:00:00Z');

let org: Emulator | undefined;
afterEach(async () => {
  await org?.stop();
  org = undefined;
  await watermark.reset('emu');
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

/** A fresh demo org whose clean-run end state is predicted before any fault is armed. */
async function faultyOrg(apiBudget?: number) {
  org = await startDemoOrg({ apiBudget });
  await watermark.advance('emu', MARK);
  return { org, expected: predictState(org) };
}

/** Calls by kind of a clean full sync of a fresh demo org: the yardstick for the retries below. */
async function cleanRunCalls(): Promise<Record<string, number>> {
  const clean = await startDemoOrg();
  try {
    await sync(clean, orgConfigFor(clean), { full: true });
    return clean.calls().byKind as Record<string, number>;
  } finally {
    await clean.stop();
  }
}

describe('faults end in the clean-run state', () => {
  it('5xx answers and dropped connections on reads and writes are retried', async () => {
    const { org, expected } = await faultyOrg();
    org.faults.set('query', { sequence: ['error503', 'pass', 'error500', 'pass', 'drop'] });
    org.faults.set('collection', { sequence: ['error503', 'pass', 'drop'] });
    const summary = await sync(org, orgConfigFor(org), { full: true, watermark });
    expect(summary.stoppedBy).toBeUndefined();
    expect(readState(org)).toEqual(expected);
    const clean = await cleanRunCalls();
    // Each fault cost exactly one extra call: 3 on queries, 2 on writes.
    expect(org.calls().byKind.query).toBe(clean.query! + 3);
    expect(org.calls().byKind.collection).toBe(clean.collection! + 2);
  });

  it('UNABLE_TO_LOCK_ROW on some records resends just those records', async () => {
    const { org, expected } = await faultyOrg();
    org.faults.set('collection', { sequence: ['lockRows', 'lockRows', 'lockRows'], lockFraction: 0.3 });
    const summary = await sync(org, orgConfigFor(org), { full: true, watermark });
    expect(readState(org)).toEqual(expected);
    // Three calls had some records locked; each was followed by one call resending only those records.
    const clean = await cleanRunCalls();
    expect(org.calls().byKind.collection).toBe(clean.collection! + 3);
    expect(summary.written).toBe(summary.planned);
  });

  it('an expired session mid-run logs in again and carries on', async () => {
    const { org, expected } = await faultyOrg();
    let batches = 0;
    org.faults.set('query', { sequence: ['pass', 'pass', 'pass', 'expireSession'] });
    const summary = await sync(org, orgConfigFor(org), {
      watermark,
      onBatch: () => {
        if (++batches === 1) org.expireSessions();
      },
    });
    expect(summary.stoppedBy).toBeUndefined();
    expect(org.calls().byKind.login).toBeGreaterThanOrEqual(3);
    expect(readState(org)).toEqual(expected);
    expect((await watermark.get('emu'))!.getTime()).toBeGreaterThan(MARK.getTime());
  });

  it('REQUEST_LIMIT_EXCEEDED stops the run cleanly with the watermark unmoved; the next run completes it', async () => {
    const { org, expected } = await faultyOrg();
    org.faults.set('collection', { sequence: ['pass', 'requestLimit'] });
    const stopped = await sync(org, orgConfigFor(org), { watermark });
    expect(stopped.stoppedBy).toBe('budget');
    expect(await watermark.get('emu')).toEqual(MARK);
    org.faults.clear();
    const resumed = await sync(org, orgConfigFor(org), { watermark });
    expect(resumed.stoppedBy).toBeUndefined();
    expect(readState(org)).toEqual(expected);
  });

  it('stops before spending more than the configured share of the remaining daily requests', async () => {
    const { org } = await faultyOrg(40);
    const used = org.calls().apiUsed;
    const summary = await sync(org, orgConfigFor(org, { CP_ORG_API_BUDGET_SHARE: '0.25' }), { watermark });
    expect(summary.stoppedBy).toBe('budget');
    expect(summary.stopReason).toMatch(/may not go below 30/);
    expect(org.calls().apiUsed - used).toBeLessThanOrEqual(10);
    expect(await watermark.get('emu')).toEqual(MARK);
  });
});
