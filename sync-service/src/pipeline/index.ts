export { assemble, pairKey, type AssembledAccount } from './assemble';
export { countWrites, diffAccount, emptyWrites, warningKey, type PlannedWrites } from './diff';
export { ceilToSecond, findDirtyAccounts, toBatches, type DirtyQuery } from './dirty';
export { extractBatch } from './extract';
export { todayIn } from './fields';
export { BatchWriteError, runBatch, type BatchRequest, type BatchResult } from './run';
export { SOURCE_FIELDS, type BatchSources } from './sources';
export { addCalls, syncOrg, type OrgRunOptions, type OrgRunSummary, type WatermarkStore } from './org-run';
