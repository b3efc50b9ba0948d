import { DEFAULT_SETTINGS, resolveSettings } from '@contact-plan/planning-core';
import { loadConfig } from '../config';
import { createLogger } from '../log';
import { InvalidIdError } from '../salesforce';
import { fakeCompositeOrg, queryPage, soqlOf } from '../salesforce/composite.test-helper';
import { planAccountBatch, planOrgRun, type WatermarkStore } from './org-run';

const A1 = '001000000000001AAA';
const A2 = '001000000000002AAA';
const A3 = '001000000000003AAA';

const org = loadConfig({
  env: {
    CP_ORG_NAME: 'emu',
    CP_ORG_LOGIN_URL: 'http://127.0.0.1:1',
    CP_ORG_AUTH: 'password',
    CP_ORG_USERNAME: 'sync@example.com',
    CP_ORG_PASSWORD: 'secret',
    CP_ORG_BATCH_SIZE: '2',
    CP_ORG_TIMEZONE: 'Pacific/Auckland',
    CP_ORG_API_BUDGET_SHARE: '0.25',
  },
}).orgs[0]!;
const log = createLogger({ level: 'silent' });
const json = (body: unknown): Response =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** An org with 1,000 daily requests left, three accounts, and every account changed since any watermark. */
function fakeOrg() {
  const restQueries: string[] = [];
  const { http, calls } = fakeCompositeOrg(
    (sub) =>
      queryPage(
        soqlOf(sub).startsWith('SELECT AccountId FROM Contact')
          ? [{ AccountId: A3 }, { AccountId: A1 }, { AccountId: A2 }]
          : [],
      ),
    (url) => {
      if (url.endsWith('/limits')) return json({ DailyApiRequests: { Max: 15_000, Remaining: 1_000 } });
      restQueries.push(new URL(url).searchParams.get('q') ?? url);
      return json({ totalSize: 3, done: true, records: [{ Id: A2 }, { Id: A1 }, { Id: A3 }] });
    },
  );
  return { http, calls, restQueries };
}

function watermarkAt(at: Date | undefined) {
  const reads: string[] = [];
  const store: WatermarkStore = {
    get: async (name) => {
      reads.push(name);
      return at;
    },
    advance: async () => {
      throw new Error('planning never moves the watermark');
    },
  };
  return { store, reads };
}

describe('planOrgRun', () => {
  const now = new Date('2026-11-21T10:59:59.200Z');

  it('plans an incremental run: budget floor, watermark, dirty accounts, batches that carry the resolved settings', async () => {
    const { http, calls } = fakeOrg();
    const watermark = watermarkAt(new Date('2026-11-20T11:00:00Z'));
    const plan = await planOrgRun({
      org,
      http,
      log,
      watermark: watermark.store,
      now,
      settings: { touchWindowDays: 30 },
    });
    expect(watermark.reads).toEqual(['emu']);
    expect(calls.length).toBeGreaterThan(0);
    // 1,000 remain and a run may use a quarter of them.
    expect(plan).toMatchObject({ org: 'emu', accounts: 3, budgetFloor: 750, advancesWatermark: true });
    expect(plan.until.toISOString()).toBe('2026-11-21T11:00:00.000Z');
    // Already the 22nd in Auckland.
    expect(plan.asOf).toBe('2026-11-22');
    const settings = resolveSettings({ touchWindowDays: 30 });
    expect(plan.batches).toEqual([
      { accountIds: [A1, A2], asOf: '2026-11-22', now: '2026-11-21T11:00:00.000Z', contiguous: false, settings },
      { accountIds: [A3], asOf: '2026-11-22', now: '2026-11-21T11:00:00.000Z', contiguous: false, settings },
    ]);
    expect(plan.batches[0]!.settings.roleMapping).toEqual(DEFAULT_SETTINGS.roleMapping);
  });

  it('plans a full run over every account in id order, as contiguous batches, without reading the watermark', async () => {
    const { http, restQueries } = fakeOrg();
    const watermark = watermarkAt(new Date('2026-11-20T11:00:00Z'));
    const plan = await planOrgRun({ org, http, log, full: true, watermark: watermark.store, now });
    expect(watermark.reads).toEqual([]);
    expect(restQueries).toEqual(['SELECT Id FROM Account']);
    expect(plan.batches.map((b) => [b.accountIds, b.contiguous])).toEqual([
      [[A1, A2], true],
      [[A3], true],
    ]);
    expect(plan.batches[0]!.settings).toEqual(resolveSettings());
  });

  it('plans a run of chosen accounts: checked, unique, no watermark read or moved', async () => {
    const { http, calls, restQueries } = fakeOrg();
    const watermark = watermarkAt(new Date('2026-11-20T11:00:00Z'));
    const plan = await planOrgRun({ org, http, log, accountIds: [A3, A1, A3], watermark: watermark.store, now });
    expect(watermark.reads).toEqual([]);
    expect([calls, restQueries]).toEqual([[], []]);
    expect(plan).toMatchObject({ accounts: 2, advancesWatermark: false });
    expect(plan.batches.map((b) => b.accountIds)).toEqual([[A3, A1]]);
    await expect(planOrgRun({ org, http, log, accountIds: ["001' OR Id != '"] })).rejects.toThrow(InvalidIdError);
  });
});

describe('planAccountBatch', () => {
  it('is one batch of one checked account with the settings resolved', () => {
    expect(planAccountBatch(A2, '2026-11-21', new Date('2026-11-21T08:00:00Z'))).toEqual({
      accountIds: [A2],
      asOf: '2026-11-21',
      now: '2026-11-21T08:00:00.000Z',
      contiguous: false,
      settings: resolveSettings(),
    });
    expect(() => planAccountBatch('not-an-id', '2026-11-21', new Date())).toThrow(InvalidIdError);
  });
});
