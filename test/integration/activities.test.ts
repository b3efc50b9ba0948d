import type { Emulator } from '@contact-plan/emulator';
import { orgConfigFor, startDemoOrg, sync, today, type Row } from './support';

jest.setTimeout(180_000);

// Activities as Salesforce keeps them, through the real sync (jsforce over HTTP) against the emulator: archived
// activities within the evidence horizon count, older ones do not; every contact on a shared task is touched;
// an invitee who declined was not at the meeting; an open task is a plan, not a touch; a contact related to a
// second account (indirect AccountContactRelation) is on that account's map.

const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('activities as Salesforce keeps them, synced', () => {
  let org: Emulator;
  const asOf = today();
  let account: string;
  let otherAccount: string;
  let member: string;
  const contacts: Record<string, string> = {};

  const call = (whoId: string, daysAgo: number, status = 'Completed'): string =>
    org.store.insert('Task', {
      Subject: 'Call',
      TaskSubtype: 'Call',
      Status: status,
      ActivityDate: addDays(asOf, -daysAgo),
      WhoId: whoId,
      WhatId: account,
      OwnerId: member,
    });

  beforeAll(async () => {
    org = await startDemoOrg();
    otherAccount = String(org.store.query("SELECT Id FROM Account WHERE Name = 'Harbor Point Foods'")[0]!.Id);
    account = org.store.insert('Account', { Name: 'Archive Testing Co' });
    const [user] = org.store.query('SELECT Id FROM User WHERE IsActive = true AND Title != null ORDER BY Id LIMIT 1');
    member = String(user!.Id);
    org.store.insert('AccountTeamMember', { AccountId: account, UserId: member, TeamMemberRole: 'Account Manager' });
    for (const name of ['Archived', 'Sharer', 'Host', 'Decliner', 'Planned']) {
      contacts[name] = org.store.insert('Contact', { FirstName: 'Ada', LastName: name, AccountId: account });
    }
    // Homed on another account, related to this one.
    contacts.Related = org.store.insert('Contact', { FirstName: 'Ada', LastName: 'Related', AccountId: otherAccount });
    org.store.insert('AccountContactRelation', {
      AccountId: account,
      ContactId: contacts.Related,
      Roles: 'Decision Maker',
    });

    // Exactly 365 days back: archived by Salesforce and still inside the 365-day horizon; 400 days back: beyond it.
    call(contacts.Archived!, 365);
    call(contacts.Archived!, 400);
    // Two shared calls: the Host on WhoId, the Sharer through TaskRelation.
    for (const daysAgo of [10, 20]) {
      const task = call(contacts.Host!, daysAgo);
      org.store.insert('TaskRelation', { TaskId: task, RelationId: contacts.Host });
      org.store.insert('TaskRelation', { TaskId: task, RelationId: contacts.Sharer });
    }
    // A meeting with the Host; the Sharer accepted, the Decliner declined.
    const meeting = org.store.insert('Event', {
      Subject: 'Review',
      StartDateTime: `${addDays(asOf, -5)}T10:00:00Z`,
      DurationInMinutes: 60,
      WhoId: contacts.Host,
      WhatId: account,
      OwnerId: member,
    });
    org.store.insert('EventRelation', { EventId: meeting, RelationId: contacts.Sharer, Status: 'Accepted' });
    org.store.insert('EventRelation', { EventId: meeting, RelationId: contacts.Decliner, Status: 'Declined' });
    // Open calls: one overdue, one due later. Plans, not touches.
    call(contacts.Planned!, 3, 'Not Started');
    call(contacts.Planned!, -3, 'In Progress');
    // The related contact, called on this account.
    call(contacts.Related!, 30);

    const summary = await sync(org, orgConfigFor(org), { full: true });
    expect(summary.stoppedBy).toBeUndefined();
  });
  afterAll(async () => {
    await org.stop();
  });

  const relationship = (contactId: string): Row | undefined =>
    org.store.query(
      `SELECT Suggested_Grade__c, Effective_Grade__c, Last_Touch__c, Touches_90d__c FROM Relationship__c ` +
        `WHERE Account__c = '${account}' AND Contact__c = '${contactId}' AND Team_Member__c = '${member}'`,
    )[0];

  it('the archived call inside the horizon is the last touch; the older one is no evidence', () => {
    expect(org.store.query(`SELECT Id FROM Task WHERE WhoId = '${contacts.Archived}'`)).toHaveLength(0);
    expect(relationship(contacts.Archived!)).toMatchObject({
      Suggested_Grade__c: 'I',
      Effective_Grade__c: 'I',
      Last_Touch__c: addDays(asOf, -365),
      Touches_90d__c: 0,
    });
  });

  it('every contact on a shared call is touched; the accepted invitee met, the one who declined did not', () => {
    // Two calls and a meeting each, in the last 90 days: S.
    for (const name of ['Host', 'Sharer']) {
      expect([name, relationship(contacts[name]!)]).toEqual([
        name,
        expect.objectContaining({
          Suggested_Grade__c: 'S',
          Effective_Grade__c: 'S',
          Last_Touch__c: addDays(asOf, -5),
          Touches_90d__c: 3,
        }),
      ]);
    }
    expect(relationship(contacts.Decliner!)).toBeUndefined();
  });

  it('open tasks, overdue or due later, touch nobody', () => {
    expect(relationship(contacts.Planned!)).toBeUndefined();
  });

  it('puts the contact related through an indirect AccountContactRelation on the second account, with its role', () => {
    expect(relationship(contacts.Related!)).toMatchObject({
      Suggested_Grade__c: 'I',
      Last_Touch__c: addDays(asOf, -30),
      Touches_90d__c: 1,
    });
    // The relation's Decision Maker role makes the contact a Power buyer: no NO_POWER_BUYER warning here.
    const rules = org.store
      .query(`SELECT Rule__c FROM Coverage_Warning__c WHERE Account__c = '${account}' AND Status__c = 'Open'`)
      .map((w) => w.Rule__c);
    expect(rules).not.toContain('NO_POWER_BUYER');
    // On its own account the contact has no relationship with the member.
    const home = org.store.query(
      `SELECT Id FROM Relationship__c WHERE Account__c = '${otherAccount}' AND Contact__c = '${contacts.Related}'`,
    );
    expect(home).toHaveLength(0);
  });
});
