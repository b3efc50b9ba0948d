import type { Emulator } from '@contact-plan/emulator';
import { RULES } from '@contact-plan/planning-core';
import {
  assemble,
  bulkQuery,
  collect,
  OrgClients,
  restQuery,
  emptySources,
  SOURCE_ENTRIES,
  type BatchSources,
} from '@contact-plan/sync-service';
import { accountIds, orgConfigFor, predictState, readState, startDemoOrg, sync, today, writeCalls } from './support';

jest.setTimeout(120_000);

describe('foreground sync against the emulator', () => {
  let org: Emulator;
  beforeAll(async () => {
    org = await startDemoOrg();
  });
  afterAll(async () => {
    await org.stop();
  });

  it('a full sync of demo produces exactly the records the core predicts', async () => {
    const config = orgConfigFor(org);
    const expected = predictState(org);
    const summary = await sync(org, config, { full: true });
    expect(summary.stoppedBy).toBeUndefined();
    expect(summary.accounts).toBe(Object.keys(expected.accounts).length);
    const actual = readState(org);
    expect(actual.relationships).toEqual(expected.relationships);
    expect(actual.warnings).toEqual(expected.warnings);
    expect(actual.snapshots).toEqual(expected.snapshots);
    expect(actual.accounts).toEqual(expected.accounts);
    expect(actual.contacts).toEqual(expected.contacts);
    const implied = Object.values(expected.contacts).filter(Boolean).length;
    expect(implied).toBeGreaterThan(0);
    expect(Object.keys(expected.relationships).length).toBeGreaterThan(20);
    expect(Object.keys(expected.warnings).length).toBeGreaterThan(10);
    expect(summary.written).toBe(
      Object.keys(expected.relationships).length +
        Object.keys(expected.warnings).length +
        Object.keys(expected.snapshots).length +
        Object.keys(expected.accounts).length +
        implied,
    );
  });

  it('raises every rule but NO_POWER_BUYER on the showcase account, and that one where no contact is a Power buyer', () => {
    const openRules = (accountName: string): Set<unknown> => {
      const [account] = org.store.query(`SELECT Id FROM Account WHERE Name = '${accountName}'`);
      const where = `Account__c = '${String(account!.Id)}' AND Status__c = 'Open'`;
      return new Set(org.store.query(`SELECT Rule__c FROM Coverage_Warning__c WHERE ${where}`).map((w) => w.Rule__c));
    };
    expect(openRules('Brightwater Logistics')).toEqual(new Set(RULES.filter((r) => r !== 'NO_POWER_BUYER')));
    expect(openRules('Harbor Point Foods').has('NO_POWER_BUYER')).toBe(true);
  });

  it('a second sync writes nothing', async () => {
    const config = orgConfigFor(org);
    org.resetCalls();
    const summary = await sync(org, config, { full: true });
    expect(summary.planned).toBe(0);
    expect(summary.written).toBe(0);
    expect(writeCalls(org)).toBe(0);
  });
});

describe('Bulk API 2.0 paths', () => {
  it('rows read through Bulk API 2.0 (CSV strings) assemble into the same plans as REST rows', async () => {
    const org = await startDemoOrg();
    try {
      const http = new OrgClients().http(orgConfigFor(org));
      const asOf = today();
      const read = async (via: 'rest' | 'bulk'): Promise<BatchSources> => {
        const sources = emptySources(asOf, accountIds(org));
        for (const source of SOURCE_ENTRIES) {
          // Every snapshot, whatever its day: both paths read the same rows.
          const where = source.key === 'snapshots' ? undefined : source.filter?.(asOf);
          const soql = `SELECT ${source.fields.join(', ')} FROM ${source.object}${where ? ` WHERE ${where}` : ''}`;
          sources[source.key] = await collect(via === 'rest' ? restQuery(http, soql) : bulkQuery(http, soql));
        }
        return sources;
      };
      const viaRest = assemble(await read('rest'), { recentWindowDays: 90, horizonDays: 365 });
      const viaBulk = assemble(await read('bulk'), { recentWindowDays: 90, horizonDays: 365 });
      expect(typeof (await read('bulk')).opportunities[0]!.IsWon).toBe('string');
      expect(viaBulk.accounts.map((a) => a.plan)).toEqual(viaRest.accounts.map((a) => a.plan));
      expect(viaBulk.accounts.map((a) => a.existing)).toEqual(viaRest.accounts.map((a) => a.existing));
      expect(viaRest.accounts[0]!.plan.relationships.length).toBeGreaterThan(0);
    } finally {
      await org.stop();
    }
  });

  it('writes above the bulk threshold go through a Bulk API 2.0 ingest job with the same end state', async () => {
    const org = await startDemoOrg();
    try {
      const config = orgConfigFor(org, { CP_ORG_BULK_WRITE_THRESHOLD: '5' });
      const expected = predictState(org);
      const summary = await sync(org, config, { full: true });
      expect(summary.calls['bulk2-ingest']).toBeGreaterThan(0);
      expect(readState(org)).toEqual(expected);
      const again = await sync(org, config, { full: true });
      expect(again.written).toBe(0);
    } finally {
      await org.stop();
    }
  });
});
