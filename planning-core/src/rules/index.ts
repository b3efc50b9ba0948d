import { RULES, SEVERITIES, type Warning } from '../types';
import { belowSatisfied, staleGrade } from './relationship-rules';
import { noPowerBuyer, overCovered, seniorGap, singleThreaded, uncoveredBuyer } from './buyer-rules';
import { fewOpen, trustInflation } from './mix-rules';
import { goalTooFar, keyWithoutBlueprint, tooManyKeys } from './key-rules';
import { contactLeft } from './departure-rules';
import type { CoverageContext, CoverageRule } from './context';

export { buildContext, type CoverageContext } from './context';

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
    compareOptionalIds(a.contactId, b.contactId) ||
    compareOptionalIds(a.memberId, b.memberId)
  );
}

/** Every warning the account raises, sorted. Each (rule, contact, member) appears at most once. */
export function evaluateCoverage(context: CoverageContext): Warning[] {
  return COVERAGE_RULES.flatMap((rule) => rule(context)).sort(compareWarnings);
}
