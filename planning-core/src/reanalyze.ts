import { pairIds, pairNumber } from './account';
import { analysisParts, assembleAnalysis, countGrades, type AnalysisParts } from './analyze';
import { firstAtOrAfter, pairCell, type CellDetail, type PairInputs } from './cells';
import { memoDayNumber, toDayNumber } from './dates';
import { compareWarnings, contextOfContacts, rulesOfScope, sortWarnings, RULE_SCOPES } from './rules';
import { updatedContext } from './rules/context';
import { checkReferences } from './schema';
import { resolveSettings, type Settings } from './settings';
import { validateSettings } from './settings-schema';
import type { AccountAnalysis, AccountPlan, Cell, GradeCounts, Relationship, Warning } from './types';

// Re-analysis after a rep's edit (issue #12: the score and warnings of a grade edit within one frame). An edit changes
// relationships and nothing else, so the people, every other pair's cell and most warnings stay as they were: only
// the changed pairs' cells are built again, and the rules run again for those pairs' contacts and for the account.

const CONTACT_RULES = rulesOfScope('contact');
const ACCOUNT_RULES = rulesOfScope('account');

/** What the next re-analysis reuses, out of sight of JSON and copies of the state. */
const KEPT = Symbol('kept');

interface Kept {
  people: AnalysisParts['people'];
  details: CellDetail[];
  context: AnalysisParts['context'];
  /** The analysis' warnings, cells and grade counts as made, apart from the ones handed out. */
  warnings: Warning[];
  cells: Cell[];
  gradeCounts: GradeCounts;
  /** What each pair's cell was built from besides its relationship (evidence, history): no edit changes these. */
  others: Map<number, PairInputs>;
  /** The settings argument the analysis was made with, and what they resolved to. */
  overrides: Partial<Settings> | undefined;
  settings: Settings;
}

/**
 * A plan and its analysis, which `reanalyzeTypedPlan` can start from. Plans and analyses are taken as values: one
 * that was changed in place (rather than copied with the change) cannot be re-analysed from.
 */
export interface TypedPlanAnalysis {
  readonly plan: AccountPlan;
  readonly analysis: AccountAnalysis;
  readonly [KEPT]: Kept;
}

function fullAnalysis(plan: AccountPlan, overrides: Partial<Settings> | undefined): TypedPlanAnalysis {
  const settings: Settings = validateSettings(resolveSettings(overrides));
  checkReferences(plan);
  const { people, details, context, warnings, inputsByPair } = analysisParts(plan, settings);
  const others = new Map<number, PairInputs>();
  for (const [pair, { relationship: _relationship, ...rest }] of inputsByPair)
    if (rest.evidence || rest.inherited) others.set(pair, rest);
  const cells = details.map((detail) => detail.cell);
  const gradeCounts = countGrades(cells);
  const handedOut = { warnings: warnings.slice(), cells: cells.slice(), gradeCounts: { ...gradeCounts } };
  const analysis = assembleAnalysis(plan, { context, details, ...handedOut }, true);
  return {
    plan,
    analysis,
    [KEPT]: { people, details, cells, gradeCounts, context, warnings, others, overrides, settings },
  };
}

/** True when `plan` has the same lists as `previous` (the very same arrays) but perhaps its relationships. */
function onlyRelationshipsDiffer(previous: AccountPlan, plan: AccountPlan): boolean {
  const keys = Object.keys(plan);
  if (keys.length !== Object.keys(previous).length || !Array.isArray(plan.relationships)) return false;
  for (const key of keys) {
    if (key !== 'relationships' && plan[key as keyof AccountPlan] !== previous[key as keyof AccountPlan]) return false;
  }
  return true;
}

type Changes = Map<number, Relationship | undefined>;

/**
 * The pairs whose relationship differs between `previous` and `plan` (undefined: it is gone), or undefined when a
 * relationship names someone not in the plan or a pair twice (the full analysis reports those). An edit replaces
 * relationships in their places with ones of the same pair, which is checked without looking at the others.
 */
function changedRelationships(kept: Kept, previous: AccountPlan, plan: AccountPlan): Changes | undefined {
  const before = previous.relationships;
  const after = plan.relationships;
  if (before.length !== after.length) return changedPairs(kept, before, after);
  const changed: Changes = new Map();
  for (let index = 0; index < after.length; index += 1) {
    const was = before[index] as Relationship;
    const now = after[index];
    if (now === was) continue;
    if (typeof now !== 'object' || now === null || now.contactId !== was.contactId || now.memberId !== was.memberId) {
      return changedPairs(kept, before, after);
    }
    changed.set(pairNumber(kept.people, now.contactId, now.memberId) as number, now);
  }
  return changed;
}

/** changedRelationships for lists that differ in more than relationships replaced in place. */
function changedPairs(
  kept: Kept,
  before: readonly Relationship[],
  after: readonly Relationship[],
): Changes | undefined {
  const { people } = kept;
  const previous = new Map<number, Relationship>();
  for (const relationship of before)
    previous.set(pairNumber(people, relationship.contactId, relationship.memberId) as number, relationship);
  const changed: Changes = new Map();
  const seen = new Set<number>();
  for (const relationship of after) {
    if (typeof relationship !== 'object' || relationship === null) return undefined;
    const pair = pairNumber(people, relationship.contactId, relationship.memberId);
    if (pair === undefined || seen.has(pair)) return undefined;
    seen.add(pair);
    if (previous.get(pair) !== relationship) changed.set(pair, relationship);
  }
  for (const pair of previous.keys()) if (!seen.has(pair)) changed.set(pair, undefined);
  return changed;
}

/**
 * `details` (in pair order) with the cells of `changed` pairs in place of theirs (added, replaced or left out), and
 * the same change made to `cells` (the analysis' list, the cells of `details`). Copies, then edits the few places.
 */
function withChangedCells(
  details: readonly CellDetail[],
  cells: readonly Cell[],
  changed: Map<number, CellDetail | undefined>,
): { details: CellDetail[]; cells: Cell[] } {
  const nextDetails = details.slice();
  const nextCells = cells.slice();
  for (const [pair, detail] of changed) {
    const at = firstAtOrAfter(nextDetails, pair);
    const present = nextDetails[at]?.pair === pair;
    if (detail) {
      nextDetails.splice(at, present ? 1 : 0, detail);
      nextCells.splice(at, present ? 1 : 0, detail.cell);
    } else if (present) {
      nextDetails.splice(at, 1);
      nextCells.splice(at, 1);
    }
  }
  return { details: nextDetails, cells: nextCells };
}

/**
 * The kept warnings but those of the changed contacts and the account-wide ones, with `fresh` (sorted) merged in:
 * one sorted list, in one pass.
 */
function mergedWarnings(
  kept: readonly Warning[],
  contactIds: ReadonlySet<string>,
  fresh: readonly Warning[],
): Warning[] {
  const merged: Warning[] = [];
  let next = 0;
  for (const warning of kept) {
    const scope = RULE_SCOPES[warning.rule];
    if (scope === 'account' || (scope === 'contact' && contactIds.has(warning.contactId as string))) continue;
    while (next < fresh.length && compareWarnings(fresh[next] as Warning, warning) < 0)
      merged.push(fresh[next++] as Warning);
    merged.push(warning);
  }
  while (next < fresh.length) merged.push(fresh[next++] as Warning);
  return merged;
}

function reanalyzed(
  previous: TypedPlanAnalysis,
  plan: AccountPlan,
  changed: Map<number, Relationship | undefined>,
): TypedPlanAnalysis {
  const kept = previous[KEPT];
  const { people, settings } = kept;
  const asOfDay = toDayNumber(plan.asOf);
  const dayOf = memoDayNumber;
  const built = new Map<number, CellDetail | undefined>();
  const contactIds = new Set<string>();
  const gradeCounts = { ...kept.gradeCounts };
  for (const [pair, relationship] of changed) {
    const others = kept.others.get(pair);
    const inputs: PairInputs = relationship ? { ...others, relationship } : (others ?? {});
    const detail = pairCell(pair, inputs, people, settings, asOfDay, dayOf).detail;
    const before = kept.context.cellByPair.get(pair)?.cell.effective;
    if (before) gradeCounts[before] -= 1;
    if (detail?.cell.effective) gradeCounts[detail.cell.effective] += 1;
    built.set(pair, detail);
    contactIds.add(pairIds(people, pair).contactId);
  }
  const { details, cells } = withChangedCells(kept.details, kept.cells, built);
  const context = updatedContext(kept.context, plan, details, built);

  // The warnings the change cannot have touched stay; the changed contacts' and the account's are made again.
  const scoped = contextOfContacts(context, contactIds);
  const fresh: Warning[] = [];
  for (const rule of CONTACT_RULES) for (const warning of rule(scoped)) fresh.push(warning);
  for (const rule of ACCOUNT_RULES) for (const warning of rule(context)) fresh.push(warning);
  const warnings = mergedWarnings(kept.warnings, contactIds, sortWarnings(fresh));

  const analysis = assembleAnalysis(
    plan,
    { context, details, warnings: warnings.slice(), cells: cells.slice(), gradeCounts: { ...gradeCounts } },
    true,
  );
  return { plan, analysis, [KEPT]: { ...kept, details, cells, gradeCounts, context, warnings } };
}

/**
 * `analyzeTypedPlan` for the Account page's edits: the analysis of `plan` (the same JSON as `analyzeTypedPlan(plan,
 * settings)`), with what the next call needs. When `previous` was made with the same `settings` argument from a plan
 * that differs from `plan` only in its relationships (the other lists the very same arrays, as `withRelationship`
 * leaves them), only what depends on the changed pairs is worked out again; otherwise the whole plan is analysed.
 */
export function reanalyzeTypedPlan(
  previous: TypedPlanAnalysis | undefined,
  plan: AccountPlan,
  settings?: Partial<Settings>,
): TypedPlanAnalysis {
  const kept = previous?.[KEPT];
  const changed =
    kept && kept.overrides === settings && onlyRelationshipsDiffer(previous.plan, plan)
      ? changedRelationships(kept, previous.plan, plan)
      : undefined;
  return previous && changed ? reanalyzed(previous, plan, changed) : fullAnalysis(plan, settings);
}
