import { readAccountPlan } from './read';
import { PLAN_FIELDS } from './records';
import { recordsFromUiApi, type UiApiNode } from './ui-api';

const ACME = '001000000000001AAA';
const ADA = '003000000000001AAA';
const UMA = '005000000000001AAA';
const VIC = '005000000000002AAA';
const EVENT = '00U000000000001AAA';

const field = (value: unknown) => ({ value, displayValue: null });
const edges = (...nodes: UiApiNode[]) => ({ edges: nodes.map((node) => ({ node })) });
const user = (name: string, seniority: string | null = null) => ({
  Name: field(name),
  Title: field(null),
  Seniority__c: field(seniority),
});

describe('recordsFromUiApi', () => {
  const query = {
    Contact: edges({ Id: ADA, Name: field('Ada Ng'), Title: field(null), Buyer_Roles__c: field('Power') }),
    AccountTeamMember: edges({ Id: '01M000000000001AAA', UserId: field(UMA), User: user('Uma Patel', 'VP') }),
    Event: edges({
      Id: EVENT,
      WhoId: field(ADA),
      OwnerId: field(UMA),
      Owner: user('Uma (again)'),
      ActivityDate: field('2026-11-15'),
      StartDateTime: field(null),
    }),
    EventRelation: edges(
      { Id: '0RE000000000001AAA', EventId: field(EVENT), RelationId: field(ADA), Relation: {} },
      { Id: '0RE000000000002AAA', EventId: field(EVENT), RelationId: field(VIC), Relation: user('Vic Hale') },
    ),
    Relationship__c: edges({
      Id: 'a00000000000001AAA',
      Contact__c: field(ADA),
      Team_Member__c: field(VIC),
      Team_Member__r: null,
      Key_Intersection__c: field(true),
      Focus_Horizon__c: field('30'),
    }),
    Coverage_Snapshot__c: edges({ Id: 'a03000000000001AAA', Score__c: field(40) }),
  };
  const records = recordsFromUiApi(query);

  it('reads each field the plan needs as a plain value, Id included; a field the node lacks is undefined', () => {
    expect(records.Contact).toEqual([
      { Id: ADA, Name: 'Ada Ng', Title: null, Department: undefined, Seniority__c: undefined, Buyer_Roles__c: 'Power' },
    ]);
    expect(records.Relationship__c![0]).toMatchObject({ Key_Intersection__c: true, Focus_Horizon__c: '30' });
    expect(Object.keys(records.Event![0]!)).toEqual([...PLAN_FIELDS.Event]);
  });

  it('collects the users nested in the rows under their lookup id, the first sighting of each', () => {
    expect(records.User).toEqual([
      { Id: UMA, Name: 'Uma Patel', Title: null, Seniority__c: 'VP' },
      { Id: VIC, Name: 'Vic Hale', Title: null, Seniority__c: null },
    ]);
  });

  it('leaves out the lists the answer lacks and the objects the plan does not read', () => {
    expect(Object.keys(records).sort()).toEqual(
      ['AccountTeamMember', 'Contact', 'Event', 'EventRelation', 'Relationship__c', 'User'].sort(),
    );
  });

  it('gives the plan the sync would read from the same rows over REST', () => {
    const rest = {
      Contact: [{ Id: ADA, Name: 'Ada Ng', Buyer_Roles__c: 'Power' }],
      AccountTeamMember: [{ UserId: UMA }],
      Event: [{ Id: EVENT, WhoId: ADA, OwnerId: UMA, ActivityDate: '2026-11-15' }],
      EventRelation: [
        { EventId: EVENT, RelationId: ADA },
        { EventId: EVENT, RelationId: VIC },
      ],
      Relationship__c: [
        {
          Id: 'a00000000000001AAA',
          Contact__c: ADA,
          Team_Member__c: VIC,
          Key_Intersection__c: true,
          Focus_Horizon__c: '30',
        },
      ],
      User: [
        { Id: UMA, Name: 'Uma Patel', Seniority__c: 'VP' },
        { Id: VIC, Name: 'Vic Hale' },
      ],
    };
    const fromGraphQl = readAccountPlan(ACME, records, { asOf: '2026-11-20' });
    expect(fromGraphQl).toEqual(readAccountPlan(ACME, rest, { asOf: '2026-11-20' }));
    expect(fromGraphQl.plan.touches.map((t) => t.memberId)).toEqual([UMA, VIC]);
    expect(fromGraphQl.plan.relationships).toEqual([{ contactId: ADA, memberId: VIC, key: true, horizonDays: 30 }]);
  });

  it('finds the users of a list whose first row has no readable parent', () => {
    const tasks = recordsFromUiApi({
      Task: edges(
        { Id: '00T000000000001AAA', OwnerId: field(UMA), Owner: null, TaskSubtype: field('Call') },
        { Id: '00T000000000002AAA', OwnerId: field(VIC), Owner: user('Vic Hale', 'Staff'), TaskSubtype: field('Call') },
      ),
    });
    expect(tasks.User).toEqual([{ Id: VIC, Name: 'Vic Hale', Title: null, Seniority__c: 'Staff' }]);
  });

  it("reads the answer's User list (the page's members, once each) ahead of the users nested in rows", () => {
    const page = recordsFromUiApi({
      AccountTeamMember: edges({ Id: '01M000000000001AAA', UserId: field(UMA), User: user('Uma (team)', 'VP') }),
      Relationship__c: edges(
        { Id: 'a00000000000001AAA', Contact__c: field(ADA), Team_Member__c: field(VIC) },
        { Id: 'a00000000000002AAA', Contact__c: field(ADA), Team_Member__c: field(UMA) },
      ),
      User: edges(
        { Id: VIC, ...user('Vic Hale', 'Director') },
        { Id: UMA, ...user('Uma Patel', 'VP') },
        { Id: VIC, ...user('Vic again') },
        { Id: 'not-a-user-id', ...user('Nobody') },
      ),
    });
    expect(page.User).toEqual([
      { Id: VIC, Name: 'Vic Hale', Title: null, Seniority__c: 'Director' },
      { Id: UMA, Name: 'Uma Patel', Title: null, Seniority__c: 'VP' },
    ]);
    const { plan } = readAccountPlan(ACME, { ...page, Contact: [{ Id: ADA, Name: 'Ada Ng' }] }, { asOf: '2026-11-20' });
    expect(plan.members).toEqual([
      { id: UMA, name: 'Uma Patel', seniority: 'VP' },
      { id: VIC, name: 'Vic Hale', seniority: 'Director' },
    ]);
  });

  it('reads a member whose user fields the rep cannot see (left out of the query) by name alone', () => {
    const page = recordsFromUiApi({
      Relationship__c: edges({ Id: 'a00000000000001AAA', Contact__c: field(ADA), Team_Member__c: field(VIC) }),
      User: edges({ Id: VIC, Name: field('Vic Hale') }),
    });
    expect(page.User).toEqual([{ Id: VIC, Name: 'Vic Hale', Title: undefined, Seniority__c: undefined }]);
    const { plan } = readAccountPlan(ACME, { ...page, Contact: [{ Id: ADA, Name: 'Ada Ng' }] }, { asOf: '2026-11-20' });
    expect(plan.members).toEqual([{ id: VIC, name: 'Vic Hale' }]);
  });

  it('reads an empty answer as no records', () => {
    expect(recordsFromUiApi({})).toEqual({ User: [] });
    expect(recordsFromUiApi({ Contact: { edges: [] }, Task: null })).toEqual({ Contact: [], User: [] });
  });
});
