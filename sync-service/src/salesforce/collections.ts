import { chunk } from '../util/chunk';
import { compositeCollections, type CollectionRequest } from './composite';
import { isRetryableCode } from './errors';
import type { OrgHttp } from './http';
import type { SaveResult, WriteRecord } from './records';
import { DEFAULT_RETRY, retryFailedItemGroups, type RetryPolicy } from './retry';

export const COLLECTION_LIMIT = 200;

export interface WriteOptions {
  retry?: RetryPolicy;
}

/** One sObject Collections write, of any number of records (or ids): sent 200 to a request. */
export type CollectionWrite =
  | { operation: 'upsert'; sobject: string; externalIdField: string; records: readonly WriteRecord[] }
  | { operation: 'update'; sobject: string; records: readonly WriteRecord[] }
  | { operation: 'delete'; ids: readonly string[] };

type WriteItem = WriteRecord | string;

const itemsOf = (write: CollectionWrite): readonly WriteItem[] =>
  write.operation === 'delete' ? write.ids : write.records;

const retryableResult = (r: SaveResult): boolean => !r.success && r.errors.some((e) => isRetryableCode(e.statusCode));

const withType = (sobject: string, records: readonly WriteItem[]): WriteRecord[] =>
  (records as readonly WriteRecord[]).map((r) => ({ attributes: { type: sobject }, ...r }));

/** The allOrNone=false Collections request that writes these items of `write`. */
function requestFor(write: CollectionWrite, items: readonly WriteItem[]): CollectionRequest {
  switch (write.operation) {
    case 'upsert':
      return {
        kind: 'collection-upsert',
        method: 'PATCH',
        path: `/composite/sobjects/${write.sobject}/${write.externalIdField}`,
        body: { allOrNone: false, records: withType(write.sobject, items) },
      };
    case 'update':
      return {
        kind: 'collection-update',
        method: 'PATCH',
        path: '/composite/sobjects',
        body: { allOrNone: false, records: withType(write.sobject, items) },
      };
    case 'delete':
      return {
        kind: 'collection-delete',
        method: 'DELETE',
        path: `/composite/sobjects?allOrNone=false&ids=${items.join(',')}`,
      };
  }
}

/**
 * Runs independent Collections writes together: every 200 items of a write are one request, and a round's
 * requests (of all writes) go five to a composite call, in the order given. Records that failed with a retryable
 * error (UNABLE_TO_LOCK_ROW and the like) are resent, with backoff, in later rounds shared the same way.
 * Returns each write's results, one per record in its order.
 */
export async function writeCollections(
  http: OrgHttp,
  writes: readonly CollectionWrite[],
  opts: WriteOptions = {},
): Promise<SaveResult[][]> {
  const parts = writes.flatMap((write, w) =>
    chunk(itemsOf(write), COLLECTION_LIMIT).map((items) => ({ write: w, items })),
  );
  const results = await retryFailedItemGroups(
    parts.map((p) => p.items),
    (due) =>
      compositeCollections(
        http,
        due.map(({ group, items }) =>
          requestFor(writes[(parts[group] as { write: number }).write] as CollectionWrite, items),
        ),
      ),
    retryableResult,
    opts.retry ?? DEFAULT_RETRY,
  );
  const byWrite: SaveResult[][] = writes.map(() => []);
  parts.forEach((part, k) => (byWrite[part.write] as SaveResult[]).push(...(results[k] as SaveResult[])));
  return byWrite;
}

const writeOne = async (http: OrgHttp, write: CollectionWrite, opts: WriteOptions): Promise<SaveResult[]> =>
  (await writeCollections(http, [write], opts))[0] as SaveResult[];

/** sObject Collections upsert on an external id, 200 a call, allOrNone=false; one result per record, in order. */
export function upsertRecords(
  http: OrgHttp,
  sobject: string,
  externalIdField: string,
  records: readonly WriteRecord[],
  opts: WriteOptions = {},
): Promise<SaveResult[]> {
  return writeOne(http, { operation: 'upsert', sobject, externalIdField, records }, opts);
}

/** sObject Collections update by Id; each record carries `Id` and only the fields to change. */
export function updateRecords(
  http: OrgHttp,
  sobject: string,
  records: readonly WriteRecord[],
  opts: WriteOptions = {},
): Promise<SaveResult[]> {
  return writeOne(http, { operation: 'update', sobject, records }, opts);
}

/** sObject Collections delete, 200 ids a call, allOrNone=false. */
export function deleteRecords(http: OrgHttp, ids: readonly string[], opts: WriteOptions = {}): Promise<SaveResult[]> {
  return writeOne(http, { operation: 'delete', ids }, opts);
}
