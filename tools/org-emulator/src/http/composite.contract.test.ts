import { Connection } from 'jsforce';
import { makeId } from '../ids';
import { startEmulator, type Emulator } from '../index';
import { FIXTURE_SCHEMA, fixtureDataset } from '../testing/fixtures';

interface SubrequestResult {
  body: {
    totalSize?: number;
    done?: boolean;
    nextRecordsUrl?: string;
    records?: Array<Record<string, unknown>>;
  } & Array<{ errorCode: string; message: string }>;
  httpStatusCode: number;
  referenceId: string;
}

/** The composite resource with query subrequests, driven by jsforce's own `conn.request`. */
describe('composite query subrequests', () => {
  let org: Emulator;
  let conn: Connection;
  let base: string;

  const composite = (subrequests: Array<{ url: string; referenceId: string; method?: string }>) =>
    conn.request<{ compositeResponse: SubrequestResult[] }>({
      method: 'POST',
      url: `${base}/composite`,
      body: JSON.stringify({
        allOrNone: false,
        compositeRequest: subrequests.map((s) => ({ method: 'GET', ...s })),
      }),
      headers: { 'Content-Type': 'application/json' },
    });
  const query = (soql: string, endpoint = 'query'): string => `${base}/${endpoint}?q=${encodeURIComponent(soql)}`;

  beforeAll(async () => {
    org = await startEmulator({ dataset: fixtureDataset(4500), schema: FIXTURE_SCHEMA });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    base = `/services/data/v${org.apiVersion}`;
  });
  afterAll(async () => {
    await org.stop();
  });
  beforeEach(() => org.resetCalls());
  afterEach(() => org.faults.clear());

  it('answers each query in its own subrequest result and counts one API call', async () => {
    const { compositeResponse } = await composite([
      { url: query("SELECT Id, Name FROM Account WHERE Name = 'Globex'"), referenceId: 'globex' },
      { url: query('SELECT Id FROM Contact'), referenceId: 'contacts' },
      { url: query('SELECT Id FROM Nonexistent__c'), referenceId: 'broken' },
    ]);
    expect(compositeResponse.map((r) => [r.referenceId, r.httpStatusCode])).toEqual([
      ['globex', 200],
      ['contacts', 200],
      ['broken', 400],
    ]);
    expect(compositeResponse[0]?.body.records).toEqual([
      expect.objectContaining({ Id: makeId('001', 3, 'FX'), Name: 'Globex' }),
    ]);
    expect(compositeResponse[1]?.body).toMatchObject({ totalSize: 4500, done: false });
    expect(compositeResponse[1]?.body.records).toHaveLength(2000);
    expect(compositeResponse[2]?.body[0]?.errorCode).toBe('INVALID_TYPE');
    expect(org.calls().byKind).toEqual({ query: 1 });
    expect(org.calls().apiUsed).toBe(1);
  });

  it('follows nextRecordsUrl continuations as subrequests', async () => {
    const first = (await composite([{ url: query('SELECT Id FROM Contact ORDER BY Id'), referenceId: 'p1' }]))
      .compositeResponse[0]!.body;
    const second = (await composite([{ url: first.nextRecordsUrl!, referenceId: 'p2' }])).compositeResponse[0]!.body;
    const third = (await composite([{ url: second.nextRecordsUrl!, referenceId: 'p3' }])).compositeResponse[0]!.body;
    expect([first.records?.length, second.records?.length, third.records?.length]).toEqual([2000, 2000, 500]);
    expect(third.done).toBe(true);
    const ids = [...first.records!, ...second.records!, ...third.records!].map((r) => r.Id);
    expect(new Set(ids).size).toBe(4500);
    expect(org.calls().byKind).toEqual({ query: 3 });
  });

  it('reads parent fields through relationships and deleted rows through queryAll', async () => {
    const id = org.store.insert('Contact', { LastName: 'Gone', AccountId: makeId('001', 2, 'FX') });
    org.store.delete(id);
    const soql = `SELECT Id, Account.Name FROM Contact WHERE LastName = 'Gone'`;
    const { compositeResponse } = await composite([
      { url: query(soql), referenceId: 'live' },
      { url: query(soql, 'queryAll'), referenceId: 'all' },
    ]);
    expect(compositeResponse.map((r) => r.httpStatusCode)).toEqual([200, 200]);
    expect(compositeResponse[0]?.body.totalSize).toBe(0);
    expect(compositeResponse[1]?.body.records).toEqual([
      expect.objectContaining({ Id: id, Account: expect.objectContaining({ Name: 'Acme Corp' }) }),
    ]);
  });

  it('refuses more than 5 query operations or 25 subrequests with a request-level error', async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ url: query('SELECT Id FROM Account'), referenceId: `q${i}` }));
    await expect(composite(six)).rejects.toMatchObject({ errorCode: 'LIMIT_EXCEEDED' });
    const many = Array.from({ length: 26 }, (_, i) => ({ url: `${base}/limits`, referenceId: `r${i}` }));
    await expect(composite(many)).rejects.toMatchObject({ errorCode: 'LIMIT_EXCEEDED' });
    const unsupported = await composite([{ url: `${base}/limits`, referenceId: 'limits' }]);
    expect(unsupported.compositeResponse[0]?.httpStatusCode).toBe(404);
  });

  it('takes faults and the budget like any other call', async () => {
    org.faults.set('query', { sequence: ['error503'] });
    await expect(composite([{ url: query('SELECT Id FROM Account'), referenceId: 'a' }])).rejects.toMatchObject({
      errorCode: 'SERVER_UNAVAILABLE',
    });
    const again = await composite([{ url: query('SELECT Id FROM Account'), referenceId: 'a' }]);
    expect(again.compositeResponse[0]?.body.totalSize).toBe(3);
    expect(org.calls().byKind).toEqual({ query: 2 });
  });
});

interface SaveResult {
  id?: string;
  success: boolean;
  created?: boolean;
  errors: Array<{ statusCode: string }>;
}

/** The composite resource with sObject Collections subrequests, driven by jsforce's own `conn.request`. */
describe('composite collection subrequests', () => {
  let org: Emulator;
  let conn: Connection;
  let base: string;
  const account = makeId('001', 1, 'FX');
  const user = makeId('005', 1, 'FX');
  const pair = (n: number): Record<string, unknown> => ({
    attributes: { type: 'Relationship__c' },
    Pair_Key__c: `pair-${n}`,
    Account__c: account,
    Contact__c: makeId('003', n, 'FX'),
    Team_Member__c: user,
  });

  const composite = (subrequests: Array<{ method: string; url: string; referenceId: string; body?: unknown }>) =>
    conn.request<{ compositeResponse: Array<{ body: unknown; httpStatusCode: number; referenceId: string }> }>({
      method: 'POST',
      url: `${base}/composite`,
      body: JSON.stringify({ allOrNone: false, compositeRequest: subrequests }),
      headers: { 'Content-Type': 'application/json' },
    });
  const upsert = (referenceId: string, records: Array<Record<string, unknown>>) => ({
    method: 'PATCH',
    url: `${base}/composite/sobjects/Relationship__c/Pair_Key__c`,
    referenceId,
    body: { allOrNone: false, records },
  });
  const results = (body: unknown): SaveResult[] => body as SaveResult[];

  beforeAll(async () => {
    org = await startEmulator({ dataset: fixtureDataset(30), schema: FIXTURE_SCHEMA });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    base = `/services/data/v${org.apiVersion}`;
  });
  afterAll(async () => {
    await org.stop();
  });
  beforeEach(() => org.resetCalls());
  afterEach(() => org.faults.clear());

  it('runs upsert, update and delete requests in one call counted as a collection call', async () => {
    const [doomed] = (await conn.sobject('Relationship__c').upsert([pair(9)], 'Pair_Key__c')) as Array<{ id: string }>;
    org.resetCalls();
    const { compositeResponse } = await composite([
      upsert('rels', [pair(1), pair(2), { ...pair(3), Grade__c: 'X' }]),
      {
        method: 'PATCH',
        url: `${base}/composite/sobjects`,
        referenceId: 'stamp',
        body: { allOrNone: false, records: [{ attributes: { type: 'Account' }, id: account, Industry: 'Rail' }] },
      },
      { method: 'DELETE', url: `${base}/composite/sobjects?allOrNone=false&ids=${doomed!.id}`, referenceId: 'gone' },
    ]);
    expect(compositeResponse.map((r) => [r.referenceId, r.httpStatusCode])).toEqual([
      ['rels', 200],
      ['stamp', 200],
      ['gone', 200],
    ]);
    expect(results(compositeResponse[0]?.body).map((r) => [r.success, r.created, r.errors[0]?.statusCode])).toEqual([
      [true, true, undefined],
      [true, true, undefined],
      [false, undefined, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
    ]);
    expect(compositeResponse[1]?.body).toEqual([{ id: account, success: true, errors: [] }]);
    expect(compositeResponse[2]?.body).toEqual([{ id: doomed!.id, success: true, errors: [] }]);
    expect(org.store.query(`SELECT Industry FROM Account WHERE Id = '${account}'`)).toEqual([
      expect.objectContaining({ Industry: 'Rail' }),
    ]);
    expect(org.store.query('SELECT Pair_Key__c FROM Relationship__c ORDER BY Pair_Key__c')).toEqual([
      expect.objectContaining({ Pair_Key__c: 'pair-1' }),
      expect.objectContaining({ Pair_Key__c: 'pair-2' }),
    ]);
    expect(org.calls().byKind).toEqual({ collection: 1 });
    expect(org.calls().apiUsed).toBe(1);
  });

  it('answers a refused collection request in its own result and refuses calls beyond the limits', async () => {
    const tooMany = Array.from({ length: 201 }, (_, i) => pair(100 + i));
    const { compositeResponse } = await composite([upsert('big', tooMany), upsert('small', [pair(4)])]);
    expect(compositeResponse.map((r) => r.httpStatusCode)).toEqual([400, 200]);
    expect(compositeResponse[0]?.body).toEqual([expect.objectContaining({ errorCode: 'EXCEEDED_ID_LIMIT' })]);
    const six = Array.from({ length: 6 }, (_, i) => upsert(`u${i}`, [pair(10 + i)]));
    await expect(composite(six)).rejects.toMatchObject({ errorCode: 'LIMIT_EXCEEDED' });
    const mixed = [
      upsert('u', [pair(5)]),
      { method: 'GET', url: `${base}/query?q=SELECT+Id+FROM+Account`, referenceId: 'q' },
    ];
    await expect(composite(mixed)).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
    expect(org.store.query("SELECT Id FROM Relationship__c WHERE Pair_Key__c = 'pair-5'")).toEqual([]);
  });

  it('takes faults armed on collection calls: a lockRows fault fails some records of every request', async () => {
    org.faults.set('collection', { sequence: ['error503', 'lockRows'], lockFraction: 0.01 });
    const send = () => composite([upsert('a', [pair(20), pair(21)]), upsert('b', [pair(22), pair(23)])]);
    await expect(send()).rejects.toMatchObject({ errorCode: 'SERVER_UNAVAILABLE' });
    const { compositeResponse } = await send();
    for (const sub of compositeResponse) {
      const locked = results(sub.body).filter((r) => r.errors[0]?.statusCode === 'UNABLE_TO_LOCK_ROW');
      expect(locked).toHaveLength(1);
    }
    expect(org.calls().byKind).toEqual({ collection: 2 });
  });
});
