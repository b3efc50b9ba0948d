import { BudgetExhaustedError, SalesforceError } from './errors';
import { OrgHttp } from './http';
import { ApiBudget } from './limits';

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

function fakeFetch(answers: Answer[], seen: { url: string; auth: string }[]): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push({ url, auth: (init.headers as Record<string, string>).Authorization ?? '' });
    const a = answers.shift();
    if (!a) throw new Error('no more answers');
    return new Response(JSON.stringify(a.body), {
      status: a.status,
      headers: { 'content-type': 'application/json', ...a.headers },
    });
  }) as unknown as typeof fetch;
}

const noWait = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };

describe('OrgHttp', () => {
  it('re-authenticates once on INVALID_SESSION_ID and repeats the call', async () => {
    const seen: { url: string; auth: string }[] = [];
    let logins = 0;
    const http = new OrgHttp({
      apiVersion: '64.0',
      session: async () => ({ instanceUrl: 'http://org', accessToken: `token${++logins}` }),
      fetch: fakeFetch(
        [
          { status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'expired' }] },
          { status: 200, body: { ok: true } },
        ],
        seen,
      ),
      retry: noWait,
    });
    const res = await http.request({ kind: 'query', method: 'GET', path: '/limits' });
    expect(res.body).toEqual({ ok: true });
    expect(seen.map((s) => s.auth)).toEqual(['Bearer token1', 'Bearer token2']);
    expect(seen[0]!.url).toBe('http://org/services/data/v64.0/limits');
    expect(http.calls).toEqual({ query: 2 });
  });

  it('retries 5xx faults and reports a 400 at once', async () => {
    const seen: { url: string; auth: string }[] = [];
    const http = new OrgHttp({
      apiVersion: '64.0',
      session: async () => ({ instanceUrl: 'http://org', accessToken: 't' }),
      fetch: fakeFetch(
        [
          { status: 503, body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'busy' }] },
          { status: 200, body: 1 },
          { status: 400, body: [{ errorCode: 'MALFORMED_QUERY', message: 'bad' }] },
        ],
        seen,
      ),
      retry: noWait,
    });
    await expect(http.request({ kind: 'query', method: 'GET', path: '/a' })).resolves.toMatchObject({ body: 1 });
    const failure = http.request({ kind: 'query', method: 'GET', path: '/b' });
    await expect(failure).rejects.toBeInstanceOf(SalesforceError);
    await expect(failure).rejects.toThrow('MALFORMED_QUERY: bad');
    expect(seen).toHaveLength(3);
  });

  it('stops cleanly when the limit header says the budget is spent, and on REQUEST_LIMIT_EXCEEDED', async () => {
    const budget = new ApiBudget(99);
    const http = new OrgHttp({
      apiVersion: '64.0',
      session: async () => ({ instanceUrl: 'http://org', accessToken: 't' }),
      budget,
      fetch: fakeFetch(
        [
          { status: 200, body: {}, headers: { 'sforce-limit-info': 'api-usage=900/1000' } },
          { status: 403, body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' }] },
        ],
        [],
      ),
      retry: noWait,
    });
    await http.request({ kind: 'query', method: 'GET', path: '/a' });
    expect(budget.remainingRequests).toBe(100);
    await expect(http.request({ kind: 'query', method: 'GET', path: '/b' })).rejects.toBeInstanceOf(
      BudgetExhaustedError,
    );
    await expect(http.request({ kind: 'query', method: 'GET', path: '/c' })).rejects.toThrow('may not go below 99');
  });
  it('waits out the concurrent long-running request limit and repeats the call; an unknown limit stops', async () => {
    const pauses: number[] = [];
    const busy = {
      status: 403,
      body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'ConcurrentPerOrgLongTxn Limit exceeded.' }],
    };
    const http = new OrgHttp({
      apiVersion: '64.0',
      session: async () => ({ instanceUrl: 'http://org', accessToken: 't' }),
      fetch: fakeFetch(
        [
          busy,
          busy,
          { status: 200, body: 1 },
          { status: 403, body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'SomeNewQuota Limit exceeded.' }] },
        ],
        [],
      ),
      retry: {
        attempts: 3,
        baseDelayMs: 10,
        maxDelayMs: 10,
        busyDelayMs: 700,
        random: () => 0.5,
        sleep: async (ms) => void pauses.push(ms),
      },
    });
    await expect(http.request({ kind: 'query', method: 'GET', path: '/a' })).resolves.toMatchObject({ body: 1 });
    expect(pauses).toEqual([705, 705]);
    expect(http.calls).toEqual({ query: 3 });
    await expect(http.request({ kind: 'query', method: 'GET', path: '/b' })).rejects.toBeInstanceOf(
      BudgetExhaustedError,
    );
  });
});
