import { analyzeAccount } from '@contact-plan/planning-core';
import { readAccountPlan, readAccountPlans, relationshipRepFields } from './read';
import type { PlanRecords } from './records';

// Ids shaped like Salesforce's: key prefix, 18 characters in all.
const ACME = '001000000000001AAA';
const GLOBEX = '001000000000002AAA';
const ADA = '003000000000001AAA'; // Power buyer by field
const BOB = '003000000000002AAA'; // buyer only through a contact role
const CY = '003000000000003AAA'; // no role, no name
const GIL = '003000000000004AAA'; // Globex
const UMA = '005000000000001AAA'; // account team
const VIC = '005000000000002AAA'; // opportunity owner
const WES = '005000000000003AAA'; // meeting invitee
const XAN = '005000000000004AAA'; // graded only, no user record
const OPP = '006000000000001AAA';
const EVENT = '00U000000000001AAA';
const REL_BOB = 'a00000000000001AAA';
const REL_CY = 'a00000000000002AAA';
const ASOF = '2026-11-22';

const acme = (): PlanRecords => ({
  Contact: [
    {
      Id: ADA,
      Name: 'Ada Ng',
      Title: 'Chief Executive Officer',
      Seniority__c: 'Executive',
      Buyer_Roles__c: 'Power;Evangelist;Power;Bogus',
      Department: 'Board',
    },
    { Id: BOB, Name: ' Bob Ruiz ', Title: null, Seniority__c: 'Chief', Buyer_Roles__c: null, Department: '' },
    { Id: CY, Name: '   ', Title: null, Seniority__c: null, Buyer_Roles__c: '', Department: null },
  ],
  AccountTeamMember: [{ UserId: UMA }, { UserId: UMA }, { UserId: null }],
  Opportunity: [
    { Id: OPP, OwnerId: VIC, IsClosed: 'true', IsWon: false, CloseDate: '2026-09-30' },
    { Id: '006000000000002AAA', OwnerId: VIC, IsClosed: false, IsWon: false, CloseDate: null },
  ],
  OpportunityTeamMember: [
    { OpportunityId: OPP, UserId: UMA },
    { OpportunityId: OPP, UserId: '00G000000000001AAA' }, // a queue, not a user
  ],
  OpportunityContactRole: [
    { OpportunityId: OPP, ContactId: BOB, Role: 'Business User' },
    { OpportunityId: OPP, ContactId: BOB, Role: 'business user ' },
    { OpportunityId: OPP, ContactId: ADA, Role: 'Economic Buyer' },
    { OpportunityId: OPP, ContactId: GIL, Role: 'Economic Buyer' }, // another account's contact
    { OpportunityId: OPP, ContactId: CY, Role: null },
  ],
  Task: [
    { WhoId: ADA, OwnerId: UMA, ActivityDate: '2026-11-01', TaskSubtype: 'Call' },
    { WhoId: ADA, OwnerId: UMA, ActivityDate: '2026-11-10T00:00:00.000Z', TaskSubtype: 'Email' },
    { WhoId: ADA, OwnerId: UMA, ActivityDate: '2026-11-11', TaskSubtype: 'Task' }, // not a touch
    { WhoId: GIL, OwnerId: UMA, ActivityDate: '2026-11-10', TaskSubtype: 'Call' },
    { WhoId: ADA, OwnerId: UMA, ActivityDate: null, TaskSubtype: 'Call' },
    { WhoId: '00Q000000000001AAA', OwnerId: UMA, ActivityDate: '2026-11-10', TaskSubtype: 'Call' }, // a lead
  ],
  Event: [{ Id: EVENT, WhoId: null, OwnerId: UMA, ActivityDate: null, StartDateTime: '2026-11-15T09:00:00.000Z' }],
  EventRelation: [
    { EventId: EVENT, RelationId: ADA },
    { EventId: EVENT, RelationId: WES },
    { EventId: EVENT, RelationId: ADA }, // listed twice
  ],
  Relationship__c: [
    {
      Id: REL_BOB,
      Contact__c: BOB,
      Team_Member__c: VIC,
      Grade__c: 'O',
      Graded_On__c: '2026-10-01',
      Key_Intersection__c: 'true',
      Focus_Horizon__c: '60',
    },
    { Id: REL_CY, Contact__c: CY, Team_Member__c: XAN, Grade__c: 'X', Key_Intersection__c: false },
    { Id: 'a00000000000003AAA', Contact__c: BOB, Team_Member__c: VIC, Grade__c: 'M' }, // second row of a pair
    { Id: 'a00000000000004AAA', Contact__c: GIL, Team_Member__c: VIC, Grade__c: 'T' }, // contact moved away
    { Id: 'a00000000000005AAA', Contact__c: ADA, Team_Member__c: null },
  ],
  Contact_Blueprint__c: [
    {
      Id: 'a01000000000001AAA',
      Relationship__c: REL_BOB,
      Goal_Grade__c: 'T',
      Status__c: 'active',
      Influence_Strategies__c: 'LIKING;BOGUS; RECIPROCITY',
      Horizon__c: 30,
      Tactics__c: '  Joint roadmap  ',
      Resources__c: null,
      Due_Date__c: '2027-01-15',
    },
    { Id: 'a01000000000002AAA', Relationship__c: REL_BOB, Goal_Grade__c: 'T', Status__c: 'paused' },
    { Id: 'a01000000000003AAA', Relationship__c: 'a00000000000003AAA', Goal_Grade__c: 'T', Status__c: 'active' },
  ],
  User: [
    { Id: UMA, Name: 'Uma Patel', Title: 'VP Sales', Seniority__c: 'VP' },
    { Id: VIC, Name: 'Vic Hale', Title: null, Seniority__c: 'Staff' },
    { Id: WES, Name: 'Wes Tan', Title: 'Solution Engineer', Seniority__c: null },
  ],
});

describe('readAccountPlan', () => {
  const { plan, relationshipIds, blueprintIds, skipped } = readAccountPlan(ACME, acme(), { asOf: ASOF });

  it('reads contacts with their own buyer roles, else the roles their opportunity contact roles map to', () => {
    expect(plan.contacts).toEqual([
      {
        id: ADA,
        name: 'Ada Ng',
        title: 'Chief Executive Officer',
        seniority: 'Executive',
        roles: ['Power', 'Evangelist'],
        department: 'Board',
      },
      { id: BOB, name: 'Bob Ruiz', roles: ['User'] },
      { id: CY, name: CY, roles: [] },
    ]);
  });

  it('takes the account team first, then the users met through opportunities, activities and grades, once each', () => {
    expect(plan.members).toEqual([
      { id: UMA, name: 'Uma Patel', title: 'VP Sales', seniority: 'VP' },
      { id: VIC, name: 'Vic Hale', seniority: 'Staff' },
      { id: WES, name: 'Wes Tan', title: 'Solution Engineer' },
      { id: XAN, name: XAN },
    ]);
  });

  it('turns calls, e-mails and meetings with their invitees into touches on the account contacts', () => {
    expect(plan.touches).toEqual([
      { contactId: ADA, memberId: UMA, date: '2026-11-01', kind: 'call' },
      { contactId: ADA, memberId: UMA, date: '2026-11-10', kind: 'email' },
      { contactId: ADA, memberId: UMA, date: '2026-11-15', kind: 'meeting' },
      { contactId: ADA, memberId: WES, date: '2026-11-15', kind: 'meeting' },
    ]);
  });

  it('reads opportunities with a close date: stage, owner and team, every contact role as written', () => {
    expect(plan.opportunities).toEqual([
      {
        id: OPP,
        stage: 'lost',
        closeDate: '2026-09-30',
        memberIds: [VIC, UMA],
        contactRoles: [
          { contactId: BOB, role: 'Business User' },
          { contactId: BOB, role: 'business user' },
          { contactId: ADA, role: 'Economic Buyer' },
          { contactId: GIL, role: 'Economic Buyer' },
          { contactId: CY, role: '' },
        ],
      },
    ]);
  });

  it('keeps the first relationship of each pair on the account contacts, with its record id', () => {
    expect(plan.relationships).toEqual([
      { contactId: BOB, memberId: VIC, grade: 'O', gradedOn: '2026-10-01', key: true, horizonDays: 60 },
      { contactId: CY, memberId: XAN },
    ]);
    expect(relationshipIds).toEqual([REL_BOB, REL_CY]);
  });

  it('reads the valid blueprints of kept relationships, with their record ids', () => {
    expect(plan.blueprints).toEqual([
      {
        contactId: BOB,
        memberId: VIC,
        goal: 'T',
        status: 'active',
        strategies: ['LIKING', 'RECIPROCITY'],
        tactics: 'Joint roadmap',
        horizonDays: 30,
        dueDate: '2027-01-15',
      },
    ]);
    expect(blueprintIds).toEqual([{ id: 'a01000000000001AAA', relationshipId: REL_BOB }]);
  });

  it('counts what it left out, by reason', () => {
    expect(skipped).toEqual({
      'opportunity without close date': 1,
      'contact without a name (shown by id)': 1,
      'activity without a contact of this account': 2,
      'activity without a date': 1,
      'relationship without contact or team member': 1,
      'relationship on a contact no longer on the account': 1,
      'duplicate relationship record for one pair': 1,
      'blueprint without a valid goal or status': 1,
      'team member without a readable user record': 1,
    });
  });

  it('reads a plan the planning core accepts', () => {
    const analysis = analyzeAccount(plan);
    expect(analysis.accountId).toBe(ACME);
    expect(analysis.cells.find((c) => c.contactId === BOB && c.memberId === VIC)).toMatchObject({
      manual: 'O',
      key: true,
    });
  });

  it('maps contact roles with the mapping it is given', () => {
    const read = readAccountPlan(ACME, acme(), { asOf: ASOF, roleMapping: { 'Business User': 'Advisor' } });
    expect(read.plan.contacts[1]!.roles).toEqual(['Advisor']);
  });

  it('reads an account without records as an empty plan', () => {
    expect(readAccountPlan(ACME, {}, { asOf: ASOF })).toEqual({
      plan: {
        accountId: ACME,
        asOf: ASOF,
        contacts: [],
        members: [],
        relationships: [],
        touches: [],
        blueprints: [],
        opportunities: [],
      },
      impliedRoles: new Map(),
      rolesImplied: new Set(),
      relationshipIds: [],
      blueprintIds: [],
      skipped: {},
    });
  });

  describe('roles implied by opportunity contact roles', () => {
    // Ada holds her own Power role and is an Economic Buyer; Bob is a Business User only; Cy's role maps to nothing.
    it('are computed from the rows when they are given (the sync), whatever the contact field holds', () => {
      const records = acme();
      const contacts = records.Contact!.map((c) => ({ ...c, Implied_Buyer_Roles__c: 'Advisor;Evangelist' }));
      const read = readAccountPlan(ACME, { ...records, Contact: contacts }, { asOf: ASOF });
      expect(read.impliedRoles).toEqual(
        new Map([
          [ADA, ['Power']],
          [BOB, ['User']],
        ]),
      );
      expect(read.rolesImplied).toEqual(new Set([BOB]));
      expect(read.plan.contacts.map((c) => c.roles)).toEqual([['Power', 'Evangelist'], ['User'], []]);
    });

    it('are none when the rows are given but name nobody: a stale field value is not used', () => {
      const records = acme();
      const contacts = records.Contact!.map((c) => ({ ...c, Implied_Buyer_Roles__c: 'Power' }));
      const read = readAccountPlan(ACME, { ...records, Contact: contacts, OpportunityContactRole: [] }, { asOf: ASOF });
      expect(read.impliedRoles.size).toBe(0);
      expect(read.plan.contacts.map((c) => c.roles)).toEqual([['Power', 'Evangelist'], [], []]);
    });

    it('come from Implied_Buyer_Roles__c without the rows (the page), own roles still first', () => {
      const { OpportunityContactRole: _rows, ...records } = acme();
      const contacts = records.Contact!.map((c, i) => ({
        ...c,
        Implied_Buyer_Roles__c: ['Advisor', 'Evangelist;Power;Bogus', null][i],
      }));
      const read = readAccountPlan(ACME, { ...records, Contact: contacts }, { asOf: ASOF });
      expect(read.plan.contacts.map((c) => c.roles)).toEqual([['Power', 'Evangelist'], ['Power', 'Evangelist'], []]);
      expect(read.rolesImplied).toEqual(new Set([BOB]));
      expect(read.impliedRoles.get(ADA)).toEqual(['Advisor']);
    });

    it('give the same analysis from the rows and from the field the sync wrote', () => {
      const synced = readAccountPlan(ACME, acme(), { asOf: ASOF });
      const { OpportunityContactRole: _rows, ...records } = acme();
      const contacts = records.Contact!.map((c) => ({
        ...c,
        Implied_Buyer_Roles__c: (synced.impliedRoles.get(String(c.Id)) ?? []).join(';'),
      }));
      const browser = readAccountPlan(ACME, { ...records, Contact: contacts }, { asOf: ASOF });
      expect(browser.plan.contacts).toEqual(synced.plan.contacts);
      const warnings = (read: typeof synced) => analyzeAccount({ ...read.plan, opportunities: [] }).warnings;
      expect(warnings(browser)).toEqual(warnings(synced));
      expect(
        warnings(browser)
          .filter((w) => w.contactId === BOB)
          .map((w) => w.rule),
      ).toContain('SINGLE_THREADED');
    });

    it('from a batch: an account of it without contact roles of its own implies none', () => {
      const records = acme();
      const globex = { Id: GIL, AccountId: GLOBEX, Name: 'Gil Ortiz', Implied_Buyer_Roles__c: 'Power' };
      const contacts = [...records.Contact!.map((c) => ({ ...c, AccountId: ACME })), globex];
      const opportunities = records.Opportunity!.map((o) => ({ ...o, AccountId: ACME }));
      const reads = readAccountPlans({ ...records, Contact: contacts, Opportunity: opportunities }, [ACME, GLOBEX], {
        asOf: ASOF,
      });
      expect(reads.get(ACME)!.rolesImplied).toEqual(new Set([BOB]));
      expect(reads.get(GLOBEX)!.plan.contacts).toEqual([{ id: GIL, name: 'Gil Ortiz', roles: [] }]);
    });
  });

  it('keeps names in every script and ids of odd shapes as they are', () => {
    const name = 'Zoë 李 \u202eO’Brien\u0007';
    const read = readAccountPlan(
      ACME,
      { Contact: [{ Id: '003xyz', Name: name }], AccountTeamMember: [{ UserId: '005' }], User: [{ Id: '005' }] },
      { asOf: ASOF },
    );
    expect(read.plan.contacts).toEqual([{ id: '003xyz', name, roles: [] }]);
    expect(read.plan.members).toEqual([{ id: '005', name: '005' }]);
  });
});

describe('readAccountPlans', () => {
  const records: PlanRecords = {
    ...Object.fromEntries(
      Object.entries(acme()).map(([object, rows]) => [
        object,
        rows!.map((row) => {
          const accountField = object === 'Relationship__c' ? 'Account__c' : 'AccountId';
          return ['Contact', 'AccountTeamMember', 'Opportunity', 'Task', 'Event', 'Relationship__c'].includes(object)
            ? { ...row, [accountField]: ACME }
            : row;
        }),
      ]),
    ),
  };
  const withGlobex: PlanRecords = {
    ...records,
    Contact: [...records.Contact!, { Id: GIL, AccountId: GLOBEX, Name: 'Gil Moss' }],
    Task: [
      ...records.Task!,
      { AccountId: GLOBEX, WhoId: GIL, OwnerId: WES, ActivityDate: '2026-11-02', TaskSubtype: 'Call' },
    ],
    Relationship__c: [
      ...records.Relationship__c!,
      { Id: 'a00000000000009AAA', Account__c: GLOBEX, Contact__c: GIL, Team_Member__c: UMA },
    ],
    Contact_Blueprint__c: [
      ...records.Contact_Blueprint__c!,
      { Id: 'a01000000000009AAA', Relationship__c: 'a00000000000009AAA', Goal_Grade__c: 'S', Status__c: 'planned' },
    ],
  };
  const reads = readAccountPlans(withGlobex, [GLOBEX, ACME, '001000000000003AAA'], { asOf: ASOF });

  it('reads each account as readAccountPlan reads its records alone', () => {
    expect(reads.get(ACME)).toEqual(readAccountPlan(ACME, records, { asOf: ASOF }));
  });

  it('sorts rows to their account directly or through their parent', () => {
    const globex = reads.get(GLOBEX)!;
    expect(globex.plan.contacts.map((c) => c.id)).toEqual([GIL]);
    expect(globex.plan.touches).toEqual([{ contactId: GIL, memberId: WES, date: '2026-11-02', kind: 'call' }]);
    expect(globex.plan.members.map((m) => m.name)).toEqual(['Wes Tan', 'Uma Patel']);
    expect(globex.blueprintIds).toEqual([{ id: 'a01000000000009AAA', relationshipId: 'a00000000000009AAA' }]);
  });

  it('answers every account asked for, in that order, an unknown one with an empty plan', () => {
    expect([...reads.keys()]).toEqual([GLOBEX, ACME, '001000000000003AAA']);
    expect(reads.get('001000000000003AAA')!.plan.contacts).toEqual([]);
  });
});

describe('relationshipRepFields', () => {
  it('reads the rep fields of REST and Bulk API rows alike, and nothing from blank ones', () => {
    const rest = { Grade__c: 'S', Graded_On__c: '2026-01-02', Key_Intersection__c: true, Focus_Horizon__c: 90 };
    const bulk = { Grade__c: 'S', Graded_On__c: '2026-01-02', Key_Intersection__c: 'true', Focus_Horizon__c: '90' };
    const fields = { grade: 'S', gradedOn: '2026-01-02', key: true, horizonDays: 90 };
    expect(relationshipRepFields(rest)).toEqual(fields);
    expect(relationshipRepFields(bulk)).toEqual(fields);
    expect(relationshipRepFields({ Grade__c: '', Key_Intersection__c: 'false', Focus_Horizon__c: '45' })).toEqual({});
  });
});

describe('people who move (docs/contracts.md, "Pair identity")', () => {
  const DANA = '005000000000009AAA';
  const moved = (): PlanRecords => ({
    Contact: [
      { Id: ADA, AccountId: ACME, Name: 'Ada Ng', Buyer_Roles__c: 'Power' },
      { Id: GIL, AccountId: GLOBEX, Name: 'Gil Ortiz', Buyer_Roles__c: 'User' },
    ],
    User: [{ Id: DANA, Name: 'Dana Whitfield', Title: null, Seniority__c: null }],
    Relationship__c: [
      // Gil left Acme for Globex: Acme's record is closed, and Globex reads it as Gil's history.
      {
        Id: REL_BOB,
        Account__c: ACME,
        Account__r: { Name: 'Acme' },
        Contact__c: GIL,
        Contact__r: { Name: 'Gil Ortiz', Buyer_Roles__c: 'User', Account: { Name: 'Globex' } },
        Team_Member__c: DANA,
        Grade__c: 'O',
        Graded_On__c: '2026-10-02',
        Last_Touch__c: '2026-10-20',
        Closed_On__c: '2026-11-21',
        Closed_Reason__c: 'moved',
      },
      // A contact deleted for privacy: only the key still names them.
      {
        Id: REL_CY,
        Account__c: ACME,
        Pair_Key__c: `${ACME}:${CY}:${DANA}`,
        Contact__c: null,
        Team_Member__c: DANA,
        Grade__c: null,
        Effective_Grade__c: 'S',
        Closed_On__c: '2026-11-20',
        Closed_Reason__c: 'deleted',
      },
    ],
  });

  it('reads closed records as departures and another account’s records on a contact here as history', () => {
    const reads = readAccountPlans(moved(), [ACME, GLOBEX], { asOf: ASOF });
    const acmePlan = reads.get(ACME)!.plan;
    expect(acmePlan.relationships).toEqual([]);
    expect(acmePlan.members.map((m) => m.name)).toEqual(['Dana Whitfield']);
    expect(acmePlan.departures).toEqual([
      {
        contactId: GIL,
        name: 'Gil Ortiz',
        roles: ['User'],
        reason: 'moved',
        leftOn: '2026-11-21',
        toAccountName: 'Globex',
        relationships: [{ memberId: DANA, grade: 'O' }],
      },
      {
        contactId: CY,
        name: 'A contact',
        reason: 'deleted',
        leftOn: '2026-11-20',
        relationships: [{ memberId: DANA, grade: 'S' }],
      },
    ]);
    const globex = reads.get(GLOBEX)!.plan;
    expect(globex.contacts[0]!.history).toEqual([
      { accountName: 'Acme', memberId: DANA, grade: 'O', date: '2026-10-20' },
    ]);
    expect(globex.members.map((m) => m.id)).toEqual([DANA]);
    expect(analyzeAccount(globex).cells).toEqual([
      expect.objectContaining({
        contactId: GIL,
        memberId: DANA,
        suggested: 'S',
        reasons: ['known to Dana Whitfield at Acme: O, 2026-10'],
      }),
    ]);
    expect(analyzeAccount(acmePlan).warnings.filter((w) => w.rule === 'CONTACT_LEFT')).toHaveLength(2);
  });

  it('reads Bulk API flat parent columns, and a closed record whose contact came back as a relationship again', () => {
    const rows = moved();
    const [gil] = rows.Relationship__c!;
    const flat = { ...gil, Contact__r: undefined, 'Contact__r.Name': 'Gil Ortiz', 'Contact__r.Account.Name': 'Globex' };
    expect(
      readAccountPlan(ACME, { ...rows, Contact: [], Relationship__c: [flat] }, { asOf: ASOF }).plan.departures,
    ).toEqual([expect.objectContaining({ name: 'Gil Ortiz', toAccountName: 'Globex' })]);
    const back = readAccountPlan(
      ACME,
      { ...rows, Contact: [{ Id: GIL, Name: 'Gil Ortiz' }], Relationship__c: [gil!] },
      {
        asOf: ASOF,
      },
    ).plan;
    expect(back.departures).toBeUndefined();
    expect(back.relationships).toEqual([{ contactId: GIL, memberId: DANA, grade: 'O', gradedOn: '2026-10-02' }]);
  });

  it('reads no history on the home account from a related account the contact is still related to', () => {
    // Gil is homed at Acme and related to Globex, where Dana knows him: that is Globex's relationship, not history.
    const gilAtAcme = { Id: GIL, AccountId: ACME, Name: 'Gil Ortiz', Buyer_Roles__c: 'User' };
    const rows: PlanRecords = {
      Contact: [gilAtAcme, { ...gilAtAcme, AccountId: GLOBEX }],
      User: [{ Id: DANA, Name: 'Dana Whitfield', Title: null, Seniority__c: null }],
      Relationship__c: [
        {
          Id: REL_BOB,
          Account__c: GLOBEX,
          Contact__c: GIL,
          Team_Member__c: DANA,
          Grade__c: 'O',
          Graded_On__c: '2026-10-02',
        },
      ],
    };
    const reads = readAccountPlans(rows, [ACME, GLOBEX], { asOf: ASOF });
    expect(reads.get(GLOBEX)!.plan.relationships).toEqual([
      { contactId: GIL, memberId: DANA, grade: 'O', gradedOn: '2026-10-02' },
    ]);
    const acme = reads.get(ACME)!.plan;
    expect(acme.contacts.map((c) => [c.id, c.history])).toEqual([[GIL, undefined]]);
    expect(acme.relationships).toEqual([]);
    // Once the relation is gone (no Globex copy), the Globex record is Gil's history at Acme.
    const gone = readAccountPlans({ ...rows, Contact: [gilAtAcme] }, [ACME, GLOBEX], { asOf: ASOF });
    expect(gone.get(ACME)!.plan.contacts[0]!.history).toHaveLength(1);
  });

  it('reads no history from the home account of a contact only related to another (indirect AccountContactRelation)', () => {
    // Gil stays at Acme and is also related to Globex: evidenceRecords adds Globex's copy of him after his own row.
    const gilAtAcme = { Id: GIL, AccountId: ACME, Name: 'Gil Ortiz', Buyer_Roles__c: 'User' };
    const rows: PlanRecords = {
      Contact: [gilAtAcme, { ...gilAtAcme, AccountId: GLOBEX }],
      User: [{ Id: DANA, Name: 'Dana Whitfield', Title: null, Seniority__c: null }],
      Relationship__c: [
        {
          Id: REL_BOB,
          Account__c: ACME,
          Contact__c: GIL,
          Team_Member__c: DANA,
          Grade__c: 'O',
          Graded_On__c: '2026-10-02',
        },
      ],
    };
    const reads = readAccountPlans(rows, [ACME, GLOBEX], { asOf: ASOF });
    expect(reads.get(ACME)!.plan.relationships).toEqual([
      { contactId: GIL, memberId: DANA, grade: 'O', gradedOn: '2026-10-02' },
    ]);
    const globex = reads.get(GLOBEX)!.plan;
    expect(globex.contacts.map((c) => [c.id, c.history])).toEqual([[GIL, undefined]]);
    expect(globex.members).toEqual([]);
    expect(globex.relationships).toEqual([]);
  });

  it('still skips an open record whose contact is elsewhere (the sync closes it first)', () => {
    const rows = moved();
    const open = { ...rows.Relationship__c![0]!, Closed_On__c: null, Closed_Reason__c: null };
    const read = readAccountPlan(ACME, { ...rows, Contact: [], Relationship__c: [open] }, { asOf: ASOF });
    expect(read.plan.departures).toBeUndefined();
    expect(read.skipped).toEqual({ 'relationship on a contact no longer on the account': 1 });
  });
});
