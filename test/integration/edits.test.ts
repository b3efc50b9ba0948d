import type { Emulator } from '@contact-plan/emulator';
import { connectRedis, OrgClients, RedisWatermarkStore, type OrgConfig } from '@contact-plan/sync-service';
import {
  capturingLog,
  orgConfigFor,
  predictState,
  readState,
  stamps,
  startDemoOrg,
  sync,
  today,
  touchedAccounts,
  uniquePrefix,
  type Row,
} from './support';

jest.setTimeout(120_000);

const prefix = uniquePrefix('edits');
const redis = connectRedis('redis://127.0.0.1:6379');
const watermark = new RedisWatermarkStore(redis, prefix);

let org: Emulator;
let config: OrgConfig;

const incremental = () => sync(org, config, { watermark });

beforeAll(async () => {
  org = await startDemoOrg();
  config = orgConfigFor(org);
  await sync(org, config, { full: true, watermark });
});
afterAll(async () => {
  await org.stop();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

/** A request's URL and body with URL escapes undone where they decode, to look for SOQL in either. */
function readable(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A Relationship__c with a suggested grade and no rep data, and its account. */
function suggestedPair(): Row {
  const rows = org.store.query(
    'SELECT Id, Account__c, Contact__c, Team_Member__c, Effective_Grade__c FROM Relationship__c WHERE Grade__c = null AND Suggested_Grade__c != null AND Key_Intersection__c = false',
  );
  expect(rows.length).toBeGreaterThan(0);
  return rows[0]!;
}

describe('incremental sync after edits', () => {
  it('moves the watermark after a clean run', async () => {
    const before = await watermark.get('emu');
    expect(before).toBeInstanceOf(Date);
    const started = Date.now();
    const summary = await incremental();
    expect(summary.written).toBe(0);
    expect((await watermark.get('emu'))!.getTime()).toBeGreaterThanOrEqual(started);
  });

  it('a rep grading a cell changes only that account, keeps the grade and updates the effective grade', async () => {
    const pair = suggestedPair();
    org.store.update('Relationship__c', String(pair.Id), { Grade__c: 'D', Graded_On__c: today() });
    const before = stamps(org);
    await incremental();
    expect(touchedAccounts(before, stamps(org))).toEqual(new Set([pair.Account__c]));
    const after = org.store.get(String(pair.Id))!;
    expect(after).toMatchObject({ Grade__c: 'D', Effective_Grade__c: 'D' });
    expect(readState(org)).toEqual(predictState(org));
  });

  it('a new meeting changes exactly the affected records', async () => {
    const [contact] = org.store.query('SELECT Id, AccountId FROM Contact WHERE AccountId != null ORDER BY Id LIMIT 1');
    const [member] = org.store.query(
      `SELECT UserId FROM AccountTeamMember WHERE AccountId = '${String(contact!.AccountId)}' LIMIT 1`,
    );
    org.store.insert('Event', {
      Subject: 'Quarterly review',
      ActivityDateTime: `${today()}T09:00:00.000Z`,
      DurationInMinutes: 60,
      WhoId: contact!.Id,
      WhatId: contact!.AccountId,
      OwnerId: member!.UserId,
    });
    const before = stamps(org);
    const summary = await incremental();
    expect(summary.written).toBeGreaterThan(0);
    expect(touchedAccounts(before, stamps(org))).toEqual(new Set([contact!.AccountId]));
    const key = `${String(contact!.AccountId)}:${String(contact!.Id)}:${String(member!.UserId)}`;
    expect(readState(org).relationships[key]).toMatchObject({ Last_Touch__c: today() });
    expect(readState(org)).toEqual(predictState(org));
  });

  it('a rep edit made while a sync writes survives it', async () => {
    const pair = suggestedPair();
    // Make the pair's svc fields change on this run, so the sync writes that very record.
    org.store.update('Relationship__c', String(pair.Id), { Effective_Grade__c: null, Suggested_Grade__c: null });
    let edited = false;
    const repEditsFirst: typeof fetch = async (input, init) => {
      // The first Collections write, sent on its own or as a subrequest of a composite call.
      const writes =
        (init?.method === 'PATCH' && String(input).includes('/composite/sobjects')) ||
        (init?.method === 'POST' && String(input).endsWith('/composite') && String(init.body).includes('"PATCH"'));
      if (!edited && writes) {
        edited = true;
        org.store.update('Relationship__c', String(pair.Id), {
          Grade__c: 'T',
          Graded_On__c: today(),
          Key_Intersection__c: true,
        });
      }
      return fetch(input, init);
    };
    await sync(org, config, { watermark }, new OrgClients(repEditsFirst));
    expect(edited).toBe(true);
    expect(org.store.get(String(pair.Id))).toMatchObject({
      Grade__c: 'T',
      Graded_On__c: today(),
      Key_Intersection__c: true,
    });
    // The next run sees the rep's grade.
    await incremental();
    expect(org.store.get(String(pair.Id))).toMatchObject({ Grade__c: 'T', Effective_Grade__c: 'T' });
    expect(readState(org)).toEqual(predictState(org));
  });
});

describe('ignoring our own writes (ignoreOwnWrites)', () => {
  it('an incremental sync right after a full one reads only accounts someone else changed', async () => {
    const own = await startDemoOrg();
    const ownConfig = orgConfigFor(own, { CP_ORG_IGNORE_OWN_WRITES: 'true' });
    const marks = new RedisWatermarkStore(redis, `${prefix}-own`);
    try {
      await sync(own, ownConfig, { full: true, watermark: marks });
      const quiet = await sync(own, ownConfig, { watermark: marks });
      expect(quiet.accounts).toBe(0);
      const [contact] = own.store.query('SELECT Id, AccountId FROM Contact ORDER BY Id LIMIT 1');
      own.store.update('Contact', String(contact!.Id), { Title: 'Chief Operating Officer' });
      const one = await sync(own, ownConfig, { watermark: marks });
      expect(one.accounts).toBe(1);
      expect(readState(own)).toEqual(predictState(own));
    } finally {
      await own.stop();
      await marks.reset('emu');
    }
  });

  it("a member's new title makes every account they work on dirty, and the sync writes its effect", async () => {
    const own = await startDemoOrg();
    const ownConfig = orgConfigFor(own, { CP_ORG_IGNORE_OWN_WRITES: 'true' });
    const marks = new RedisWatermarkStore(redis, `${prefix}-title`);
    try {
      await sync(own, ownConfig, { full: true, watermark: marks });
      expect((await sync(own, ownConfig, { watermark: marks })).accounts).toBe(0);
      const [member] = own.store.query('SELECT UserId FROM AccountTeamMember ORDER BY UserId LIMIT 1');
      const userId = String(member!.UserId);
      const worksOn = new Set(
        [
          ...own.store.query(`SELECT AccountId FROM AccountTeamMember WHERE UserId = '${userId}'`),
          ...own.store.query(`SELECT AccountId FROM Opportunity WHERE OwnerId = '${userId}'`),
          ...own.store
            .query(`SELECT Opportunity.AccountId FROM OpportunityTeamMember WHERE UserId = '${userId}'`)
            .map((r) => ({ AccountId: (r.Opportunity as Row | null)?.AccountId })),
          ...own.store
            .query(`SELECT Account__c FROM Relationship__c WHERE Team_Member__c = '${userId}'`)
            .map((r) => ({ AccountId: r.Account__c })),
        ].map((r) => String(r.AccountId)),
      );
      expect(worksOn.size).toBeGreaterThan(0);
      own.store.update('User', userId, { Title: 'Chief Revenue Officer', Seniority__c: 'Executive' });
      const after = await sync(own, ownConfig, { watermark: marks });
      expect(after.accounts).toBe(worksOn.size);
      expect(readState(own)).toEqual(predictState(own));
    } finally {
      await own.stop();
      await marks.reset('emu');
    }
  });

  it("an opportunity team member removed makes only that opportunity's account dirty", async () => {
    const own = await startDemoOrg();
    const ownConfig = orgConfigFor(own, { CP_ORG_IGNORE_OWN_WRITES: 'true' });
    const marks = new RedisWatermarkStore(redis, `${prefix}-otm`);
    try {
      await sync(own, ownConfig, { full: true, watermark: marks });
      const [member] = own.store.query(
        'SELECT Id, Opportunity.AccountId FROM OpportunityTeamMember ORDER BY Id LIMIT 1',
      );
      expect(member).toBeDefined();
      own.store.delete(String(member!.Id));
      const after = await sync(own, ownConfig, { watermark: marks });
      expect(after.accounts).toBe(1);
      expect(readState(own)).toEqual(predictState(own));
    } finally {
      await own.stop();
      await marks.reset('emu');
    }
  });

  it('a rep edit between the batch read and its write makes the batch read again, and this run writes its effect', async () => {
    const own = await startDemoOrg();
    const ownConfig = orgConfigFor(own, { CP_ORG_IGNORE_OWN_WRITES: 'true' });
    const marks = new RedisWatermarkStore(redis, `${prefix}-recheck`);
    try {
      await sync(own, ownConfig, { full: true, watermark: marks });
      const [pair] = own.store.query(
        'SELECT Id, Account__c FROM Relationship__c WHERE Grade__c = null AND Suggested_Grade__c != null AND Key_Intersection__c = false ORDER BY Id LIMIT 1',
      );
      // Someone cleared the pair's svc fields: the account is dirty and its batch has writes to make.
      own.store.update('Relationship__c', String(pair!.Id), { Effective_Grade__c: null, Suggested_Grade__c: null });

      // The rep grades the pair once the batch has been read: just before the pre-write check asks who edited it.
      // (Grading it before the run looks for dirty accounts would move its stamp past the run's window.)
      let graded = false;
      const repGradesAfterRead: typeof fetch = async (input, init) => {
        const sent = readable(`${String(input)} ${String(init?.body ?? '')}`);
        // The check names the batch's accounts; the run's search for dirty accounts, which asks the same about
        // all of them, does not.
        const check = /FROM Relationship__c\b/.test(sent) && /LastModifiedById\s*!=/.test(sent);
        if (!graded && check && sent.includes(String(pair!.Account__c))) {
          graded = true;
          own.store.update('Relationship__c', String(pair!.Id), { Grade__c: 'T', Graded_On__c: today() });
        }
        return fetch(input, init);
      };
      const { log, lines } = capturingLog('info');
      const summary = await sync(own, ownConfig, { watermark: marks, log }, new OrgClients(repGradesAfterRead));
      expect(graded).toBe(true);
      expect(summary.accounts).toBe(1);

      const messages = lines.map((l) => JSON.parse(l) as { msg: string; accounts?: number; attempt?: number });
      expect(
        messages.filter((m) => m.msg === 'reps edited relationships during the read; reading the batch again'),
      ).toEqual([expect.objectContaining({ accounts: 1, attempt: 1 })]);
      expect(messages.filter((m) => m.msg.startsWith('reps keep editing'))).toEqual([]);
      // This very run wrote the rep's grade through to the effective grade.
      expect(own.store.get(String(pair!.Id))).toMatchObject({ Grade__c: 'T', Effective_Grade__c: 'T' });
      expect(readState(own)).toEqual(predictState(own));
    } finally {
      await own.stop();
      await marks.reset('emu');
    }
  });
});
