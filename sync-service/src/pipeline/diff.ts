import { BUYER_ROLES, type AccountAnalysis, type Cell, type Warning } from '@contact-plan/planning-core';
import type { WriteRecord } from '../salesforce';
import { pairKey, recordKey, type AssembledAccount, type RelationshipSvcFields } from './assemble';
import { multi } from './fields';

/** The writes one sync plans; `upserts` create by external id, `updates` change only the listed fields by Id. */
export interface PlannedWrites {
  relationships: { upserts: WriteRecord[]; updates: WriteRecord[]; deletes: string[] };
  warnings: { upserts: WriteRecord[]; updates: WriteRecord[] };
  snapshots: { upserts: WriteRecord[]; updates: WriteRecord[] };
  /** Contact.Implied_Buyer_Roles__c, the one field of Contact the sync writes. */
  contacts: { updates: WriteRecord[] };
  accounts: { updates: WriteRecord[] };
}

export const emptyWrites = (): PlannedWrites => ({
  relationships: { upserts: [], updates: [], deletes: [] },
  warnings: { upserts: [], updates: [] },
  snapshots: { upserts: [], updates: [] },
  contacts: { updates: [] },
  accounts: { updates: [] },
});

export function countWrites(w: PlannedWrites): number {
  return (
    w.relationships.upserts.length +
    w.relationships.updates.length +
    w.relationships.deletes.length +
    w.warnings.upserts.length +
    w.warnings.updates.length +
    w.snapshots.upserts.length +
    w.snapshots.updates.length +
    w.contacts.updates.length +
    w.accounts.updates.length
  );
}

export function mergeWrites(into: PlannedWrites, from: PlannedWrites): PlannedWrites {
  into.relationships.upserts.push(...from.relationships.upserts);
  into.relationships.updates.push(...from.relationships.updates);
  into.relationships.deletes.push(...from.relationships.deletes);
  into.warnings.upserts.push(...from.warnings.upserts);
  into.warnings.updates.push(...from.warnings.updates);
  into.snapshots.upserts.push(...from.snapshots.upserts);
  into.snapshots.updates.push(...from.snapshots.updates);
  into.contacts.updates.push(...from.contacts.updates);
  into.accounts.updates.push(...from.accounts.updates);
  return into;
}

export interface DiffContext {
  /** The sync's timestamp (ISO 8601), written to Synced_At__c / Coverage_Synced_At__c of changed records. */
  now: string;
  /** Coverage_Review_On__c to hold after this sync. */
  reviewOn: string | undefined;
}

const REASONS_MAX = 4000;
const MESSAGE_MAX = 2000;

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export const warningKey = (accountId: string, w: Pick<Warning, 'rule' | 'contactId' | 'memberId'>): string =>
  `${accountId}:${w.rule}:${w.contactId ?? ''}:${w.memberId ?? ''}`;

const hasContent = (c: Cell): boolean => Boolean(c.manual || c.suggested || c.effective || c.key);

/** Fields whose value differs; undefined and null and '' count as the same blank. */
function changedFields(want: Record<string, unknown>, have: Record<string, unknown>): Record<string, unknown> {
  const blank = (v: unknown): unknown => (v === undefined || v === '' ? null : v);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(want)) if (blank(v) !== blank(have[k])) out[k] = blank(v);
  return out;
}

/**
 * Compares one account's analysis with the records of ours the org holds and returns only the writes that
 * change something. Never names a rep field. Pure: the same inputs give the same writes.
 */
export function diffAccount(account: AssembledAccount, analysis: AccountAnalysis, ctx: DiffContext): PlannedWrites {
  const writes = emptyWrites();
  const accountId = analysis.accountId;
  const asOf = analysis.asOf;
  const existing = account.existing;

  // Relationship__c svc fields.
  const existingByPair = new Map(existing.relationships.map((r) => [pairKey(r.contactId, r.memberId), r]));
  // Keys are case-insensitive in the org (18-character ids differ from their 15-character form only in case).
  const takenKeys = new Set(existing.relationships.flatMap((r) => (r.key ? [r.key.toLowerCase()] : [])));
  const wanted = new Set<string>();
  // A next best move on a blank cell gets a record too, so that the rep it names can read it (My relationships).
  const moves = new Map(analysis.nextMoves.map((move) => [pairKey(move.contactId, move.memberId), move]));
  const cellsByPair = new Map(analysis.cells.map((cell) => [pairKey(cell.contactId, cell.memberId), cell]));
  const blankMoves = analysis.nextMoves
    .filter((move) => !cellsByPair.has(pairKey(move.contactId, move.memberId)))
    .map((move): Cell => ({ contactId: move.contactId, memberId: move.memberId, reasons: [], key: false }));
  for (const cell of [...analysis.cells, ...blankMoves]) {
    const key = pairKey(cell.contactId, cell.memberId);
    const current = existingByPair.get(key);
    const move = moves.get(key);
    // A record held only for its move carries no grade reasons: the core gives its cell some once the record exists.
    const onlyMove = !hasContent(cell) && !current?.hasRepData;
    if (onlyMove && !move) continue;
    wanted.add(key);
    const activity = account.activity.get(key);
    const svc: RelationshipSvcFields = {
      Suggested_Grade__c: cell.suggested,
      Effective_Grade__c: cell.effective,
      Grade_Reasons__c: !onlyMove && cell.reasons.length ? clip(cell.reasons.join('\n'), REASONS_MAX) : undefined,
      Last_Touch__c: activity?.lastTouch,
      Last_Meeting__c: activity?.lastMeeting,
      Touches_90d__c: activity?.recentTouches ?? 0,
      Grade_Drops_On__c: cell.dropsOn,
      Next_Move_Goal__c: move?.goal,
      Next_Move_Gain__c: move?.gain,
    };
    if (!current) {
      // The identity fields go out only here, creating the pair; updates below name svc fields alone.
      writes.relationships.upserts.push({
        Pair_Key__c: recordKey(accountId, cell.contactId, cell.memberId, takenKeys),
        Account__c: accountId,
        Contact__c: cell.contactId,
        Team_Member__c: cell.memberId,
        ...changedFields(svc as Record<string, unknown>, {}),
        Synced_At__c: ctx.now,
      });
      continue;
    }
    const changed = changedFields(svc as Record<string, unknown>, current.svc as Record<string, unknown>);
    if (Object.keys(changed).length)
      writes.relationships.updates.push({ Id: current.id, ...changed, Synced_At__c: ctx.now });
  }
  for (const r of existing.relationships) {
    if (!r.hasRepData && !wanted.has(pairKey(r.contactId, r.memberId))) writes.relationships.deletes.push(r.id);
  }

  // Coverage_Warning__c: open what the core reports, resolve what it no longer does. A deleted contact can be named
  // by the warning's key but not by its lookup.
  const deleted = new Set(
    (account.plan.departures ?? []).filter((d) => d.reason === 'deleted').map((d) => d.contactId),
  );
  const openByKey = new Map(existing.warnings.map((w) => [w.key, w]));
  const reported = new Set<string>();
  for (const w of analysis.warnings) {
    const key = warningKey(accountId, w);
    if (reported.has(key)) continue;
    reported.add(key);
    const message = clip(w.message, MESSAGE_MAX);
    const current = openByKey.get(key);
    if (!current) {
      writes.warnings.upserts.push({
        Warning_Key__c: key,
        Account__c: accountId,
        Rule__c: w.rule,
        Severity__c: w.severity,
        Message__c: message,
        Contact__c: w.contactId && !deleted.has(w.contactId) ? w.contactId : null,
        Team_Member__c: w.memberId ?? null,
        Status__c: 'Open',
        First_Seen__c: asOf,
        Last_Seen__c: asOf,
      });
      continue;
    }
    const changed = changedFields(
      { Severity__c: w.severity, Message__c: message },
      { Severity__c: current.severity, Message__c: current.message },
    );
    if (Object.keys(changed).length) writes.warnings.updates.push({ Id: current.id, ...changed, Last_Seen__c: asOf });
  }
  for (const w of existing.warnings) {
    if (!reported.has(w.key)) writes.warnings.updates.push({ Id: w.id, Status__c: 'Resolved' });
  }

  // Coverage_Snapshot__c: one per account and day.
  const counts = analysis.warnings.reduce<Record<string, number>>((acc, w) => {
    acc[w.severity] = (acc[w.severity] ?? 0) + 1;
    return acc;
  }, {});
  const snapshot: Record<string, number> = {
    Score__c: analysis.score,
    Count_T__c: analysis.gradeCounts.T,
    Count_O__c: analysis.gradeCounts.O,
    Count_S__c: analysis.gradeCounts.S,
    Count_I__c: analysis.gradeCounts.I,
    Count_D__c: analysis.gradeCounts.D,
    Count_M__c: analysis.gradeCounts.M,
    Count_Critical__c: counts.critical ?? 0,
    Count_High__c: counts.high ?? 0,
    Count_Medium__c: counts.medium ?? 0,
    Count_Low__c: counts.low ?? 0,
  };
  if (!existing.snapshot) {
    writes.snapshots.upserts.push({
      Snapshot_Key__c: `${accountId}:${asOf}`,
      Account__c: accountId,
      As_Of__c: asOf,
      ...snapshot,
    });
  } else {
    const changed = changedFields(snapshot, existing.snapshot.values);
    if (Object.keys(changed).length) writes.snapshots.updates.push({ Id: existing.snapshot.id, ...changed });
  }

  // Contact.Implied_Buyer_Roles__c: the roles the account's opportunity contact roles imply, for the page (which
  // cannot read contact roles); cleared when they imply none any more. Compared as sets: the org may keep a
  // multi-select's values in another order.
  const canonicalRoles = (value: string | undefined): string =>
    BUYER_ROLES.filter((role) => multi(value).includes(role)).join(';');
  for (const contact of existing.contacts) {
    const want = (account.impliedRoles.get(contact.id) ?? []).join(';');
    if (want !== canonicalRoles(contact.impliedRoles))
      writes.contacts.updates.push({ Id: contact.id, Implied_Buyer_Roles__c: want || null });
  }

  // Account summary: stamped with the sync time only when something of this account changes.
  const summary = changedFields(
    { Coverage_Score__c: analysis.score, Coverage_Review_On__c: ctx.reviewOn },
    { Coverage_Score__c: existing.account.coverageScore, Coverage_Review_On__c: existing.account.reviewOn },
  );
  if (Object.keys(summary).length || countWrites(writes) > 0 || !existing.account.coverageSyncedAt) {
    writes.accounts.updates.push({ Id: accountId, ...summary, Coverage_Synced_At__c: ctx.now });
  }
  return writes;
}
