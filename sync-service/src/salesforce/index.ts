export {
  authenticatorFor,
  jwtAssertion,
  jwtAudience,
  SessionSource,
  type Authenticate,
  type Session,
} from './connection';
export { BudgetExhaustedError, SalesforceError, isRetryable } from './errors';
export { OrgHttp, type CallCounts, type OrgHttpOptions } from './http';
export { ApiBudget, budgetFloor, parseLimitInfo, type DailyApiLimit } from './limits';
export { compositeQueries, compositeRows, COMPOSITE_QUERY_LIMIT, type QueryOutcome, type QuerySpec } from './composite';
export { autoQuery, bulkQuery, collect, restQuery, type SfRecord } from './query';
export {
  assertId,
  dateLiteral,
  dateTimeLiteral,
  idList,
  InvalidIdError,
  isSalesforceId,
  quote,
  stringList,
} from './soql';
export {
  bulkUpsert,
  deleteRecords,
  updateRecords,
  upsertRecords,
  writeCollections,
  COLLECTION_LIMIT,
  type CollectionWrite,
  type SaveResult,
  type WriteRecord,
} from './write';
export { OrgClients } from './client';
