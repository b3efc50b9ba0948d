export {
  batchJobId,
  isWholeOrgRun,
  QUEUE_NAMES,
  runIdFor,
  type BatchData,
  type FinalizeData,
  type OrgRunData,
  type RunSummary,
} from './jobs';
export { processBatch, processFinalize, processOrgRun, RUN_WAIT_MS, type ProcessorDeps } from './processors';
export { SyncQueues, type RunStatus } from './queues';
export {
  connectRedis,
  redisAwayMessage,
  redisReady,
  RedisUnavailableError,
  REDIS_WAIT_MS,
  requireRedis,
  withRedis,
} from './redis';
export {
  activeRunKey,
  claimOrgRun,
  isLease,
  LEASE,
  leaseOrgRun,
  releaseOrgRun,
  type OrgLease,
  type RunOwner,
} from './run-lock';
export { syncSchedulers } from './scheduler';
export { RedisWatermarkStore } from './watermark';
export { RedisDigestLedger } from './digest-ledger';
export { startWorkers, workerName, type RunningWorkers, type WorkerTuning } from './workers';
