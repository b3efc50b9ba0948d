import { pairNumber } from './account';
import { gradeName, oneLevelUp } from './grades';
import type { Reach } from './reach';
import { contactName, memberName, type CoverageContext } from './rules/context';
import { isSeniorLeader, seniorityRank } from './seniority';
import type { Grade, KeySuggestion } from './types';

/** Urgencies, lower is more urgent: M, an uncovered Power buyer, D, I, then stale grades on buyers. */
const URGENCIES = 5;
const WEAK_URGENCY: Partial<Record<Grade, number>> = { M: 0, D: 2, I: 3 };

/**
 * The member best placed to reach an uncovered buyer: someone already on an open opportunity with them, else
 * someone strong with a colleague in their department, else our most senior member; ties go to the lower id.
 */
function bestPlacedMember(
  context: CoverageContext,
  reach: Reach,
  contactId: string,
): { memberId: string; because: string } | undefined {
  const onOpportunity = new Set<string>();
  for (const opportunity of reach.openOpportunitiesByContact.get(contactId) ?? []) {
    for (const memberId of opportunity.memberIds) if (context.people.members.has(memberId)) onOpportunity.add(memberId);
  }
  const department = context.people.contacts.get(contactId)?.contact.department;
  const key = reach.departmentOf.get(contactId);
  const strongInDepartment = new Set(
    (key ? (reach.byDepartment.get(key) ?? []) : []).map((door) => door.cell.memberId),
  );
  let best: { memberId: string; score: number; rank: number } | undefined;
  for (const [memberId, view] of context.people.members) {
    const score = (onOpportunity.has(memberId) ? 4 : 0) + (strongInDepartment.has(memberId) ? 2 : 0);
    const rank = seniorityRank(view.seniority);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && (rank < best.rank || (rank === best.rank && memberId < best.memberId)));
    if (better) best = { memberId, score, rank };
  }
  if (!best) return undefined;
  const because =
    best.score >= 4
      ? 'already works with them on an open opportunity'
      : best.score >= 2
        ? `already has a strong relationship in ${department?.trim()}`
        : isSeniorLeader(context.people.members.get(best.memberId)?.seniority ?? 'Staff')
          ? 'can meet them as a senior peer'
          : 'is the most senior member of the team';
  return { memberId: best.memberId, because };
}

/**
 * The 30/60/90-day focus candidates (docs/method.md §1.6): relationships at I, D or M; uncovered Power buyers with the
 * member best placed to reach them; and buyers whose grade slipped through gravity. Pairs already marked key are
 * skipped, and each pair is suggested once, for its most urgent reason.
 */
export function suggestKeyIntersections(context: CoverageContext, reach: Reach): KeySuggestion[] {
  // The suggestions by urgency, each list in the order found.
  const byUrgency: KeySuggestion[][] = Array.from({ length: URGENCIES }, () => []);
  for (const cell of context.relationships) {
    const urgency = cell.effective ? WEAK_URGENCY[cell.effective] : undefined;
    if (urgency === undefined || cell.key || !cell.effective) continue;
    // Only I, D and M get here, so there is always a level above.
    const target = gradeName(oneLevelUp(cell.effective) as Grade);
    byUrgency[urgency]?.push({
      contactId: cell.contactId,
      memberId: cell.memberId,
      why:
        `${contactName(context, cell.contactId)} is ${gradeName(cell.effective)} with ` +
        `${memberName(context, cell.memberId)}: make moving it up to ${target} a focus for the next 30 days.`,
    });
  }
  for (const [contactId, view] of context.people.contacts) {
    if (!view.roles.includes('Power') || context.relationshipsByContact.has(contactId)) continue;
    const placed = bestPlacedMember(context, reach, contactId);
    const name = contactName(context, contactId);
    byUrgency[1]?.push(
      placed
        ? {
            contactId,
            memberId: placed.memberId,
            why: `${name} is a Power buyer nobody knows; ${memberName(context, placed.memberId)} ${placed.because}.`,
          }
        : { contactId, why: `${name} is a Power buyer nobody knows; add a team member who can reach them.` },
    );
  }
  for (const { cell, slipped } of context.details) {
    const view = context.people.contacts.get(cell.contactId);
    if (!slipped || cell.key || !view || view.roles.length === 0) continue;
    byUrgency[4]?.push({
      contactId: cell.contactId,
      memberId: cell.memberId,
      why:
        `${memberName(context, cell.memberId)}'s ${slipped.from} with ${contactName(context, cell.contactId)} ` +
        `(${view.roles.join('/')} buyer) slipped to ${slipped.to}: win it back within 60 days.`,
    });
  }
  const suggestions: KeySuggestion[] = [];
  const seen = new Set<number>();
  for (const group of byUrgency) {
    for (const suggestion of group.sort(compareSuggestions)) {
      const pair = suggestionPair(context, suggestion);
      if (seen.has(pair)) continue;
      seen.add(pair);
      suggestions.push(suggestion);
    }
  }
  return suggestions;
}

/** Contact id, then member id (a suggestion without a member first). */
function compareSuggestions(a: KeySuggestion, b: KeySuggestion): number {
  return compareIds(a.contactId, b.contactId) || compareIds(a.memberId ?? '', b.memberId ?? '');
}

/** A number for the suggestion's pair: its pair number, or below zero for a contact without a member. */
function suggestionPair(context: CoverageContext, suggestion: KeySuggestion): number {
  const { contactId, memberId } = suggestion;
  const pair = memberId === undefined ? undefined : pairNumber(context.people, contactId, memberId);
  return pair ?? -1 - (context.people.contactRank.get(contactId) ?? 0);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
