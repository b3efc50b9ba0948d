export {
  authenticatorFor,
  jwtAssertion,
  jwtAudience,
  SessionSource,
  type Authenticate,
  type Session,
} from './connection';
export { BudgetExhaustedError, SalesforceError, isPermanentCode, isRetryable } from './errors';
export { DEFAULT_RETRY, type RetryPolicy } from './retry';
export { OrgHttp, type CallCounts, type OrgHttpOptions } from './http';
export { ApiBudget, budgetFloor, parseLimitInfo, type DailyApiLimit } from './limits';
export { compositeQueries, compositeRows, COMPOSITE_QUERY_LIMIT, type QueryOutcome, type QuerySpec } from './composite';
export { autoQuery, collect, restQuery } from './query';
export { getDeleted } from './deleted';
export { bulkQuery, bulkUpsert, type BulkPollOptions, type BulkQueryOptions } from './bulk';
export type { QueryPage, SaveError, SaveResult, SfRecord, WriteRecord } from './records';
export { dateLiteral, dateTimeLiteral, idList, quote, stringList } from './soql';
export {
  assertId,
  caseSafeSuffix,
  InvalidIdError,
  isSalesforceId,
  KEY_PREFIXES,
  normalizeRecordId,
  toCaseSafeId,
  type KeyPrefixedObject,
} from './ids';
export {
  deleteRecords,
  updateRecords,
  upsertRecords,
  writeCollections,
  COLLECTION_LIMIT,
  type CollectionWrite,
} from './collections';
export { OrgClients } from './client';
