import { InvalidIdError, SalesforceError } from '../salesforce';
import { BatchWriteError, permanentFailure, type BatchResult } from './batch';

const result = (failures: BatchResult['writeFailures']): BatchResult => ({
  accounts: 1,
  analyzed: 1,
  rowsRead: 10,
  planned: 2,
  written: 2 - failures.length,
  calls: {},
  skipped: {},
  failedAccounts: [],
  writeFailures: failures,
});
const failure = (error: string, permanent: boolean) => ({
  sobject: 'Coverage_Snapshot__c',
  operation: 'upsert',
  ref: '001A:2026-11-22',
  error,
  permanent,
});

describe('permanentFailure', () => {
  it('names a batch whose every failed record failed for a reason a retry repeats', () => {
    const denied = failure('INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id', true);
    expect(permanentFailure(new BatchWriteError(result([denied])))).toBe(
      '1 record(s) failed to save: Coverage_Snapshot__c upsert: INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id',
    );
    expect(permanentFailure(new BatchWriteError(result([denied, failure('UNABLE_TO_LOCK_ROW: locked', false)])))).toBe(
      undefined,
    );
  });

  it('tells refused queries and bad ids from faults that clear', () => {
    expect(permanentFailure(new SalesforceError(400, 'INVALID_FIELD', 'No such column'))).toBe(
      'INVALID_FIELD: No such column',
    );
    expect(permanentFailure(new InvalidIdError('x', 'too short'))).toMatch(/not a Salesforce id/);
    for (const transient of [
      new SalesforceError(503, 'SERVER_UNAVAILABLE', 'busy'),
      new SalesforceError(0, 'ECONNRESET', 'reset'),
      new SalesforceError(403, 'REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.'),
      new SalesforceError(401, 'INVALID_SESSION_ID', 'expired'),
      new Error('redis away'),
    ])
      expect(permanentFailure(transient)).toBeUndefined();
  });
});
