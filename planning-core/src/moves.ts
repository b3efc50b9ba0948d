import { pairNumber } from './account';
import { BLANK_COUNTS_AS } from './blueprint';
import type { CellDetail } from './cells';
import { gradeName, oneLevelUp } from './grades';
import { COVERAGE_RULES, compareWarnings } from './rules';
import { fewOpen, trustInflation } from './rules/mix-rules';
import { contactName, memberName, type CoverageContext } from './rules/context';
import { scoreOfSeats, type ScoreBreakdown, type ScoreSeat } from './score';
import { seniorityRank } from './seniority';
import type { Blueprint, Cell, Grade, NextMove, Warning } from './types';
import { ROLE_INFO } from './roles';

// Next best moves (docs/method.md §1.6.3): the cells whose goal grade, one level up, would raise the coverage score
// the most. Each candidate is scored as the account would be with that grade set today, without analysing the whole
// account again for every candidate: a grade on contact c only changes the warnings about c and the account-wide
// warnings, and the account-wide ones depend only on which grade is replaced by which (they count grades).

/** The rules that judge the account's grade mix: they count grades over all of its relationships. */
const MIX_RULES = [trustInflation, fewOpen];
const MIX_RULE_CODES: ReadonlySet<string> = new Set(['TRUST_INFLATION', 'FEW_OPEN']);

interface Candidate {
  detail?: CellDetail;
  contactId: string;
  memberId: string;
  pair: number;
  from?: Grade;
  goal: Grade;
}

/** The cell as it would be with `goal` set by a rep today. */
function movedDetail(candidate: Candidate): CellDetail {
  const cell: Cell = {
    contactId: candidate.contactId,
    memberId: candidate.memberId,
    manual: candidate.goal,
    effective: candidate.goal,
    reasons: [],
    key: candidate.detail?.cell.key === true,
  };
  return { cell, pair: candidate.pair };
}

/** A context of the same account in which only `replaced` differs, restricted to `contactIds` (all when absent). */
function contextWith(
  context: CoverageContext,
  replaced: CellDetail,
  contactIds: ReadonlySet<string> | undefined,
  detailsOf: (contactId: string) => readonly CellDetail[],
  blueprintsOf: (contactId: string) => ReadonlyMap<number, Blueprint[]>,
): CoverageContext {
  const contactId = replaced.cell.contactId;
  const source = contactIds ? detailsOf(contactId) : context.details;
  const details: CellDetail[] = [];
  let placed = false;
  for (const detail of source) {
    if (!placed && detail.pair >= replaced.pair) {
      details.push(replaced);
      placed = true;
      if (detail.pair === replaced.pair) continue;
    }
    details.push(detail);
  }
  if (!placed) details.push(replaced);
  const cellByPair = new Map<number, CellDetail>();
  const relationships: Cell[] = [];
  const relationshipsByContact = new Map<string, Cell[]>();
  for (const detail of details) {
    cellByPair.set(detail.pair, detail);
    const { cell } = detail;
    if (!cell.effective) continue;
    relationships.push(cell);
    const list = relationshipsByContact.get(cell.contactId);
    if (list) list.push(cell);
    else relationshipsByContact.set(cell.contactId, [cell]);
  }
  const view = context.people.contacts.get(contactId);
  const people = contactIds && view ? { ...context.people, contacts: new Map([[contactId, view]]) } : context.people;
  const activeBlueprints = contactIds ? new Map(blueprintsOf(contactId)) : context.activeBlueprints;
  return { ...context, people, details, cellByPair, relationships, relationshipsByContact, activeBlueprints };
}

/** A warning about someone on the map, as the score counts it (the rest are account-wide). */
const onPerson = (context: CoverageContext, warning: Warning): boolean =>
  warning.contactId !== undefined && context.people.contacts.has(warning.contactId);

function rolesText(context: CoverageContext, contactId: string): string {
  const roles = context.people.contacts.get(contactId)?.roles ?? [];
  return roles.length ? ` (${roles.map((role) => ROLE_INFO[role].name).join(', ')})` : '';
}

function describe(context: CoverageContext, candidate: Candidate, gain: number): string {
  const who = memberName(context, candidate.memberId);
  const whom = `${contactName(context, candidate.contactId)}${rolesText(context, candidate.contactId)}`;
  const goal = gradeName(candidate.goal);
  return candidate.from
    ? `${who}: from ${gradeName(candidate.from)} to ${goal} with ${whom}: +${gain}`
    : `${who}: a first relationship (${goal}) with ${whom}: +${gain}`;
}

/** Every cell one grade up from where it is, and a first relationship for buyers known by fewer than two of us. */
function candidatesOf(context: CoverageContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const detail of context.details) {
    const { cell } = detail;
    const goal = oneLevelUp(cell.effective ?? BLANK_COUNTS_AS);
    if (!goal) continue;
    const base = { detail, contactId: cell.contactId, memberId: cell.memberId, pair: detail.pair, goal };
    candidates.push(cell.effective ? { ...base, from: cell.effective } : base);
  }
  const firstGoal = oneLevelUp(BLANK_COUNTS_AS) as Grade;
  for (const contactId of context.people.contactIds) {
    const view = context.people.contacts.get(contactId);
    if (!view || view.roles.length === 0 || (context.relationshipsByContact.get(contactId)?.length ?? 0) >= 2) continue;
    for (const memberId of context.people.memberIds) {
      const pair = pairNumber(context.people, contactId, memberId) as number;
      if (context.cellByPair.has(pair)) continue;
      candidates.push({ contactId, memberId, pair, goal: firstGoal });
    }
  }
  return candidates;
}

/**
 * The account's next best moves: for each contact the one cell whose goal grade raises the score most, the best
 * `nextMovesPerAccount` of them, largest gain first. Ties go to an existing cell over a blank one, then to the more
 * senior member, then to the lower contact id and member id. Moves that gain nothing are left out.
 */
export function nextBestMoves(
  context: CoverageContext,
  warnings: readonly Warning[],
  base: ScoreBreakdown,
): NextMove[] {
  const { settings } = context;
  const limit = settings.nextMovesPerAccount;
  if (limit === 0) return [];
  const detailsByContact = new Map<string, CellDetail[]>();
  for (const detail of context.details) {
    const list = detailsByContact.get(detail.cell.contactId);
    if (list) list.push(detail);
    else detailsByContact.set(detail.cell.contactId, [detail]);
  }
  const blueprintsByContact = new Map<string, Map<number, Blueprint[]>>();
  for (const [pair, blueprints] of context.activeBlueprints) {
    const contactId = (blueprints[0] as Blueprint).contactId;
    let map = blueprintsByContact.get(contactId);
    if (!map) blueprintsByContact.set(contactId, (map = new Map()));
    map.set(pair, blueprints);
  }
  const detailsOf = (contactId: string): readonly CellDetail[] => detailsByContact.get(contactId) ?? [];
  const blueprintsOf = (contactId: string): ReadonlyMap<number, Blueprint[]> =>
    blueprintsByContact.get(contactId) ?? new Map();

  // Account-wide points: the grade-mix rules count grades, so they depend only on how the move changes the counts;
  // the other account-wide warnings (and those on people no longer on the map) do not look at grades.
  const share = settings.scorePersonShares;
  const points = settings.scoreAccountPoints;
  const isMix = (warning: Warning): boolean => MIX_RULE_CODES.has(warning.rule);
  let fixedPoints = 0;
  for (const warning of warnings)
    if (!onPerson(context, warning) && !isMix(warning)) fixedPoints += points[warning.severity];
  const pointsByCounts = new Map<string, number>();
  const accountPoints = (candidate: Candidate): number => {
    const from = candidate.from;
    const counts = `${countDelta(from, candidate.goal, 'T')}:${countDelta(from, candidate.goal, 'O')}:${from ? 0 : 1}`;
    let found = pointsByCounts.get(counts);
    if (found === undefined) {
      const relationships = context.relationships.filter(
        (cell) => !(cell.contactId === candidate.contactId && cell.memberId === candidate.memberId),
      );
      relationships.push(movedDetail(candidate).cell);
      const mix = { ...context, relationships };
      found = fixedPoints;
      for (const rule of MIX_RULES) for (const warning of rule(mix)) found += points[warning.severity];
      pointsByCounts.set(counts, found);
    }
    return found;
  };

  // A contact without a buyer role whom nobody knows has no seat until the move makes them known.
  const seated = new Set(base.seats.map((seat) => seat.contactId));
  const seatsFor = (contactId: string): readonly ScoreSeat[] => {
    if (seated.has(contactId)) return base.seats;
    const rankOf = (id: string | undefined): number =>
      id === undefined ? Infinity : (context.people.contactRank.get(id) ?? Infinity);
    const mine = rankOf(contactId);
    const at = base.seats.findIndex((seat) => rankOf(seat.contactId) > mine);
    const seat: ScoreSeat = { contactId, weight: settings.scoreOtherContactWeight, coverage: 0 };
    const seats = [...base.seats];
    seats.splice(at < 0 ? seats.length : at, 0, seat);
    return seats;
  };

  const only = new Set<string>();
  const best = new Map<string, { candidate: Candidate; gain: number }>();
  const rank = (memberId: string): number => seniorityRank(context.people.members.get(memberId)?.seniority ?? 'Staff');
  const order = (a: Candidate, b: Candidate): number =>
    Number(!a.detail) - Number(!b.detail) ||
    rank(a.memberId) - rank(b.memberId) ||
    (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0);
  for (const candidate of candidatesOf(context)) {
    // What the move could gain at most (the contact's seat whole): not worth checking when that cannot beat the best.
    const seats = seatsFor(candidate.contactId);
    const pointsAfter = accountPoints(candidate);
    const ceiling =
      scoreOfSeats(seats, pointsAfter, { contactId: candidate.contactId, coverage: 1 }).score - base.score;
    const leading = best.get(candidate.contactId)?.gain ?? 0;
    if (ceiling <= 0 || ceiling < leading) continue;
    const moved = movedDetail(candidate);
    only.clear();
    only.add(candidate.contactId);
    const local = contextWith(context, moved, only, detailsOf, blueprintsOf);
    // The seat keeps what the warnings about the contact leave of it, multiplied in the analysis' order.
    let coverage = 1;
    const about = COVERAGE_RULES.flatMap((rule) => rule(local))
      .filter((warning) => warning.contactId === candidate.contactId)
      .sort(compareWarnings);
    for (const warning of about) coverage *= 1 - share[warning.severity];
    const { score } = scoreOfSeats(seats, pointsAfter, {
      contactId: candidate.contactId,
      coverage,
    });
    const gain = score - base.score;
    if (gain <= 0) continue;
    const current = best.get(candidate.contactId);
    if (!current || gain > current.gain || (gain === current.gain && order(candidate, current.candidate) < 0)) {
      best.set(candidate.contactId, { candidate, gain });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.gain - a.gain || (a.candidate.contactId < b.candidate.contactId ? -1 : 1))
    .slice(0, limit)
    .map(({ candidate, gain }) => {
      const move: NextMove = {
        contactId: candidate.contactId,
        memberId: candidate.memberId,
        goal: candidate.goal,
        gain,
        why: describe(context, candidate, gain),
      };
      if (candidate.from) move.from = candidate.from;
      return move;
    });
}

/** How a move changes the number of relationships at `grade`: -1, 0 or +1. */
function countDelta(from: Grade | undefined, goal: Grade, grade: Grade): number {
  return (goal === grade ? 1 : 0) - (from === grade ? 1 : 0);
}
