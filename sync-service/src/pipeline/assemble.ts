import { pairTouches, type AccountPlan, type BuyerRole } from '@contact-plan/planning-core';
import {
  evidenceRecords,
  groupBy,
  isUserId,
  readAccountPlans,
  relationChangeDays,
  relationshipRepFields,
  type SkipCounts,
} from '@contact-plan/plan-reader';
import type { SfRecord } from '../salesforce';
import { day, num, text } from './fields';
import { planRecordsOf, type BatchSources } from './sources';

export interface RelationshipSvcFields {
  Suggested_Grade__c?: string;
  Effective_Grade__c?: string;
  Grade_Reasons__c?: string;
  Last_Touch__c?: string;
  Last_Meeting__c?: string;
  Touches_90d__c?: number;
  /** The gravity countdown: the day the manual grade drops one level (docs/method.md §1.4.3). */
  Grade_Drops_On__c?: string;
  /** A next best move on the pair (docs/method.md §1.6.3): its goal grade and what it would add to the score. */
  Next_Move_Goal__c?: string;
  Next_Move_Gain__c?: number;
}

export interface ExistingRelationship {
  id: string;
  /** Pair_Key__c as the record was created with it (kept when a rep re-points Contact__c). */
  key?: string;
  contactId: string;
  memberId: string;
  /** A rep has graded, keyed or given a horizon to this pair, or planned a blueprint on it. */
  hasRepData: boolean;
  svc: RelationshipSvcFields;
}

export interface ExistingWarning {
  id: string;
  key: string;
  severity?: string;
  message?: string;
}

export interface ExistingSnapshot {
  id: string;
  values: Record<string, number | undefined>;
}

export interface ExistingAccount {
  coverageScore?: number;
  coverageSyncedAt?: string;
  reviewOn?: string;
}

export interface PairActivity {
  lastTouch?: string;
  /** The last meeting on or before the sync date (Last_Meeting__c): the page re-suggests grades from it. */
  lastMeeting?: string;
  recentTouches: number;
}

/** A contact homed on the account, with the svc field the sync keeps on it. */
export interface ExistingContact {
  id: string;
  /** Implied_Buyer_Roles__c as the org holds it (`Power;User`), if set. */
  impliedRoles?: string;
}

export interface AssembledAccount {
  plan: AccountPlan;
  /** The first day after the plan date on which a related contact joins or leaves by date alone (no edit). */
  relationsChangeOn?: string;
  /** The buyer roles each contact's opportunity contact roles imply (the plan reader's `impliedRoles`). */
  impliedRoles: Map<string, BuyerRole[]>;
  /** By `contactId:memberId`. */
  activity: Map<string, PairActivity>;
  existing: {
    account: ExistingAccount;
    relationships: ExistingRelationship[];
    /**
     * The contacts whose home is this account (not ones related through AccountContactRelation): the sync writes
     * their implied roles from this account's opportunities.
     */
    contacts: ExistingContact[];
    /** Open warnings, by Warning_Key__c. */
    warnings: ExistingWarning[];
    snapshot?: ExistingSnapshot;
  };
}

export interface AssembleOptions {
  roleMapping?: Readonly<Record<string, BuyerRole | null>>;
  /** The core's touch window (Settings.touchWindowDays): touches in the last this-many days, day N included, count for Touches_90d__c. */
  recentWindowDays: number;
  /** Activities older than this many days before asOf are no evidence (the core's evidenceHorizonDays). */
  horizonDays: number;
}

export type { SkipCounts };

export interface AssembleResult {
  accounts: AssembledAccount[];
  skipped: SkipCounts;
}

/** A pair inside one account's plan (the core's cell): `contactId:memberId`. */
export const pairKey = (contactId: string, memberId: string): string => `${contactId}:${memberId}`;

/**
 * The Pair_Key__c a new record of the pair takes (docs/contracts.md, "Pair identity"): `accountId:contactId:userId`,
 * or with `:2`, `:3`, … when a record of the account already holds that key (a rep re-pointed its Contact__c).
 */
export function recordKey(accountId: string, contactId: string, memberId: string, taken: ReadonlySet<string>): string {
  const base = `${accountId}:${contactId}:${memberId}`;
  if (!taken.has(base.toLowerCase())) return base;
  let n = 2;
  while (taken.has(`${base}:${n}`.toLowerCase())) n += 1;
  return `${base}:${n}`;
}

/**
 * Last touch, last meeting and recent touches per pair, for the svc fields Last_Touch__c, Last_Meeting__c and
 * Touches_90d__c: the core counts the touches; the last meeting is the newest meeting on or before the plan date.
 */
function pairActivity(plan: AccountPlan, touchWindowDays: number): Map<string, PairActivity> {
  const activity = new Map<string, PairActivity>(
    pairTouches(plan, { touchWindowDays }).map((p) => [
      pairKey(p.contactId, p.memberId),
      { lastTouch: p.lastTouch, recentTouches: p.recentTouches },
    ]),
  );
  for (const t of plan.touches) {
    if (t.kind !== 'meeting' || t.date > plan.asOf) continue;
    const a = activity.get(pairKey(t.contactId, t.memberId));
    if (a && (!a.lastMeeting || t.date > a.lastMeeting)) a.lastMeeting = t.date;
  }
  return activity;
}

/** What the org holds of ours on one account's Relationship__c rows: the svc fields, and whether a rep used the pair. */
function existingRelationships(rows: readonly SfRecord[], blueprints: Map<string, SfRecord[]>): ExistingRelationship[] {
  return rows.flatMap((r) => {
    const contactId = text(r.Contact__c);
    const memberId = text(r.Team_Member__c);
    if (!contactId || !isUserId(memberId)) return [];
    const repFields = relationshipRepFields(r);
    return [
      {
        id: String(r.Id),
        key: text(r.Pair_Key__c),
        contactId,
        memberId,
        hasRepData: Object.keys(repFields).length > 0 || blueprints.has(String(r.Id)),
        svc: {
          Suggested_Grade__c: text(r.Suggested_Grade__c),
          Effective_Grade__c: text(r.Effective_Grade__c),
          Grade_Reasons__c: text(r.Grade_Reasons__c),
          Last_Touch__c: day(r.Last_Touch__c),
          Last_Meeting__c: day(r.Last_Meeting__c),
          Touches_90d__c: num(r.Touches_90d__c),
          Grade_Drops_On__c: day(r.Grade_Drops_On__c),
          Next_Move_Goal__c: text(r.Next_Move_Goal__c),
          Next_Move_Gain__c: num(r.Next_Move_Gain__c),
        },
      },
    ];
  });
}

/**
 * Builds one AccountPlan per account of the batch from its raw source rows (through the plan reader, the one the
 * LWCs use), plus what the org holds of ours.
 */
export function assemble(sources: BatchSources, options: AssembleOptions): AssembleResult {
  const skipped: SkipCounts = {};
  const count = (reason: string, n = 1): void => {
    skipped[reason] = (skipped[reason] ?? 0) + n;
  };

  const accountRows = groupBy(sources.accounts, 'Id');
  const relationshipRows = groupBy(sources.relationships, 'Account__c');
  const warningRows = groupBy(sources.warnings, 'Account__c');
  const snapshotRows = groupBy(sources.snapshots, 'Account__c');
  const contactRows = groupBy(sources.contacts, 'AccountId');
  const blueprintsByRelationship = groupBy(sources.blueprints, 'Relationship__c');
  // A closed record whose contact is not on its account is history (moves.ts): never updated, never deleted.
  const onAccount = new Set(sources.contacts.map((c) => `${String(c.AccountId)}:${String(c.Id)}`));
  const departed = (r: SfRecord): boolean =>
    Boolean(text(r.Closed_On__c)) && !onAccount.has(`${String(r.Account__c)}:${String(r.Contact__c)}`);

  const found = sources.accountIds.filter((id) => accountRows.has(id));
  const missing = sources.accountIds.length - found.length;
  if (missing) count('account not found (deleted or not visible)', missing);
  // Activities and contacts as evidence: completed tasks and not-declined meetings within the horizon, every
  // contact of a shared task, contacts related to a second account.
  const evidence = evidenceRecords(planRecordsOf(sources), {
    asOf: sources.asOf,
    horizonDays: options.horizonDays,
    roleMapping: options.roleMapping,
  });
  const relationChanges = relationChangeDays(sources.contactRelations, sources.asOf);
  const reads = readAccountPlans(evidence, found, {
    asOf: sources.asOf,
    roleMapping: options.roleMapping,
  });

  const accounts: AssembledAccount[] = [];
  for (const accountId of found) {
    const accountRow = accountRows.get(accountId)![0]!;
    const { plan, impliedRoles, skipped: planSkips } = reads.get(accountId)!;
    for (const [reason, n] of Object.entries(planSkips)) count(reason, n);
    const snapshotRow = snapshotRows.get(accountId)?.find((s) => day(s.As_Of__c) === sources.asOf);
    accounts.push({
      plan,
      ...(relationChanges.has(accountId) ? { relationsChangeOn: relationChanges.get(accountId) } : {}),
      impliedRoles,
      activity: pairActivity(plan, options.recentWindowDays),
      existing: {
        account: {
          coverageScore: num(accountRow.Coverage_Score__c),
          coverageSyncedAt: text(accountRow.Coverage_Synced_At__c),
          reviewOn: day(accountRow.Coverage_Review_On__c),
        },
        relationships: existingRelationships(
          (relationshipRows.get(accountId) ?? []).filter((r) => !departed(r)),
          blueprintsByRelationship,
        ),
        contacts: (contactRows.get(accountId) ?? []).map((c) => ({
          id: String(c.Id),
          impliedRoles: text(c.Implied_Buyer_Roles__c),
        })),
        warnings: (warningRows.get(accountId) ?? [])
          .filter((w) => text(w.Status__c) === 'Open' && text(w.Warning_Key__c))
          .map((w) => ({
            id: String(w.Id),
            key: String(w.Warning_Key__c),
            severity: text(w.Severity__c),
            message: text(w.Message__c),
          })),
        snapshot: snapshotRow
          ? {
              id: String(snapshotRow.Id),
              values: Object.fromEntries(
                Object.entries(snapshotRow)
                  .filter(([k]) => k === 'Score__c' || k.startsWith('Count_'))
                  .map(([k, v]) => [k, num(v)]),
              ),
            }
          : undefined,
      },
    });
  }
  return { accounts, skipped };
}
