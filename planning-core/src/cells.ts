import { pairIds, pairNumber, type AccountPeople } from './account';
import { fromDayNumber, memoDayNumber } from './dates';
import { emptyEvidence, evidenceFromSummary, lastTouchOf, suggestGrade, type PairEvidence } from './evidence';
import { gradeRank, isBetter } from './grades';
import { applyGravity, nextGravityDrop } from './gravity';
import type { Settings } from './settings';
import type { AccountPlan, Cell, Grade, HistoryEntry, Relationship } from './types';

/**
 * A cell of the contact map plus what the rules need to know about it. The map has one cell per contact–member
 * pair that has a Relationship record (graded or not, key or not) or whose evidence suggests a grade; pairs with
 * neither are blank and are left out, so a plan of 100 contacts × 20 members does not produce 2,000 empty cells.
 */
export interface CellDetail {
  cell: Cell;
  /** The pair's number (see pairNumber). */
  pair: number;
  /** Set when gravity lowered the manual grade. */
  slipped?: { from: Grade; to: Grade; quietDays: number };
  /** Day number on which this cell's grades would change if nothing new happened. */
  changesOn?: number;
}

export interface BuiltCells {
  /** Sorted by contact id, then member id. */
  details: CellDetail[];
  /** What each pair's cell was built from, by pair number. */
  inputsByPair: Map<number, PairInputs>;
  /** The earliest day a blank pair turns into a cell (a scheduled touch passes), if any. */
  blankChangesOn?: number;
}

export interface PairInputs {
  relationship?: Relationship;
  evidence?: PairEvidence;
  /** The best relationship the contact brings from another account with this member (docs/method.md §1.6.6). */
  inherited?: { entry: HistoryEntry; grade: Grade; day: number };
}

/** Evidence never suggests above S, and a relationship known elsewhere is evidence, not judgment. */
const capAtSatisfied = (grade: Grade): Grade => (gradeRank(grade) < gradeRank('S') ? 'S' : grade);

/** The first index of `details` (in pair order) whose pair is not below `pair`. */
export function firstAtOrAfter(details: readonly { pair: number }[], pair: number): number {
  let low = 0;
  let high = details.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((details[middle] as { pair: number }).pair < pair) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Pair numbers in ascending order (a typed array sorts numbers without a comparator). */
export function ascendingPairs(byPair: Map<number, unknown>): Float64Array {
  const pairs = new Float64Array(byPair.size);
  let index = 0;
  for (const pair of byPair.keys()) pairs[index++] = pair;
  return pairs.sort();
}

/** Relationships, evidence and inherited history by pair number; a plan with evidence summaries takes its evidence from them alone. */
export function collectInputs(
  plan: AccountPlan,
  people: AccountPeople,
  asOfDay: number,
  settings: Settings,
  dayOf: (date: string) => number = memoDayNumber,
): Map<number, PairInputs> {
  const byPair = new Map<number, PairInputs>();
  const inputsFor = (pair: number): PairInputs => {
    let inputs = byPair.get(pair);
    if (!inputs) byPair.set(pair, (inputs = {}));
    return inputs;
  };
  const evidenceFor = (pair: number): PairEvidence => {
    const inputs = inputsFor(pair);
    return inputs.evidence ?? (inputs.evidence = emptyEvidence());
  };
  for (const relationship of plan.relationships) {
    const pair = pairNumber(people, relationship.contactId, relationship.memberId);
    if (pair !== undefined) inputsFor(pair).relationship = relationship;
  }
  for (const contact of plan.contacts) {
    for (const entry of contact.history ?? []) {
      const pair = pairNumber(people, contact.id, entry.memberId);
      const day = dayOf(entry.date);
      if (pair === undefined || day > asOfDay || asOfDay - day > settings.historyWindowDays) continue;
      const grade = capAtSatisfied(entry.grade);
      const inputs = inputsFor(pair);
      const best = inputs.inherited;
      if (!best || isBetter(grade, best.grade) || (grade === best.grade && day > best.day)) {
        inputs.inherited = { entry, grade, day };
      }
    }
  }
  if (plan.evidence) {
    for (const summary of plan.evidence) {
      const pair = pairNumber(people, summary.contactId, summary.memberId);
      if (pair !== undefined) inputsFor(pair).evidence = evidenceFromSummary(summary, dayOf);
    }
    return byPair;
  }
  for (const touch of plan.touches) {
    const pair = pairNumber(people, touch.contactId, touch.memberId);
    if (pair === undefined) continue;
    const day = dayOf(touch.date);
    const evidence = evidenceFor(pair);
    if (day > asOfDay) {
      if (evidence.nextFutureTouchDay === undefined || day < evidence.nextFutureTouchDay)
        evidence.nextFutureTouchDay = day;
      (evidence.scheduledTouchDays ??= []).push(day);
      continue;
    }
    evidence.touchDays.push(day);
    if (touch.kind === 'meeting' && (evidence.lastMeetingDay === undefined || day > evidence.lastMeetingDay)) {
      evidence.lastMeetingDay = day;
    }
  }
  for (const opportunity of plan.opportunities) {
    if (opportunity.stage !== 'won') continue;
    const day = dayOf(opportunity.closeDate);
    if (day > asOfDay) continue;
    for (const { contactId } of opportunity.contactRoles) {
      for (const memberId of opportunity.memberIds) {
        const pair = pairNumber(people, contactId, memberId);
        if (pair === undefined) continue;
        const evidence = evidenceFor(pair);
        const last = evidence.lastWon;
        if (!last || day > last.day || (day === last.day && opportunity.id < last.opportunityId)) {
          evidence.lastWon = { day, opportunityId: opportunity.id };
        }
      }
    }
  }
  return byPair;
}

const NO_DAYS: readonly number[] = [];
/** The evidence of a pair with none (suggestGrade only reads it). */
const NO_EVIDENCE: PairEvidence = Object.freeze(emptyEvidence());

function gradedCell(
  pair: number,
  ids: { contactId: string; memberId: string },
  relationship: Relationship & { grade: Grade },
  evidence: PairEvidence | undefined,
  asOfDay: number,
  settings: Settings,
  dayOf: (date: string) => number,
): CellDetail {
  const gradedOnDay = relationship.gradedOn === undefined ? undefined : dayOf(relationship.gradedOn);
  const lastTouch = lastTouchOf(evidence);
  const gravity = applyGravity(relationship.grade, gradedOnDay, lastTouch, asOfDay, settings);
  const cell: Cell = {
    contactId: ids.contactId,
    memberId: ids.memberId,
    manual: relationship.grade,
    effective: gravity.effective,
    reasons: gravity.reasons,
    key: relationship.key === true,
  };
  const scheduled = evidence?.scheduledTouchDays ?? NO_DAYS;
  const drop = nextGravityDrop(relationship.grade, gradedOnDay, lastTouch, scheduled, asOfDay, settings);
  if (drop) {
    cell.dropsOn = fromDayNumber(drop.day);
    cell.dropsTo = drop.to;
  }
  const detail: CellDetail = { cell, pair };
  if (gravity.effective !== relationship.grade) {
    detail.slipped = { from: relationship.grade, to: gravity.effective, quietDays: gravity.quietDays ?? 0 };
  }
  const future = evidence?.nextFutureTouchDay;
  const changesOn = gravity.changesOn === undefined ? future : Math.min(gravity.changesOn, future ?? Infinity);
  if (changesOn !== undefined) detail.changesOn = changesOn;
  return detail;
}

/** One pair's cell, or (a blank pair) the day a scheduled touch would make it one, if any. */
export type PairCell = { detail: CellDetail } | { detail?: undefined; blankChangesOn?: number };

/** The cell of one pair from its inputs: the same for a pair whatever the rest of the plan holds. */
export function pairCell(
  pair: number,
  inputs: PairInputs,
  people: AccountPeople,
  settings: Settings,
  asOfDay: number,
  dayOf: (date: string) => number,
): PairCell {
  const { relationship, evidence, inherited } = inputs;
  const ids = pairIds(people, pair);
  const { contactId, memberId } = ids;
  if (relationship?.grade) {
    const graded = relationship as Relationship & { grade: Grade };
    return { detail: gradedCell(pair, ids, graded, evidence, asOfDay, settings, dayOf) };
  }
  const suggestion = suggestGrade(evidence ?? NO_EVIDENCE, asOfDay, settings);
  if (inherited) {
    const { entry, grade, day } = inherited;
    const member = people.members.get(memberId)?.member.name || memberId;
    suggestion.reasons.push(`known to ${member} at ${entry.accountName}: ${entry.grade}, ${entry.date.slice(0, 7)}`);
    if (!suggestion.grade || isBetter(grade, suggestion.grade)) suggestion.grade = grade;
    const expires = day + settings.historyWindowDays + 1;
    if (suggestion.changesOn === undefined || expires < suggestion.changesOn) suggestion.changesOn = expires;
  }
  if (!suggestion.grade && !relationship) {
    // A blank pair is not a cell, but a scheduled touch still changes it once its date has passed.
    return suggestion.changesOn === undefined ? {} : { blankChangesOn: suggestion.changesOn };
  }
  const key = relationship?.key === true;
  const cell: Cell = suggestion.grade
    ? {
        contactId,
        memberId,
        suggested: suggestion.grade,
        effective: suggestion.grade,
        reasons: suggestion.reasons,
        key,
      }
    : { contactId, memberId, reasons: ['no grade yet and no recorded touch'], key };
  const detail: CellDetail = { cell, pair };
  if (suggestion.changesOn !== undefined) detail.changesOn = suggestion.changesOn;
  return { detail };
}

/** The map's cells with manual, suggested and effective grades and their reasons. */
export function buildCells(plan: AccountPlan, people: AccountPeople, settings: Settings, asOfDay: number): BuiltCells {
  const dayOf = memoDayNumber;
  const inputsByPair = collectInputs(plan, people, asOfDay, settings, dayOf);
  const details: CellDetail[] = [];
  let blankChangesOn: number | undefined;
  for (const pair of ascendingPairs(inputsByPair)) {
    const found = pairCell(pair, inputsByPair.get(pair) as PairInputs, people, settings, asOfDay, dayOf);
    if (found.detail) details.push(found.detail);
    else if (found.blankChangesOn !== undefined && !(found.blankChangesOn >= (blankChangesOn ?? Infinity))) {
      blankChangesOn = found.blankChangesOn;
    }
  }
  return blankChangesOn === undefined ? { details, inputsByPair } : { details, inputsByPair, blankChangesOn };
}
