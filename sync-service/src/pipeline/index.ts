export { assemble, pairKey, type AssembledAccount } from './assemble';
export { countWrites, diffAccount, emptyWrites, warningKey, type PlannedWrites } from './diff';
export { findDirtyAccounts, type DirtyQuery } from './dirty';
export { findAccountsPeopleLeft, followMoves, type MoveResult } from './moves';
export { extractBatch } from './extract';
export {
  BatchWriteError,
  permanentFailure,
  runBatch,
  type BatchOrgOptions,
  type BatchRequest,
  type BatchResult,
} from './batch';
export {
  emptySources,
  RELATIONSHIP_RESULT_FIELDS,
  SOURCE_ENTRIES,
  SOURCE_FIELDS,
  SOURCES,
  type BatchSources,
  type SourceEntry,
  type SourceKey,
} from './sources';
export {
  addBatchTotals,
  completeOrgRun,
  planAccountBatch,
  planOrgRun,
  syncOrg,
  todayIn,
  type OrgRunOptions,
  type OrgRunPlan,
  type OrgRunRequest,
  type OrgRunSummary,
  type RunTotals,
  type WatermarkStore,
} from './org-run';
export {
  DIGEST_TYPE,
  MemoryDigestLedger,
  digestMessage,
  sendDigests,
  type DigestItem,
  type DigestLedger,
  type DigestSummary,
} from './digest';
