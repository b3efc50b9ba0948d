// People move (issue 13 item 1; docs/contracts.md, "Pair identity"): a contact who moves to another account, one
// merged away and one deleted on a privacy request, and a rep who re-points a record, against the emulated org.
import type { Emulator } from '@contact-plan/emulator';
import { connectRedis, RedisWatermarkStore, type OrgConfig } from '@contact-plan/sync-service';
import {
  orgConfigFor,
  predictState,
  readState,
  repFields,
  startDemoOrg,
  sync,
  today,
  uniquePrefix,
  type Row,
} from './support';

jest.setTimeout(180_000);

const prefix = uniquePrefix('moves');
const redis = connectRedis('redis://127.0.0.1:6379');
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

/** The rep fields of the records that existed before (new records have none of a rep's). */
const sameRepData = (org: Emulator, before: Record<string, Row>): void => {
  const now = repFields(org);
  expect(Object.fromEntries(Object.keys(before).map((id) => [id, now[id]]))).toEqual(before);
};

const capped = (grade: string): string => (['T', 'O'].includes(grade) ? 'S' : grade);

/** A graded record, graded within the last 300 days, on a contact of an account, with the names around it. */
function gradedRecord(org: Emulator, notOn: string[] = []): Row {
  const rows = org.store
    .query(
      'SELECT Id, Account__c, Account__r.Name, Contact__c, Contact__r.Name, Team_Member__c, Team_Member__r.Name, Grade__c, Graded_On__c, Pair_Key__c FROM Relationship__c WHERE Grade__c != null AND Contact__c != null AND Closed_On__c = null ORDER BY Id',
    )
    .filter((r) => String(r.Graded_On__c) >= '2026-03-01' && !notOn.includes(String(r.Account__c)));
  expect(rows.length).toBeGreaterThan(0);
  return rows[0]!;
}

const otherAccount = (org: Emulator, not: string): Row =>
  org.store.query(`SELECT Id, Name FROM Account WHERE Id != '${not}' ORDER BY Id LIMIT 1`)[0]!;

const openWarnings = (org: Emulator, accountId: string, rule: string): Row[] =>
  org.store.query(
    `SELECT Warning_Key__c, Severity__c, Message__c, Contact__c FROM Coverage_Warning__c WHERE Account__c = '${accountId}' AND Rule__c = '${rule}' AND Status__c = 'Open'`,
  );

describe.each([
  ['an incremental run', false, false],
  ['an incremental run that ignores its own writes', false, true],
  ['a full run', true, false],
])('a contact who moves to another account, seen by %s', (_name, full, ignoreOwnWrites) => {
  let org: Emulator;
  let config: OrgConfig;
  let watermark: RedisWatermarkStore;
  beforeAll(async () => {
    org = await startDemoOrg();
    config = orgConfigFor(org, { CP_ORG_IGNORE_OWN_WRITES: String(ignoreOwnWrites) });
    watermark = new RedisWatermarkStore(redis, `${prefix}-${String(full)}-${String(ignoreOwnWrites)}`);
    await sync(org, config, { full: true, watermark });
  });
  afterAll(() => org.stop());

  it('closes the old record with its rep data, warns the old account and lets the new one inherit the history', async () => {
    const record = gradedRecord(org);
    const [from, contactId, memberId] = [record.Account__c, record.Contact__c, record.Team_Member__c].map(String);
    const to = otherAccount(org, from!);
    const repBefore = repFields(org);
    org.store.update('Contact', contactId!, { AccountId: to.Id });

    const summary = await sync(org, config, { full, watermark });
    expect(summary.stoppedBy).toBeUndefined();
    expect(summary.written).toBeGreaterThan(0);
    sameRepData(org, repBefore);
    expect(org.store.get(String(record.Id))).toMatchObject({
      IsDeleted: false,
      Account__c: from,
      Contact__c: contactId,
      Pair_Key__c: record.Pair_Key__c,
      Grade__c: record.Grade__c,
      Closed_On__c: today(),
      Closed_Reason__c: 'moved',
    });
    const [left] = openWarnings(org, from!, 'CONTACT_LEFT').filter((w) => w.Contact__c === contactId);
    expect(left).toMatchObject({ Warning_Key__c: `${from}:CONTACT_LEFT:${contactId}:`, Contact__c: contactId });
    expect(String(left!.Message__c)).toContain(
      `${String((record.Contact__r as Row).Name)} moved to ${String(to.Name)}, taking`,
    );
    expect(String(left!.Message__c)).toContain(`${String((record.Team_Member__r as Row).Name)} (${record.Grade__c})`);

    const [inherited] = org.store.query(
      `SELECT Pair_Key__c, Suggested_Grade__c, Grade__c, Grade_Reasons__c FROM Relationship__c WHERE Account__c = '${String(to.Id)}' AND Contact__c = '${contactId}' AND Team_Member__c = '${memberId}'`,
    );
    expect(inherited).toMatchObject({
      Pair_Key__c: `${String(to.Id)}:${contactId}:${memberId}`,
      Grade__c: null,
      Suggested_Grade__c: capped(String(record.Grade__c)),
    });
    expect(String(inherited!.Grade_Reasons__c)).toContain(
      `known to ${String((record.Team_Member__r as Row).Name)} at ${String((record.Account__r as Row).Name)}: ${String(record.Grade__c)}, `,
    );
    expect(readState(org)).toEqual(predictState(org));

    // The next run finds nothing left to do and keeps the history.
    const again = await sync(org, config, { full, watermark });
    expect(again.written).toBe(0);
    expect(org.store.get(String(record.Id))).toMatchObject({ Closed_Reason__c: 'moved', Grade__c: record.Grade__c });
  });
});

describe('rep edits and removed contacts', () => {
  let org: Emulator;
  let config: OrgConfig;
  let watermark: RedisWatermarkStore;
  beforeAll(async () => {
    org = await startDemoOrg();
    config = orgConfigFor(org);
    watermark = new RedisWatermarkStore(redis, `${prefix}-edits`);
    await sync(org, config, { full: true, watermark });
  });
  afterAll(() => org.stop());

  it('a rep who re-points a record to another contact keeps it; the old pair gets a record keyed apart', async () => {
    const record = gradedRecord(org);
    const [accountId, contactId, memberId] = [record.Account__c, record.Contact__c, record.Team_Member__c].map(String);
    const taken = new Set(
      org.store
        .query(
          `SELECT Contact__c FROM Relationship__c WHERE Account__c = '${accountId}' AND Team_Member__c = '${memberId}'`,
        )
        .map((r) => r.Contact__c),
    );
    const [target] = org.store
      .query(`SELECT Id FROM Contact WHERE AccountId = '${accountId}' ORDER BY Id`)
      .filter((c) => !taken.has(c.Id));
    expect(target).toBeDefined();
    org.store.update('Relationship__c', String(record.Id), { Contact__c: target!.Id });

    await sync(org, config, { watermark });
    expect(org.store.get(String(record.Id))).toMatchObject({
      Contact__c: target!.Id,
      Pair_Key__c: record.Pair_Key__c,
      Grade__c: record.Grade__c,
    });
    const oldPair = org.store.query(
      `SELECT Pair_Key__c FROM Relationship__c WHERE Account__c = '${accountId}' AND Contact__c = '${contactId}' AND Team_Member__c = '${memberId}'`,
    );
    for (const r of oldPair) expect(r.Pair_Key__c).toBe(`${accountId}:${contactId}:${memberId}:2`);
    expect(readState(org)).toEqual(predictState(org));
  });

  it('a contact merged into one on another account: allowed, and the next sync closes and warns', async () => {
    const record = gradedRecord(org);
    const from = String(record.Account__c);
    const to = otherAccount(org, from);
    const [master] = org.store.query(
      `SELECT Id, Name FROM Contact WHERE AccountId = '${String(to.Id)}' ORDER BY Id LIMIT 1`,
    );
    const loser = String(record.Contact__c);
    const repBefore = repFields(org);
    org.store.merge(String(master!.Id), [loser]);
    expect(org.store.get(loser)).toMatchObject({ IsDeleted: true, MasterRecordId: master!.Id });
    expect(org.store.get(String(record.Id))).toMatchObject({ Contact__c: master!.Id, Account__c: from });

    await sync(org, config, { watermark });
    sameRepData(org, repBefore);
    expect(org.store.get(String(record.Id))).toMatchObject({
      Contact__c: master!.Id,
      Closed_On__c: today(),
      Closed_Reason__c: 'merged',
    });
    const [left] = openWarnings(org, from, 'CONTACT_LEFT').filter((w) => w.Contact__c === master!.Id);
    expect(String(left!.Message__c)).toContain(
      `${String(master!.Name)} was merged into a contact at ${String(to.Name)}`,
    );
    expect(readState(org)).toEqual(predictState(org));
  });

  it('a contact deleted on a privacy request: allowed by the package, and the next sync closes and warns', async () => {
    const record = gradedRecord(org);
    const accountId = String(record.Account__c);
    const contactId = String(record.Contact__c);
    const repBefore = repFields(org);
    org.store.delete(contactId);
    expect(org.store.get(String(record.Id))).toMatchObject({ Contact__c: null, IsDeleted: false });

    await sync(org, config, { watermark });
    sameRepData(org, repBefore);
    expect(org.store.get(String(record.Id))).toMatchObject({
      Contact__c: null,
      Pair_Key__c: record.Pair_Key__c,
      Closed_On__c: today(),
      Closed_Reason__c: 'deleted',
    });
    const [left] = openWarnings(org, accountId, 'CONTACT_LEFT').filter((w) =>
      String(w.Warning_Key__c).includes(contactId),
    );
    expect(left).toMatchObject({ Contact__c: null });
    expect(String(left!.Message__c)).toMatch(/^A contact was deleted from Salesforce, taking /);
    expect(readState(org)).toEqual(predictState(org));
  });
});
