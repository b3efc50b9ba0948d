import {
  bulkUpsert,
  isPermanentCode,
  writeCollections,
  type CollectionWrite,
  type OrgHttp,
  type SaveResult,
  type WriteRecord,
} from '../salesforce';
import type { PlannedWrites } from './diff';

export interface WriteOutcome {
  written: number;
  failures: {
    sobject: string;
    operation: string;
    ref: string;
    error: string;
    /** No later attempt can save it as planned (every error code is one a retry repeats). */
    permanent: boolean;
  }[];
}

export interface WriteStageOptions {
  /** Upserts above this many records of one object go through a Bulk API 2.0 ingest job. */
  bulkWriteThreshold: number;
}

const refOf = (r: WriteRecord | string, externalIdField?: string): string =>
  typeof r === 'string' ? r : String(r.Id ?? (externalIdField ? r[externalIdField] : '') ?? '');

/** One planned write as the stage reports it, with the Collections write that carries it. */
interface StageWrite {
  sobject: string;
  operation: 'upsert' | 'update' | 'delete';
  items: readonly (WriteRecord | string)[];
  externalIdField?: string;
}

/**
 * Applies planned writes: upserts above the bulk threshold through Bulk API 2.0 ingest jobs, then every other
 * write through sObject Collections, the requests five to a composite call, in dependency order (relationships
 * first, the account stamp last). Collects per-record failures instead of throwing; any failure fails the batch,
 * which runs again unless every failure is permanent (see permanentFailure).
 */
export async function applyWrites(http: OrgHttp, w: PlannedWrites, opts: WriteStageOptions): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: 0, failures: [] };
  const record = (write: StageWrite, results: SaveResult[]): void => {
    results.forEach((r, i) => {
      if (r.success) outcome.written += 1;
      else {
        const item = write.items[i] as WriteRecord | string;
        outcome.failures.push({
          sobject: write.sobject,
          operation: write.operation,
          ref: refOf(item, write.externalIdField),
          error: r.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; '),
          permanent: r.errors.length > 0 && r.errors.every((e) => isPermanentCode(e.statusCode)),
        });
      }
    });
  };
  const planned: StageWrite[] = [
    { sobject: 'Relationship__c', operation: 'upsert', items: w.relationships.upserts, externalIdField: 'Pair_Key__c' },
    { sobject: 'Relationship__c', operation: 'update', items: w.relationships.updates },
    { sobject: 'Relationship__c', operation: 'delete', items: w.relationships.deletes },
    {
      sobject: 'Coverage_Warning__c',
      operation: 'upsert',
      items: w.warnings.upserts,
      externalIdField: 'Warning_Key__c',
    },
    { sobject: 'Coverage_Warning__c', operation: 'update', items: w.warnings.updates },
    {
      sobject: 'Coverage_Snapshot__c',
      operation: 'upsert',
      items: w.snapshots.upserts,
      externalIdField: 'Snapshot_Key__c',
    },
    { sobject: 'Coverage_Snapshot__c', operation: 'update', items: w.snapshots.updates },
    { sobject: 'Contact', operation: 'update', items: w.contacts.updates },
    { sobject: 'Account', operation: 'update', items: w.accounts.updates },
  ].filter((p) => p.items.length > 0) as StageWrite[];

  const viaBulk = (p: StageWrite): boolean => p.operation === 'upsert' && p.items.length > opts.bulkWriteThreshold;
  for (const p of planned.filter(viaBulk)) {
    record(p, await bulkUpsert(http, p.sobject, p.externalIdField as string, p.items as WriteRecord[]));
  }
  const viaCollections = planned.filter((p) => !viaBulk(p));
  const results = await writeCollections(http, viaCollections.map(collectionWrite));
  viaCollections.forEach((p, k) => {
    const answers = results[k] as SaveResult[];
    // A delete repeated after a lost answer finds the record already gone: that is the wanted outcome.
    record(
      p,
      p.operation === 'delete'
        ? answers.map((r) =>
            !r.success && r.errors.every((e) => e.statusCode === 'ENTITY_IS_DELETED') ? { ...r, success: true } : r,
          )
        : answers,
    );
  });
  return outcome;
}

function collectionWrite(p: StageWrite): CollectionWrite {
  if (p.operation === 'delete') return { operation: 'delete', ids: p.items as string[] };
  const records = p.items as WriteRecord[];
  return p.operation === 'upsert'
    ? { operation: 'upsert', sobject: p.sobject, externalIdField: p.externalIdField as string, records }
    : { operation: 'update', sobject: p.sobject, records };
}
