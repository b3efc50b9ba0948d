import type { Emulator } from '@contact-plan/emulator';
import { RULES } from '@contact-plan/planning-core';
import { predictState, readState, startDemoOrg, orgConfigFor, sync, writeCalls } from './support';

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
    expect(Object.keys(expected.relationships).length).toBeGreaterThan(20);
    expect(Object.keys(expected.warnings).length).toBeGreaterThan(10);
    expect(summary.written).toBe(
      Object.keys(expected.relationships).length +
        Object.keys(expected.warnings).length +
        Object.keys(expected.snapshots).length +
        Object.keys(expected.accounts).length,
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
