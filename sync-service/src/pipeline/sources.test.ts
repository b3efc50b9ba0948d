import { PLAN_FIELDS } from '@contact-plan/plan-reader';
import { changeQueries } from './dirty';
import { accountPathOf, relationshipName, SOURCE_ENTRIES } from './sources';

describe('the source registry', () => {
  it('has one entry per object and per list, and one for every object the plan reader reads', () => {
    const objects = SOURCE_ENTRIES.map((s) => s.object);
    expect(new Set(objects).size).toBe(objects.length);
    expect(new Set(SOURCE_ENTRIES.map((s) => s.key)).size).toBe(objects.length);
    for (const object of Object.keys(PLAN_FIELDS)) expect(objects).toContain(object);
  });

  it('selects the fields its paths and members name, so rows can be tied to their account and users', () => {
    for (const s of SOURCE_ENTRIES) {
      const path = s.account;
      const tie = path && ('field' in path ? path.field : path.via);
      if (tie) expect([s.object, s.fields]).toEqual([s.object, expect.arrayContaining([tie])]);
      if (s.member) expect([s.object, s.fields]).toEqual([s.object, expect.arrayContaining([s.member.field])]);
    }
  });

  it('reaches a parent by its relationship name', () => {
    expect(relationshipName('OpportunityId')).toBe('Opportunity');
    expect(relationshipName('Relationship__c')).toBe('Relationship__r');
    expect(accountPathOf({ via: 'EventId', parent: 'Event', parentField: 'AccountId' })).toBe('Event.AccountId');
  });

  it('derives one change query per changing source, one per team source for changed users, and the review query', () => {
    const queries = changeQueries({
      since: new Date('2026-11-20T02:00:00Z'),
      until: new Date('2026-11-21T02:00:00Z'),
      overlapMinutes: 0,
      asOf: '2026-11-21',
      bulkThreshold: 10_000,
    });
    expect(queries.map((q) => `${q.includeDeleted ? 'all' : 'live'} ${q.object} ${q.path}`)).toEqual([
      'all Contact AccountId',
      'all AccountTeamMember AccountId',
      'all Opportunity AccountId',
      'all OpportunityTeamMember Opportunity.AccountId',
      'all OpportunityContactRole Opportunity.AccountId',
      'all Task AccountId',
      'all Event AccountId',
      'all EventRelation Event.AccountId',
      'all TaskRelation Task.AccountId',
      // No queryAll() on AccountContactRelation: its deletions come from the Get Deleted resource.
      'live AccountContactRelation AccountId',
      'all Relationship__c Account__c',
      'all Contact_Blueprint__c Relationship__r.Account__c',
      'live AccountTeamMember AccountId',
      'live Opportunity AccountId',
      'live OpportunityTeamMember Opportunity.AccountId',
      'live Relationship__c Account__c',
      'live Account Id',
    ]);
  });
});
