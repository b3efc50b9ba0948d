import { analyzeWithReview, type Settings } from '@contact-plan/planning-core';
import { assemble } from './assemble';
import { countWrites, diffAccount, type PlannedWrites } from './diff';
import { ACCOUNT, ADA, applyToSources, ASOF, BOB, CY, demoSources, UMA, WES } from './fixtures.test-helper';
import type { BatchSources } from './sources';

const NOW = '2026-11-22T02:00:00.000Z';
const REP_FIELDS = ['Grade__c', 'Graded_On__c', 'Key_Intersection__c', 'Focus_Horizon__c'];

function plan(sources: BatchSources, settings?: Partial<Settings>): PlannedWrites {
  const [account] = assemble(sources, { recentWindowDays: 90, horizonDays: 365 }).accounts;
  const { analysis, reviewOn } = analyzeWithReview(account!.plan, settings);
  return diffAccount(account!, analysis, { now: NOW, reviewOn });
}

const allRecords = (w: PlannedWrites): Record<string, unknown>[] => [
  ...w.relationships.upserts,
  ...w.relationships.updates,
  ...w.warnings.upserts,
  ...w.warnings.updates,
  ...w.snapshots.upserts,
  ...w.snapshots.updates,
  ...w.contacts.updates,
  ...w.accounts.updates,
];

/** The Id of Ada's record with `member` among `sources`' relationships. */
const idOf = (sources: BatchSources, member: string): unknown =>
  sources.relationships.find((r) => r.Pair_Key__c === `${ACCOUNT}:${ADA}:${member}`)!.Id;

describe('diffAccount', () => {
  const first = plan(demoSources());

  it('creates relationship, warning and snapshot records and stamps the account on a first sync', () => {
    const pair = first.relationships.upserts.find((r) => r.Pair_Key__c === `${ACCOUNT}:${ADA}:${UMA}`);
    expect(pair).toMatchObject({
      Account__c: ACCOUNT,
      Contact__c: ADA,
      Team_Member__c: UMA,
      Suggested_Grade__c: 'S',
      Effective_Grade__c: 'S',
      Last_Touch__c: '2026-11-15',
      Touches_90d__c: 3,
      Synced_At__c: NOW,
    });
    expect(String(pair!.Grade_Reasons__c)).toContain('2026-11-15');
    expect(first.warnings.upserts.length).toBeGreaterThan(0);
    for (const w of first.warnings.upserts) {
      expect(w.Warning_Key__c).toBe(
        `${ACCOUNT}:${String(w.Rule__c)}:${String(w.Contact__c ?? '')}:${String(w.Team_Member__c ?? '')}`,
      );
      expect(w).toMatchObject({ Status__c: 'Open', First_Seen__c: ASOF, Last_Seen__c: ASOF });
    }
    expect(first.snapshots.upserts).toEqual([
      expect.objectContaining({ Snapshot_Key__c: `${ACCOUNT}:${ASOF}`, As_Of__c: ASOF }),
    ]);
    expect(first.accounts.updates).toEqual([
      expect.objectContaining({
        Id: ACCOUNT,
        Coverage_Score__c: first.snapshots.upserts[0]!.Score__c,
        Coverage_Synced_At__c: NOW,
      }),
    ]);
    expect(first.accounts.updates[0]!.Coverage_Review_On__c).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('never writes a rep field', () => {
    for (const record of allRecords(first)) for (const f of REP_FIELDS) expect(record).not.toHaveProperty(f);
  });

  it('writes nothing when run again on what it wrote', () => {
    const second = plan(applyToSources(demoSources(), first));
    expect(countWrites(second)).toBe(0);
  });

  it('writes the roles contact roles imply to Contact.Implied_Buyer_Roles__c, only when they change', () => {
    // Bob is a Business User on the won deal and has no roles of his own; Ada holds hers and no contact role.
    expect(first.contacts.updates).toEqual([{ Id: BOB, Implied_Buyer_Roles__c: 'User' }]);
    const synced = applyToSources(demoSources(), first);
    synced.contacts.find((c) => c.Id === BOB)!.Buyer_Roles__c = 'Advisor';
    expect(plan(synced).contacts.updates).toEqual([]);
    synced.contactRoles = [
      { OpportunityId: synced.opportunities[0]!.Id, ContactId: BOB, Role: 'Economic Buyer' },
      { OpportunityId: synced.opportunities[0]!.Id, ContactId: ADA, Role: 'Evaluator' },
      { OpportunityId: synced.opportunities[0]!.Id, ContactId: BOB, Role: 'Business User' },
    ];
    const roles = plan(synced);
    expect(roles.contacts.updates).toEqual([
      { Id: ADA, Implied_Buyer_Roles__c: 'Advisor' },
      { Id: BOB, Implied_Buyer_Roles__c: 'Power;User' },
    ]);
    // The org may hand a multi-select back in another order: the same set is no change.
    const settled = applyToSources(synced, roles);
    settled.contacts.find((c) => c.Id === BOB)!.Implied_Buyer_Roles__c = 'User;Power';
    expect(plan(settled).contacts.updates).toEqual([]);
    settled.contactRoles = [];
    expect(plan(settled).contacts.updates).toEqual([
      { Id: ADA, Implied_Buyer_Roles__c: null },
      { Id: BOB, Implied_Buyer_Roles__c: null },
    ]);
  });

  it('writes the next best moves on their cells (a blank cell gets a record of its own) and takes them back', () => {
    const moves = first.relationships.upserts
      .filter((r) => r.Next_Move_Goal__c)
      .map((r) => [r.Pair_Key__c, r.Next_Move_Goal__c, r.Next_Move_Gain__c]);
    // Wes lifts the Power buyer Ada from Indifferent; Uma opens the uncovered User buyer Bob (a blank cell).
    expect(moves).toEqual([
      [`${ACCOUNT}:${ADA}:${WES}`, 'S', 20],
      [`${ACCOUNT}:${BOB}:${UMA}`, 'S', 5],
    ]);
    const bobUma = first.relationships.upserts.find((r) => r.Pair_Key__c === `${ACCOUNT}:${BOB}:${UMA}`)!;
    expect(bobUma).not.toHaveProperty('Grade_Reasons__c');
    expect(bobUma).not.toHaveProperty('Effective_Grade__c');
    const synced = applyToSources(demoSources(), first);
    const none = plan(synced, { nextMovesPerAccount: 0 });
    const bobUmaId = synced.relationships.find((r) => r.Pair_Key__c === `${ACCOUNT}:${BOB}:${UMA}`)!.Id;
    expect(none.relationships.deletes).toEqual([bobUmaId]);
    expect(none.relationships.updates).toEqual([
      { Id: idOf(synced, WES), Next_Move_Goal__c: null, Next_Move_Gain__c: null, Synced_At__c: NOW },
    ]);
  });

  it('changes only the affected records when a rep grades a cell', () => {
    const synced = applyToSources(demoSources(), first);
    const rel = synced.relationships.find((r) => r.Pair_Key__c === `${ACCOUNT}:${ADA}:${UMA}`)!;
    rel.Grade__c = 'D';
    rel.Graded_On__c = '2026-11-20';
    const next = plan(synced);
    expect(next.relationships.upserts).toEqual([]);
    // Ada's best move moves with the grade: from Wes's Indifferent to lifting Uma's new Dissatisfied.
    expect(next.relationships.updates).toEqual([
      expect.objectContaining({ Id: rel.Id, Effective_Grade__c: 'D', Synced_At__c: NOW }),
      { Id: idOf(synced, WES), Next_Move_Goal__c: null, Next_Move_Gain__c: null, Synced_At__c: NOW },
    ]);
    expect(next.relationships.updates[0]).toMatchObject({ Next_Move_Goal__c: 'I' });
    expect(next.relationships.updates[0]).not.toHaveProperty('Grade__c');
    expect(next.warnings.upserts.map((w) => w.Rule__c)).toContain('BELOW_SATISFIED');
    expect(next.accounts.updates).toHaveLength(1);
  });

  it('writes the gravity countdown to Grade_Drops_On__c and clears it when the grade can no longer drop', () => {
    const synced = applyToSources(demoSources(), first);
    const rel = synced.relationships.find((r) => r.Pair_Key__c === `${ACCOUNT}:${ADA}:${UMA}`)!;
    rel.Grade__c = 'O';
    rel.Graded_On__c = '2026-11-20';
    const graded = plan(synced);
    // Graded on 2026-11-20, after the last touch (2026-11-15): O until 2027-02-18, then S.
    expect(graded.relationships.updates).toEqual([
      expect.objectContaining({ Id: rel.Id, Effective_Grade__c: 'O', Grade_Drops_On__c: '2027-02-18' }),
    ]);
    const settled = applyToSources(synced, graded);
    expect(countWrites(plan(settled))).toBe(0);
    const regraded = settled.relationships.find((r) => r.Id === rel.Id)!;
    regraded.Grade__c = 'I';
    const lowered = plan(settled);
    expect(lowered.relationships.updates).toEqual([
      expect.objectContaining({ Id: rel.Id, Effective_Grade__c: 'I', Grade_Drops_On__c: null }),
      { Id: idOf(settled, WES), Next_Move_Goal__c: null, Next_Move_Gain__c: null, Synced_At__c: NOW },
    ]);
  });

  it('deletes relationship records that lost their evidence and carry no rep data, and resolves vanished warnings', () => {
    const synced = applyToSources(demoSources(), first);
    synced.tasks = [];
    synced.events = [];
    synced.eventRelations = [];
    const next = plan(synced);
    const ids = (pair: string): unknown => synced.relationships.find((r) => r.Pair_Key__c === pair)!.Id;
    // Uma's record stays for the move the uncovered Power buyer now needs most: a first relationship, held alone.
    expect(next.relationships.deletes).toEqual([ids(`${ACCOUNT}:${ADA}:${WES}`)]);
    expect(next.relationships.updates).toContainEqual({
      Id: ids(`${ACCOUNT}:${ADA}:${UMA}`),
      Suggested_Grade__c: null,
      Effective_Grade__c: null,
      Grade_Reasons__c: null,
      Last_Touch__c: null,
      Last_Meeting__c: null,
      Touches_90d__c: 0,
      Next_Move_Goal__c: 'S',
      Next_Move_Gain__c: 27,
      Synced_At__c: NOW,
    });
    const belowSatisfied = synced.warnings.find((w) => w.Rule__c === 'BELOW_SATISFIED')!;
    expect(next.warnings.updates).toEqual([{ Id: belowSatisfied.Id, Status__c: 'Resolved' }]);
    expect(next.warnings.upserts.map((w) => w.Warning_Key__c)).toEqual([`${ACCOUNT}:UNCOVERED_BUYER:${ADA}:`]);
    expect(countWrites(plan(applyToSources(synced, next)))).toBe(0);
  });

  it('keeps a relationship record with rep data even without evidence', () => {
    const synced = applyToSources(demoSources(), first);
    const rel = synced.relationships.find((r) => r.Pair_Key__c === `${ACCOUNT}:${ADA}:${UMA}`)!;
    rel.Key_Intersection__c = true;
    synced.tasks = [];
    synced.events = [];
    expect(plan(synced).relationships.deletes).not.toContain(rel.Id);
  });
  it('counts a touch 90 days back in Touches_90d__c, as the grade reasons beside it do, and not one 91 days back', () => {
    // asOf 2026-11-22: day 89 back is 2026-08-25, day 90 is 2026-08-24, day 91 is 2026-08-23
    const sources = demoSources();
    const task = (id: string, date: string) => ({
      Id: id,
      AccountId: ACCOUNT,
      WhoId: ADA,
      OwnerId: UMA,
      ActivityDate: date,
      TaskSubtype: 'Call',
      IsClosed: true,
    });
    sources.tasks = [task('00T000000000089AAA', '2026-08-25'), task('00T000000000091AAA', '2026-08-23')];
    sources.events = [{ ...sources.events[0]!, ActivityDate: '2026-08-24', StartDateTime: '2026-08-24T09:00:00.000Z' }];
    sources.eventRelations = [];
    const pair = plan(sources).relationships.upserts.find((r) => r.Pair_Key__c === `${ACCOUNT}:${ADA}:${UMA}`);
    expect(pair).toMatchObject({ Suggested_Grade__c: 'S', Last_Touch__c: '2026-08-25', Touches_90d__c: 2 });
    expect(String(pair!.Grade_Reasons__c)).toContain('2 touches in the last 90 days');
  });

  it('leaves a record a rep re-pointed to another contact alone, and keys a new record of the old pair apart', () => {
    const synced = applyToSources(demoSources(), first);
    const rel = synced.relationships.find((r) => r.Pair_Key__c === `${ACCOUNT}:${ADA}:${UMA}`)!;
    Object.assign(rel, { Contact__c: CY, Grade__c: 'O', Graded_On__c: '2026-11-20' });
    const next = plan(synced);
    const named = allRecords(next).filter((r) => r.Id === rel.Id);
    for (const r of named)
      expect(Object.keys(r).filter((k) => /^(Account|Contact|Team_Member|Pair_Key)__c$/.test(k))).toEqual([]);
    // Ada still has evidence with Uma: her pair gets a record of its own, keyed beside the re-pointed one.
    expect(next.relationships.upserts).toEqual([
      expect.objectContaining({ Pair_Key__c: `${ACCOUNT}:${ADA}:${UMA}:2`, Contact__c: ADA, Team_Member__c: UMA }),
    ]);
    expect(next.relationships.deletes).not.toContain(rel.Id);
  });
});
