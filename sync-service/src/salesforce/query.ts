import { bulkQuery, type BulkQueryOptions } from './bulk';
import type { OrgHttp } from './http';
import type { QueryPage, SfRecord } from './records';

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
