import { buildPlan, pairKey, withRelationship } from '../planBuilder';
import { analyzePlan, analyzeReadPlan } from '../analysis';
import { errorMessages, isPermissionError } from '../errors';
import { freshnessText, readNotices } from '../notices';
import { publish, subscribe } from '../planEvents';
import { today } from '../dates';

const response = require('./data/accountPlan.json');

const ACCOUNT = '001000000000001AAA';
const ADA = '003000000000001AAA';
const BEN = '003000000000002AAA';
const VICTOR = '005000000000002AAA';

describe('buildPlan', () => {
  const built = buildPlan(response.uiapi.query, ACCOUNT, '2026-11-20');

  it('maps contacts with their buyer roles, seniority and department', () => {
    expect(built.plan.contacts).toHaveLength(5);
    expect(built.plan.contacts[0]).toEqual({
      id: ADA,
      name: 'Ada Lovelace',
      title: 'Chief Executive Officer',
      seniority: 'Executive',
      roles: ['Power'],
      department: 'Executive',
    });
    expect(built.plan.contacts[3].roles).toEqual([]);
    expect(built.plan.contacts[4].roles).toEqual(['Evangelist', 'User']);
  });

  it('takes members from the account team and keeps ids unique', () => {
    expect(built.plan.members.map((m) => m.name)).toEqual(['Uma Patel', 'Victor Hugo', 'Wes Tan']);
    expect(built.plan.members[0]).toEqual({
      id: '005000000000001AAA',
      name: 'Uma Patel',
      title: 'VP Sales',
      seniority: 'VP',
    });
  });

  it('keeps rep fields of relationships and the key horizon as a number', () => {
    expect(built.plan.relationships[0]).toEqual({
      contactId: BEN,
      memberId: VICTOR,
      grade: 'S',
      gradedOn: '2026-11-01',
      key: true,
      horizonDays: 60,
    });
    expect(built.plan.relationships[3]).toEqual({ contactId: ADA, memberId: VICTOR });
    expect(built.relationshipIds.get(pairKey(BEN, VICTOR))).toBe('a01000000000001AAA');
  });

  it('turns tasks and events on known contacts into touches', () => {
    expect(built.plan.touches).toEqual([
      { contactId: ADA, memberId: VICTOR, date: '2026-11-10', kind: 'call' },
      { contactId: ADA, memberId: VICTOR, date: '2026-10-28', kind: 'email' },
      { contactId: ADA, memberId: VICTOR, date: '2026-11-05', kind: 'meeting' },
    ]);
  });

  it('maps opportunities to stages with their contact roles', () => {
    expect(built.plan.opportunities).toEqual([
      {
        id: '006000000000001AAA',
        stage: 'won',
        closeDate: '2026-06-30',
        memberIds: ['005000000000001AAA'],
        contactRoles: [{ contactId: BEN, role: 'Business User' }],
      },
    ]);
  });

  it('attaches blueprints to their pair and sorts snapshots oldest first', () => {
    expect(built.plan.blueprints).toEqual([
      {
        contactId: BEN,
        memberId: VICTOR,
        goal: 'O',
        strategies: ['RECIPROCITY', 'LIKING'],
        tactics: 'Run a joint roadmap workshop',
        resources: 'Solution engineer for half a day',
        horizonDays: 60,
        dueDate: '2027-01-15',
        status: 'active',
      },
    ]);
    expect(built.blueprints[0]).toMatchObject({ id: 'a02000000000001AAA', relationshipId: 'a01000000000001AAA' });
    expect(built.snapshots).toEqual([
      { asOf: '2026-10-19', score: 35 },
      { asOf: '2026-11-19', score: 40 },
    ]);
  });

  it('counts invitees, opportunity teams and mapped contact roles as the sync does', () => {
    const field = (v) => ({ value: v });
    const edges = (list) => ({ edges: list.map((node) => ({ node })) });
    const user = (name) => ({ Name: field(name), Title: field(null), Seniority__c: field('Staff') });
    const UMA = '005000000000001AAA';
    const ZED = '005000000000009AAA';
    const query = {
      Contact: edges([
        { Id: ADA, Name: field('Ada'), Buyer_Roles__c: field(null) },
        { Id: BEN, Name: field('Ben'), Buyer_Roles__c: field('Advisor') },
      ]),
      AccountTeamMember: edges([{ UserId: field(UMA), User: user('Uma') }]),
      Task: edges([
        {
          Id: '00T1',
          WhoId: field(ADA),
          OwnerId: field(ZED),
          Owner: user('Zed'),
          ActivityDate: field('2026-11-01'),
          TaskSubtype: field('Call'),
        },
        {
          Id: '00T2',
          WhoId: field(ADA),
          OwnerId: field(ZED),
          ActivityDate: field('2026-11-02'),
          TaskSubtype: field('Task'),
        },
      ]),
      Event: edges([
        {
          Id: '00U1',
          WhoId: field(null),
          OwnerId: field(UMA),
          ActivityDate: field(null),
          StartDateTime: field('2026-11-03T09:00:00.000Z'),
        },
      ]),
      EventRelation: edges([
        { EventId: field('00U1'), RelationId: field(BEN) },
        { EventId: field('00U1'), RelationId: field(VICTOR), Relation: user('Victor') },
      ]),
      Opportunity: edges([
        { Id: '0061', IsClosed: field(true), IsWon: field(true), CloseDate: field('2026-09-30'), OwnerId: field(UMA) },
      ]),
      OpportunityTeamMember: edges([{ OpportunityId: field('0061'), UserId: field(VICTOR), User: user('Victor') }]),
      OpportunityContactRole: edges([
        { OpportunityId: field('0061'), ContactId: field(ADA), Role: field('Economic Buyer') },
        { OpportunityId: field('0061'), ContactId: field(BEN), Role: field(null) },
      ]),
    };
    const { plan } = buildPlan(query, ACCOUNT, '2026-11-20');
    expect(plan.contacts.map((c) => c.roles)).toEqual([['Power'], ['Advisor']]);
    expect(plan.members.map((m) => m.name)).toEqual(['Uma', 'Victor', 'Zed']);
    expect(plan.touches).toEqual([
      { contactId: ADA, memberId: ZED, date: '2026-11-01', kind: 'call' },
      { contactId: BEN, memberId: UMA, date: '2026-11-03', kind: 'meeting' },
      { contactId: BEN, memberId: VICTOR, date: '2026-11-03', kind: 'meeting' },
    ]);
    expect(plan.opportunities[0]).toMatchObject({
      memberIds: [UMA, VICTOR],
      contactRoles: [
        { contactId: ADA, role: 'Economic Buyer' },
        { contactId: BEN, role: '' },
      ],
    });
  });

  it('builds the plan from an answer read without invitees, opportunity teams and contact roles', () => {
    const { EventRelation, OpportunityTeamMember, OpportunityContactRole, ...core } = response.uiapi.query;
    expect([EventRelation, OpportunityTeamMember, OpportunityContactRole].every(Boolean)).toBe(true);
    const { plan } = buildPlan(core, ACCOUNT, '2026-11-20');
    expect(plan.contacts).toHaveLength(5);
    expect(plan.members.map((m) => m.name)).toEqual(['Uma Patel', 'Victor Hugo', 'Wes Tan']);
    expect(plan.opportunities).toEqual([
      {
        id: '006000000000001AAA',
        stage: 'won',
        closeDate: '2026-06-30',
        memberIds: ['005000000000001AAA'],
        contactRoles: [],
      },
    ]);
    expect(plan.touches).toEqual(built.plan.touches);
  });

  it('builds an empty plan from an empty answer', () => {
    const empty = buildPlan(require('./data/emptyAccount.json').uiapi.query, ACCOUNT, '2026-11-20');
    expect(empty.plan).toMatchObject({ contacts: [], members: [], relationships: [], touches: [] });
  });
});

describe('withRelationship', () => {
  const plan = buildPlan(response.uiapi.query, ACCOUNT, '2026-11-20').plan;

  it('replaces one pair and leaves the input untouched', () => {
    const next = withRelationship(plan, BEN, VICTOR, { grade: 'O', gradedOn: '2026-11-20' });
    expect(next.relationships.find((r) => r.contactId === BEN)).toMatchObject({ grade: 'O', key: true });
    expect(plan.relationships[0].grade).toBe('S');
  });

  it('adds a pair that had no record and clears a grade', () => {
    const added = withRelationship(plan, ADA, '005000000000003AAA', { grade: 'I', gradedOn: '2026-11-20' });
    expect(added.relationships).toHaveLength(5);
    const cleared = withRelationship(plan, BEN, VICTOR, { grade: undefined, gradedOn: undefined });
    expect(cleared.relationships.find((r) => r.contactId === BEN)).toEqual({
      contactId: BEN,
      memberId: VICTOR,
      key: true,
      horizonDays: 60,
    });
  });
});

describe('analyzeReadPlan', () => {
  const plan = buildPlan(response.uiapi.query, ACCOUNT, '2026-11-20').plan;

  it('keeps the edited pair in its place, so the plan read back after the save equals the edited one', () => {
    const next = withRelationship(plan, BEN, VICTOR, { grade: 'O', gradedOn: '2026-11-20' });
    expect(next.relationships.map((r) => pairKey(r.contactId, r.memberId))).toEqual(
      plan.relationships.map((r) => pairKey(r.contactId, r.memberId)),
    );
  });

  it('serves an equal plan read from the org with the analysis already made, and analyses a changed one', () => {
    const edited = withRelationship(plan, BEN, VICTOR, { grade: 'O', gradedOn: '2026-11-20' });
    const analysis = analyzePlan(edited);
    const readBack = JSON.parse(JSON.stringify(edited));
    // The plan shown is kept too, lists and all: the next edit's caches are keyed by them.
    const served = analyzeReadPlan(readBack);
    expect(served.analysis).toBe(analysis);
    expect(served.plan).toBe(edited);
    const other = withRelationship(plan, BEN, VICTOR, { grade: 'D', gradedOn: '2026-11-20' });
    const fresh = analyzeReadPlan(other);
    expect(fresh.plan).toBe(other);
    expect(fresh.analysis).not.toBe(analysis);
    expect(fresh.analysis.cells.find((c) => c.contactId === BEN && c.memberId === VICTOR).effective).toBe('D');
  });
});

describe('errors, events and dates', () => {
  it('reads messages from GraphQL and LDS errors and spots missing access', () => {
    expect(errorMessages([{ message: 'Validation error: Cannot query field Relationship__c' }])).toEqual([
      'Validation error: Cannot query field Relationship__c',
    ]);
    expect(errorMessages({ body: { message: 'Row locked' } })).toEqual(['Row locked']);
    expect(isPermissionError([{ message: 'Cannot query field Relationship__c on type Query' }])).toBe(true);
    expect(isPermissionError({ body: { message: 'Server timeout' } })).toBe(false);
  });

  it('delivers messages to the subscribers of one account only', () => {
    const seen = [];
    const stop = subscribe('A', (message) => seen.push(message.type));
    subscribe('B', () => seen.push('wrong account'));
    publish('A', { type: 'planchange' });
    stop();
    publish('A', { type: 'after-unsubscribe' });
    expect(seen).toEqual(['planchange']);
  });

  it('formats today as YYYY-MM-DD in local time', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('loadPlan', () => {
  // Imported here so the pure tests above do not load the planning core.
  const { loadPlan } = require('../planCache');

  it('builds and analyzes an answer once for every component that reads it', () => {
    const first = loadPlan(response.uiapi.query, ACCOUNT, '2026-11-20');
    expect(loadPlan(response.uiapi.query, ACCOUNT, '2026-11-20')).toBe(first);
    expect(first.analysis.cells.length).toBeGreaterThan(0);
    expect(first.analysis.accountId).toBe(ACCOUNT);
    expect(loadPlan(response.uiapi.query, ACCOUNT, '2026-11-21')).not.toBe(first);
  });
});

describe('the page read from the sync results', () => {
  /** The fixture as the page's own query answers it: no activities or opportunities, the sync's fields instead. */
  function pageAnswer({ synced = true } = {}) {
    const query = JSON.parse(JSON.stringify(response.uiapi.query));
    ['Task', 'Event', 'EventRelation', 'Opportunity', 'OpportunityTeamMember', 'OpportunityContactRole'].forEach(
      (list) => delete query[list],
    );
    query.Account = {
      edges: [
        { node: { Id: ACCOUNT, Coverage_Synced_At__c: { value: synced ? '2026-12-01T02:00:00.000+0000' : null } } },
      ],
    };
    // The members' users once, in the User list (the page's semi-join on the pairs), not nested in every pair.
    const users = new Map();
    for (const { node } of query.Relationship__c.edges) {
      if (node.Team_Member__r)
        users.set(node.Team_Member__c.value, { Id: node.Team_Member__c.value, ...node.Team_Member__r });
      delete node.Team_Member__r;
    }
    query.User = { edges: [...users.values()].map((node) => ({ node })) };
    for (const edge of query.Relationship__c.edges) {
      const node = edge.node;
      const graded = node.Grade__c && node.Grade__c.value;
      Object.assign(node, {
        Suggested_Grade__c: { value: synced && !graded ? 'S' : null },
        Grade_Reasons__c: {
          value: synced && !graded ? 'last meeting 2026-11-10\n2 touches in the last 90 days' : null,
        },
        Last_Touch__c: { value: synced ? '2026-11-10' : null },
        Last_Meeting__c: { value: synced ? '2026-11-10' : null },
        Touches_90d__c: { value: synced ? 2 : null },
      });
    }
    return query;
  }

  it('takes each pair’s evidence from its svc fields and says when the sync ran', () => {
    const built = buildPlan(pageAnswer(), ACCOUNT, '2026-12-01');
    expect(built.evidence).toBe('sync');
    expect(built.plan.touches).toEqual([]);
    expect(built.plan.evidence.length).toBe(response.uiapi.query.Relationship__c.edges.length);
    const ungraded = built.plan.evidence.find((e) => e.suggested);
    expect(ungraded).toMatchObject({
      recentTouches: 2,
      lastTouch: '2026-11-10',
      lastMeeting: '2026-11-10',
      reasons: ['last meeting 2026-11-10', '2 touches in the last 90 days'],
    });
    expect(built.syncedAt).toBe('2026-12-01T02:00:00.000+0000');
    expect(freshnessText({ syncedAt: '2026-12-01T02:00:00.000Z', evidence: 'sync' })).toMatch(
      /^Suggested grades are from activity up to the sync of 2026-12-0\d \d\d:\d\d\.$/,
    );
  });

  it('takes the buyer roles the sync found in opportunity contact roles from Implied_Buyer_Roles__c', () => {
    const DAN = '003000000000004AAA';
    const query = pageAnswer();
    for (const { node } of query.Contact.edges) {
      node.Implied_Buyer_Roles__c = { value: node.Id === DAN ? 'Advisor;Power' : node.Id === ADA ? 'User' : null };
    }
    const built = buildPlan(query, ACCOUNT, '2026-12-01');
    const roles = Object.fromEntries(built.plan.contacts.map((c) => [c.id, c.roles]));
    expect(roles[DAN]).toEqual(['Power', 'Advisor']);
    expect(roles[ADA]).toEqual(['Power']);
    expect([...built.rolesImplied]).toEqual([DAN]);
  });

  it('joins each pair to its member from the User list: the members the nested users gave', () => {
    const page = pageAnswer();
    expect(page.User.edges.length).toBeGreaterThan(0);
    expect(page.Relationship__c.edges.filter((e) => e.node.Team_Member__r)).toEqual([]);
    const nested = buildPlan(response.uiapi.query, ACCOUNT, '2026-12-01').plan.members;
    expect(buildPlan(page, ACCOUNT, '2026-12-01').plan.members).toEqual(nested);
    // Without the account team (an org without Account Teams) the pairs' members still have their names.
    delete page.AccountTeamMember;
    const members = buildPlan(page, ACCOUNT, '2026-12-01').plan.members;
    expect(members.map((m) => m.name)).toEqual(
      nested.filter((m) => page.User.edges.some((e) => e.node.Id === m.id)).map((m) => m.name),
    );
    expect(members.every((m) => m.name !== m.id)).toBe(true);
  });

  it('reads members without the user fields field-level security hid, and says so', () => {
    const page = pageAnswer();
    delete page.AccountTeamMember;
    for (const { node } of page.User.edges) delete node.Seniority__c;
    const members = buildPlan(page, ACCOUNT, '2026-12-01').plan.members;
    expect(members.length).toBe(page.User.edges.length);
    expect(members.filter((m) => m.seniority)).toEqual([]);
    expect(readNotices({ hiddenFields: ['User.Seniority__c'] })).toEqual([
      'Some team member details are hidden from you by field-level security (User.Seniority__c), so the map shows ' +
        'team members without them; a seniority not shown counts as read from the title, or Staff.',
    ]);
    expect(readNotices({ hiddenFields: ['User.Title', 'Relationship__c.Touches_90d__c'] })).toHaveLength(2);
  });

  it('says which sync results field-level security hid, the implied buyer roles among them', () => {
    expect(readNotices({ hiddenFields: ['Contact.Implied_Buyer_Roles__c'] })).toEqual([
      'Some results of the nightly sync are hidden from you by field-level security (Contact.Implied_Buyer_Roles__c), ' +
        'so suggested grades, their reasons and the buyer roles implied by opportunity contact roles may be incomplete.',
    ]);
  });

  it('an account the sync never saw: no evidence, no suggestions, and a sentence saying why', () => {
    const built = buildPlan(pageAnswer({ synced: false }), ACCOUNT, '2026-12-01');
    expect(built.plan.evidence).toEqual([]);
    expect(freshnessText(built)).toMatch(/has not analyzed this account yet/);
    // The page reads no activity and no contact roles itself: implied roles, too, wait for the sync.
    expect(built.plan.touches).toEqual([]);
    expect(built.plan.opportunities).toEqual([]);
    expect(built.rolesImplied.size).toBe(0);
    expect(freshnessText(built)).toMatch(/buyer roles from opportunity contact roles, follow after the next sync/);
  });
});

describe('record save errors', () => {
  it('name the field of each field error, as uiRecordApi reports them (body.output.fieldErrors)', () => {
    const error = {
      body: {
        message: 'An error occurred while trying to update the record.',
        output: {
          errors: [],
          fieldErrors: {
            Grade__c: [
              {
                errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
                field: 'Grade__c',
                fieldLabel: 'Grade',
                message: 'Unable to create/update fields: Grade__c. Please check the security settings of this field.',
              },
            ],
            Graded_On__c: [
              { errorCode: 'INVALID_TYPE', field: 'Graded_On__c', fieldLabel: 'Graded On', message: 'bad date' },
            ],
          },
        },
      },
    };
    expect(errorMessages(error)).toEqual([
      'Grade: Unable to create/update fields: Grade__c. Please check the security settings of this field.',
      'Graded On: bad date',
    ]);
    expect(errorMessages({ body: { output: { errors: [{ message: 'Record locked' }], fieldErrors: {} } } })).toEqual([
      'Record locked',
    ]);
    expect(readNotices({ partial: true, hiddenFields: ['Relationship__c.Touches_90d__c'] })).toHaveLength(2);
    expect(readNotices({ partial: false })).toEqual([]);
  });
});
