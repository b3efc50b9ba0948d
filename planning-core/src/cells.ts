import type { AccountPeople } from './account';
import { toDayNumber } from './dates';
import { emptyEvidence, hasEvidence, suggestGrade, type PairEvidence } from './evidence';
import { applyGravity } from './gravity';
import type { Settings } from './settings';
import type { AccountPlan, Cell, Grade } from './types';

/**
 * A cell of the contact map plus what the rules need to know about it. The map has one cell per contact–member
 * pair that has a Relationship record (graded or not, key or not) or whose evidence suggests a grade; pairs with
 * neither are blank and are left out, so a plan of 100 contacts × 20 members does not produce 2,000 empty cells.
 */
export interface CellDetail {
  cell: Cell;
  /** Set when gravity lowered the manual grade. */
  slipped?: { from: Grade; to: Grade; quietDays: number };
  /** Day number on which this cell's grades would change if nothing new happened. */
  changesOn?: number;
}

export function pairKey(contactId: string, memberId: string): string {
  return `${contactId}\u0001${memberId}`;
}

function collectEvidence(plan: AccountPlan, people: AccountPeople, asOfDay: number): Map<string, PairEvidence> {
  const byPair = new Map<string, PairEvidence>();
  const evidenceFor = (contactId: string, memberId: string): PairEvidence => {
    const key = pairKey(contactId, memberId);
    let evidence = byPair.get(key);
    if (!evidence) byPair.set(key, (evidence = emptyEvidence()));
    return evidence;
  };
  for (const touch of plan.touches) {
    const day = toDayNumber(touch.date);
    const evidence = evidenceFor(touch.contactId, touch.memberId);
    if (day > asOfDay) {
      if (evidence.nextFutureTouchDay === undefined || day < evidence.nextFutureTouchDay)
        evidence.nextFutureTouchDay = day;
      continue;
    }
    evidence.touchDays.push(day);
    if (touch.kind === 'meeting' && (evidence.lastMeetingDay === undefined || day > evidence.lastMeetingDay)) {
      evidence.lastMeetingDay = day;
    }
  }
  for (const opportunity of plan.opportunities) {
    if (opportunity.stage !== 'won') continue;
    const day = toDayNumber(opportunity.closeDate);
    if (day > asOfDay) continue;
    const memberIds = opportunity.memberIds.filter((memberId) => people.members.has(memberId));
    for (const { contactId } of opportunity.contactRoles) {
      if (!people.contacts.has(contactId)) continue;
      for (const memberId of memberIds) {
        const evidence = evidenceFor(contactId, memberId);
        const last = evidence.lastWon;
        if (!last || day > last.day || (day === last.day && opportunity.id < last.opportunityId)) {
          evidence.lastWon = { day, opportunityId: opportunity.id };
        }
      }
    }
  }
  return byPair;
}

function lastTouchDay(evidence: PairEvidence): number | undefined {
  let last: number | undefined;
  for (const day of evidence.touchDays) if (last === undefined || day > last) last = day;
  return last;
}

function compareCells(a: CellDetail, b: CellDetail): number {
  if (a.cell.contactId !== b.cell.contactId) return a.cell.contactId < b.cell.contactId ? -1 : 1;
  if (a.cell.memberId !== b.cell.memberId) return a.cell.memberId < b.cell.memberId ? -1 : 1;
  return 0;
}

export interface BuiltCells {
  /** Sorted by contact id, then member id. */
  details: CellDetail[];
  /** The earliest day a blank pair turns into a cell (a scheduled touch passes), if any. */
  blankChangesOn?: number;
}

/** The map's cells with manual, suggested and effective grades and their reasons. */
export function buildCells(plan: AccountPlan, people: AccountPeople, settings: Settings, asOfDay: number): BuiltCells {
  const evidenceByPair = collectEvidence(plan, people, asOfDay);
  const details: CellDetail[] = [];
  let blankChangesOn = Infinity;
  const recorded = new Set<string>();

  for (const relationship of plan.relationships) {
    const key = pairKey(relationship.contactId, relationship.memberId);
    recorded.add(key);
    const evidence = evidenceByPair.get(key) ?? emptyEvidence();
    const base = { contactId: relationship.contactId, memberId: relationship.memberId };
    if (relationship.grade) {
      const gradedOnDay = relationship.gradedOn === undefined ? undefined : toDayNumber(relationship.gradedOn);
      const gravity = applyGravity(relationship.grade, gradedOnDay, lastTouchDay(evidence), asOfDay, settings);
      const cell: Cell = {
        ...base,
        manual: relationship.grade,
        effective: gravity.effective,
        reasons: gravity.reasons,
        key: relationship.key === true,
      };
      const slipped =
        gravity.effective !== relationship.grade
          ? { from: relationship.grade, to: gravity.effective, quietDays: gravity.quietDays ?? 0 }
          : undefined;
      const changesOn =
        gravity.changesOn === undefined
          ? evidence.nextFutureTouchDay
          : Math.min(gravity.changesOn, evidence.nextFutureTouchDay ?? Infinity);
      details.push({ cell, slipped, changesOn });
      continue;
    }
    const suggestion = suggestGrade(evidence, asOfDay, settings);
    const cell: Cell = suggestion.grade
      ? {
          ...base,
          suggested: suggestion.grade,
          effective: suggestion.grade,
          reasons: suggestion.reasons,
          key: relationship.key === true,
        }
      : {
          ...base,
          reasons: hasEvidence(evidence) ? suggestion.reasons : ['no grade yet and no recorded touch'],
          key: relationship.key === true,
        };
    details.push({ cell, changesOn: suggestion.changesOn });
  }

  for (const [key, evidence] of evidenceByPair) {
    if (recorded.has(key)) continue;
    const suggestion = suggestGrade(evidence, asOfDay, settings);
    const [contactId = '', memberId = ''] = key.split('\u0001');
    if (!suggestion.grade) {
      // A blank pair is not a cell, but a scheduled touch still changes it once its date has passed.
      if (suggestion.changesOn !== undefined && !(suggestion.changesOn >= blankChangesOn)) {
        blankChangesOn = suggestion.changesOn;
      }
      continue;
    }
    const cell: Cell = {
      contactId,
      memberId,
      suggested: suggestion.grade,
      effective: suggestion.grade,
      reasons: suggestion.reasons,
      key: false,
    };
    details.push({ cell, changesOn: suggestion.changesOn });
  }
  details.sort(compareCells);
  return { details, blankChangesOn: Number.isFinite(blankChangesOn) ? blankChangesOn : undefined };
}
