import { SalesforceError, errorFromResponse, isRetryable } from './errors';
import type { OrgHttp } from './http';
import { bulkQuery, type BulkQueryOptions } from './bulk';
import { collect, stripAttributes } from './query';
import type { QueryPage, SaveResult, SfRecord } from './records';

/**
 * Query operations (query, queryAll or a query-more page) and sObject Collections requests, together, that
 * Salesforce runs in one composite call.
 */
export const COMPOSITE_QUERY_LIMIT = 5;
/** Times a subrequest that failed with a transient fault is sent again (in a later composite call). */
const SUBREQUEST_ATTEMPTS = 3;

export interface QuerySpec {
  soql: string;
  /** queryAll: deleted and archived rows too. */
  includeDeleted?: boolean;
}

/** Each query's rows, or the error its subrequest answered (other queries go on regardless). */
export type QueryOutcome = { rows: SfRecord[] } | { error: Error };

interface PendingOperation {
  index: number;
  /** From the instance root: `/services/data/vXX.X/query?q=…` or a `nextRecordsUrl`. */
  url: string;
  firstPage: boolean;
  attempt: number;
}

interface SubrequestResult {
  body: unknown;
  httpStatusCode: number;
  referenceId: string;
}

/**
 * Runs many independent queries through the composite resource: up to five query operations (first pages and
 * query-more pages alike) in each call, which Salesforce counts as one API call. A query whose first page
 * reports more than `bulkThreshold` rows is read by a Bulk API 2.0 job instead, as `autoQuery` does.
 */
export async function compositeQueries(
  http: OrgHttp,
  specs: readonly QuerySpec[],
  opts: BulkQueryOptions & { bulkThreshold?: number } = {},
): Promise<QueryOutcome[]> {
  const base = `/services/data/v${http.apiVersion}`;
  const rows: SfRecord[][] = specs.map(() => []);
  const errors = new Map<number, Error>();
  const toBulk: number[] = [];
  let pending: PendingOperation[] = specs.map((spec, index) => ({
    index,
    url: `${base}/${spec.includeDeleted ? 'queryAll' : 'query'}?q=${encodeURIComponent(spec.soql)}`,
    firstPage: true,
    attempt: 1,
  }));

  while (pending.length > 0) {
    const sent = pending.slice(0, COMPOSITE_QUERY_LIMIT);
    pending = pending.slice(COMPOSITE_QUERY_LIMIT);
    const res = await http.request<{ compositeResponse?: SubrequestResult[] }>({
      kind: 'composite',
      method: 'POST',
      path: '/composite',
      body: {
        allOrNone: false,
        compositeRequest: sent.map((op, i) => ({ method: 'GET', url: op.url, referenceId: `q${i}` })),
      },
    });
    const answers = new Map((res.body.compositeResponse ?? []).map((r) => [r.referenceId, r]));
    sent.forEach((op, i) => {
      const answer = answers.get(`q${i}`);
      if (!answer || answer.httpStatusCode >= 300) {
        const error = answer
          ? errorFromResponse(answer.httpStatusCode, answer.body)
          : new SalesforceError(500, 'MISSING_SUBREQUEST_RESULT', `the composite answer lacks subrequest q${i}`);
        if (isRetryable(error) && op.attempt < SUBREQUEST_ATTEMPTS) pending.push({ ...op, attempt: op.attempt + 1 });
        else errors.set(op.index, error);
        return;
      }
      const page = answer.body as QueryPage;
      if (op.firstPage && !page.done && page.totalSize > (opts.bulkThreshold ?? Number.MAX_SAFE_INTEGER)) {
        toBulk.push(op.index);
        return;
      }
      (rows[op.index] as SfRecord[]).push(...stripAttributes(page.records));
      if (!page.done && page.nextRecordsUrl) {
        pending.push({ index: op.index, url: page.nextRecordsUrl, firstPage: false, attempt: 1 });
      }
    });
  }

  for (const index of toBulk) {
    const spec = specs[index] as QuerySpec;
    try {
      rows[index] = await collect(bulkQuery(http, spec.soql, { ...opts, includeDeleted: spec.includeDeleted }));
    } catch (e) {
      if (!(e instanceof SalesforceError)) throw e;
      errors.set(index, e);
    }
  }
  return specs.map((_, index) => {
    const error = errors.get(index);
    return error ? { error } : { rows: rows[index] as SfRecord[] };
  });
}

/** The rows of every query, or the first error any of them answered. */
export async function compositeRows(
  http: OrgHttp,
  specs: readonly QuerySpec[],
  opts: BulkQueryOptions & { bulkThreshold?: number } = {},
): Promise<SfRecord[][]> {
  return (await compositeQueries(http, specs, opts)).map((outcome) => {
    if ('error' in outcome) throw outcome.error;
    return outcome.rows;
  });
}

/** One sObject Collections request, as it would be sent on its own. */
export interface CollectionRequest {
  /** The call kind a direct request is counted under (collection-upsert, collection-update, collection-delete). */
  kind: string;
  method: 'PATCH' | 'DELETE';
  /** Relative to /services/data/vXX.X, e.g. `/composite/sobjects/Relationship__c/Pair_Key__c`. */
  path: string;
  body?: unknown;
}

interface PendingCollectionRequest {
  index: number;
  request: CollectionRequest;
  attempt: number;
}

/**
 * Sends independent sObject Collections requests five to a composite call (in order; a call of only one goes out as
 * the request itself) and returns each request's per-record results, as a direct call would answer them. A
 * subrequest that met a transient fault is sent again in a later call; any other failed subrequest throws its error.
 */
export async function compositeCollections(
  http: OrgHttp,
  requests: readonly CollectionRequest[],
): Promise<SaveResult[][]> {
  const base = `/services/data/v${http.apiVersion}`;
  const results: SaveResult[][] = requests.map(() => []);
  let pending: PendingCollectionRequest[] = requests.map((request, index) => ({ index, request, attempt: 1 }));
  while (pending.length > 0) {
    const sent = pending.slice(0, COMPOSITE_QUERY_LIMIT);
    pending = pending.slice(COMPOSITE_QUERY_LIMIT);
    if (sent.length === 1) {
      const { index, request } = sent[0] as PendingCollectionRequest;
      results[index] = (await http.request<SaveResult[]>(request)).body;
      continue;
    }
    const res = await http.request<{ compositeResponse?: SubrequestResult[] }>({
      kind: 'collection-composite',
      method: 'POST',
      path: '/composite',
      body: {
        allOrNone: false,
        compositeRequest: sent.map(({ request }, i) => ({
          method: request.method,
          url: `${base}${request.path}`,
          referenceId: `c${i}`,
          ...(request.body === undefined ? {} : { body: request.body }),
        })),
      },
    });
    const answers = new Map((res.body.compositeResponse ?? []).map((r) => [r.referenceId, r]));
    sent.forEach((op, i) => {
      const answer = answers.get(`c${i}`);
      if (answer && answer.httpStatusCode < 300) {
        results[op.index] = answer.body as SaveResult[];
        return;
      }
      const error = answer
        ? errorFromResponse(answer.httpStatusCode, answer.body)
        : new SalesforceError(500, 'MISSING_SUBREQUEST_RESULT', `the composite answer lacks subrequest c${i}`);
      if (!isRetryable(error) || op.attempt >= SUBREQUEST_ATTEMPTS) throw error;
      pending.push({ ...op, attempt: op.attempt + 1 });
    });
  }
  return results;
}
