import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOOKUPS, OPTIONAL_LOOKUPS, prefixOf } from './dataset-checks';
import { Dataset, generateDataset, generateDatasetChunks } from './datasets';
import { isValidSalesforceId } from './ids';
import { SOBJECTS, SObjectName } from './org';
import { Row } from './records';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The day the tests generate every dataset for (tests pin asOf). */
const AS_OF = '2026-11-20';
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface SchemaField {
  values?: string[];
  type: string;
}
const schema = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', '..', '..', 'schema', 'contact-plan.schema.json'), 'utf8'),
) as { objects: Record<string, { fields: Record<string, SchemaField> }> };

function rows(dataset: Dataset, object: SObjectName): Row[] {
  return dataset.records[object] ?? [];
}

function byId(dataset: Dataset, object: SObjectName): Map<string, Row> {
  return new Map(rows(dataset, object).map((row) => [row.Id as string, row]));
}

/** Every problem found in the dataset, as readable lines (empty when all is well). */
function integrityProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const objectOfId = new Map<string, SObjectName>();
  for (const object of SOBJECTS) {
    for (const row of rows(dataset, object)) {
      const id = row.Id as string;
      if (!isValidSalesforceId(id, prefixOf(object))) problems.push(`${object} has a bad id ${id}`);
      if (objectOfId.has(id)) problems.push(`${id} is used twice`);
      objectOfId.set(id, object);
    }
  }
  for (const object of SOBJECTS) {
    for (const row of rows(dataset, object)) {
      for (const [field, targets] of Object.entries(LOOKUPS[object])) {
        const value = row[field];
        if (value === null && OPTIONAL_LOOKUPS.has(`${object}.${field}`)) continue;
        const target = objectOfId.get(value as string);
        if (!target || !targets.includes(target)) problems.push(`${object} ${row.Id}.${field} → ${String(value)}`);
      }
      const created = row.CreatedDate as string;
      const modified = row.LastModifiedDate as string;
      if (!DATE_TIME.test(created) || !DATE_TIME.test(modified)) problems.push(`${row.Id} audit dates ${created}`);
      if (created > modified || modified !== row.SystemModstamp) problems.push(`${row.Id} modified before created`);
      if (modified.slice(0, 10) > AS_OF) problems.push(`${row.Id} modified after asOf`);
      // Only a duplicate merged into another contact is deleted (and names its master).
      const merged = object === 'Contact' && row.IsDeleted === true && typeof row.MasterRecordId === 'string';
      if (row.IsDeleted !== false && !merged) problems.push(`${row.Id} IsDeleted ${String(row.IsDeleted)}`);
      for (const [field, definition] of Object.entries(schema.objects[object]?.fields ?? {})) {
        const value = row[field];
        if (!definition.values || value === null || value === undefined) continue;
        const chosen = definition.type === 'MultiselectPicklist' ? String(value).split(';') : [String(value)];
        for (const one of chosen) {
          if (!definition.values.includes(one)) problems.push(`${object} ${row.Id}.${field} = ${one}`);
        }
      }
    }
  }
  return problems;
}

/** Lookups that must agree with each other: an activity's account is its contact's, a pair's key is its ids. */
function consistencyProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const contacts = byId(dataset, 'Contact');
  const opportunities = byId(dataset, 'Opportunity');
  const team = new Set(rows(dataset, 'AccountTeamMember').map((row) => `${row.AccountId}:${row.UserId}`));
  for (const object of ['Task', 'Event'] as const) {
    for (const row of rows(dataset, object)) {
      const who = row.WhoId === null ? undefined : contacts.get(row.WhoId as string);
      if (who && who.AccountId !== row.AccountId) problems.push(`${row.Id} contact of another account`);
      const what = opportunities.get(row.WhatId as string);
      if (what && what.AccountId !== row.AccountId) problems.push(`${row.Id} deal of another account`);
      if (!what && row.WhatId !== row.AccountId) problems.push(`${row.Id} WhatId is not its account`);
      // Only an open task (a plan) may be due after asOf.
      const planned = object === 'Task' && row.IsClosed === false;
      if (!DATE.test(row.ActivityDate as string) || ((row.ActivityDate as string) > AS_OF && !planned)) {
        problems.push(`${row.Id} ActivityDate ${String(row.ActivityDate)}`);
      }
      if (!team.has(`${row.AccountId}:${row.OwnerId}`)) problems.push(`${row.Id} owned outside the account team`);
    }
  }
  for (const row of rows(dataset, 'Event')) {
    if ((row.ActivityDateTime as string).slice(0, 10) !== row.ActivityDate) problems.push(`${row.Id} date mismatch`);
  }
  const pairKeys = new Set<string>();
  for (const row of rows(dataset, 'Relationship__c')) {
    // A closed record (its contact left) keeps the key it was created with; the reader reads it as a departure.
    if (row.Closed_On__c) {
      if (!String(row.Pair_Key__c).startsWith(`${String(row.Account__c)}:003`)) problems.push(`${row.Id} pair key`);
      continue;
    }
    // A record left behind by a merge keeps the key of the duplicate it was created for.
    const keyContact = leftBehindByMerge(dataset, row) ?? row.Contact__c;
    if (row.Pair_Key__c !== `${row.Account__c}:${String(keyContact)}:${row.Team_Member__c}`)
      problems.push(`${row.Id} pair key`);
    if (pairKeys.has(row.Pair_Key__c as string)) problems.push(`${row.Id} duplicate pair`);
    pairKeys.add(row.Pair_Key__c as string);
    // A record on a contact homed elsewhere is one a move or a merge left behind on the account before.
    const home = contacts.get(row.Contact__c as string)?.AccountId;
    if (home !== row.Account__c && !leftBehind(dataset).has(row.Id as string)) problems.push(`${row.Id} account`);
    if (!team.has(`${row.Account__c}:${row.Team_Member__c}`)) problems.push(`${row.Id} member outside the team`);
    if ((row.Grade__c === null) !== (row.Graded_On__c === null)) problems.push(`${row.Id} grade without date`);
    if ((row.Focus_Horizon__c !== null) !== row.Key_Intersection__c) problems.push(`${row.Id} horizon without key`);
  }
  const usernames = new Set(rows(dataset, 'User').map((row) => row.Username));
  if (usernames.size !== rows(dataset, 'User').length) problems.push('usernames are not unique');
  return problems;
}

/** The deleted duplicate a merge-left record was created for, if the record is one. */
function leftBehindByMerge(dataset: Dataset, row: Row): string | undefined {
  const loser = String(row.Pair_Key__c).split(':')[1];
  const found = rows(dataset, 'Contact').find((c) => c.Id === loser && c.IsDeleted === true);
  return found && found.MasterRecordId === row.Contact__c && found.AccountId === row.Account__c ? loser : undefined;
}

const leftBehindCache = new WeakMap<Dataset, Set<string>>();
/**
 * Records a move or a merge left on the account before this one's: their contact is homed on the next account, and
 * (for a merge) a deleted duplicate of the account before names that contact as its master.
 */
function leftBehind(dataset: Dataset): Set<string> {
  const cached = leftBehindCache.get(dataset);
  if (cached) return cached;
  const accounts = rows(dataset, 'Account').map((a) => a.Id as string);
  const next = new Map(accounts.slice(0, -1).map((id, i) => [id, accounts[i + 1]!]));
  const home = new Map(
    rows(dataset, 'Contact')
      .filter((c) => !c.IsDeleted)
      .map((c) => [c.Id, c.AccountId]),
  );
  const out = new Set<string>();
  for (const r of rows(dataset, 'Relationship__c')) {
    const contactHome = home.get(r.Contact__c);
    if (contactHome !== r.Account__c && contactHome === next.get(r.Account__c as string)) out.add(r.Id as string);
  }
  leftBehindCache.set(dataset, out);
  return out;
}

function counts(dataset: Dataset): Record<string, number> {
  return Object.fromEntries(Object.entries(dataset.records).map(([object, list]) => [object, list.length]));
}

describe('dataset generator', () => {
  const demo = generateDataset('demo', 1, AS_OF);
  let m: Dataset;
  beforeAll(() => {
    m = generateDataset('m', 1, AS_OF);
  });

  it('is a pure function of name, seed and asOf', () => {
    expect(generateDataset('demo', 1, AS_OF)).toEqual(demo);
    expect(generateDataset('demo', 2, AS_OF)).not.toEqual(demo);
    expect(generateDataset('demo', 2, AS_OF)).toEqual(generateDataset('demo', 2, AS_OF));
    expect(demo.asOf).toBe('2026-11-20');
    const later = generateDataset('demo', 1, '2027-06-08');
    expect(later.asOf).toBe('2027-06-08');
    expect(later.records.Contact!.map((c) => c.Id)).toEqual(demo.records.Contact!.map((c) => c.Id));
    // Every date and datetime moves with asOf (200 days later); nothing else changes.
    const plus200 = (day: string) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + 200 * 86_400_000).toISOString().slice(0, 10);
    const shifted = JSON.stringify(demo.records).replace(/\b\d{4}-\d{2}-\d{2}(?=T|")/g, plus200);
    expect(JSON.parse(shifted)).toEqual(later.records);
  });

  it('defaults asOf to today (UTC) and refuses a day that does not exist', () => {
    expect(generateDataset('demo').asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(() => generateDataset('demo', 1, '2026-02-30')).toThrow(
      'dataset asOf: expected a YYYY-MM-DD day, got 2026-02-30',
    );
  });

  it('repeats m chunk by chunk for the same seed and changes it for another', () => {
    const first = (seed: number) => {
      const chunks = [];
      for (const chunk of generateDatasetChunks('m', seed, AS_OF)) {
        chunks.push(chunk);
        if (chunks.length === 20) break;
      }
      return chunks;
    };
    const once = first(1);
    expect(first(1)).toEqual(once);
    const other = first(7);
    expect(other[5]!.Account![0]!.Id).toBe(once[5]!.Account![0]!.Id);
    expect(other[5]).not.toEqual(once[5]);
  });

  it('streams the same records it returns whole, users first', () => {
    const chunks = [...generateDatasetChunks('demo', 1, AS_OF)];
    expect(Object.keys(chunks[0]!)).toEqual(['User']);
    const merged: Record<string, Row[]> = {};
    for (const chunk of chunks) {
      for (const [object, list] of Object.entries(chunk)) (merged[object] ??= []).push(...list);
    }
    for (const object of SOBJECTS) expect(merged[object] ?? []).toEqual(demo.records[object]);
    expect(chunks).toHaveLength(1 + 2 + 4);
  });

  it('makes every account chunk self-contained: its lookups point into the chunk or at users', () => {
    const users = new Set<unknown>();
    let accounts = 0;
    for (const chunk of generateDatasetChunks('m', 1, AS_OF)) {
      for (const row of chunk.User ?? []) users.add(row.Id);
      if (!chunk.Account?.length) continue;
      if (++accounts > 50) break;
      const inChunk = new Set<unknown>();
      for (const list of Object.values(chunk)) for (const row of list) inChunk.add(row.Id);
      expect(chunk.Account).toHaveLength(1);
      for (const object of SOBJECTS) {
        for (const row of chunk[object] ?? []) {
          for (const field of Object.keys(LOOKUPS[object])) {
            const value = row[field];
            // An indirect relation names a contact of the account before (loaded earlier); so do the records a move
            // or a merge left there, and a merged duplicate of it.
            if (object === 'AccountContactRelation' && field === 'ContactId') continue;
            if (object === 'Relationship__c' && field === 'Account__c' && value !== chunk.Account[0]!.Id) continue;
            if (object === 'Contact' && field === 'AccountId' && row.IsDeleted === true) continue;
            if (value !== null) expect([field, inChunk.has(value) || users.has(value)]).toEqual([field, true]);
          }
        }
      }
    }
    expect(accounts).toBe(51);
  });

  it('rejects an unknown dataset name', () => {
    expect(() => generateDataset('xl' as 'm')).toThrow('unknown dataset: xl');
  });

  it('gives demo its two hand-made accounts and four ordinary ones', () => {
    expect(rows(demo, 'Account').map((row) => row.Name)).toEqual(
      expect.arrayContaining(['Brightwater Logistics', 'Harbor Point Foods']),
    );
    expect(rows(demo, 'Account')).toHaveLength(6);
    expect(integrityProblems(demo)).toEqual([]);
    expect(consistencyProblems(demo)).toEqual([]);
  });

  it('sizes m at 1,000 accounts, 20,000 contacts and 100,000 activities of the last year', () => {
    const c = counts(m);
    const live = rows(m, 'Contact').filter((row) => !row.IsDeleted).length;
    expect([c.User, c.Account, live]).toEqual([81, 1000, 20000]);
    const yearAgo = '2025-11-20';
    const lastYear = [...rows(m, 'Task'), ...rows(m, 'Event')].filter(
      (row) => (row.ActivityDate as string) > yearAgo && (row.ActivityDate as string) <= AS_OF,
    );
    // The plain recipe's 100,000, plus per account two shared tasks, two declined meetings and one overdue task.
    expect(lastYear.length).toBe(100_000 + 5 * 1000);
    expect(c.Event! / (c.Task! + c.Event!)).toBeCloseTo(0.29, 1);
    for (const object of SOBJECTS) expect(c[object]).toBeGreaterThan(0);
  });

  it('keeps what Salesforce keeps beyond a year of activities: archived history, shared, declined and open ones', () => {
    const tasks = rows(m, 'Task');
    const events = rows(m, 'Event');
    const yearAgo = '2025-11-20';
    // About a tenth more history a year to two years back (archived on Salesforce), day 365 itself included.
    const older = [...tasks, ...events].filter((row) => (row.ActivityDate as string) <= yearAgo);
    expect(older.length / 100_000).toBeCloseTo(0.1, 2);
    expect(older.some((row) => row.ActivityDate === yearAgo)).toBe(true);
    expect(older.every((row) => (row.ActivityDate as string) >= '2024-11-20')).toBe(true);
    // Open tasks: one planned after asOf and one overdue per account, neither closed.
    const open = tasks.filter((row) => row.IsClosed === false);
    expect(open).toHaveLength(2000);
    expect(open.filter((row) => (row.ActivityDate as string) > AS_OF)).toHaveLength(1000);
    expect(new Set(open.map((row) => row.Status))).toEqual(new Set(['Not Started', 'In Progress']));
    // Shared tasks: two to four contacts each, the WhoId among them, all of the task's account.
    const byTask = new Map<string, Row[]>();
    for (const row of rows(m, 'TaskRelation'))
      byTask.set(row.TaskId as string, [...(byTask.get(row.TaskId as string) ?? []), row]);
    // Two a account, when the member knows more than one contact there.
    expect(byTask.size).toBeGreaterThan(1500);
    expect(byTask.size).toBeLessThanOrEqual(2000);
    const taskById = new Map(tasks.map((row) => [row.Id, row]));
    const contactAccount = new Map(rows(m, 'Contact').map((row) => [row.Id, row.AccountId]));
    for (const [taskId, relations] of byTask) {
      const task = taskById.get(taskId)!;
      expect(relations.length).toBeGreaterThanOrEqual(2);
      expect(relations.length).toBeLessThanOrEqual(4);
      expect(relations.map((r) => r.RelationId)).toContain(task.WhoId);
      for (const r of relations)
        expect([contactAccount.get(r.RelationId), r.AccountId]).toEqual([task.AccountId, task.AccountId]);
    }
    // Declined invitations: two contacts a account.
    const declined = rows(m, 'EventRelation').filter((row) => row.Status === 'Declined');
    expect(declined).toHaveLength(2000);
    expect(declined.every((row) => String(row.RelationId).startsWith('003') && row.IsInvitee === true)).toBe(true);
  });

  it('relates some contacts to a second account through indirect AccountContactRelation rows', () => {
    const relations = rows(m, 'AccountContactRelation');
    expect(relations.length / 1000).toBeCloseTo(0.3, 1);
    const contactAccount = new Map(rows(m, 'Contact').map((row) => [row.Id, row.AccountId]));
    for (const row of relations) {
      expect(row.IsDirect).toBe(false);
      expect(contactAccount.get(row.ContactId)).toBeDefined();
      expect(contactAccount.get(row.ContactId)).not.toBe(row.AccountId);
    }
    expect(relations.some((row) => row.Roles !== null)).toBe(true);
  });

  it('has a few contacts who moved or were merged, with graded records left open on the account before', () => {
    const contacts = byId(m, 'Contact');
    const losers = rows(m, 'Contact').filter((row) => row.IsDeleted === true);
    const left = rows(m, 'Relationship__c').filter((r) => leftBehind(m).has(r.Id as string));
    const merged = left.filter((r) => leftBehindByMerge(m, r));
    // About 3 % of the accounts lose a contact to a move, 1.5 % a duplicate to a merge (seed 1: these counts).
    expect([left.length - merged.length, merged.length, losers.length]).toEqual([31, 19, 19]);
    for (const loser of losers) {
      const master = contacts.get(loser.MasterRecordId as string)!;
      expect([master.IsDeleted, master.AccountId === loser.AccountId, master.LastName]).toEqual([
        false,
        false,
        loser.LastName,
      ]);
    }
    for (const r of left) {
      expect([r.Closed_On__c ?? null, r.Grade__c !== null, r.Graded_On__c !== null]).toEqual([null, true, true]);
    }
    // demo tells its own story: no such extras.
    expect(rows(demo, 'Contact').some((row) => row.IsDeleted)).toBe(false);
  });

  it('keeps every id valid and every lookup pointing at an existing record in m', () => {
    expect(integrityProblems(m).slice(0, 10)).toEqual([]);
    expect(consistencyProblems(m).slice(0, 10)).toEqual([]);
  });

  it('varies titles and fills Buyer_Roles__c and Seniority__c only for some contacts', () => {
    const contacts = rows(m, 'Contact');
    const titles = new Set(contacts.map((row) => row.Title));
    expect(titles.size).toBeGreaterThan(50);
    for (const title of ['SVP, Global Supply Chain', 'Dir. of IT', 'Geschäftsführer', 'Executive Assistant']) {
      expect(titles.has(title)).toBe(true);
    }
    const share = (predicate: (row: Row) => boolean) => contacts.filter(predicate).length / contacts.length;
    expect(share((row) => row.Buyer_Roles__c !== null)).toBeGreaterThan(0.25);
    expect(share((row) => row.Buyer_Roles__c !== null)).toBeLessThan(0.45);
    expect(share((row) => String(row.Buyer_Roles__c).includes(';'))).toBeGreaterThan(0.01);
    expect(share((row) => row.Seniority__c !== null)).toBeGreaterThan(0.04);
    expect(share((row) => row.Seniority__c !== null)).toBeLessThan(0.12);
  });

  it('makes some relationships warm, some cooling and leaves some contacts untouched', () => {
    const lastTouch = new Map<string, string>();
    const touch = (contactId: unknown, userId: unknown, date: unknown) => {
      if (contactId === null) return;
      const key = `${contactId}:${userId}`;
      if ((lastTouch.get(key) ?? '') < (date as string)) lastTouch.set(key, date as string);
    };
    for (const row of rows(m, 'Task')) touch(row.WhoId, row.OwnerId, row.ActivityDate);
    for (const row of rows(m, 'Event')) touch(row.WhoId, row.OwnerId, row.ActivityDate);
    const pairs = [...lastTouch.values()];
    const warm = pairs.filter((date) => date >= '2026-08-22').length / pairs.length;
    const cooling = pairs.filter((date) => date < '2026-05-23').length / pairs.length;
    expect(warm).toBeGreaterThan(0.4);
    expect(cooling).toBeGreaterThan(0.2);
    const touched = new Set([...lastTouch.keys()].map((key) => key.split(':')[0]));
    const untouched = rows(m, 'Contact').filter((row) => !touched.has(row.Id as string)).length / 20000;
    expect(untouched).toBeGreaterThan(0.1);
    expect(untouched).toBeLessThan(0.35);
  });

  it('grades part of the pairs by hand, with some key intersections and blueprints', () => {
    const relationships = rows(m, 'Relationship__c');
    const grades = new Set(relationships.map((row) => row.Grade__c).filter((grade) => grade !== null));
    expect([...grades].sort()).toEqual(['D', 'I', 'M', 'O', 'S', 'T']);
    const blankKeys = relationships.filter((row) => row.Grade__c === null);
    expect(blankKeys.length).toBeGreaterThan(10);
    expect(blankKeys.every((row) => row.Key_Intersection__c === true)).toBe(true);
    const keys = relationships.filter((row) => row.Key_Intersection__c).length;
    expect(keys / relationships.length).toBeCloseTo(0.15, 1);
    const blueprints = rows(m, 'Contact_Blueprint__c');
    expect(blueprints.length / keys).toBeCloseTo(0.4, 1);
    expect(new Set(blueprints.map((row) => row.Status__c))).toEqual(new Set(['planned', 'active', 'done', 'dropped']));
  });
});
