import { fakeCompositeOrg, queryPage, soqlOf } from '../salesforce/composite.test-helper';
import { findDirtyAccounts } from './dirty';

const A1 = '001000000000001AAA';
const A2 = '001000000000002AAA';
const A3 = '001000000000003AAA';
const ME = '005000000000001AAA';

/** An org whose composite resource answers each query subrequest from `answer(soql)`; records calls and URLs. */
const fakeOrg = (answer: (soql: string) => Record<string, unknown>[]) =>
  fakeCompositeOrg((sub) => queryPage(answer(soqlOf(sub))));

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
    // eleven change queries, four for users who changed, one for reviews due
    expect(calls.map((c) => c.length)).toEqual([5, 5, 5, 1]);
    const soql = calls.flat().map((u) => decodeURIComponent(u.split('?q=')[1] ?? ''));
    expect(soql).toContain(
      `SELECT Account__c FROM Relationship__c WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z AND LastModifiedById != '${ME}'`,
    );
    // The sync writes Contact.Implied_Buyer_Roles__c: its own contact writes do not count either.
    expect(soql).toContain(
      `SELECT AccountId FROM Contact WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z AND LastModifiedById != '${ME}'`,
    );
    expect(soql).toContain('SELECT Id FROM Account WHERE Coverage_Review_On__c <= 2026-11-21');
    // change queries see deleted rows; the review-date query does not
    expect(calls.flat().filter((u) => u.includes('/queryAll?'))).toHaveLength(11);
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

  it('finds changes in an org without account teams, and fails on an error from a required object', async () => {
    const since = { since: new Date('2026-11-20T02:00:00Z'), until: new Date('2026-11-21T02:00:00Z') };
    const query = { ...since, overlapMinutes: 0, asOf: '2026-11-21', bulkThreshold: 10_000 };
    const noTeams = fakeCompositeOrg((sub) => {
      const soql = soqlOf(sub);
      if (soql.includes('FROM AccountTeamMember') || soql.includes('FROM OpportunityTeamMember'))
        return { httpStatusCode: 400, body: [{ errorCode: 'INVALID_TYPE', message: 'sObject type is not supported' }] };
      return queryPage(soql.startsWith('SELECT AccountId FROM Contact WHERE') ? [{ AccountId: A2 }] : []);
    });
    await expect(findDirtyAccounts(noTeams.http, query)).resolves.toEqual([A2]);
    const broken = fakeCompositeOrg((sub) =>
      soqlOf(sub).includes('FROM Task')
        ? { httpStatusCode: 400, body: [{ errorCode: 'INVALID_FIELD', message: 'No such column' }] }
        : queryPage([]),
    );
    await expect(findDirtyAccounts(broken.http, query)).rejects.toThrow('INVALID_FIELD');
  });
});
