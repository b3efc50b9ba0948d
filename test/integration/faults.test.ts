import type { Emulator } from '@contact-plan/emulator';
import {
  connectRedis,
  DEFAULT_RETRY,
  OrgClients,
  RedisWatermarkStore,
  type OrgConfig,
} from '@contact-plan/sync-service';
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

  it('the concurrent long-running request limit mid-run is waited out: the run completes in the clean-run state', async () => {
    const { org, expected } = await faultyOrg();
    org.faults.set('query', { sequence: ['pass', 'pass', 'concurrencyLimit', 'pass', 'pass', 'concurrencyLimit'] });
    org.faults.set('collection', { sequence: ['pass', 'concurrencyLimit'] });
    // The same clients as a run's, with a short wait for a busy org so the test does not sit out real seconds.
    class QuickClients extends OrgClients {
      override http(config: OrgConfig) {
        return super.http(config, { retry: { ...DEFAULT_RETRY, busyDelayMs: 20, maxDelayMs: 50 } });
      }
    }
    const summary = await sync(org, orgConfigFor(org), { full: true, watermark }, new QuickClients());
    expect(summary.stoppedBy).toBeUndefined();
    expect(summary.failedBatches).toEqual([]);
    expect(readState(org)).toEqual(expected);
    expect((await watermark.get('emu'))!.getTime()).toBeGreaterThan(MARK.getTime());
    // Each refusal cost one repeated call.
    const clean = await cleanRunCalls();
    expect(org.calls().byKind.query).toBe(clean.query! + 2);
    expect(org.calls().byKind.collection).toBe(clean.collection! + 1);
  });

  it('records the service may not write fail their batch once, with the reason, and are not sent again', async () => {
    const { org, expected } = await faultyOrg();
    // An admin took create and edit on Coverage_Snapshot__c out of the integration permission set.
    const name = 'Contact_Plan_Integration';
    const grant = org.access.grantOf(name)!;
    const snapshot = grant.objects.Coverage_Snapshot__c!;
    org.access.definePermissionSet(
      name,
      { label: 'Contact Plan Integration' },
      {
        ...grant,
        objects: { ...grant.objects, Coverage_Snapshot__c: { ...snapshot, allowCreate: false, allowEdit: false } },
      },
      new Date().toISOString(),
    );
    const summary = await sync(org, orgConfigFor(org), { full: true, watermark });
    expect(summary.stoppedBy).toBeUndefined();
    expect(summary.failedBatches.map((f) => f.batch)).toEqual([...Array(summary.batches).keys()]);
    for (const f of summary.failedBatches)
      expect(f.reason).toMatch(
        /^\d+ record\(s\) failed to save: Coverage_Snapshot__c upsert: INSUFFICIENT_ACCESS_OR_READONLY: /,
      );
    // One attempt: not a single collection call more than a clean run makes; the other records were saved.
    const clean = await cleanRunCalls();
    expect(org.calls().byKind.collection).toBe(clean.collection!);
    const state = readState(org);
    expect(state.relationships).toEqual(expected.relationships);
    expect(state.warnings).toEqual(expected.warnings);
    expect(state.snapshots).toEqual({});
    expect(await watermark.get('emu')).toEqual(MARK);
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
