import { poll } from '../util/poll';
import { parseCsv, toCsv } from './csv';
import type { OrgHttp } from './http';
import type { SaveResult, SfRecord, WriteRecord } from './records';

// Bulk API 2.0: query jobs for large reads, ingest jobs for large upserts. Both are created, polled until done,
// then read as CSV.

interface BulkJob {
  id: string;
  state: string;
  errorMessage?: string;
}

export interface BulkPollOptions {
  /** The longest wait between two polls of a job (the first polls come sooner). */
  pollIntervalMs?: number;
  pollTimeoutMs?: number;
}

export interface BulkQueryOptions extends BulkPollOptions {
  pageSize?: number;
  includeDeleted?: boolean;
}

/**
 * Polls a job until it completes; throws when it failed, was aborted or ran out of time. `known` is a state already
 * in hand (a query job's answer to its creation), checked before the first poll.
 */
async function waitForJob(
  http: OrgHttp,
  job: { label: string; kind: string; path: string },
  opts: BulkPollOptions,
  known?: BulkJob,
): Promise<void> {
  let inHand = known;
  await poll(
    async () => {
      const current = inHand ?? (await http.request<BulkJob>({ kind: job.kind, method: 'GET', path: job.path })).body;
      inHand = undefined;
      if (current.state === 'JobComplete') return true;
      if (current.state === 'Failed' || current.state === 'Aborted')
        throw new Error(`${job.label} ${current.state}: ${current.errorMessage ?? ''}`);
      return undefined;
    },
    job.label,
    { intervalMs: opts.pollIntervalMs, timeoutMs: opts.pollTimeoutMs },
  );
}

/** Bulk API 2.0 query: create the job, wait for it, then read the CSV results page by page. Values arrive as strings. */
export async function* bulkQuery(http: OrgHttp, soql: string, opts: BulkQueryOptions = {}): AsyncGenerator<SfRecord[]> {
  const created = await http.request<BulkJob>({
    kind: 'bulk2-query',
    method: 'POST',
    path: '/jobs/query',
    body: { operation: opts.includeDeleted ? 'queryAll' : 'query', query: soql },
  });
  const jobId = created.body.id;
  await waitForJob(
    http,
    { label: `bulk query ${jobId}`, kind: 'bulk2-poll', path: `/jobs/query/${jobId}` },
    opts,
    created.body,
  );
  let locator: string | null = null;
  do {
    const params = new URLSearchParams({ maxRecords: String(opts.pageSize ?? 50_000) });
    if (locator) params.set('locator', locator);
    const res = await http.request<string>({
      kind: 'bulk2-results',
      method: 'GET',
      path: `/jobs/query/${jobId}/results?${params.toString()}`,
      accept: 'text/csv',
    });
    yield parseCsv(typeof res.body === 'string' ? res.body : String(res.body));
    const next = res.headers.get('sforce-locator');
    locator = next && next !== 'null' ? next : null;
  } while (locator);
}

/**
 * Bulk API 2.0 ingest upsert for large batches: one job, one CSV upload, then the per-record results.
 * Results come back in the order of `records` (matched by the external id).
 */
export async function bulkUpsert(
  http: OrgHttp,
  sobject: string,
  externalIdField: string,
  records: readonly WriteRecord[],
  opts: BulkPollOptions = {},
): Promise<SaveResult[]> {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const job = (
    await http.request<BulkJob>({
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
  await waitForJob(
    http,
    { label: `bulk ingest ${job.id}`, kind: 'bulk2-ingest-poll', path: `/jobs/ingest/${job.id}` },
    opts,
  );
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
