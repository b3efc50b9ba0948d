import { DEFAULT_SETTINGS, evidenceHorizonDays } from '@contact-plan/planning-core';
import { evidenceRecords, relationChangeDays, type FetchedRecords } from './evidence';
import { readAccountPlans } from './read';

const A = '001000000000001AAA';
const B = '001000000000002AAA';
const DANA = '005000000000001AAA';
const [C1, C2, C3, C4] = [1, 2, 3, 4].map((n) => `00300000000000${n}AAA`) as [string, string, string, string];
const ASOF = '2026-11-20';

const contact = (Id: string, AccountId: string, Buyer_Roles__c: string | null = null) => ({
  Id,
  AccountId,
  Name: `Contact ${Id.slice(13, 15)}`,
  Buyer_Roles__c,
});
const task = (Id: string, WhoId: string, ActivityDate: string, IsClosed = true) => ({
  Id,
  AccountId: A,
  WhoId,
  OwnerId: DANA,
  ActivityDate,
  TaskSubtype: 'Call',
  IsClosed,
});
const event = (Id: string, WhoId: string, ActivityDate: string) => ({
  Id,
  AccountId: A,
  WhoId,
  OwnerId: DANA,
  ActivityDate,
  StartDateTime: `${ActivityDate}T10:00:00.000+0000`,
});

const records: FetchedRecords = {
  Contact: [contact(C1, A), contact(C2, A), contact(C3, A), contact(C4, B)],
  Task: [
    task('00T000000000001AAA', C1, '2026-11-10'),
    // Open: a plan, not a touch (overdue or due later).
    task('00T000000000002AAA', C2, '2026-11-01', false),
    task('00T000000000003AAA', C2, '2026-12-01', false),
    // On the horizon's first day and one day beyond it.
    task('00T000000000004AAA', C3, '2025-11-20'),
    task('00T000000000005AAA', C3, '2025-11-19'),
  ],
  TaskRelation: [
    { TaskId: '00T000000000001AAA', RelationId: C1, IsWhat: false },
    { TaskId: '00T000000000001AAA', RelationId: C2, IsWhat: false },
    { TaskId: '00T000000000001AAA', RelationId: A, IsWhat: true },
  ],
  Event: [event('00U000000000001AAA', C1, '2026-11-12'), event('00U000000000002AAA', C3, '2026-11-13')],
  EventRelation: [
    { EventId: '00U000000000001AAA', RelationId: C2, Status: 'Declined' },
    { EventId: '00U000000000001AAA', RelationId: C3, Status: 'Accepted' },
    { EventId: '00U000000000002AAA', RelationId: C3, Status: 'Declined' },
  ],
  AccountContactRelation: [
    { AccountId: A, ContactId: C4, IsDirect: false, IsActive: true, Roles: 'Decision Maker' },
    { AccountId: B, ContactId: C1, IsDirect: false, IsActive: false, Roles: null },
  ],
};

describe('activities and contacts as evidence', () => {
  it('reaches back as far as the longest window: 365 days with the default settings', () => {
    expect(evidenceHorizonDays(DEFAULT_SETTINGS)).toBe(365);
    expect(evidenceHorizonDays({ ...DEFAULT_SETTINGS, wonWindowDays: 100, gravityStepDays: 120 })).toBe(360);
  });

  it('counts completed tasks within the horizon for every contact on them, and meetings nobody declined', () => {
    const view = evidenceRecords(records, { asOf: ASOF, horizonDays: 365 });
    const plan = readAccountPlans(view, [A, B], { asOf: ASOF }).get(A)!.plan;
    const touches = plan.touches.map((t) => `${t.contactId.slice(13, 15)}:${t.kind}:${t.date}`).sort();
    expect(touches).toEqual([
      '01:call:2026-11-10',
      '01:meeting:2026-11-12',
      // C2 shares the call through TaskRelation; C2 declined the meeting.
      '02:call:2026-11-10',
      '03:call:2025-11-20',
      // C3 accepted the first meeting; declined the second, the event's own contact.
      '03:meeting:2026-11-12',
    ]);
  });

  it('puts a contact related to a second account on that account, with the relation roles as buyer roles', () => {
    const view = evidenceRecords(records, { asOf: ASOF, horizonDays: 365 });
    const plans = readAccountPlans(view, [A, B], { asOf: ASOF });
    expect(plans.get(A)!.plan.contacts.map((c) => [c.id, c.roles])).toEqual([
      [C1, []],
      [C2, []],
      [C3, []],
      [C4, ['Power']],
    ]);
    // The inactive relation of C1 to B adds nothing.
    expect(plans.get(B)!.plan.contacts.map((c) => c.id)).toEqual([C4]);
  });
});

describe('relationChangeDays', () => {
  const related = (accountId: string, dates: { StartDate?: string; EndDate?: string }, extra = {}) => ({
    AccountId: accountId,
    ContactId: '003000000000009AAA',
    IsDirect: false,
    IsActive: true,
    ...dates,
    ...extra,
  });

  it('dates the first day a related contact joins or leaves an account by the calendar alone', () => {
    const days = relationChangeDays(
      [
        // Ends on the 3rd: still related that day, gone on the 4th.
        related('001A', { EndDate: '2026-12-03' }),
        // Starts on the 10th, ends later: the start comes first.
        related('001A', { StartDate: '2026-12-10', EndDate: '2027-01-31' }),
        related('001B', { StartDate: '2026-12-02' }),
        // Already started and never ends, already over, a direct relation, an inactive one: no day ahead.
        related('001C', { StartDate: '2026-01-01' }),
        related('001C', { EndDate: '2026-11-30' }),
        related('001D', { EndDate: '2026-12-05' }, { IsDirect: true }),
        related('001E', { EndDate: '2026-12-05' }, { IsActive: 'false' }),
      ],
      '2026-12-01',
    );
    expect([...days].sort()).toEqual([
      ['001A', '2026-12-04'],
      ['001B', '2026-12-02'],
    ]);
  });

  it('has nothing to say without relations', () => {
    expect(relationChangeDays(undefined, '2026-12-01').size).toBe(0);
  });
});
