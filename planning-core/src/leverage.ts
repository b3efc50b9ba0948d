import { gradeName, gradeRank } from './grades';
import type { Door, Reach } from './reach';
import { sortShort } from './sorting';
import { contactName, memberName, type CoverageContext } from './rules/context';
import { GRADES, type Grade, type LeverageProposal, type Opportunity } from './types';

export interface Target {
  contactId: string;
  memberId?: string;
}

/** A way in for one member: the path (0 = same contact, 1 = same department, 2 = same open opportunity) and door. */
export interface Candidate {
  viaMemberId: string;
  path: number;
  door: Door;
  opportunity?: Opportunity;
}

/** The targets of one contact: the contact itself when nobody knows them and they are a buyer, else weak cells. */
function targetsOfContact(context: CoverageContext, contactId: string, targets: Target[] = []): Target[] {
  const relationships = context.relationshipsByContact.get(contactId);
  if (!relationships) {
    if ((context.people.contacts.get(contactId)?.roles.length ?? 0) > 0) targets.push({ contactId });
    return targets;
  }
  for (const cell of relationships) {
    if (cell.effective === 'I' || cell.effective === 'D' || cell.effective === 'M') {
      targets.push({ contactId, memberId: cell.memberId });
    }
  }
  return targets;
}

/** Targets in output order: by contact id, the contact-level (uncovered) target first, then weak cells by member. */
function weakTargets(context: CoverageContext): Target[] {
  const targets: Target[] = [];
  for (const contactId of context.people.contactIds) targetsOfContact(context, contactId, targets);
  return targets;
}

const NO_DOORS: readonly Door[] = [];

/** Whether `candidates` from index `start` on already offer `memberId` (at most `leveragePerTarget` to look at). */
function offers(candidates: readonly Candidate[], start: number, memberId: string): boolean {
  for (let index = start; index < candidates.length; index += 1) {
    if ((candidates[index] as Candidate).viaMemberId === memberId) return true;
  }
  return false;
}

/**
 * Adds the doors of one path to `candidates`. Door lists are sorted best first, so a path stops once it has offered
 * `limit` different members (counted from `start`, where the path's candidates begin).
 */
function offer(
  candidates: Candidate[],
  start: number,
  limit: number,
  target: Target,
  doors: readonly Door[],
  path: number,
  opportunity?: Opportunity,
): void {
  for (const door of doors) {
    if (candidates.length - start >= limit) return;
    const via = door.cell.memberId;
    if (via === target.memberId || offers(candidates, start, via)) continue;
    if (path > 0 && door.cell.contactId === target.contactId) continue;
    candidates.push({ viaMemberId: via, path, door, opportunity });
  }
}

function candidatesFor(context: CoverageContext, reach: Reach, target: Target): Candidate[] {
  const limit = context.settings.leveragePerTarget;
  const candidates: Candidate[] = [];
  offer(candidates, 0, limit, target, reach.byContact.get(target.contactId) ?? NO_DOORS, 0);
  const department = reach.departmentOf.get(target.contactId);
  if (department) {
    offer(candidates, candidates.length, limit, target, reach.byDepartment.get(department) ?? NO_DOORS, 1);
  }
  const viaOpportunity = candidates.length;
  for (const opportunity of reach.openOpportunitiesByContact.get(target.contactId) ?? []) {
    offer(
      candidates,
      viaOpportunity,
      limit,
      target,
      reach.byOpportunity.get(opportunity.id) ?? NO_DOORS,
      2,
      opportunity,
    );
  }
  return candidates;
}

/** "has a Trust relationship with" / "has an Open relationship with", by grade: made once, not per proposal. */
const RELATIONSHIP_WITH = Object.fromEntries(
  GRADES.map((grade) => [
    grade,
    grade === 'O' ? 'has an Open relationship with' : `has a ${gradeName(grade)} relationship with`,
  ]),
) as Record<Grade, string>;

function relationshipWith(door: Door): string {
  return RELATIONSHIP_WITH[door.grade];
}

function explain(context: CoverageContext, target: Target, candidate: Candidate): string {
  const { door } = candidate;
  const via = `${memberName(context, door.cell.memberId)} ${relationshipWith(door)}`;
  const name = contactName(context, target.contactId);
  if (candidate.path === 0) return `${via} ${name}`;
  const other = `${via} ${contactName(context, door.cell.contactId)}`;
  if (candidate.path === 1) {
    const department = context.people.contacts.get(target.contactId)?.contact.department?.trim();
    return `${other}, who works in ${department} with ${name}`;
  }
  return `${other} on open opportunity ${candidate.opportunity?.id}, as is ${name}`;
}

function byViaMember(a: Candidate, b: Candidate): number {
  return a.viaMemberId < b.viaMemberId ? -1 : a.viaMemberId > b.viaMemberId ? 1 : 0;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.path !== b.path) return a.path - b.path;
  const byGrade = gradeRank(a.door.grade) - gradeRank(b.door.grade);
  if (byGrade !== 0) return byGrade;
  if (a.viaMemberId !== b.viaMemberId) return a.viaMemberId < b.viaMemberId ? -1 : 1;
  return a.door.cell.contactId < b.door.cell.contactId ? -1 : a.door.cell.contactId > b.door.cell.contactId ? 1 : 0;
}

/** One target's ways in, before they are put into words: at most `leveragePerTarget` members, by via member id. */
export interface LeverageChoice {
  target: Target;
  chosen: Candidate[];
}

/** The ways in of one target, or undefined when nobody on the team has one. */
export function choiceFor(context: CoverageContext, reach: Reach, target: Target): LeverageChoice | undefined {
  const candidates = sortShort(candidatesFor(context, reach, target), compareCandidates);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= context.settings.leveragePerTarget) break;
    if (!offers(chosen, 0, candidate.viaMemberId)) chosen.push(candidate);
  }
  return chosen.length > 0 ? { target, chosen: sortShort(chosen, byViaMember) } : undefined;
}

/** Whether a path offers the target any of `doors` (what `offer` takes first, without building candidates). */
function opens(contactId: string, memberId: string | undefined, doors: readonly Door[] | undefined, path: number) {
  for (const door of doors ?? NO_DOORS) {
    if (door.cell.memberId === memberId || (path > 0 && door.cell.contactId === contactId)) continue;
    return true;
  }
  return false;
}

/** Whether the target (a contact, or its cell with `memberId`) has a way in (choiceFor gives it one), without choosing. */
export function hasWayIn(context: CoverageContext, reach: Reach, contactId: string, memberId?: string): boolean {
  if (context.settings.leveragePerTarget <= 0) return false;
  if (opens(contactId, memberId, reach.byContact.get(contactId), 0)) return true;
  const department = reach.departmentOf.get(contactId);
  if (department && opens(contactId, memberId, reach.byDepartment.get(department), 1)) return true;
  for (const opportunity of reach.openOpportunitiesByContact.get(contactId) ?? []) {
    if (opens(contactId, memberId, reach.byOpportunity.get(opportunity.id), 2)) return true;
  }
  return false;
}

/**
 * Calls `visit` with each target with a way in, in output order, until it returns false (a count or the first few
 * make no target objects for the others).
 */
function eachOpenTarget(
  context: CoverageContext,
  reach: Reach,
  visit: (contactId: string, memberId?: string) => boolean,
): void {
  for (const contactId of context.people.contactIds) {
    const relationships = context.relationshipsByContact.get(contactId);
    if (!relationships) {
      const buyer = (context.people.contacts.get(contactId)?.roles.length ?? 0) > 0;
      if (buyer && hasWayIn(context, reach, contactId) && !visit(contactId)) return;
      continue;
    }
    for (const { effective, memberId } of relationships) {
      if (effective !== 'I' && effective !== 'D' && effective !== 'M') continue;
      if (hasWayIn(context, reach, contactId, memberId) && !visit(contactId, memberId)) return;
    }
  }
}

/** How many targets have a way in (leverageChoices' length). */
export function openTargetCount(context: CoverageContext, reach: Reach): number {
  let count = 0;
  eachOpenTarget(context, reach, () => {
    count += 1;
    return true;
  });
  return count;
}

/** The first `limit` targets (0: all) with a way in, in output order. */
export function openTargets(context: CoverageContext, reach: Reach, limit: number): Target[] {
  const targets: Target[] = [];
  eachOpenTarget(context, reach, (contactId, memberId) => {
    targets.push(memberId === undefined ? { contactId } : { contactId, memberId });
    return limit <= 0 || targets.length < limit;
  });
  return targets;
}

/** The ways in of `contactId`'s targets that `keep` accepts, in output order. */
export function leverageChoicesOf(
  context: CoverageContext,
  reach: Reach,
  contactId: string,
  keep: (target: Target) => boolean,
): LeverageChoice[] {
  const choices: LeverageChoice[] = [];
  for (const target of targetsOfContact(context, contactId)) {
    const choice = keep(target) ? choiceFor(context, reach, target) : undefined;
    if (choice) choices.push(choice);
  }
  return choices;
}

/**
 * For every weak cell (I, D, M) and every buyer nobody knows, the team members whose strong relationships (T or O)
 * could open the door: with the same contact, with a colleague in the same department, or with someone on the same
 * open opportunity. Each member is proposed once per target, through their best path. Targets without a way in are
 * left out; the others come by contact id, then target member id (contact-level targets first).
 */
export function leverageChoices(context: CoverageContext, reach: Reach): LeverageChoice[] {
  const choices: LeverageChoice[] = [];
  for (const target of weakTargets(context)) {
    const choice = choiceFor(context, reach, target);
    if (choice) choices.push(choice);
  }
  return choices;
}

/** One target's proposals, in words, sorted by via member id; added to `into` when given (no list per target). */
export function describeLeverage(
  context: CoverageContext,
  choice: LeverageChoice,
  into: LeverageProposal[] = [],
): LeverageProposal[] {
  const { target } = choice;
  for (const candidate of choice.chosen) {
    const why = explain(context, target, candidate);
    const viaContactId = candidate.door.cell.contactId;
    into.push(
      target.memberId === undefined
        ? { contactId: target.contactId, viaMemberId: candidate.viaMemberId, viaContactId, why }
        : {
            contactId: target.contactId,
            targetMemberId: target.memberId,
            viaMemberId: candidate.viaMemberId,
            viaContactId,
            why,
          },
    );
  }
  return into;
}
