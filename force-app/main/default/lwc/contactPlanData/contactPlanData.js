// Shared data layer of the Contact Plan components (not exposed): one query, one plan builder, one core adapter.
export {
  ACCOUNT_PLAN_QUERY,
  CORE_PLAN_QUERY,
  PAGE_CURSORS,
  PLAN_LISTS,
  SUPPLEMENTARY_LISTS,
  SYNC_RESULT_FIELDS,
  planQuery,
} from './query';
export { PlanPager } from './planPages';
export { PlanReader, isSupplementaryError } from './planReader';
export { buildPlan, withRelationship, pairKey, recordPairKey, blueprintForCore } from './planBuilder';
export { allowedGoals, analyzePlan, checkGoal, strategyAdvice, warmEditPathToo } from './analysis';
export { loadPlan } from './planCache';
export { warmUpPlanPath } from './planWarmUp';
export { afterNextPaint, followPlan, readDelivery, receivePlan } from './planCard';
export { cellOf, entryOf, nameOf } from './lookup';
export { subscribe, publish } from './planEvents';
export { today } from './dates';
export { countdownText, dropsLater, formatDay } from './countdown';
export { errorMessages, hasErrors, isPermissionError } from './errors';
export { cardStateOf } from './cardState';
export { formatSyncTime, freshnessText, readNotices } from './notices';
export * from './labels';
