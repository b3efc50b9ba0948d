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
  it('folds every change query into two composite calls and reaches accounts through parent relationships', async () => {
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
    expect(calls.map((c) => c.length)).toEqual([5, 4]);
    const soql = calls.flat().map((u) => decodeURIComponent(u.split('?q=')[1] ?? ''));
    expect(soql).toContain(
      `SELECT Account__c FROM Relationship__c WHERE SystemModstamp > 2026-11-20T01:45:00Z AND SystemModstamp <= 2026-11-21T02:00:00Z AND LastModifiedById != '${ME}'`,
    );
    expect(soql).toContain('SELECT Id FROM Account WHERE Coverage_Review_On__c <= 2026-11-21');
    // change queries see deleted rows; the review-date query does not
    expect(calls.flat().filter((u) => u.includes('/queryAll?'))).toHaveLength(8);
  });
});
