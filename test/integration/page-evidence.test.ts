// The page reads the nightly results instead of raw activity: after a real sync, the plan read from the svc fields
// the sync wrote (evidence summaries) analyzes as the sync's plan read from tasks and events did.
import type { Emulator } from '@contact-plan/emulator';
import { analyzeAccount } from '@contact-plan/planning-core';
import { readAccountPlans, type PlanRecords } from '@contact-plan/plan-reader';
import { accountIds, allSources, orgConfigFor, startDemoOrg, sync, today } from './support';

jest.setTimeout(120_000);

describe('evidence from the sync results', () => {
  let org: Emulator;
  let records: PlanRecords;
  let ids: string[];
  const asOf = today();

  beforeAll(async () => {
    org = await startDemoOrg();
    const summary = await sync(org, orgConfigFor(org), { full: true });
    expect(summary.stoppedBy).toBeUndefined();
    const s = allSources(org, asOf);
    ids = accountIds(org);
    records = {
      Contact: s.contacts,
      AccountTeamMember: s.accountTeam,
      Opportunity: s.opportunities,
      OpportunityTeamMember: s.opportunityTeam,
      OpportunityContactRole: s.contactRoles,
      Task: s.tasks,
      Event: s.events,
      EventRelation: s.eventRelations,
      Relationship__c: s.relationships,
      Contact_Blueprint__c: s.blueprints,
      User: s.users,
    };
  });
  afterAll(async () => {
    await org.stop();
  });

  it('gives every demo account the same analysis as its activities, on the sync date', () => {
    const fromActivity = readAccountPlans(records, ids, { asOf });
    const fromSync = readAccountPlans({ ...records, Task: [], Event: [], EventRelation: [] }, ids, {
      asOf,
      evidence: 'sync',
    });
    let suggested = 0;
    for (const id of ids) {
      const expected = analyzeAccount(fromActivity.get(id)!.plan);
      const plan = fromSync.get(id)!.plan;
      expect(plan.touches).toEqual([]);
      expect(analyzeAccount(plan)).toEqual(expected);
      suggested += expected.cells.filter((c) => c.suggested).length;
    }
    expect(suggested).toBeGreaterThan(10);
  });

  it('reads the same cells from only what the page queries (no activities, opportunities or contact roles)', () => {
    const fromActivity = readAccountPlans(records, ids, { asOf });
    const page = readAccountPlans(
      {
        Contact: records.Contact,
        AccountTeamMember: records.AccountTeamMember,
        Relationship__c: records.Relationship__c,
        Contact_Blueprint__c: records.Contact_Blueprint__c,
        User: records.User,
      },
      ids,
      { asOf, evidence: 'sync' },
    );
    for (const id of ids) {
      const expected = analyzeAccount(fromActivity.get(id)!.plan);
      const actual = analyzeAccount(page.get(id)!.plan);
      expect(actual.cells).toEqual(expected.cells);
      expect(actual.gradeCounts).toEqual(expected.gradeCounts);
    }
  });

  it('an account the sync never saw keeps its rep grades and the warnings that need no evidence', () => {
    const blank = (rows: PlanRecords['Relationship__c']) =>
      (rows ?? []).map((r) => ({
        ...r,
        Suggested_Grade__c: null,
        Grade_Reasons__c: null,
        Last_Touch__c: null,
        Last_Meeting__c: null,
        Touches_90d__c: null,
      }));
    const unsynced = readAccountPlans({ ...records, Relationship__c: blank(records.Relationship__c) }, ids, {
      asOf,
      evidence: 'sync',
    });
    for (const id of ids) {
      const { plan } = unsynced.get(id)!;
      expect(plan.evidence).toEqual([]);
      const analysis = analyzeAccount(plan);
      expect(analysis.cells.filter((c) => c.suggested)).toEqual([]);
      for (const r of plan.relationships.filter((r) => r.grade)) {
        expect(analysis.cells.find((c) => c.contactId === r.contactId && c.memberId === r.memberId)?.manual).toBe(
          r.grade,
        );
      }
    }
  });
});
