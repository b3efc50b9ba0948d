import { fakeCompositeOrg, queryPage, soqlOf } from '../salesforce/composite.test-helper';
import { findDirtyAccounts } from './dirty';

const A1 = '001000000000001AAA';
const A2 = '001000000000002AAA';
const A3 = '001000000000003AAA';
const ME = '005000000000001AAA';

/**
 * An org whose composite resource answers each query subrequest from `answer(soql)` and whose Get Deleted resource
 * answers `deleted` (ids by object); records composite calls and the Get Deleted URLs.
 */
const fakeOrg = (answer: (soql: string) => Record<string, unknown>[], deleted: Record<string, string[]> = {}) => {
  const deletedAsked: string[] = [];
  const org = fakeCompositeOrg(
    (sub) => queryPage(answer(soqlOf(sub))),
    (url) => {
      const object = /\/sobjects\/(\w+)\/deleted\/\?/.exec(url)?.[1];
      if (!object) throw new Error(`unexpected request to ${url}`);
      deletedAsked.push(decodeURIComponent(url));
      const deletedRecords = (deleted[object] ?? []).map((id) => ({ id, deletedDate: '2026-11-20T10:00:00.000+0000' }));
      return new Response(JSON.stringify({ deletedRecords }), { headers: { 'content-type': 'application/json' } });
    },
  );
  return { ...org, deletedAsked };
};

const C1 = '003000000000001AAA';
const C2 = '003000000000002AAA';
const C3 = '003000000000003AAA';

describe('findDirtyAccounts', () => {
  it('folds every change query into composite calls, five a call, and reaches accounts through parent relationships', async () => {
    const { http, calls } = fakeOrg((soql) => {
      if (soql.startsWith('SELECT Opportunity.AccountId FROM OpportunityContactRole'))
        return [{ attributes: {}, Opportunity: { attributes: {}, AccountId: A2 } }, { Opportunity: null }];
      if (soql.startsWith('SELECT Relationship__r.Account__c FROM Contact_Blueprint__c'))
        return [{ Relationship__r: { Account__c: A3 } }];
      if (soql.startsWith('SELECT AccountId FROM Contact')) return [{ AccountId: A3 }, { AccountId: A1 }];
      return [];
    });
    const dirty = await findDirtyAccounts(http, {
      since: new Date('2026-11-20T02:00:00Z'),
      until: new Date('2026-11-21T02:00:00Z'),
      overlapMinutes: 15,
      asOf: '2026-11-21',
      bulkThreshold: 10_000,
      ownUserId: ME,
    });
    expect(dirty).toEqual([A1, A2, A3]);
    // twelve change queries, four for users who changed, one for reviews due
    expect(calls.map((c) => c.length)).toEqual([5, 5, 5, 2]);
    const soql = calls.flat().map((u) => decodeURIComponent(u.split('?q=')[1] ?? ''));
    expect(soql).toContain(
      `SELECT Account__c FROM Relationship__c WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z AND LastModifiedById != '${ME}'`,
    );
    // The sync writes Contact.Implied_Buyer_Roles__c: its own contact writes do not count either.
    expect(soql).toContain(
      `SELECT AccountId FROM Contact WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z AND LastModifiedById != '${ME}'`,
    );
    expect(soql).toContain('SELECT Id FROM Account WHERE Coverage_Review_On__c <= 2026-11-21');
    // change queries see deleted rows (AccountContactRelation has no queryAll); the review-date query does not
    expect(calls.flat().filter((u) => u.includes('/queryAll?'))).toHaveLength(11);
    expect(soql).toContain(
      'SELECT AccountId FROM AccountContactRelation WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z',
    );
    expect(soql).toContain(
      'SELECT Opportunity.AccountId FROM OpportunityTeamMember WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z',
    );
    expect(soql).toContain(
      'SELECT Event.AccountId FROM EventRelation WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z',
    );
  });

  it('marks every account a changed user works on: team, opportunity team, opportunities owned, relationships', async () => {
    const users =
      'SELECT Id FROM User WHERE LastModifiedDate > 2026-11-20T01:45:00Z AND LastModifiedDate <= 2026-11-21T02:00:00Z';
    const { http, calls } = fakeOrg((soql) => {
      if (soql === `SELECT Account__c FROM Relationship__c WHERE Team_Member__c IN (${users})`)
        return [{ Account__c: A1 }];
      if (soql === `SELECT Opportunity.AccountId FROM OpportunityTeamMember WHERE UserId IN (${users})`)
        return [{ Opportunity: { AccountId: A3 } }];
      return [];
    });
    const dirty = await findDirtyAccounts(http, {
      since: new Date('2026-11-20T02:00:00Z'),
      until: new Date('2026-11-21T02:00:00Z'),
      overlapMinutes: 15,
      asOf: '2026-11-21',
      bulkThreshold: 10_000,
    });
    expect(dirty).toEqual([A1, A3]);
    const soql = calls.flat().map((u) => decodeURIComponent(u.split('?q=')[1] ?? ''));
    expect(soql.filter((q) => q.includes(`IN (${users})`))).toEqual([
      `SELECT AccountId FROM AccountTeamMember WHERE UserId IN (${users})`,
      `SELECT AccountId FROM Opportunity WHERE OwnerId IN (${users})`,
      `SELECT Opportunity.AccountId FROM OpportunityTeamMember WHERE UserId IN (${users})`,
      `SELECT Account__c FROM Relationship__c WHERE Team_Member__c IN (${users})`,
    ]);
  });

  it('asks the Get Deleted resource for deleted relations, and with none reads nothing more', async () => {
    const { http, calls, deletedAsked } = fakeOrg(() => []);
    const query = {
      since: new Date('2026-11-20T02:00:00Z'),
      until: new Date('2026-11-21T02:00:00Z'),
      overlapMinutes: 15,
      asOf: '2026-11-21',
      bulkThreshold: 10_000,
    };
    await expect(findDirtyAccounts(http, query)).resolves.toEqual([]);
    expect(deletedAsked).toEqual([
      'http://org/services/data/v64.0/sobjects/AccountContactRelation/deleted/?start=2026-11-20T01:45:00.000Z&end=2026-11-21T02:00:00.000Z',
    ]);
    expect(calls.flat().some((u) => decodeURIComponent(u).includes('Closed_On__c'))).toBe(false);
  });

  it('after a deleted relation, marks the accounts that hold records on a contact no longer related to them', async () => {
    const { http } = fakeOrg(
      (soql) => {
        if (soql.startsWith('SELECT Account__c, Contact__c, Contact__r.AccountId FROM Relationship__c'))
          return [
            // C1 homed on A1, related to A2 (still) and A3 (no longer); C2 at home on A1.
            { Account__c: A2, Contact__c: C1, Contact__r: { AccountId: A1 } },
            { Account__c: A3, Contact__c: C1, Contact__r: { AccountId: A1 } },
            { Account__c: A1, Contact__c: C2, Contact__r: { AccountId: A1 } },
          ];
        if (soql.startsWith('SELECT Account__c, Contact__c, Contact__r.AccountId FROM Coverage_Warning__c'))
          // C3 homed on A2, was related to A1: an UNCOVERED_BUYER warning is all A1 holds on it (Bulk API columns).
          return [{ Account__c: A1, Contact__c: C3, 'Contact__r.AccountId': A2 }];
        if (soql.includes('FROM AccountContactRelation WHERE IsDirect = false AND ContactId IN')) {
          expect(soql).toContain(`('${C1}','${C3}')`);
          return [
            { AccountId: A2, ContactId: C1, IsDirect: false, IsActive: true, StartDate: null, EndDate: null },
            // inactive: not on A3's map any more
            { AccountId: A3, ContactId: C1, IsDirect: false, IsActive: false, StartDate: null, EndDate: null },
          ];
        }
        return [];
      },
      { AccountContactRelation: ['07k000000000001AAA'] },
    );
    const dirty = await findDirtyAccounts(http, {
      since: new Date('2026-11-20T02:00:00Z'),
      until: new Date('2026-11-21T02:00:00Z'),
      overlapMinutes: 15,
      asOf: '2026-11-21',
      bulkThreshold: 10_000,
    });
    // A3 lost C1 and A1 lost C3; their homes A1 and A2 inherit the records left as history. A2 kept C1.
    expect(dirty).toEqual([A1, A2, A3]);
  });

  it('looks for left relations without asking when the window is longer than the delete log keeps', async () => {
    const { http, calls, deletedAsked } = fakeOrg(() => []);
    await findDirtyAccounts(http, {
      since: new Date('2026-11-01T02:00:00Z'),
      until: new Date('2026-11-21T02:00:00Z'),
      overlapMinutes: 15,
      asOf: '2026-11-21',
      bulkThreshold: 10_000,
    });
    expect(deletedAsked).toEqual([]);
    expect(calls.flat().filter((u) => decodeURIComponent(u).includes('Closed_On__c = null'))).toHaveLength(1);
  });

  it('finds changes in an org without account teams or related contacts, and fails on an error from a required object', async () => {
    const since = { since: new Date('2026-11-20T02:00:00Z'), until: new Date('2026-11-21T02:00:00Z') };
    const query = { ...since, overlapMinutes: 0, asOf: '2026-11-21', bulkThreshold: 10_000 };
    // Nor Contacts to Multiple Accounts: no AccountContactRelation to query or to ask deletions of.
    const missing = [{ errorCode: 'INVALID_TYPE', message: 'sObject type is not supported' }];
    const noTeams = fakeCompositeOrg(
      (sub) => {
        const soql = soqlOf(sub);
        if (/FROM (AccountTeamMember|OpportunityTeamMember|AccountContactRelation)/.test(soql))
          return { httpStatusCode: 400, body: missing };
        return queryPage(soql.startsWith('SELECT AccountId FROM Contact WHERE') ? [{ AccountId: A2 }] : []);
      },
      () => new Response(JSON.stringify(missing), { status: 400, headers: { 'content-type': 'application/json' } }),
    );
    await expect(findDirtyAccounts(noTeams.http, query)).resolves.toEqual([A2]);
    const broken = fakeCompositeOrg((sub) =>
      soqlOf(sub).includes('FROM Task')
        ? { httpStatusCode: 400, body: [{ errorCode: 'INVALID_FIELD', message: 'No such column' }] }
        : queryPage([]),
    );
    await expect(findDirtyAccounts(broken.http, query)).rejects.toThrow('INVALID_FIELD');
  });
});
