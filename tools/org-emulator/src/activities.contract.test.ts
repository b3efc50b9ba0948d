import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from './index';
import { FIXTURE_SCHEMA, fixtureDataset } from './testing/fixtures';

// Activities as Salesforce keeps them: archiving (IsArchived, query vs queryAll), shared activities (TaskRelation,
// EventRelation with its Status) and Contacts to Multiple Accounts (AccountContactRelation), driven by jsforce.

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('activities and account-contact relations over the API', () => {
  let org: Emulator;
  let conn: Connection;
  let accountA: string;
  let accountB: string;
  let contacts: string[];
  const admin = (body: unknown) =>
    fetch(`${org.instanceUrl}/__admin/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const ids = (rows: Row[]) => rows.map((r) => String(r.Id)).sort();
  const create = async (type: string, fields: Row): Promise<string> => {
    const result = await conn.sobject(type).create(fields);
    if (!result.success) throw new Error(JSON.stringify(result));
    return String(result.id);
  };
  const queryAll = (soql: string) => conn.query<Row>(soql, { scanAll: true });
  const day = (daysAgo: number) => new Date(Date.parse('2026-11-20T00:00:00Z') - daysAgo * 86_400_000).toISOString();

  beforeAll(async () => {
    org = await startEmulator({
      dataset: fixtureDataset(6),
      schema: FIXTURE_SCHEMA,
      now: '2026-11-20T10:00:00Z',
      clockPinned: true,
    });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    const accounts = (await conn.query<Row>('SELECT Id, Name FROM Account ORDER BY Name')).records;
    accountA = String(accounts.find((a) => a.Name === 'Acme Corp')?.Id);
    accountB = String(accounts.find((a) => a.Name === 'Globex')?.Id);
    contacts = ids((await conn.query<Row>(`SELECT Id FROM Contact WHERE AccountId = '${accountA}'`)).records);
  });
  afterAll(async () => {
    await org.stop();
  });

  describe('archived activities', () => {
    let oldEvent: string;
    let recentEvent: string;
    let oldDoneTask: string;
    let oldOpenTask: string;
    let deletedTask: string;

    beforeAll(async () => {
      const event = (daysAgo: number) =>
        create('Event', {
          Subject: 'Archive probe',
          StartDateTime: day(daysAgo).replace('T00:00', 'T09:00'),
          DurationInMinutes: 30,
          WhoId: contacts[0],
        });
      const task = (daysAgo: number, Status: string) =>
        create('Task', {
          Subject: 'Archive probe',
          ActivityDate: day(daysAgo).slice(0, 10),
          Status,
          WhoId: contacts[0],
        });
      oldEvent = await event(365);
      recentEvent = await event(364);
      oldDoneTask = await task(400, 'Completed');
      oldOpenTask = await task(400, 'Not Started');
      deletedTask = await task(10, 'Completed');
      await conn.sobject('Task').destroy(deletedTask);
    });

    it('leaves activities 365 days old or more out of query, closed tasks only', async () => {
      const events = await conn.query<Row>("SELECT Id FROM Event WHERE Subject = 'Archive probe'");
      expect(ids(events.records)).toEqual([recentEvent]);
      const tasks = await conn.query<Row>("SELECT Id, IsArchived FROM Task WHERE Subject = 'Archive probe'");
      expect(tasks.records.map((r) => [r.Id, r.IsArchived])).toEqual([[oldOpenTask, false]]);
      const none = await conn.query<Row>("SELECT Id FROM Task WHERE IsArchived = true AND Subject = 'Archive probe'");
      expect(none.totalSize).toBe(0);
    });

    it('returns archived and deleted rows to queryAll, flagged', async () => {
      const tasks = await queryAll(
        "SELECT Id, IsArchived, IsDeleted FROM Task WHERE Subject = 'Archive probe' ORDER BY ActivityDate",
      );
      expect(tasks.records.map((r) => [r.Id, r.IsArchived, r.IsDeleted])).toEqual([
        [oldDoneTask, true, false],
        [oldOpenTask, false, false],
        [deletedTask, false, true],
      ]);
      const archived = await queryAll("SELECT Id FROM Event WHERE IsArchived = true AND Subject = 'Archive probe'");
      expect(ids(archived.records)).toEqual([oldEvent]);
    });

    it('refuses writing IsArchived, and archives more as the clock moves on', async () => {
      await expect(
        conn.sobject('Task').update({ Id: oldOpenTask, IsArchived: true } as Row & { Id: string }),
      ).rejects.toMatchObject({
        errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      });
      // Closing the overdue task archives it at once: its due date is more than a year back.
      await conn.sobject('Task').update({ Id: oldOpenTask, Status: 'Completed' });
      expect((await conn.query<Row>("SELECT Id FROM Task WHERE Subject = 'Archive probe'")).totalSize).toBe(0);
      expect((await admin({ advanceDays: 1 })).status).toBe(200);
      expect((await conn.query<Row>("SELECT Id FROM Event WHERE Subject = 'Archive probe'")).totalSize).toBe(0);
      expect((await admin({ advanceDays: -1 })).status).toBe(200);
      const back = await conn.query<Row>("SELECT Id FROM Event WHERE Subject = 'Archive probe'");
      expect(ids(back.records)).toEqual([recentEvent]);
    });
  });

  describe('shared activities', () => {
    it('relates a task to several contacts through TaskRelation, with the relation account and IsWhat', async () => {
      const task = await create('Task', {
        Subject: 'Shared call',
        ActivityDate: day(3).slice(0, 10),
        Status: 'Completed',
        WhoId: contacts[0],
      });
      for (const contact of contacts.slice(0, 2)) await create('TaskRelation', { TaskId: task, RelationId: contact });
      await create('TaskRelation', { TaskId: task, RelationId: accountA });
      const rows = (
        await conn.query<Row>(
          `SELECT RelationId, IsWhat, AccountId FROM TaskRelation WHERE TaskId = '${task}' ORDER BY RelationId`,
        )
      ).records;
      expect(rows.map((r) => [r.RelationId, r.IsWhat, r.AccountId])).toEqual(
        [
          [contacts[0], false, accountA],
          [contacts[1], false, accountA],
          [accountA, true, accountA],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      // Create, delete and query only: a relation is never updated.
      const relationId = String(
        (await conn.query<Row>(`SELECT Id FROM TaskRelation WHERE TaskId = '${task}' LIMIT 1`)).records[0]?.Id,
      );
      await expect(conn.sobject('TaskRelation').update({ Id: relationId, IsWhat: true })).rejects.toMatchObject({
        errorCode: 'INVALID_TYPE_FOR_OPERATION',
      });
      await expect(create('TaskRelation', { TaskId: task, RelationId: contacts[0] })).rejects.toMatchObject({
        errorCode: 'DUPLICATE_VALUE',
      });
    });

    it('allows 50 contacts on a task and refuses the 51st', async () => {
      const task = await create('Task', {
        Subject: 'Big call',
        Status: 'Completed',
        ActivityDate: day(1).slice(0, 10),
      });
      const many: string[] = [];
      for (let i = 0; i < 51; i++) many.push(await create('Contact', { LastName: `Crowd${i}`, AccountId: accountB }));
      const results = await conn.sobject('TaskRelation').create(
        many.map((RelationId) => ({ TaskId: task, RelationId })),
        { allOrNone: false },
      );
      const failed = results.filter((r) => !r.success);
      expect([results.length - failed.length, failed.length]).toEqual([50, 1]);
      expect((failed[0]?.errors?.[0] as { statusCode?: string } | undefined)?.statusCode).toBe('LIMIT_EXCEEDED');
    });

    it('keeps an invitee response (Status, Response) and hides the relations of archived activities from query', async () => {
      const event = await create('Event', {
        Subject: 'Invite probe',
        StartDateTime: day(2).replace('T00:00', 'T14:00'),
        DurationInMinutes: 60,
        WhoId: contacts[0],
      });
      const declined = await create('EventRelation', {
        EventId: event,
        RelationId: contacts[1],
        Status: 'Declined',
        Response: 'Out that week',
      });
      await expect(
        create('EventRelation', { EventId: event, RelationId: contacts[2], Status: 'Maybe' }),
      ).rejects.toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
      const [row] = (
        await conn.query<Row>(
          `SELECT Status, Response, AccountId, IsInvitee FROM EventRelation WHERE Id = '${declined}'`,
        )
      ).records;
      expect([row?.Status, row?.Response, row?.AccountId, row?.IsInvitee]).toEqual([
        'Declined',
        'Out that week',
        accountA,
        true,
      ]);
      const old = await create('Event', {
        Subject: 'Invite probe',
        StartDateTime: day(500).replace('T00:00', 'T14:00'),
        DurationInMinutes: 60,
        WhoId: contacts[0],
      });
      const oldRelation = await create('EventRelation', { EventId: old, RelationId: contacts[1], Status: 'Accepted' });
      const where = `WHERE EventId IN ('${event}', '${old}')`;
      expect(ids((await conn.query<Row>(`SELECT Id FROM EventRelation ${where}`)).records)).toEqual([declined]);
      expect(ids((await queryAll(`SELECT Id FROM EventRelation ${where}`)).records)).toEqual(
        [declined, oldRelation].sort(),
      );
    });
  });

  describe('AccountContactRelation', () => {
    it('creates the direct relation with the contact, adds indirect ones and moves the direct one with AccountId', async () => {
      const contact = await create('Contact', { LastName: 'Whitfield', AccountId: accountA });
      const relations = async () =>
        (
          await conn.query<Row>(
            `SELECT AccountId, IsDirect, Roles FROM AccountContactRelation WHERE ContactId = '${contact}' ORDER BY IsDirect DESC, AccountId`,
          )
        ).records.map((r) => [r.AccountId, r.IsDirect, r.Roles]);
      expect(await relations()).toEqual([[accountA, true, null]]);
      const indirect = await create('AccountContactRelation', {
        AccountId: accountB,
        ContactId: contact,
        Roles: 'Decision Maker;Influencer',
      });
      expect(await relations()).toEqual([
        [accountA, true, null],
        [accountB, false, 'Decision Maker;Influencer'],
      ]);
      await expect(create('AccountContactRelation', { AccountId: accountB, ContactId: contact })).rejects.toMatchObject(
        { errorCode: 'DUPLICATE_VALUE' },
      );
      await expect(
        create('AccountContactRelation', { AccountId: accountA, ContactId: contacts[0], IsDirect: true }),
      ).rejects.toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' });
      const direct = String(
        (
          await conn.query<Row>(
            `SELECT Id FROM AccountContactRelation WHERE ContactId = '${contact}' AND IsDirect = true`,
          )
        ).records[0]?.Id,
      );
      await expect(conn.sobject('AccountContactRelation').destroy(direct)).rejects.toMatchObject({
        errorCode: 'DELETE_FAILED',
      });
      // The contact moves to B: its relation to B becomes the direct one, the one to A goes.
      await conn.sobject('Contact').update({ Id: contact, AccountId: accountB });
      expect(await relations()).toEqual([[accountB, true, 'Decision Maker;Influencer']]);
      await conn.sobject('AccountContactRelation').update({ Id: indirect, Roles: 'Evaluator' });
      expect(await relations()).toEqual([[accountB, true, 'Evaluator']]);
      await conn.sobject('Contact').destroy(contact);
      expect(await relations()).toEqual([]);
    });

    it('has no queryAll: deleted relations are listed, by id, by the Get Deleted resource within its 15 days', async () => {
      const contact = await create('Contact', { LastName: 'Okafor', AccountId: accountA });
      const indirect = await create('AccountContactRelation', { AccountId: accountB, ContactId: contact });
      await conn.sobject('AccountContactRelation').destroy(indirect);
      await expect(queryAll(`SELECT Id FROM AccountContactRelation WHERE Id = '${indirect}'`)).rejects.toMatchObject({
        errorCode: 'INVALID_TYPE_FOR_OPERATION',
      });
      // Nor as a child subquery under queryAll of its parent.
      await expect(
        queryAll(`SELECT Id, (SELECT Id FROM AccountContactRelations) FROM Account WHERE Id = '${accountB}'`),
      ).rejects.toMatchObject({ errorCode: 'INVALID_TYPE_FOR_OPERATION' });
      expect((await queryAll(`SELECT Id FROM Account WHERE Id = '${accountB}'`)).records).toHaveLength(1);
      // The Get Deleted resource as jsforce calls it.
      const deleted = await conn
        .sobject('AccountContactRelation')
        .deleted(new Date('2026-11-20T09:00:00Z'), new Date('2026-11-20T11:00:00Z'));
      // With the relations the test above removed (a move, a contact's delete) at the same pinned instant.
      expect(deleted.deletedRecords).toContainEqual({ id: indirect, deletedDate: '2026-11-20T10:00:00.000+0000' });
      expect(deleted.deletedRecords).toHaveLength(3);
      expect(deleted.latestDateCovered).toBe('2026-11-20T10:00:00.000+0000');
      const before = await conn
        .sobject('AccountContactRelation')
        .deleted(new Date('2026-11-19T09:00:00Z'), new Date('2026-11-20T09:59:00Z'));
      expect(before.deletedRecords).toEqual([]);
      await expect(
        conn
          .sobject('AccountContactRelation')
          .deleted(new Date('2026-11-04T09:00:00Z'), new Date('2026-11-20T11:00:00Z')),
      ).rejects.toMatchObject({ errorCode: 'INVALID_REPLICATION_DATE' });
      // Other objects keep their queryAll.
      expect((await queryAll(`SELECT Id FROM Contact WHERE Id = '${contact}'`)).records).toHaveLength(1);
    });
  });
});
