import type { SfRecord } from '../salesforce';
import type { PlannedWrites } from './diff';
import type { BatchSources } from './sources';

// Ids shaped like Salesforce's: 3-character key prefix, 18 characters in all.
export const ACCOUNT = '001000000000001AAA';
export const ADA = '003000000000001AAA'; // Power buyer by field, Executive
export const BOB = '003000000000002AAA'; // buyer only through an opportunity contact role
export const CY = '003000000000003AAA'; // no role, no activity
export const OTHER_CONTACT = '003000000000009AAA'; // on another account
export const UMA = '005000000000001AAA'; // account team, VP
export const VIC = '005000000000002AAA'; // opportunity owner
export const WES = '005000000000003AAA'; // meeting invitee
export const OPP = '006000000000001AAA';
export const EVENT = '00U000000000001AAA';
export const ASOF = '2026-11-22';

export function demoSources(): BatchSources {
  return {
    asOf: ASOF,
    accountIds: [ACCOUNT],
    accounts: [{ Id: ACCOUNT, Coverage_Score__c: null, Coverage_Synced_At__c: null, Coverage_Review_On__c: null }],
    contacts: [
      {
        Id: ADA,
        AccountId: ACCOUNT,
        Name: 'Ada Ng',
        Title: 'Chief Executive Officer',
        Seniority__c: 'Executive',
        Buyer_Roles__c: 'Power;Evangelist',
        Department: 'Board',
      },
      {
        Id: BOB,
        AccountId: ACCOUNT,
        Name: 'Bob Ruiz',
        Title: 'Ops Manager',
        Seniority__c: null,
        Buyer_Roles__c: null,
        Department: 'Ops',
      },
      { Id: CY, AccountId: ACCOUNT, Name: '', Title: null, Seniority__c: null, Buyer_Roles__c: null, Department: null },
    ],
    accountTeam: [
      { AccountId: ACCOUNT, UserId: UMA },
      { AccountId: ACCOUNT, UserId: UMA }, // duplicate team entry
    ],
    opportunities: [
      { Id: OPP, AccountId: ACCOUNT, OwnerId: VIC, IsClosed: true, IsWon: true, CloseDate: '2026-09-30' },
    ],
    opportunityTeam: [],
    contactRoles: [{ OpportunityId: OPP, ContactId: BOB, Role: 'Business User' }],
    tasks: [
      {
        Id: '00T000000000001AAA',
        AccountId: ACCOUNT,
        WhoId: ADA,
        OwnerId: UMA,
        ActivityDate: '2026-11-01',
        TaskSubtype: 'Call',
        IsClosed: true,
      },
      {
        Id: '00T000000000002AAA',
        AccountId: ACCOUNT,
        WhoId: ADA,
        OwnerId: UMA,
        ActivityDate: '2026-11-10',
        TaskSubtype: 'Email',
        IsClosed: true,
      },
      {
        Id: '00T000000000003AAA',
        AccountId: ACCOUNT,
        WhoId: OTHER_CONTACT,
        OwnerId: UMA,
        ActivityDate: '2026-11-10',
        TaskSubtype: 'Call',
        IsClosed: true,
      },
      {
        Id: '00T000000000004AAA',
        AccountId: ACCOUNT,
        WhoId: ADA,
        OwnerId: UMA,
        ActivityDate: null,
        TaskSubtype: 'Call',
        IsClosed: true,
      },
    ],
    events: [
      {
        Id: EVENT,
        AccountId: ACCOUNT,
        WhoId: ADA,
        OwnerId: UMA,
        ActivityDate: '2026-11-15',
        StartDateTime: '2026-11-15T09:00:00.000Z',
      },
    ],
    eventRelations: [{ EventId: EVENT, RelationId: WES }],
    taskRelations: [],
    contactRelations: [],
    relatedContacts: [],
    users: [
      { Id: UMA, Name: 'Uma Patel', Title: 'VP Sales', Seniority__c: 'VP' },
      { Id: VIC, Name: 'Vic Osei', Title: 'Account Executive', Seniority__c: null },
      { Id: WES, Name: 'Wes Kim', Title: null, Seniority__c: null },
    ],
    relationships: [],
    blueprints: [],
    warnings: [],
    snapshots: [],
  };
}

/** Plays planned writes onto the sources the way the org would, so a second pass sees the result. */
export function applyToSources(sources: BatchSources, writes: PlannedWrites): BatchSources {
  let seq = 0;
  const newId = (prefix: string): string => `${prefix}${String(++seq).padStart(15, '0')}`;
  const upsertInto = (rows: SfRecord[], key: string, records: SfRecord[], prefix: string): SfRecord[] => {
    const out = rows.map((r) => ({ ...r }));
    for (const rec of records) {
      const hit = out.find((r) => r[key] === rec[key]);
      if (hit) Object.assign(hit, rec);
      else out.push({ Id: newId(prefix), ...rec });
    }
    return out;
  };
  const updateIn = (rows: SfRecord[], records: SfRecord[]): SfRecord[] =>
    rows.map((r) => ({ ...r, ...records.find((u) => u.Id === r.Id) }));
  const rels = updateIn(
    upsertInto(sources.relationships, 'Pair_Key__c', writes.relationships.upserts, 'a00'),
    writes.relationships.updates,
  );
  const deleted = new Set(writes.relationships.deletes);
  return {
    ...sources,
    accounts: updateIn(sources.accounts, writes.accounts.updates),
    contacts: updateIn(sources.contacts, writes.contacts.updates),
    relationships: rels.filter((r) => !deleted.has(String(r.Id))),
    warnings: updateIn(
      upsertInto(sources.warnings, 'Warning_Key__c', writes.warnings.upserts, 'a01'),
      writes.warnings.updates,
    ).filter((w) => w.Status__c === 'Open'),
    snapshots: updateIn(
      upsertInto(sources.snapshots, 'Snapshot_Key__c', writes.snapshots.upserts, 'a02'),
      writes.snapshots.updates,
    ),
  };
}
