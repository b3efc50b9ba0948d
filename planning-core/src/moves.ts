import { pairNumber } from './account';
import { BLANK_COUNTS_AS } from './blueprint';
import { firstAtOrAfter, type CellDetail } from './cells';
import { gradeName, oneLevelUp } from './grades';
import { COVERAGE_RULES } from './rules';
import { noPowerBuyer } from './rules/buyer-rules';
import { contactLeft } from './rules/departure-rules';
import { keyWithoutBlueprint, tooManyKeys } from './rules/key-rules';
import { fewOpen, mixWarnings, trustInflation } from './rules/mix-rules';
import { contactName, memberName, type CoverageContext, type CoverageRule } from './rules/context';
import { scoreOfSeats, type ScoreBreakdown, type ScoreSeat } from './score';
import { seniorityRank } from './seniority';
import {
  GRADES,
  RULES,
  SEVERITIES,
  type Blueprint,
  type Cell,
  type Grade,
  type GradeCounts,
  type NextMove,
  type Rule,
  type Warning,
} from './types';
import { ROLE_INFO } from './roles';

// Next best moves (docs/method.md §1.6.3): the cells whose goal grade, one level up, would raise the coverage score
// the most. Each candidate is scored as the account would be with that grade set today, without analysing the whole
// account again for every candidate: a grade on contact c only changes the warnings about c and the account-wide
// warnings, and the account-wide ones depend only on which grade is replaced by which (they count grades).
//
// Most candidates are not scored at all. A move changes one cell, and the warnings of CELL_RULES on the contact's
// other cells stay, so the score with the contact's seat keeping only what those leave of it bounds what the move can
// gain: its ceiling, cheap to compute. Contacts are looked at from the highest ceiling down; a contact or a candidate
// whose ceiling cannot reach what is already found is skipped, and so is a candidate with the effect of one scored.

/** The rules that judge the account's grade mix: they count grades over all of its relationships. */
const MIX_RULES: readonly CoverageRule[] = [trustInflation, fewOpen];
const MIX_RULE_CODES: ReadonlySet<Rule> = new Set(['TRUST_INFLATION', 'FEW_OPEN']);
/** Rules that read nothing a move changes on a cell (its grades, reasons, slipping): their warnings stay. */
const MOVE_BLIND_RULES: readonly CoverageRule[] = [noPowerBuyer, keyWithoutBlueprint, tooManyKeys, contactLeft];
/** The rules whose warnings about the contact a move can change: every other one, run for each scored candidate. */
/** Their codes (COVERAGE_RULES follows the order of RULES): their warnings are the analysis' own. */
const MOVE_BLIND_RULE_CODES: ReadonlySet<Rule> = new Set(
  MOVE_BLIND_RULES.map((rule) => RULES[COVERAGE_RULES.indexOf(rule)] as Rule),
);
const MOVE_RULES = COVERAGE_RULES.filter((rule) => !MIX_RULES.includes(rule) && !MOVE_BLIND_RULES.includes(rule));
/**
 * Rules each of whose warnings is about one cell (contact and member) and decided by that cell alone: its grades,
 * slipping, key and its pair's blueprints. A move on one cell leaves their warnings on the contact's other cells.
 */
const CELL_RULE_CODES: ReadonlySet<Rule> = new Set([
  'BELOW_SATISFIED',
  'STALE_GRADE',
  'KEY_WITHOUT_BLUEPRINT',
  'GOAL_TOO_FAR',
]);

/** Numbers of warnings by severity, in SEVERITIES order (most severe first). */
type SeverityCounts = number[];
const SEVERITY_INDEX = new Map(SEVERITIES.map((severity, index) => [severity, index]));
// One count per severity; a literal costs far less than SEVERITIES.map for each cell (a missing count reads as 0).
const noWarnings = (): SeverityCounts => [0, 0, 0, 0];
function addWarning(counts: SeverityCounts, warning: Warning): void {
  const index = SEVERITY_INDEX.get(warning.severity) as number;
  counts[index] = (counts[index] ?? 0) + 1;
}

/**
 * One cell's CELL_RULE_CODES warnings by severity, four bits a severity (a cell has at most one warning of each of
 * those four rules): a number per cell rather than a list.
 */
type CellCounts = number;
const withWarning = (counts: CellCounts, warning: Warning): CellCounts =>
  counts + (1 << (4 * (SEVERITY_INDEX.get(warning.severity) as number)));
const countAt = (counts: CellCounts, index: number): number => (counts >>> (4 * index)) & 15;

interface Candidate {
  detail?: CellDetail;
  contactId: string;
  memberId: string;
  pair: number;
  /** The cell's effective grade now, if any. */
  from: Grade | undefined;
  goal: Grade;
}

interface Scored {
  candidate: Candidate;
  gain: number;
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

/** `details` (one contact's, in pair order) with `moved` in place of the cell of its pair, or added in order. */
function withMoved(details: readonly CellDetail[], moved: CellDetail): CellDetail[] {
  const result: CellDetail[] = [];
  let placed = false;
  for (const detail of details) {
    if (!placed && detail.pair >= moved.pair) {
      result.push(moved);
      placed = true;
      if (detail.pair === moved.pair) continue;
    }
    result.push(detail);
  }
  if (!placed) result.push(moved);
  return result;
}

/** A warning about someone on the map, as the score counts it (the rest are account-wide). */
const onPerson = (context: CoverageContext, warning: Warning): boolean =>
  warning.contactId !== undefined && context.people.contacts.has(warning.contactId);

/** What a seat keeps under `counts` (less one cell's): each warning takes its share, in the analysis' order. */
function keptCoverage(shares: readonly number[], counts: SeverityCounts, less: CellCounts = 0): number {
  let coverage = 1;
  for (let index = 0; index < shares.length; index += 1) {
    const kept = 1 - (shares[index] as number);
    for (let n = (counts[index] ?? 0) - countAt(less, index); n > 0; n -= 1) coverage *= kept;
  }
  return coverage;
}

/** Severity counts of `warnings` about people on the map, by the number `keyOf` gives each (contact or pair). */
function countWarnings(
  context: CoverageContext,
  warnings: Iterable<Warning>,
  keyOf: (warning: Warning) => number | undefined,
): Map<number, SeverityCounts> {
  const counts = new Map<number, SeverityCounts>();
  for (const warning of warnings) {
    const key = onPerson(context, warning) ? keyOf(warning) : undefined;
    if (key === undefined) continue;
    let found = counts.get(key);
    if (!found) counts.set(key, (found = noWarnings()));
    addWarning(found, warning);
  }
  return counts;
}

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

/** The goal of a move from `from`: one grade up, and a first relationship aims at what a blank cell goes up to. */
const goalFrom = (from: Grade | undefined): Grade | undefined => oneLevelUp(from ?? BLANK_COUNTS_AS);

/**
 * The contact's candidates: each of their cells one grade up, and a first relationship with every member when they
 * are a buyer known by fewer than two of us. In the order ties between equal gains go: an existing cell before a
 * blank one, then the more senior member, then the lower member id.
 */
function candidatesOf(context: CoverageContext, contactId: string, details: readonly CellDetail[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const detail of details) {
    const { memberId, effective: from } = detail.cell;
    const goal = goalFrom(from);
    if (goal) candidates.push({ detail, contactId, memberId, pair: detail.pair, from, goal });
  }
  const view = context.people.contacts.get(contactId);
  const first = goalFrom(undefined);
  if (view && view.roles.length > 0 && (context.relationshipsByContact.get(contactId)?.length ?? 0) < 2 && first) {
    for (const memberId of context.people.memberIds) {
      const pair = pairNumber(context.people, contactId, memberId) as number;
      if (!context.cellByPair.has(pair)) candidates.push({ contactId, memberId, pair, from: undefined, goal: first });
    }
  }
  const rank = (memberId: string): number => seniorityRank(context.people.members.get(memberId)?.seniority ?? 'Staff');
  return candidates.sort(
    (a, b) =>
      Number(!a.detail) - Number(!b.detail) ||
      rank(a.memberId) - rank(b.memberId) ||
      (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0),
  );
}

/**
 * What the rules can tell apart of a move on a contact: moves with the same effect leave the same warnings on the
 * contact. The rules read a cell through its grade, whether it slipped, its key and its pair's blueprints, and the
 * member through seniority (names only go into messages). A pair with blueprints is an effect of its own.
 */
function effectOf(context: CoverageContext, candidate: Candidate): string {
  if (context.activeBlueprints.has(candidate.pair)) return `pair ${candidate.pair}`;
  const { detail } = candidate;
  const cell = detail ? `${detail.slipped ? 'slipped ' : ''}${detail.cell.key ? 'key ' : ''}cell` : 'blank';
  const seniority = context.people.members.get(candidate.memberId)?.seniority;
  return `${candidate.from ?? ''}>${candidate.goal} ${cell} ${seniority}`;
}

/**
 * The account-wide points once a grade `from` (undefined: no relationship yet) goes one level up. The grade-mix rules
 * count grades, so only which grade is replaced by which matters, not on which cell; the other account-wide warnings
 * (and those on people no longer on the map) do not look at grades. Computed once per grade.
 */
function accountPointsAfter(
  context: CoverageContext,
  warnings: readonly Warning[],
  gradeCounts: Readonly<GradeCounts>,
): (from: Grade | undefined) => number {
  const points = context.settings.scoreAccountPoints;
  let fixedPoints = 0;
  for (const warning of warnings)
    if (!onPerson(context, warning) && !MIX_RULE_CODES.has(warning.rule)) fixedPoints += points[warning.severity];
  const byGrade = new Map<Grade | undefined, number>();
  const countOf = (grade: Grade): number => gradeCounts[grade];
  return (from) => {
    let found = byGrade.get(from);
    if (found !== undefined) return found;
    const goal = goalFrom(from) as Grade;
    // The mix after the move: `from` gives one relationship to `goal`, or the move adds one when no cell has `from`.
    const replaces = from !== undefined && countOf(from) > 0;
    const after = (grade: Grade): number =>
      countOf(grade) + (grade === goal ? 1 : 0) - (replaces && grade === from ? 1 : 0);
    const mix = { total: context.relationships.length + (replaces ? 0 : 1), trust: after('T'), open: after('O') };
    found = fixedPoints;
    for (const warning of mixWarnings(mix, context.settings)) found += points[warning.severity];
    byGrade.set(from, found);
    return found;
  };
}

/** The seats the score counts with a move on the contact made: an unseated contact gets the seat the move earns. */
function seatsWithContact(context: CoverageContext, base: ScoreBreakdown): (contactId: string) => readonly ScoreSeat[] {
  const seated = new Set(base.seats.map((seat) => seat.contactId));
  const rankOf = (id: string | undefined): number =>
    id === undefined ? Infinity : (context.people.contactRank.get(id) ?? Infinity);
  const added = new Map<string, ScoreSeat[]>();
  return (contactId) => {
    if (seated.has(contactId)) return base.seats;
    let seats = added.get(contactId);
    if (!seats) {
      // A contact without a buyer role whom nobody knows has no seat until the move makes them known.
      const mine = rankOf(contactId);
      const at = base.seats.findIndex((seat) => rankOf(seat.contactId) > mine);
      seats = [...base.seats];
      seats.splice(at < 0 ? seats.length : at, 0, {
        contactId,
        weight: context.settings.scoreOtherContactWeight,
        coverage: 0,
      });
      added.set(contactId, seats);
    }
    return seats;
  };
}

/**
 * For one contact at a time, what their seat keeps after a move: MOVE_RULES run on the contact alone on the map with
 * their own cells, blueprints and the move made; each warning on them, and each of the rules a move leaves alone,
 * takes its severity's share.
 */
function contactScorer(
  context: CoverageContext,
  warnings: readonly Warning[],
  detailsOf: (contactId: string) => CellDetail[],
): (contactId: string) => (candidate: Candidate) => number {
  const shares = SEVERITIES.map((severity) => context.settings.scorePersonShares[severity]);
  const blind = countWarnings(
    context,
    warnings.filter((warning) => MOVE_BLIND_RULE_CODES.has(warning.rule)),
    (warning) => context.people.contactRank.get(warning.contactId as string),
  );
  const blueprintsByContact = new Map<string, Map<number, Blueprint[]>>();
  for (const [pair, blueprints] of context.activeBlueprints) {
    const contactId = (blueprints[0] as Blueprint).contactId;
    let map = blueprintsByContact.get(contactId);
    if (!map) blueprintsByContact.set(contactId, (map = new Map()));
    map.set(pair, blueprints);
  }
  return (contactId) => {
    const view = context.people.contacts.get(contactId);
    const people = view ? { ...context.people, contacts: new Map([[contactId, view]]) } : context.people;
    const activeBlueprints = blueprintsByContact.get(contactId) ?? new Map<number, Blueprint[]>();
    const mine = detailsOf(contactId);
    const kept = blind.get(context.people.contactRank.get(contactId) as number) ?? noWarnings();
    return (candidate) => {
      const moved = movedDetail(candidate);
      const details = withMoved(mine, moved);
      const cellByPair = new Map<number, CellDetail>();
      const relationships: Cell[] = [];
      for (const detail of details) {
        cellByPair.set(detail.pair, detail);
        if (detail.cell.effective) relationships.push(detail.cell);
      }
      const relationshipsByContact = new Map([[contactId, relationships]]);
      const after = {
        ...context,
        people,
        details,
        cellByPair,
        relationships,
        relationshipsByContact,
        activeBlueprints,
      };
      const counts = [...kept];
      for (const rule of MOVE_RULES)
        for (const warning of rule(after)) if (warning.contactId === contactId) addWarning(counts, warning);
      return keptCoverage(shares, counts);
    };
  };
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
  gradeCounts: Readonly<GradeCounts>,
): NextMove[] {
  const { settings, people } = context;
  const limit = settings.nextMovesPerAccount;
  if (limit === 0) return [];
  const shares = SEVERITIES.map((severity) => settings.scorePersonShares[severity]);
  const pointsAfter = accountPointsAfter(context, warnings, gradeCounts);
  const seatsFor = seatsWithContact(context, base);
  const gainOf = (contactId: string, coverage: number, points: number): number =>
    scoreOfSeats(seatsFor(contactId), points, { contactId, coverage }).score - base.score;

  // The fewest account points any move leaves (a move lifts a blank cell or one of the grades on the map).
  let fewestPoints = pointsAfter(undefined);
  for (const grade of GRADES)
    if (gradeCounts[grade] > 0 && goalFrom(grade)) fewestPoints = Math.min(fewestPoints, pointsAfter(grade));

  // A contact's cells sit together in pair order: found by their pairs, for the few contacts that need them.
  const width = people.memberIds.length;
  const { details } = context;
  const cellsFrom = (rank: number): number => firstAtOrAfter(details, rank * width);
  const hasCells = (rank: number): boolean => cellsFrom(rank) < cellsFrom(rank + 1);
  const detailsByContact = new Map<string, CellDetail[]>();
  const detailsOf = (contactId: string): CellDetail[] => {
    let found = detailsByContact.get(contactId);
    if (!found) {
      const rank = people.contactRank.get(contactId);
      found = rank === undefined ? [] : details.slice(cellsFrom(rank), cellsFrom(rank + 1));
      detailsByContact.set(contactId, found);
    }
    return found;
  };
  // Only a contact with a cell, or a buyer (a first relationship), has candidates; and a move can at most make the
  // contact's seat whole, so a contact that would not gain a point even then has no move worth looking at.
  const hopeful = new Set<number>();
  people.contactIds.forEach((contactId, rank) => {
    if (!people.contacts.get(contactId)?.roles.length && !hasCells(rank)) return;
    if (gainOf(contactId, 1, fewestPoints) >= 1) hopeful.add(rank);
  });
  if (hopeful.size === 0) return [];

  // The CELL_RULES warnings on each hopeful contact (by rank), and on each of their cells (by pair): a move on a
  // cell can at most take away that cell's.
  const onContact = new Map<number, SeverityCounts>();
  const onCell = new Map<number, CellCounts>();
  for (const warning of warnings) {
    if (warning.memberId === undefined || warning.contactId === undefined || !CELL_RULE_CODES.has(warning.rule))
      continue;
    // A contact on the map has a rank (onPerson), and the cell rules' members are the map's.
    const contact = people.contactRank.get(warning.contactId);
    const member = people.memberRank.get(warning.memberId);
    if (contact === undefined || member === undefined || !hopeful.has(contact)) continue;
    const pair = contact * width + member;
    let counts = onContact.get(contact);
    if (!counts) onContact.set(contact, (counts = noWarnings()));
    addWarning(counts, warning);
    onCell.set(pair, withWarning(onCell.get(pair) ?? 0, warning));
  }
  const bestKept = new Map<number, number>();
  onCell.forEach((counts, pair) => {
    const contact = Math.floor(pair / width);
    // Every cell counted here has its warnings counted on its contact too.
    const kept = keptCoverage(shares, onContact.get(contact) as SeverityCounts, counts);
    if (kept > (bestKept.get(contact) ?? 0)) bestKept.set(contact, kept);
  });
  const keptAfter = (contact: number, pair: number | undefined): number => {
    const all = onContact.get(contact);
    if (!all) return 1;
    return keptCoverage(shares, all, pair === undefined ? 0 : onCell.get(pair));
  };
  const contacts: { contactId: string; rank: number; ceiling: number }[] = [];
  for (const rank of hopeful) {
    const contactId = people.contactIds[rank] as string;
    const kept = Math.max(keptAfter(rank, undefined), bestKept.get(rank) ?? 0);
    contacts.push({ contactId, rank, ceiling: gainOf(contactId, kept, fewestPoints) });
  }
  contacts.sort((a, b) => b.ceiling - a.ceiling);

  let scorer: ReturnType<typeof contactScorer> | undefined;

  // The gains found so far, largest first, at most `limit`: a contact whose ceiling is below the last cannot place.
  const top: number[] = [];
  const threshold = (): number => (top.length >= limit ? (top[top.length - 1] as number) : 1);
  const best: Scored[] = [];
  for (const { contactId, rank, ceiling } of contacts) {
    if (ceiling < threshold()) break;
    scorer ??= contactScorer(context, warnings, detailsOf);
    const coverageAfter = scorer(contactId);
    // Candidates come in tie order, so a later one must gain strictly more than the leader to replace it; one with
    // the effect of an earlier one gains the same.
    let leader: Scored | undefined;
    const scored = new Set<string>();
    for (const candidate of candidatesOf(context, contactId, detailsOf(contactId))) {
      const points = pointsAfter(candidate.from);
      const most = gainOf(contactId, keptAfter(rank, candidate.pair), points);
      if (most <= (leader?.gain ?? 0) || most < threshold()) continue;
      const effect = effectOf(context, candidate);
      if (scored.has(effect)) continue;
      scored.add(effect);
      const gain = gainOf(contactId, coverageAfter(candidate), points);
      if (gain > (leader?.gain ?? 0)) leader = { candidate, gain };
    }
    if (!leader) continue;
    best.push(leader);
    top.push(leader.gain);
    top.sort((a, b) => b - a);
    if (top.length > limit) top.pop();
  }
  return best
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
