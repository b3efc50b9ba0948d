// Contact.Implied_Buyer_Roles__c: the sync writes the buyer roles a contact's opportunity contact roles imply, so the
// Account page (which cannot read OpportunityContactRole) counts the same buyers. Real jsforce against the emulator.
import type { Emulator } from '@contact-plan/emulator';
import { connectRedis, OrgClients, RedisWatermarkStore, type OrgConfig } from '@contact-plan/sync-service';
import { Connection } from 'jsforce';
import { startEmulator } from '@contact-plan/emulator';
import { capturingLog, orgConfigFor, predictState, readState, sync, today, uniquePrefix } from './support';

jest.setTimeout(120_000);

const prefix = uniquePrefix('implied-roles');
const redis = connectRedis('redis://127.0.0.1:6379');
const watermark = new RedisWatermarkStore(redis, prefix);

let org: Emulator;
let config: OrgConfig;
let accountId: string;
let tariq: string;
let ruth: string;
let deal: string;
let nora: string;
/** The org's day (not always the wall clock's: see beforeAll). */
let asOf: string;

// Two minutes pass before each run: with a one-minute overlap, a run's window holds what changed since the run before
// it, that run's own writes included.
const nextDay = (): string => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const incremental = () => {
  org.clock.advance(120_000);
  return sync(org, config, { watermark });
};
const contact = (id: string) => org.store.get(id)!;
const openRules = (): string[] =>
  org.store
    .query(`SELECT Rule__c FROM Coverage_Warning__c WHERE Account__c = '${accountId}' AND Status__c = 'Open'`)
    .map((w) => String(w.Rule__c))
    .sort();

beforeAll(async () => {
  // Never behind the wall clock (the batch's pre-write check reads edits since a wall-clock instant), and far enough
  // from midnight that the minutes the runs move the clock on stay within one day.
  const wall = new Date();
  const start = wall.getUTCHours() < 20 ? wall : new Date(`${today()}T12:00:00.000Z`.replace(today(), nextDay()));
  asOf = start.toISOString().slice(0, 10);
  org = await startEmulator({ port: 0, dataset: 'demo', seed: 1, asOf, now: start.toISOString() });
  config = orgConfigFor(org, { CP_ORG_OVERLAP_MINUTES: '1' });
  await sync(org, config, { full: true, watermark });
  // Harbor Point Foods: Ruth (User) is a Business User and Tariq (Advisor) a Technical Buyer on its one deal;
  // nobody is Power.
  accountId = String(org.store.query("SELECT Id FROM Account WHERE Name = 'Harbor Point Foods'")[0]!.Id);
  const roles = org.store.query(
    `SELECT ContactId, Role, OpportunityId FROM OpportunityContactRole WHERE Opportunity.AccountId = '${accountId}'`,
  );
  ruth = String(roles.find((r) => r.Role === 'Business User')!.ContactId);
  tariq = String(roles.find((r) => r.Role === 'Technical Buyer')!.ContactId);
  deal = String(roles[0]!.OpportunityId);
});
afterAll(async () => {
  await org.stop();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe('Contact.Implied_Buyer_Roles__c', () => {
  it('a full sync writes the roles the contact roles imply, also beside a rep’s own, and leaves Buyer_Roles__c alone', () => {
    expect(contact(ruth)).toMatchObject({ Buyer_Roles__c: 'User', Implied_Buyer_Roles__c: 'User' });
    expect(contact(tariq)).toMatchObject({ Buyer_Roles__c: 'Advisor', Implied_Buyer_Roles__c: 'Advisor' });
    expect(openRules()).toContain('NO_POWER_BUYER');
    expect(readState(org, asOf)).toEqual(predictState(org, asOf));
  });

  it('a new contact role: one run writes it, the next re-reads the account once and writes nothing, the third reads nothing', async () => {
    // A contact without roles of her own joins the account and is synced; then she becomes the deal's Economic Buyer.
    nora = org.store.insert('Contact', {
      FirstName: 'Nora',
      LastName: 'Lindqvist',
      AccountId: accountId,
      Title: 'COO',
    });
    await incremental();
    expect(contact(nora).Implied_Buyer_Roles__c ?? null).toBeNull();
    org.store.insert('OpportunityContactRole', { OpportunityId: deal, ContactId: nora, Role: 'Economic Buyer' });
    org.store.insert('OpportunityContactRole', { OpportunityId: deal, ContactId: tariq, Role: 'Economic Buyer' });
    const first = await incremental();
    expect([contact(nora).Buyer_Roles__c ?? null, contact(nora).Implied_Buyer_Roles__c]).toEqual([null, 'Power']);
    expect(contact(tariq)).toMatchObject({ Buyer_Roles__c: 'Advisor', Implied_Buyer_Roles__c: 'Power;Advisor' });
    expect(openRules()).not.toContain('NO_POWER_BUYER');
    expect(first.written).toBeGreaterThan(1);
    expect(readState(org, asOf)).toEqual(predictState(org, asOf));

    // Our Contact writes moved their SystemModstamp: the account is dirty once more, and nothing has changed.
    const second = await incremental();
    expect([second.accounts, second.planned, second.written]).toEqual([1, 0, 0]);
    const third = await incremental();
    expect([third.accounts, third.planned, third.written]).toEqual([0, 0, 0]);
  });

  it('a contact whose roles stop being implied gets the field cleared, and the runs after write nothing', async () => {
    for (const row of org.store.query(`SELECT Id FROM OpportunityContactRole WHERE ContactId = '${nora}'`)) {
      org.store.delete(String(row.Id));
    }
    const cleared = await incremental();
    expect(cleared.written).toBeGreaterThan(0);
    expect(contact(nora).Implied_Buyer_Roles__c ?? null).toBeNull();
    expect(contact(tariq).Implied_Buyer_Roles__c).toBe('Power;Advisor');
    expect(contact(ruth).Implied_Buyer_Roles__c).toBe('User');
    expect(openRules()).toContain('NO_POWER_BUYER');
    expect(readState(org, asOf)).toEqual(predictState(org, asOf));
    const [second, third] = [await incremental(), await incremental()];
    expect([second.accounts, second.planned, second.written]).toEqual([1, 0, 0]);
    expect([third.accounts, third.planned, third.written]).toEqual([0, 0, 0]);
  });

  it('with ignoreOwnWrites the run after the one that wrote the roles reads nothing', async () => {
    const own = orgConfigFor(org, { CP_ORG_OVERLAP_MINUTES: '1', CP_ORG_IGNORE_OWN_WRITES: 'true' });
    await incremental();
    org.store.insert('OpportunityContactRole', { OpportunityId: deal, ContactId: nora, Role: 'Champion' });
    org.clock.advance(120_000);
    const wrote = await sync(org, own, { watermark });
    expect([wrote.accounts, contact(nora).Implied_Buyer_Roles__c]).toEqual([1, 'Evangelist']);
    org.clock.advance(120_000);
    const after = await sync(org, own, { watermark });
    expect([after.accounts, after.planned, after.written]).toEqual([0, 0, 0]);
  });

  it('with ignoreOwnWrites a rep edit of a contact the batch is about to write makes it read the batch again', async () => {
    const own = orgConfigFor(org, { CP_ORG_OVERLAP_MINUTES: '1', CP_ORG_IGNORE_OWN_WRITES: 'true' });
    org.store.insert('OpportunityContactRole', { OpportunityId: deal, ContactId: nora, Role: 'Business User' });
    // The rep gives Nora her own roles once the batch has read her: just before the pre-write check asks about her.
    let edited = false;
    const repEditsAfterRead: typeof fetch = async (input, init) => {
      const sent = decodeURIComponent(`${String(input)} ${String(init?.body ?? '')}`.replace(/\+/g, ' '));
      const check =
        /SELECT Id, SystemModstamp FROM Contact WHERE Id IN/.test(sent) && /LastModifiedById\s*!=/.test(sent);
      if (!edited && check && sent.includes(nora)) {
        edited = true;
        org.store.update('Contact', nora, { Buyer_Roles__c: 'Power' });
      }
      return fetch(input, init);
    };
    const { log, lines } = capturingLog('info');
    org.clock.advance(120_000);
    await sync(org, own, { watermark, log }, new OrgClients(repEditsAfterRead));
    expect(edited).toBe(true);
    const messages = lines.map((l) => JSON.parse(l) as { msg: string; accounts?: number });
    expect(messages.filter((m) => m.msg.includes('reading the batch again'))).toEqual([
      expect.objectContaining({ accounts: 1 }),
    ]);
    expect(contact(nora)).toMatchObject({ Buyer_Roles__c: 'Power', Implied_Buyer_Roles__c: 'User;Evangelist' });
    expect(readState(org, asOf)).toEqual(predictState(org, asOf));
  });

  it('a rep reads the field but cannot write it (field-level security of Contact_Plan_User)', async () => {
    const [rep] = org.store.query(
      `SELECT Username FROM User WHERE IsActive = true AND Username != '${org.credentials.username}' AND Username != 'admin@sellerco.example' ORDER BY Username LIMIT 1`,
    );
    const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(String(rep!.Username), org.credentials.password);
    const read = await conn.query<{ Implied_Buyer_Roles__c: string }>(
      `SELECT Implied_Buyer_Roles__c FROM Contact WHERE Id = '${ruth}'`,
    );
    expect(read.records[0]!.Implied_Buyer_Roles__c).toBe('User');
    await expect(conn.sobject('Contact').update({ Id: ruth, Implied_Buyer_Roles__c: 'Power' })).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    });
    expect(contact(ruth).Implied_Buyer_Roles__c).toBe('User');
  });
});
