// The public API of the planning core. Everything here is pure: no I/O, no clock.
export * from './types';
export {
  analyzeAccount,
  analyzeTypedPlan,
  analyzeWithReview,
  buyerRolesOf,
  explainScore,
  nextReviewDate,
  summarizeEvidence,
  type AnalysisWithReview,
  type ScoreExplanation,
} from './analyze';
export { reanalyzeTypedPlan, type TypedPlanAnalysis } from './reanalyze';
export {
  firstKeySuggestions,
  leverageOpening,
  leverageTargetCount,
  leverageTargets,
  type LeverageTarget,
} from './plans';
export type { ScoreBreakdown, ScoreSeat } from './score';
export { DEFAULT_SETTINGS, evidenceHorizonDays, resolveSettings, type Settings } from './settings';
export { InvalidPlanError, parseAccountPlan, formatPath } from './schema';
export { parseSeniority, resolveSeniority, seniorityRank, isSeniorLeader } from './seniority';
export { DEFAULT_ROLE_MAPPING, ROLE_INFO, mapOpportunityRole, type RoleInfo } from './roles';
export { GRADE_INFO, gradeRank, oneLevelUp, isBetter, type GradeInfo } from './grades';
export { allowedBlueprintGoals, validateBlueprintGoal, BLANK_COUNTS_AS, type GoalCheck } from './blueprint';
export {
  STRATEGY_INFO,
  suggestStrategies,
  type StrategyInfo,
  type StrategySituation,
  type StrategySuggestion,
} from './strategies';
export { describeSituation, suggestStrategiesFor } from './situation';
export { COVERAGE_RULES, compareWarnings } from './rules';
export { RULE_INFO, type RuleInfo } from './rules/info';
export {
  BLUEPRINT_STATUS_LABELS,
  DEPARTURE_REASON_LABELS,
  SENIORITY_LABELS,
  SEVERITY_LABELS,
  gradeCodeLabel,
  horizonLabel,
  roleLabel,
  ruleLabel,
  strategyLabel,
} from './vocabulary';
export { addDays, daysBetween, isIsoDate } from './dates';
export { pairTouches, type PairTouches } from './activity';
