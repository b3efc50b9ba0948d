import { pairIds, resolveBuyerRoles, resolvePeople, type AccountPeople } from './account';
import { ascendingPairs, buildCells, collectInputs, type CellDetail, type PairInputs } from './cells';
import { summarize } from './evidence';
import { fromDayNumber, toDayNumber } from './dates';
import { describeLeverage } from './leverage';
import { nextBestMoves } from './moves';
import { describeKeySuggestion } from './keys';
import { keepPlanSource, planSource } from './plans';
import { buildContext, evaluateCoverage, type CoverageContext } from './rules';
import { departuresChangeOn } from './rules/departure-rules';
import { scoreBreakdown, type ScoreBreakdown } from './score';
import { checkReferences, parseAccountPlan } from './schema';
import { resolveSettings, type Settings } from './settings';
import { validateSettings } from './settings-schema';
import {
  GRADES,
  type AccountAnalysis,
  type AccountPlan,
  type BuyerRole,
  type Cell,
  type EvidenceSummary,
  type GradeCounts,
  type KeySuggestion,
  type LeverageProposal,
  type Warning,
} from './types';

export interface AnalysisWithReview {
  analysis: AccountAnalysis;
  /**
   * The earliest date after `asOf` on which the analysis would change with no new data: gravity lowering a grade,
   * a suggested grade expiring, or a scheduled touch passing. Absent when nothing changes with time alone.
   */
  reviewOn?: string;
}

export function countGrades(cells: readonly Cell[]): GradeCounts {
  const counts = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as GradeCounts;
  for (const cell of cells) if (cell.effective) counts[cell.effective] += 1;
  return counts;
}

/**
 * Defines `name` on `analysis` as worked out by `build` when first read (then a plain property, in its place), so
 * JSON, copies and equality see the same analysis as one built eagerly.
 */
function onFirstRead<K extends keyof AccountAnalysis>(
  analysis: AccountAnalysis,
  name: K,
  build: () => AccountAnalysis[K],
): void {
  const settle = (value: AccountAnalysis[K]): AccountAnalysis[K] => {
    Object.defineProperty(analysis, name, { value, enumerable: true, writable: true, configurable: true });
    return value;
  };
  Object.defineProperty(analysis, name, {
    enumerable: true,
    configurable: true,
    get: () => settle(build()),
    set: (value: AccountAnalysis[K]) => settle(value),
  });
}

/** What an analysis is made from: the plan's people, its cells and what they were built from, the rules' view. */
export interface AnalysisParts {
  people: AccountPeople;
  details: CellDetail[];
  inputsByPair: Map<number, PairInputs>;
  context: CoverageContext;
  /** Sorted (compareWarnings). */
  warnings: Warning[];
  blankChangesOn?: number;
}

/** Resolves the people, builds the cells and the rules' context, and runs the coverage rules. */
export function analysisParts(valid: AccountPlan, settings: Settings): AnalysisParts {
  const people = resolvePeople(valid, settings);
  const { details, inputsByPair, blankChangesOn } = buildCells(valid, people, settings, toDayNumber(valid.asOf));
  const context = buildContext(valid, settings, people, details);
  const warnings = evaluateCoverage(context);
  const parts: AnalysisParts = { people, details, inputsByPair, context, warnings };
  if (blankChangesOn !== undefined) parts.blankChangesOn = blankChangesOn;
  return parts;
}

/**
 * The analysis of `valid` from its parts. With `plansOnRead`, the key suggestions and leverage (with the reach they
 * share) are worked out when first read: the Account page's grade edit needs the cells, warnings, score and next
 * moves in the frame the rep is waiting for, and only the plan panel, which follows a frame later, reads these two
 * (about a third of the analysis). The rules read the context and never change it, so reading them later gives the
 * same lists.
 */
export function assembleAnalysis(
  valid: AccountPlan,
  parts: Pick<AnalysisParts, 'context' | 'details' | 'warnings'> & { cells?: Cell[]; gradeCounts?: GradeCounts },
  plansOnRead = false,
): AccountAnalysis {
  const { context, details, warnings } = parts;
  const source = planSource(context);
  const keySuggestions = (): KeySuggestion[] =>
    source.keyCandidates().map((candidate) => describeKeySuggestion(context, candidate));
  const leverage = (): LeverageProposal[] => {
    const proposals: LeverageProposal[] = [];
    for (const choice of source.leverageChoices()) describeLeverage(context, choice, proposals);
    return proposals;
  };
  // The cells of `details` and their grade counts, unless given (a re-analysis keeps them up to date).
  const cells = parts.cells ?? details.map((detail) => detail.cell);
  const breakdown = scoreBreakdown(context, warnings);
  const score = breakdown.score;
  const gradeCounts = parts.gradeCounts ?? countGrades(cells);
  const analysis: AccountAnalysis = {
    accountId: valid.accountId,
    asOf: valid.asOf,
    cells,
    warnings,
    score,
    gradeCounts,
    keySuggestions: plansOnRead ? [] : keySuggestions(),
    leverage: plansOnRead ? [] : leverage(),
    nextMoves: nextBestMoves(context, warnings, breakdown, gradeCounts),
  };
  if (plansOnRead) {
    onFirstRead(analysis, 'keySuggestions', keySuggestions);
    onFirstRead(analysis, 'leverage', leverage);
    keepPlanSource(analysis, source);
  }
  return analysis;
}

function analyzeValidPlan(valid: AccountPlan, settings: Settings, plansOnRead = false): AnalysisWithReview {
  const asOfDay = toDayNumber(valid.asOf);
  const parts = analysisParts(valid, settings);
  const analysis = assembleAnalysis(valid, parts, plansOnRead);
  let reviewDay = Math.min(parts.blankChangesOn ?? Infinity, departuresChangeOn(valid, asOfDay, settings) ?? Infinity);
  for (const detail of parts.details)
    if (detail.changesOn !== undefined && detail.changesOn < reviewDay) reviewDay = detail.changesOn;
  return Number.isFinite(reviewDay) ? { analysis, reviewOn: fromDayNumber(reviewDay) } : { analysis };
}

/** `analyzeAccount` plus the date the sync should look at the account again (Account.Coverage_Review_On__c). */
export function analyzeWithReview(plan: AccountPlan, overrides?: Partial<Settings>): AnalysisWithReview {
  const settings: Settings = validateSettings(resolveSettings(overrides));
  return analyzeValidPlan(parseAccountPlan(plan), settings);
}

/**
 * `analyzeAccount` for a plan that has the AccountPlan types by construction, with every list present: the Contact
 * Plan components build theirs from Salesforce fields whose restricted picklists and date types already hold each
 * value to the schema. It checks ids and references as `analyzeAccount` does, but not each field's type, which is
 * about a third of a first analysis in a browser. Input from anywhere else belongs in `analyzeAccount`.
 * Its `keySuggestions` and `leverage` are worked out when first read (see analyzeValidPlan); they equal
 * `analyzeAccount`'s.
 */
export function analyzeTypedPlan(plan: AccountPlan, settings?: Partial<Settings>): AccountAnalysis {
  const resolved: Settings = validateSettings(resolveSettings(settings));
  checkReferences(plan);
  return analyzeValidPlan(plan, resolved, true).analysis;
}

/**
 * The planning core's entry point (docs/method.md §1.7): grades, warnings, score, key suggestions and leverage for one
 * account. Pure and deterministic: the same plan and settings always give the same JSON. Throws InvalidPlanError
 * naming the bad field when the plan (or a setting) is invalid.
 */
export function analyzeAccount(plan: AccountPlan, settings?: Partial<Settings>): AccountAnalysis {
  return analyzeWithReview(plan, settings).analysis;
}

/** The earliest date on which time alone changes the analysis of `plan`, or undefined. */
export function nextReviewDate(plan: AccountPlan, settings?: Partial<Settings>): string | undefined {
  return analyzeWithReview(plan, settings).reviewOn;
}

/** The account's warnings and how its coverage score is made up from them (docs/method.md §1.5). */
export interface ScoreExplanation extends ScoreBreakdown {
  /** The warnings, sorted as in the analysis; `gains[i]` belongs to `warnings[i]`. */
  warnings: Warning[];
}

/** How `plan`'s coverage score comes about: its seats, the account-wide points, what fixing each warning adds. */
export function explainScore(plan: AccountPlan, overrides?: Partial<Settings>): ScoreExplanation {
  const settings: Settings = validateSettings(resolveSettings(overrides));
  const valid = parseAccountPlan(plan);
  const people = resolvePeople(valid, settings);
  const { details } = buildCells(valid, people, settings, toDayNumber(valid.asOf));
  const context = buildContext(valid, settings, people, details);
  const warnings = evaluateCoverage(context);
  return { ...scoreBreakdown(context, warnings), warnings };
}

/** Each contact's buyer roles as the coverage rules see them (own roles, else implied by opportunity roles). */
export function buyerRolesOf(plan: AccountPlan, settings?: Partial<Settings>): Map<string, BuyerRole[]> {
  return resolveBuyerRoles(parseAccountPlan(plan), validateSettings(resolveSettings(settings)));
}

/**
 * Each pair's evidence as the sync writes it to the pair's svc fields (last touch, last meeting, recent touches,
 * suggested grade and reasons), sorted by contact then member id. A plan carrying these as `evidence` instead of its
 * touches analyzes the same on `plan.asOf`.
 */
export function summarizeEvidence(plan: AccountPlan, overrides?: Partial<Settings>): EvidenceSummary[] {
  const settings: Settings = validateSettings(resolveSettings(overrides));
  const valid = parseAccountPlan(plan);
  const people = resolvePeople(valid, settings);
  const asOfDay = toDayNumber(valid.asOf);
  const summaries: EvidenceSummary[] = [];
  const byPair = collectInputs(valid, people, asOfDay, settings);
  for (const pair of ascendingPairs(byPair)) {
    const evidence = byPair.get(pair)?.evidence;
    if (evidence) summaries.push(summarize(pairIds(people, pair), evidence, asOfDay, settings));
  }
  return summaries;
}
