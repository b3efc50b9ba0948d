// A fake org for unit tests of code that reads through the composite resource: each subrequest is answered by a
// function of the test's; every call's subrequest URLs are recorded.
import { OrgHttp } from './http';

export interface Subrequest {
  url: string;
  referenceId: string;
}
export interface SubrequestReply {
  httpStatusCode: number;
  body: unknown;
}

const COMPOSITE_PATH = '/services/data/v64.0/composite';

export function fakeCompositeOrg(
  reply: (sub: Subrequest) => SubrequestReply,
  other: (url: string) => Response = (url) => {
    throw new Error(`unexpected request to ${url}`);
  },
): { http: OrgHttp; calls: string[][] } {
  const calls: string[][] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    if (new URL(url).pathname !== COMPOSITE_PATH) return other(url);
    const subs = (JSON.parse(String(init.body)) as { compositeRequest: Subrequest[] }).compositeRequest;
    calls.push(subs.map((s) => s.url));
    const compositeResponse = subs.map((s) => ({ referenceId: s.referenceId, ...reply(s) }));
    return new Response(JSON.stringify({ compositeResponse }), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  const http = new OrgHttp({
    apiVersion: '64.0',
    session: async () => ({ instanceUrl: 'http://org', accessToken: 't' }),
    fetch: fetchFn,
  });
  return { http, calls };
}

/** The SOQL of a query subrequest (empty for a query-more one). */
export const soqlOf = (sub: Subrequest): string => new URL(sub.url, 'http://org').searchParams.get('q') ?? '';

/** A query page answer: `next` makes it a page with more to follow. */
export const queryPage = (records: object[], totalSize = records.length, next?: string): SubrequestReply => ({
  httpStatusCode: 200,
  body: { totalSize, done: !next, ...(next ? { nextRecordsUrl: next } : {}), records },
});
