import { PLAN_FIELDS } from '@contact-plan/plan-reader';
import { assemble } from './assemble';
import { ACCOUNT, ADA, BOB, CY, demoSources, OPP, UMA, VIC, WES } from './fixtures.test-helper';
import { SOURCE_FIELDS } from './sources';

describe('assemble', () => {
  const { accounts, skipped } = assemble(demoSources(), { recentWindowDays: 90, horizonDays: 365 });
  const [account] = accounts;
  const plan = account!.plan;

  it('builds contacts with roles from Buyer_Roles__c, else from mapped opportunity contact roles', () => {
    expect(plan.accountId).toBe(ACCOUNT);
    expect(plan.contacts.map((c) => [c.id, c.roles])).toEqual([
      [ADA, ['Power', 'Evangelist']],
      [BOB, ['User']],
      [CY, []],
    ]);
    expect(plan.contacts[0]).toMatchObject({
      seniority: 'Executive',
      title: 'Chief Executive Officer',
      department: 'Board',
    });
    expect(plan.contacts[2]!.name).toBe(CY);
  });

  it('collects members from the account team, opportunity owners and activity owners and invitees, once each', () => {
    expect(plan.members.map((m) => m.id)).toEqual([UMA, VIC, WES]);
    expect(plan.members[0]).toEqual({ id: UMA, name: 'Uma Patel', title: 'VP Sales', seniority: 'VP' });
  });

  it('turns calls, e-mails and meetings (with invitees) into touches', () => {
    expect(plan.touches).toEqual([
      { contactId: ADA, memberId: UMA, date: '2026-11-01', kind: 'call' },
      { contactId: ADA, memberId: UMA, date: '2026-11-10', kind: 'email' },
      { contactId: ADA, memberId: UMA, date: '2026-11-15', kind: 'meeting' },
      { contactId: ADA, memberId: WES, date: '2026-11-15', kind: 'meeting' },
    ]);
    expect(account!.activity.get(`${ADA}:${UMA}`)).toEqual({
      lastTouch: '2026-11-15',
      lastMeeting: '2026-11-15',
      recentTouches: 3,
    });
  });

  it('maps opportunity outcome and team', () => {
    expect(plan.opportunities).toEqual([
      {
        id: OPP,
        stage: 'won',
        closeDate: '2026-09-30',
        memberIds: [VIC],
        contactRoles: [{ contactId: BOB, role: 'Business User' }],
      },
    ]);
  });

  it('counts what it left out, by reason', () => {
    expect(skipped).toEqual({
      'contact without a name (shown by id)': 1,
      'activity without a contact of this account': 1,
      'activity without a date': 1,
    });
  });

  it('feeds rep fields of Relationship__c and blueprints into the plan, and keeps the svc fields as the org state', () => {
    const sources = demoSources();
    sources.relationships = [
      {
        Id: 'a00000000000001AAA',
        Account__c: ACCOUNT,
        Contact__c: BOB,
        Team_Member__c: VIC,
        Grade__c: 'O',
        Graded_On__c: '2026-10-01',
        Key_Intersection__c: true,
        Focus_Horizon__c: '60',
        Suggested_Grade__c: 'S',
        Touches_90d__c: 2,
      },
      {
        Id: 'a00000000000002AAA',
        Account__c: ACCOUNT,
        Contact__c: CY,
        Team_Member__c: UMA,
        Grade__c: 'X',
        Key_Intersection__c: false,
      },
    ];
    sources.blueprints = [
      {
        Id: 'a03000000000001AAA',
        Relationship__c: 'a00000000000001AAA',
        Goal_Grade__c: 'T',
        Status__c: 'active',
        Influence_Strategies__c: 'LIKING;BOGUS',
        Horizon__c: '30',
      },
    ];
    const [a] = assemble(sources, { recentWindowDays: 90, horizonDays: 365 }).accounts;
    expect(a!.plan.relationships).toEqual([
      { contactId: BOB, memberId: VIC, grade: 'O', gradedOn: '2026-10-01', key: true, horizonDays: 60 },
      { contactId: CY, memberId: UMA },
    ]);
    expect(a!.plan.blueprints).toEqual([
      { contactId: BOB, memberId: VIC, goal: 'T', status: 'active', strategies: ['LIKING'], horizonDays: 30 },
    ]);
    expect(a!.existing.relationships.map((r) => [r.id, r.hasRepData, r.svc.Suggested_Grade__c])).toEqual([
      ['a00000000000001AAA', true, 'S'],
      ['a00000000000002AAA', false, undefined],
    ]);
  });

  it('extracts every field the plan reader reads', () => {
    const selected: Readonly<Record<string, readonly string[]>> = SOURCE_FIELDS;
    const missing = Object.entries(PLAN_FIELDS).flatMap(([object, fields]) =>
      fields.filter((f) => !selected[object]?.includes(f)).map((f) => `${object}.${f}`),
    );
    expect(missing).toEqual([]);
  });
});
