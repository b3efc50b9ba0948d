import { bulkQuery, bulkUpsert } from './bulk';
import { OrgHttp } from './http';
import { collect } from './query';

const BASE = '/services/data/v64.0';

/** An org answering Bulk API 2.0 requests from `answer(method, path)`; records every request as `METHOD path`. */
function fakeOrg(answer: (method: string, path: string, body: string) => Response) {
  const requests: string[] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    const u = new URL(url);
    const path = u.pathname.replace(BASE, '') + u.search;
    requests.push(`${String(init.method)} ${path}`);
    return answer(String(init.method), path, String(init.body ?? ''));
  }) as unknown as typeof fetch;
  const http = new OrgHttp({
    apiVersion: '64.0',
    session: async () => ({ instanceUrl: 'http://org', accessToken: 't' }),
    fetch: fetchFn,
  });
  return { http, requests };
}
const json = (body: object): Response =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const csv = (text: string, headers: Record<string, string> = {}): Response =>
  new Response(text, { headers: { 'content-type': 'text/csv', ...headers } });

describe('bulkUpsert', () => {
  it('uploads CSV, polls the job until it completes and answers per record in the order given', async () => {
    let polls = 0;
    let uploaded = '';
    const { http, requests } = fakeOrg((method, path, body) => {
      if (path === '/jobs/ingest') return json({ id: '750i', state: 'Open' });
      if (path.endsWith('/batches')) {
        uploaded = body;
        return new Response(null, { status: 201 });
      }
      if (method === 'PATCH') return json({ id: '750i', state: 'UploadComplete' });
      if (path === '/jobs/ingest/750i') return json({ id: '750i', state: ++polls < 2 ? 'InProgress' : 'JobComplete' });
      if (path.endsWith('/successfulResults')) return csv('"sf__Id","sf__Created","Key__c"\n"a01","true","k2"\n');
      return csv('"sf__Id","sf__Error","Key__c"\n"","REQUIRED_FIELD_MISSING:Required fields are missing","k1"\n');
    });
    const results = await bulkUpsert(http, 'A__c', 'Key__c', [{ Key__c: 'k1', Name: 'a, "b"' }, { Key__c: 'k2' }], {
      pollIntervalMs: 1,
    });
    expect(uploaded).toBe('Key__c,Name\nk1,"a, ""b"""\nk2,#N/A\n');
    expect(results).toEqual([
      {
        success: false,
        errors: [
          { statusCode: 'REQUIRED_FIELD_MISSING', message: 'REQUIRED_FIELD_MISSING:Required fields are missing' },
        ],
      },
      { id: 'a01', success: true, created: true, errors: [] },
    ]);
    expect(requests.filter((r) => r === 'GET /jobs/ingest/750i')).toHaveLength(2);
    expect(http.calls).toEqual({
      'bulk2-ingest': 1,
      'bulk2-upload': 1,
      'bulk2-close': 1,
      'bulk2-ingest-poll': 2,
      'bulk2-ingest-results': 2,
    });
  });

  it("stops with the job's own error when it failed", async () => {
    const { http } = fakeOrg((method, path) => {
      if (path === '/jobs/ingest/750f' && method === 'GET')
        return json({ id: '750f', state: 'Failed', errorMessage: 'InvalidBatch : Field name not found : Nope__c' });
      return path === '/jobs/ingest' ? json({ id: '750f', state: 'Open' }) : json({});
    });
    await expect(bulkUpsert(http, 'A__c', 'Key__c', [{ Key__c: 'k1' }])).rejects.toThrow(
      'bulk ingest 750f Failed: InvalidBatch : Field name not found : Nope__c',
    );
  });
});

describe('bulkQuery', () => {
  it('skips the first poll when the created job is already complete and follows the result locators', async () => {
    const { http, requests } = fakeOrg((_method, path) => {
      if (path === '/jobs/query') return json({ id: '750q', state: 'JobComplete' });
      if (path.includes('locator=L2')) return csv('"Id"\n"b"\n', { 'sforce-locator': 'null' });
      return csv('\uFEFF"Id"\n"a"\n', { 'sforce-locator': 'L2' });
    });
    expect(await collect(bulkQuery(http, 'SELECT Id FROM Account'))).toEqual([{ Id: 'a' }, { Id: 'b' }]);
    expect(requests).toEqual([
      'POST /jobs/query',
      'GET /jobs/query/750q/results?maxRecords=50000',
      'GET /jobs/query/750q/results?maxRecords=50000&locator=L2',
    ]);
  });

  it('names an aborted job and one that runs out of time', async () => {
    const aborted = fakeOrg((_m, path) =>
      json(path === '/jobs/query' ? { id: '750a', state: 'UploadComplete' } : { id: '750a', state: 'Aborted' }),
    );
    await expect(collect(bulkQuery(aborted.http, 'SELECT Id FROM A', { pollIntervalMs: 1 }))).rejects.toThrow(
      'bulk query 750a Aborted: ',
    );
    const slow = fakeOrg(() => json({ id: '750s', state: 'InProgress' }));
    await expect(collect(bulkQuery(slow.http, 'SELECT Id FROM A', { pollTimeoutMs: 0 }))).rejects.toThrow(
      'bulk query 750s did not finish in time',
    );
  });
});
