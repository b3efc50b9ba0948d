import { compositeCollections, type CollectionRequest } from './composite';
import { parseCsv, toCsv } from './csv';
import { isRetryableCode } from './errors';
import type { OrgHttp } from './http';
import { DEFAULT_RETRY, retryFailedItemGroups, type RetryPolicy } from './retry';

export const COLLECTION_LIMIT = 200;

export interface SaveError {
  statusCode: string;
  message: string;
  fields?: string[];
}

export interface SaveResult {
  id?: string;
  success: boolean;
  created?: boolean;
  errors: SaveError[];
}

export type WriteRecord = Record<string, unknown>;

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

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

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

interface IngestJob {
  id: string;
  state: string;
  errorMessage?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Bulk API 2.0 ingest upsert for large batches: one job, one CSV upload, then the per-record results.
 * Results come back in the order of `records` (matched by the external id).
 */
export async function bulkUpsert(
  http: OrgHttp,
  sobject: string,
  externalIdField: string,
  records: readonly WriteRecord[],
  opts: { pollIntervalMs?: number; pollTimeoutMs?: number } = {},
): Promise<SaveResult[]> {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const job = (
    await http.request<IngestJob>({
      kind: 'bulk2-ingest',
      method: 'POST',
      path: '/jobs/ingest',
      body: {
        object: sobject,
        operation: 'upsert',
        externalIdFieldName: externalIdField,
        contentType: 'CSV',
        lineEnding: 'LF',
      },
    })
  ).body;
  await http.request({
    kind: 'bulk2-upload',
    method: 'PUT',
    path: `/jobs/ingest/${job.id}/batches`,
    body: toCsv(records, columns),
    contentType: 'text/csv',
  });
  await http.request({
    kind: 'bulk2-close',
    method: 'PATCH',
    path: `/jobs/ingest/${job.id}`,
    body: { state: 'UploadComplete' },
  });
  const deadline = Date.now() + (opts.pollTimeoutMs ?? 600_000);
  let wait = 100;
  for (;;) {
    const state = (
      await http.request<IngestJob>({ kind: 'bulk2-ingest-poll', method: 'GET', path: `/jobs/ingest/${job.id}` })
    ).body;
    if (state.state === 'JobComplete') break;
    if (state.state === 'Failed' || state.state === 'Aborted')
      throw new Error(`bulk ingest ${job.id} ${state.state}: ${state.errorMessage ?? ''}`);
    if (Date.now() > deadline) throw new Error(`bulk ingest ${job.id} did not finish in time`);
    await sleep(wait);
    wait = Math.min(wait * 2, opts.pollIntervalMs ?? 2_000);
  }
  const byKey = new Map<string, SaveResult>();
  for (const kind of ['successfulResults', 'failedResults'] as const) {
    const res = await http.request<string>({
      kind: 'bulk2-ingest-results',
      method: 'GET',
      path: `/jobs/ingest/${job.id}/${kind}`,
      accept: 'text/csv',
    });
    for (const row of parseCsv(String(res.body))) {
      const key = row[externalIdField] ?? '';
      byKey.set(
        key,
        kind === 'successfulResults'
          ? { id: row.sf__Id, success: true, created: row.sf__Created === 'true', errors: [] }
          : {
              success: false,
              errors: [
                { statusCode: (row.sf__Error ?? 'UNKNOWN').split(':')[0] ?? 'UNKNOWN', message: row.sf__Error ?? '' },
              ],
            },
      );
    }
  }
  return records.map(
    (r) =>
      byKey.get(String(r[externalIdField])) ?? {
        success: false,
        errors: [{ statusCode: 'NO_RESULT', message: 'bulk job returned no result for this record' }],
      },
  );
}
