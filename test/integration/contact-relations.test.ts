// Contacts to Multiple Accounts through the real sync (jsforce over HTTP) against the emulator, run after run with a
// watermark: adding an indirect AccountContactRelation alone puts its contact on the related account's map at the
// next incremental run; deleting it (AccountContactRelation has no queryAll: the Get Deleted resource tells) closes
// the contact's records there with the rep's data kept and resolves its warnings (docs/contracts.md, "Pair identity").
import type { Emulator } from '@contact-plan/emulator';
import { connectRedis, RedisWatermarkStore, type OrgConfig } from '@contact-plan/sync-service';
import { orgConfigFor, predictState, readState, startDemoOrg, sync, today, uniquePrefix, type Row } from './support';

jest.setTimeout(180_000);

const prefix = uniquePrefix('contact-relations');
const redis = connectRedis('redis://127.0.0.1:6379');
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('indirect account-contact relations, run after run', () => {
  let org: Emulator;
  let config: OrgConfig;
  let watermark: RedisWatermarkStore;
  let account: string;
  let member: string;
  let called: string;
  let buyer: string;
  const relations: Record<string, string> = {};
  const asOf = today();

  const record = (contactId: string): Row | undefined =>
    org.store.query(
      'SELECT Id, Grade__c, Graded_On__c, Suggested_Grade__c, Last_Touch__c, Closed_On__c, Closed_Reason__c FROM Relationship__c' +
        ` WHERE Account__c = '${account}' AND Contact__c = '${contactId}' AND Team_Member__c = '${member}'`,
    )[0];
  const openRules = (contactId: string): string[] =>
    org.store
      .query(
        `SELECT Rule__c FROM Coverage_Warning__c WHERE Account__c = '${account}' AND Contact__c = '${contactId}' AND Status__c = 'Open'`,
      )
      .map((w) => String(w.Rule__c))
      .sort();
  /** Two seconds on: SOQL datetimes have whole seconds, so a change and a run's window never share one. */
  const tick = (): void => org.clock.advance(2000);
  const relate = (contactId: string, roles: string): string =>
    org.store.insert('AccountContactRelation', { AccountId: account, ContactId: contactId, Roles: roles });

  beforeAll(async () => {
    org = await startDemoOrg();
    // No overlap and the sync's own writes ignored: only the change under test can make the account dirty.
    config = orgConfigFor(org, { CP_ORG_OVERLAP_MINUTES: '0', CP_ORG_IGNORE_OWN_WRITES: 'true' });
    watermark = new RedisWatermarkStore(redis, prefix);
    account = String(org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'")[0]!.Id);
    const home = String(org.store.query("SELECT Id FROM Account WHERE Name = 'Harbor Point Foods'")[0]!.Id);
    member = String(
      org.store.query(`SELECT UserId FROM AccountTeamMember WHERE AccountId = '${account}' ORDER BY UserId LIMIT 1`)[0]!
        .UserId,
    );
    called = org.store.insert('Contact', { FirstName: 'Noor', LastName: 'Haddad', AccountId: home });
    buyer = org.store.insert('Contact', { FirstName: 'Tomas', LastName: 'Reyes', AccountId: home });
    // Evidence on the account before the contact is related to it: a completed call 10 days ago.
    org.store.insert('Task', {
      Subject: 'Call',
      TaskSubtype: 'Call',
      Status: 'Completed',
      ActivityDate: addDays(asOf, -10),
      WhoId: called,
      WhatId: account,
      OwnerId: member,
    });
    await sync(org, config, { full: true, watermark });
  });
  afterAll(() => org.stop());

  it('before any relation, the contacts of another account are not on the map', () => {
    expect(record(called)).toBeUndefined();
    expect(openRules(buyer)).toEqual([]);
  });

  it('a new indirect relation alone makes the related account dirty: its contact is on the map', async () => {
    tick();
    relations.called = relate(called, 'Business User');
    relations.buyer = relate(buyer, 'Economic Buyer');
    tick();
    const summary = await sync(org, config, { watermark });
    expect(summary.stoppedBy).toBeUndefined();
    expect(record(called)).toMatchObject({
      Suggested_Grade__c: 'I',
      Last_Touch__c: addDays(asOf, -10),
      Closed_On__c: null,
    });
    // Related as an Economic Buyer (Power), known to nobody.
    expect(openRules(buyer)).toEqual(['UNCOVERED_BUYER']);
    expect(readState(org)).toEqual(predictState(org));
  });

  it('the next run leaves the related contact on the map and writes nothing', async () => {
    tick();
    const again = await sync(org, config, { watermark });
    expect(again.written).toBe(0);
    expect(record(called)).toMatchObject({ Closed_On__c: null, Closed_Reason__c: null });
  });

  it('a deleted relation closes the contact’s record there, keeping the rep’s grade, and warns the account', async () => {
    const id = String(record(called)!.Id);
    org.store.update('Relationship__c', id, { Grade__c: 'O', Graded_On__c: addDays(asOf, -1) });
    tick();
    await sync(org, config, { watermark });
    tick();
    org.store.delete(relations.called!);
    tick();

    const summary = await sync(org, config, { watermark });
    expect(summary.written).toBeGreaterThan(0);
    expect(org.store.get(id)).toMatchObject({
      IsDeleted: false,
      Grade__c: 'O',
      Graded_On__c: addDays(asOf, -1),
      Closed_On__c: asOf,
      Closed_Reason__c: 'moved',
    });
    expect(openRules(called)).toEqual(['CONTACT_LEFT']);
    expect(readState(org)).toEqual(predictState(org));
  });

  it('a deleted relation of a contact with no record there resolves its warnings', async () => {
    tick();
    org.store.delete(relations.buyer!);
    tick();
    await sync(org, config, { watermark });
    expect(openRules(buyer)).toEqual([]);
    const resolved = org.store.query(
      `SELECT Rule__c FROM Coverage_Warning__c WHERE Account__c = '${account}' AND Contact__c = '${buyer}' AND Status__c = 'Resolved'`,
    );
    expect(resolved.map((w) => w.Rule__c)).toEqual(['UNCOVERED_BUYER']);
    expect(readState(org)).toEqual(predictState(org));
  });
  it('a relation that ends on a date makes that date a review day of the account, with no edit to mark it', async () => {
    const before = String(
      org.store.query(`SELECT Coverage_Review_On__c FROM Account WHERE Id = '${account}'`)[0]!.Coverage_Review_On__c ??
        '',
    );
    const leaving = org.store.insert('Contact', {
      FirstName: 'Ines',
      LastName: 'Marek',
      AccountId: String(org.store.query("SELECT Id FROM Account WHERE Name = 'Harbor Point Foods'")[0]!.Id),
    });
    tick();
    org.store.insert('AccountContactRelation', {
      AccountId: account,
      ContactId: leaving,
      Roles: 'Business User',
      EndDate: addDays(asOf, 1),
    });
    tick();
    await sync(org, config, { watermark });
    // Nothing else on the account comes due before then, so the relation's day is what the sync wrote.
    expect(before === '' || before > addDays(asOf, 2)).toBe(true);
    const expected = addDays(asOf, 2);
    expect(org.store.query(`SELECT Coverage_Review_On__c FROM Account WHERE Id = '${account}'`)[0]).toMatchObject({
      Coverage_Review_On__c: expected,
    });
    expect(readState(org)).toEqual(predictState(org));
  });
});
