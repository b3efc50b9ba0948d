import { OrgHttp } from './http';
import type { RetryPolicy } from './retry';
import { updateRecords, upsertRecords, writeCollections } from './collections';
import type { SaveResult, WriteRecord } from './records';

interface Sent {
  method: string;
  url: string;
  body?: { records?: WriteRecord[] };
}
type Answer = (sub: Sent) => { httpStatusCode: number; body: unknown };

const BASE = '/services/data/v64.0';
const NO_WAIT: RetryPolicy = { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };

/** An org answering direct and composite Collections requests alike from `answer`; records each call's requests. */
function fakeOrg(answer: Answer) {
  const calls: Sent[][] = [];
  const json = (body: unknown, status = 200): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetchFn = (async (url: string, init: RequestInit) => {
    const parsed = new URL(url);
    const body = init.body === undefined ? undefined : JSON.parse(String(init.body));
    if (parsed.pathname === `${BASE}/composite`) {
      const subs = (body as { compositeRequest: Array<Sent & { referenceId: string }> }).compositeRequest;
      calls.push(subs);
      return json({ compositeResponse: subs.map((s) => ({ referenceId: s.referenceId, ...answer(s) })) });
    }
    const sub: Sent = { method: String(init.method), url: parsed.pathname + parsed.search, body };
    calls.push([sub]);
    const { httpStatusCode, body: answered } = answer(sub);
    return json(answered, httpStatusCode);
  }) as unknown as typeof fetch;
  const http = new OrgHttp({
    apiVersion: '64.0',
    session: async () => ({ instanceUrl: 'http://org', accessToken: 't' }),
    fetch: fetchFn,
    retry: NO_WAIT,
  });
  return { http, calls };
}

const ok = (id: string): SaveResult => ({ id, success: true, errors: [] });
const locked = (id: string): SaveResult => ({
  id,
  success: false,
  errors: [{ statusCode: 'UNABLE_TO_LOCK_ROW', message: 'locked' }],
});
/** Saves every record (ids for deletes) and names each result after its record's key or id. */
const saveAll: Answer = (sub) => {
  const keys = sub.body?.records
    ? sub.body.records.map((r) => String(r.Key__c ?? r.Id))
    : (new URL(sub.url, 'http://org').searchParams.get('ids') ?? '').split(',');
  return { httpStatusCode: 200, body: keys.map(ok) };
};
const keyed = (prefix: string, n: number): WriteRecord[] =>
  Array.from({ length: n }, (_, i) => ({ Key__c: `${prefix}${i}` }));
const describeCall = (call: Sent[]): string[] =>
  call.map((s) => `${s.method} ${s.url.replace(BASE, '').split('?')[0]} ${s.body?.records?.length ?? 'ids'}`);

describe('writeCollections', () => {
  it('sends the Collections requests of several writes in one composite call and answers per write', async () => {
    const { http, calls } = fakeOrg(saveAll);
    const results = await writeCollections(http, [
      { operation: 'upsert', sobject: 'A__c', externalIdField: 'Key__c', records: keyed('a', 250) },
      { operation: 'update', sobject: 'Account', records: [{ Id: '001x' }, { Id: '001y' }] },
      { operation: 'delete', ids: ['a0Bz'] },
    ]);
    expect(calls.map(describeCall)).toEqual([
      [
        'PATCH /composite/sobjects/A__c/Key__c 200',
        'PATCH /composite/sobjects/A__c/Key__c 50',
        'PATCH /composite/sobjects 2',
        'DELETE /composite/sobjects ids',
      ],
    ]);
    expect(calls[0]?.[2]?.body).toEqual({
      allOrNone: false,
      records: [
        { attributes: { type: 'Account' }, Id: '001x' },
        { attributes: { type: 'Account' }, Id: '001y' },
      ],
    });
    expect(calls[0]?.[3]?.url).toBe(`${BASE}/composite/sobjects?allOrNone=false&ids=a0Bz`);
    expect(results.map((r) => r.length)).toEqual([250, 2, 1]);
    expect(results[0]?.[249]).toEqual(ok('a249'));
    expect(results[1]).toEqual([ok('001x'), ok('001y')]);
    expect(http.calls).toEqual({ 'collection-composite': 1 });
  });

  it('puts five requests in a call and sends a lone request on its own', async () => {
    const { http, calls } = fakeOrg(saveAll);
    await writeCollections(
      http,
      Array.from({ length: 6 }, (_, i) => ({
        operation: 'update' as const,
        sobject: 'Account',
        records: [{ Id: `x${i}` }],
      })),
    );
    expect(calls.map((c) => c.length)).toEqual([5, 1]);
    expect(http.calls).toEqual({ 'collection-composite': 1, 'collection-update': 1 });
    await upsertRecords(http, 'A__c', 'Key__c', keyed('b', 3));
    expect(describeCall(calls[2] as Sent[])).toEqual(['PATCH /composite/sobjects/A__c/Key__c 3']);
  });

  it('resends only the locked records of every write, together in the next call', async () => {
    const { http, calls } = fakeOrg((sub) => {
      const records = sub.body?.records ?? [];
      // The first call locks b1 and x1; everything saves after that.
      const lock = (key: string) => calls.length === 1 && (key === 'b1' || key === 'x1');
      return {
        httpStatusCode: 200,
        body: records.map((r) => {
          const key = String(r.Key__c ?? r.Id);
          return lock(key) ? locked(key) : ok(key);
        }),
      };
    });
    const results = await writeCollections(
      http,
      [
        { operation: 'upsert', sobject: 'B__c', externalIdField: 'Key__c', records: keyed('b', 3) },
        { operation: 'update', sobject: 'Account', records: [{ Id: 'x0' }, { Id: 'x1' }] },
      ],
      { retry: NO_WAIT },
    );
    expect(calls).toHaveLength(2);
    expect(calls[1]?.map((s) => s.body?.records?.map((r) => r.Key__c ?? r.Id))).toEqual([['b1'], ['x1']]);
    expect(results).toEqual([
      [ok('b0'), ok('b1'), ok('b2')],
      [ok('x0'), ok('x1')],
    ]);
  });

  it('reports records still locked once the attempts are spent', async () => {
    const { http, calls } = fakeOrg((sub) => ({
      httpStatusCode: 200,
      body: (sub.body?.records ?? []).map((r) => locked(String(r.Id))),
    }));
    const results = await updateRecords(http, 'Account', [{ Id: 'x0' }], {
      retry: { ...NO_WAIT, attempts: 3 },
    });
    expect(calls).toHaveLength(3);
    expect(results).toEqual([locked('x0')]);
  });

  it('sends a subrequest that met a transient fault again and throws any other failed subrequest', async () => {
    let busy = 1;
    const flaky = fakeOrg((sub) =>
      sub.url.includes('/A__c/') && busy-- > 0
        ? { httpStatusCode: 503, body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'busy' }] }
        : saveAll(sub),
    );
    const results = await writeCollections(flaky.http, [
      { operation: 'upsert', sobject: 'A__c', externalIdField: 'Key__c', records: keyed('a', 1) },
      { operation: 'update', sobject: 'Account', records: [{ Id: 'x0' }] },
    ]);
    expect(flaky.calls.map((c) => c.length)).toEqual([2, 1]);
    expect(results).toEqual([[ok('a0')], [ok('x0')]]);

    const broken = fakeOrg((sub) =>
      sub.url.includes('/A__c/')
        ? { httpStatusCode: 400, body: [{ errorCode: 'INVALID_FIELD', message: 'No such column' }] }
        : saveAll(sub),
    );
    await expect(
      writeCollections(broken.http, [
        { operation: 'upsert', sobject: 'A__c', externalIdField: 'Key__c', records: keyed('a', 1) },
        { operation: 'update', sobject: 'Account', records: [{ Id: 'x0' }] },
      ]),
    ).rejects.toThrow('INVALID_FIELD: No such column');
  });
});
