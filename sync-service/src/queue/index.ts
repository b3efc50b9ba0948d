export {
  batchJobId,
  QUEUE_NAMES,
  runIdFor,
  type BatchData,
  type FinalizeData,
  type OrgRunData,
  type RunSummary,
} from './jobs';
export { processBatch, processFinalize, processOrgRun, type ProcessorDeps } from './processors';
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
export { syncSchedulers } from './scheduler';
export { RedisWatermarkStore } from './watermark';
export { startWorkers, workerName, type RunningWorkers, type WorkerTuning } from './workers';
