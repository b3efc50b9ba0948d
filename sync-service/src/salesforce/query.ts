import { parseCsv } from './csv';
import type { OrgHttp } from './http';

export type SfRecord = Record<string, unknown>;

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: SfRecord[];
}

export const stripAttributes = (records: SfRecord[]): SfRecord[] =>
  records.map((r) => {
    const { attributes: _attributes, ...rest } = r;
    return rest;
  });

async function firstRestPage(http: OrgHttp, soql: string, includeDeleted: boolean): Promise<QueryPage> {
  const resource = includeDeleted ? 'queryAll' : 'query';
  const path = `/${resource}?q=${encodeURIComponent(soql)}`;
  return (await http.request<QueryPage>({ kind: 'query', method: 'GET', path })).body;
}

async function* followPages(http: OrgHttp, first: QueryPage): AsyncGenerator<SfRecord[]> {
  let page = first;
  yield stripAttributes(page.records);
  while (!page.done && page.nextRecordsUrl) {
    page = (await http.request<QueryPage>({ kind: 'queryMore', method: 'GET', path: page.nextRecordsUrl })).body;
    yield stripAttributes(page.records);
  }
}

/** REST query, one page (up to 2,000 rows) at a time; `includeDeleted` uses queryAll. */
export async function* restQuery(http: OrgHttp, soql: string, includeDeleted = false): AsyncGenerator<SfRecord[]> {
  yield* followPages(http, await firstRestPage(http, soql, includeDeleted));
}

interface BulkJob {
  id: string;
  state: string;
  errorMessage?: string;
}

export interface BulkQueryOptions {
  pollIntervalMs?: number;
  pollTimeoutMs?: number;
  pageSize?: number;
  includeDeleted?: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Bulk API 2.0 query: create the job, wait for it, then read the CSV results page by page. Values arrive as strings. */
export async function* bulkQuery(http: OrgHttp, soql: string, opts: BulkQueryOptions = {}): AsyncGenerator<SfRecord[]> {
  const created = await http.request<BulkJob>({
    kind: 'bulk2-query',
    method: 'POST',
    path: '/jobs/query',
    body: { operation: opts.includeDeleted ? 'queryAll' : 'query', query: soql },
  });
  const jobId = created.body.id;
  const deadline = Date.now() + (opts.pollTimeoutMs ?? 600_000);
  let state = created.body.state;
  // Short jobs finish in moments: poll soon, then back off to the configured interval.
  let wait = 100;
  while (state !== 'JobComplete') {
    if (state === 'Failed' || state === 'Aborted') {
      throw new Error(`bulk query ${jobId} ${state}: ${created.body.errorMessage ?? ''}`);
    }
    if (Date.now() > deadline) throw new Error(`bulk query ${jobId} did not finish in time`);
    await sleep(wait);
    wait = Math.min(wait * 2, opts.pollIntervalMs ?? 2_000);
    const job = await http.request<BulkJob>({ kind: 'bulk2-poll', method: 'GET', path: `/jobs/query/${jobId}` });
    state = job.body.state;
  }
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
 * REST for small sets, Bulk API 2.0 for large ones: the first REST page tells the total; above
 * `bulkThreshold` rows the rest is read by one bulk job instead of many queryMore calls.
 */
export async function* autoQuery(
  http: OrgHttp,
  soql: string,
  bulkThreshold: number,
  opts: BulkQueryOptions = {},
): AsyncGenerator<SfRecord[]> {
  const first = await firstRestPage(http, soql, opts.includeDeleted ?? false);
  if (first.done || first.totalSize <= bulkThreshold) {
    yield* followPages(http, first);
    return;
  }
  yield* bulkQuery(http, soql, opts);
}

export async function collect(pages: AsyncIterable<SfRecord[]>): Promise<SfRecord[]> {
  const all: SfRecord[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
