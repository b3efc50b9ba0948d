import { gradeName, oneLevelUp } from './grades';
import type { Reach } from './reach';
import { contactName, memberName, type CoverageContext } from './rules/context';
import { isSeniorLeader, seniorityRank } from './seniority';
import type { Cell, Grade, KeySuggestion } from './types';

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
 * A key suggestion before it is put into words: its pair and what makes it urgent. The panel shows a few of an
 * account's hundreds, so the words are made only for those read (describeKeySuggestion).
 */
export type KeyCandidate = {
  contactId: string;
  memberId?: string;
} & (
  | { kind: 'weak'; cell: Cell & { effective: Grade } }
  | { kind: 'uncovered'; because?: string }
  | { kind: 'slipped'; cell: Cell; slipped: { from: Grade; to: Grade }; roles: readonly string[] }
);

const isWeak = (grade: Grade | undefined): boolean => grade === 'M' || grade === 'D' || grade === 'I';

/**
 * The 30/60/90-day focus candidates (docs/method.md §1.6), the first `limit` of them (0: all), most urgent first:
 * relationships at M; uncovered Power buyers with the member best placed to reach them; relationships at D, then I;
 * then buyers whose grade slipped through gravity (to O or S: a slip to I is suggested as an I). Pairs already marked
 * key are skipped; each urgency comes by contact id, then member id. Relationships and cells are in pair order, which
 * is that order, so each urgency is one pass over them, and the passes stop once `limit` are found.
 */
export function keyCandidates(context: CoverageContext, reach: Reach, limit = 0): KeyCandidate[] {
  const wanted = limit > 0 ? limit : Infinity;
  const candidates: KeyCandidate[] = [];
  /** Adds the relationships at `grade`; false once `limit` are found. */
  const addWeak = (grade: Grade): boolean => {
    for (const cell of context.relationships) {
      if (candidates.length >= wanted) return false;
      if (cell.effective !== grade || cell.key) continue;
      const weak = cell as Cell & { effective: Grade };
      candidates.push({ kind: 'weak', contactId: cell.contactId, memberId: cell.memberId, cell: weak });
    }
    return candidates.length < wanted;
  };
  if (!addWeak('M')) return candidates;
  const uncovered: string[] = [];
  for (const [contactId, view] of context.people.contacts) {
    if (view.roles.includes('Power') && !context.relationshipsByContact.has(contactId)) uncovered.push(contactId);
  }
  for (const contactId of uncovered.sort(compareIds)) {
    if (candidates.length >= wanted) return candidates;
    const placed = bestPlacedMember(context, reach, contactId);
    candidates.push(
      placed
        ? { kind: 'uncovered', contactId, memberId: placed.memberId, because: placed.because }
        : { kind: 'uncovered', contactId },
    );
  }
  if (!addWeak('D') || !addWeak('I')) return candidates;
  for (const { cell, slipped } of context.details) {
    if (candidates.length >= wanted) break;
    const view = context.people.contacts.get(cell.contactId);
    if (!slipped || cell.key || !view || view.roles.length === 0 || isWeak(cell.effective)) continue;
    candidates.push({
      kind: 'slipped',
      contactId: cell.contactId,
      memberId: cell.memberId,
      cell,
      slipped,
      roles: view.roles,
    });
  }
  return candidates;
}

/** A candidate in the analysis' words. */
export function describeKeySuggestion(context: CoverageContext, candidate: KeyCandidate): KeySuggestion {
  const { contactId, memberId } = candidate;
  if (candidate.kind === 'weak') {
    const { effective } = candidate.cell;
    // Only I, D and M are weak, so there is always a level above.
    const target = gradeName(oneLevelUp(effective) as Grade);
    return {
      contactId,
      memberId,
      why:
        `${contactName(context, contactId)} is ${gradeName(effective)} with ` +
        `${memberName(context, memberId as string)}: make moving it up to ${target} a focus for the next 30 days.`,
    };
  }
  if (candidate.kind === 'slipped') {
    const { slipped, roles } = candidate;
    return {
      contactId,
      memberId,
      why:
        `${memberName(context, memberId as string)}'s ${slipped.from} with ${contactName(context, contactId)} ` +
        `(${roles.join('/')} buyer) slipped to ${slipped.to}: win it back within 60 days.`,
    };
  }
  const name = contactName(context, contactId);
  return memberId === undefined
    ? { contactId, why: `${name} is a Power buyer nobody knows; add a team member who can reach them.` }
    : {
        contactId,
        memberId,
        why: `${name} is a Power buyer nobody knows; ${memberName(context, memberId)} ${candidate.because}.`,
      };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
