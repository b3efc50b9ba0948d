import { RULES, SEVERITIES, type Rule, type Warning } from '../types';
import { belowSatisfied, staleGrade } from './relationship-rules';
import { noPowerBuyer, overCovered, seniorGap, singleThreaded, uncoveredBuyer } from './buyer-rules';
import { fewOpen, trustInflation } from './mix-rules';
import { goalTooFar, keyWithoutBlueprint, tooManyKeys } from './key-rules';
import { contactLeft } from './departure-rules';
import type { CoverageContext, CoverageRule } from './context';

export { buildContext, contextOfContacts, type CoverageContext } from './context';

/** The coverage rules of docs/method.md §1.5.3, in the order of the RULES list. */
export const COVERAGE_RULES: readonly CoverageRule[] = [
  belowSatisfied,
  uncoveredBuyer,
  singleThreaded,
  overCovered,
  seniorGap,
  trustInflation,
  fewOpen,
  noPowerBuyer,
  staleGrade,
  keyWithoutBlueprint,
  goalTooFar,
  tooManyKeys,
  contactLeft,
];

/**
 * What each rule reads, which decides which of its warnings a change of some cells can change (an edit's
 * re-analysis runs only those again):
 * - `contact`: every warning is about one contact and decided by that contact's cells and blueprints alone;
 * - `account`: the warnings count over all the account's cells;
 * - `people`: the warnings read the people and departures, never a cell.
 */
export const RULE_SCOPES: Readonly<Record<Rule, 'contact' | 'account' | 'people'>> = {
  BELOW_SATISFIED: 'contact',
  UNCOVERED_BUYER: 'contact',
  SINGLE_THREADED: 'contact',
  OVER_COVERED: 'contact',
  SENIOR_GAP: 'contact',
  TRUST_INFLATION: 'account',
  FEW_OPEN: 'account',
  NO_POWER_BUYER: 'people',
  STALE_GRADE: 'contact',
  KEY_WITHOUT_BLUEPRINT: 'contact',
  GOAL_TOO_FAR: 'contact',
  TOO_MANY_KEYS: 'account',
  CONTACT_LEFT: 'people',
};

/** The rules of one scope (COVERAGE_RULES follows the order of RULES). */
export function rulesOfScope(scope: (typeof RULE_SCOPES)[Rule]): CoverageRule[] {
  return COVERAGE_RULES.filter((_, index) => RULE_SCOPES[RULES[index] as Rule] === scope);
}

function compareOptionalIds(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

const SEVERITY_RANK = new Map(SEVERITIES.map((severity, rank) => [severity, rank]));
const RULE_RANK = new Map(RULES.map((rule, rank) => [rule, rank]));

/** Severity (critical first), then rule (in RULES order), then contact id, then member id. */
export function compareWarnings(a: Warning, b: Warning): number {
  return (
    (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0) ||
    (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0) ||
    compareByIds(a, b)
  );
}

function compareByIds(a: Warning, b: Warning): number {
  return compareOptionalIds(a.contactId, b.contactId) || compareOptionalIds(a.memberId, b.memberId);
}

/**
 * `warnings` in compareWarnings order. Each (severity, rule) group is sorted on its own by ids: a rule lists its
 * warnings in contact and member order already, which the (stable, adaptive) sort passes through in one go.
 */
export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  const groups: Warning[][] = [];
  for (const warning of warnings) {
    const group = (SEVERITY_RANK.get(warning.severity) ?? 0) * RULES.length + (RULE_RANK.get(warning.rule) ?? 0);
    (groups[group] ??= []).push(warning);
  }
  const sorted: Warning[] = [];
  for (const group of groups) if (group) for (const warning of inIdOrder(group)) sorted.push(warning);
  return sorted;
}

/** `group` sorted by ids; most groups already are, and checking costs less than setting up a sort. */
function inIdOrder(group: Warning[]): Warning[] {
  for (let index = 1; index < group.length; index += 1) {
    if (compareByIds(group[index - 1] as Warning, group[index] as Warning) > 0) return group.sort(compareByIds);
  }
  return group;
}

/** Every warning the account raises, sorted. Each (rule, contact, member) appears at most once. */
export function evaluateCoverage(context: CoverageContext): Warning[] {
  const warnings: Warning[] = [];
  for (const rule of COVERAGE_RULES) for (const warning of rule(context)) warnings.push(warning);
  return sortWarnings(warnings);
}
