import {
  bulkUpsert,
  deleteRecords,
  updateRecords,
  upsertRecords,
  type OrgHttp,
  type SaveResult,
  type WriteRecord,
} from '../salesforce';
import type { PlannedWrites } from './diff';

export interface WriteOutcome {
  written: number;
  failures: { sobject: string; operation: string; ref: string; error: string }[];
}

export interface WriteStageOptions {
  /** Upserts above this many records of one object go through a Bulk API 2.0 ingest job. */
  bulkWriteThreshold: number;
}

const refOf = (r: WriteRecord | string, externalIdField?: string): string =>
  typeof r === 'string' ? r : String(r.Id ?? (externalIdField ? r[externalIdField] : '') ?? '');

/**
 * Applies planned writes in dependency order (relationships before the account stamp, so a failed batch
 * leaves the accounts unstamped). Collects per-record failures instead of throwing.
 */
export async function applyWrites(http: OrgHttp, w: PlannedWrites, opts: WriteStageOptions): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: 0, failures: [] };
  const record = (
    sobject: string,
    operation: string,
    items: readonly (WriteRecord | string)[],
    results: SaveResult[],
    ext?: string,
  ): void => {
    results.forEach((r, i) => {
      if (r.success) outcome.written += 1;
      else {
        const item = items[i] as WriteRecord | string;
        outcome.failures.push({
          sobject,
          operation,
          ref: refOf(item, ext),
          error: r.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; '),
        });
      }
    });
  };
  const upsert = async (sobject: string, ext: string, records: WriteRecord[]): Promise<void> => {
    if (!records.length) return;
    const results =
      records.length > opts.bulkWriteThreshold
        ? await bulkUpsert(http, sobject, ext, records)
        : await upsertRecords(http, sobject, ext, records);
    record(sobject, 'upsert', records, results, ext);
  };
  const update = async (sobject: string, records: WriteRecord[]): Promise<void> => {
    if (records.length) record(sobject, 'update', records, await updateRecords(http, sobject, records));
  };

  await upsert('Relationship__c', 'Pair_Key__c', w.relationships.upserts);
  await update('Relationship__c', w.relationships.updates);
  if (w.relationships.deletes.length) {
    // A delete repeated after a lost answer finds the record already gone: that is the wanted outcome.
    const results = (await deleteRecords(http, w.relationships.deletes)).map((r) =>
      !r.success && r.errors.every((e) => e.statusCode === 'ENTITY_IS_DELETED') ? { ...r, success: true } : r,
    );
    record('Relationship__c', 'delete', w.relationships.deletes, results);
  }
  await upsert('Coverage_Warning__c', 'Warning_Key__c', w.warnings.upserts);
  await update('Coverage_Warning__c', w.warnings.updates);
  await upsert('Coverage_Snapshot__c', 'Snapshot_Key__c', w.snapshots.upserts);
  await update('Coverage_Snapshot__c', w.snapshots.updates);

  // Stamp only the accounts whose other writes all succeeded.
  const failedAccounts = new Set(outcome.failures.map((f) => f.ref));
  await update(
    'Account',
    w.accounts.updates.filter((a) => !failedAccounts.has(String(a.Id))),
  );
  return outcome;
}
