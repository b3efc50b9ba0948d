import { createSign } from 'node:crypto';
import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from './index';
import { FIXTURE_SCHEMA, fixtureDataset } from './testing/fixtures';

/** The wire carries `statusCode` in save errors (jsforce's typings call it errorCode). */
const outcome = (r: { success: boolean; errors?: unknown[] }): string =>
  r.success ? 'ok' : ((r.errors?.[0] as { statusCode?: string } | undefined)?.statusCode ?? 'no error');

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Contract tests: jsforce itself, unmodified, drives the emulator over HTTP. */
describe('emulator driven by jsforce', () => {
  let org: Emulator;

  beforeAll(async () => {
    org = await startEmulator({ dataset: fixtureDataset(900), schema: FIXTURE_SCHEMA, seed: 7 });
  });
  afterAll(async () => {
    await org.stop();
  });
  beforeEach(() => {
    org.faults.clear();
    org.resetCalls();
  });

  const soapLogin = async (): Promise<Connection> => {
    const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    return conn;
  };

  const jwtAssertion = (overrides: Record<string, unknown> = {}): string => {
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url');
    const claims = {
      iss: org.credentials.clientId,
      sub: org.credentials.username,
      aud: org.loginUrl,
      exp: Math.floor(Date.now() / 1000) + 300,
      ...overrides,
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signature = createSign('RSA-SHA256')
      .update(`${header}.${payload}`)
      .sign(org.credentials.privateKeyPem as string)
      .toString('base64url');
    return `${header}.${payload}.${signature}`;
  };

  describe('login', () => {
    it('logs in through SOAP and answers an authenticated query', async () => {
      const conn = await soapLogin();
      expect(conn.instanceUrl).toBe(org.instanceUrl);
      expect(conn.userInfo?.organizationId).toMatch(/^00D/);
      const result = await conn.query<{ Name: string }>("SELECT Name FROM Account WHERE Name = 'Globex'");
      expect(result.records.map((r) => r.Name)).toEqual(['Globex']);
      expect(org.calls().byKind).toEqual({ login: 1, query: 1 });
    });

    it('refuses a wrong password with INVALID_LOGIN', async () => {
      const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
      await expect(conn.login(org.credentials.username, 'wrong')).rejects.toThrow(/INVALID_LOGIN/);
    });

    it('logs in with a JWT bearer assertion signed by the configured key', async () => {
      const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
      await conn.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwtAssertion() });
      const count = await conn.query('SELECT COUNT() FROM Contact');
      expect(count.totalSize).toBe(900);
    });

    it('refuses a JWT signed by another key or for another user', async () => {
      const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
      const assertion = jwtAssertion();
      const [h, p] = assertion.split('.');
      const forged = `${h}.${p}.${Buffer.from('not a signature').toString('base64url')}`;
      await expect(
        conn.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: forged }),
      ).rejects.toMatchObject({ name: 'invalid_grant' });
      await expect(
        conn.authorize({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: jwtAssertion({ sub: 'someone@else.com' }),
        }),
      ).rejects.toMatchObject({ name: 'invalid_grant' });
    });

    it('serves the client-credentials and password grants', async () => {
      const conn = new Connection({
        loginUrl: org.loginUrl,
        version: org.apiVersion,
        oauth2: {
          loginUrl: org.loginUrl,
          clientId: org.credentials.clientId,
          clientSecret: org.credentials.clientSecret,
        },
      });
      await conn.authorize({ grant_type: 'client_credentials' });
      expect((await conn.query('SELECT COUNT() FROM Account')).totalSize).toBe(3);
      await conn.login(org.credentials.username, org.credentials.password);
      expect(org.calls().byKind.oauth).toBe(2);
      expect(org.calls().byKind.login).toBeUndefined();
    });

    it('re-authenticates after the sessions expire', async () => {
      const conn = await soapLogin();
      const before = conn.accessToken;
      org.expireSessions();
      const result = await conn.query('SELECT Id FROM User');
      expect(result.totalSize).toBe(4); // the fixture's three and the org's admin
      expect(conn.accessToken).not.toBe(before);
      expect(org.calls().byKind.login).toBe(2);
    });

    it('refreshes an OAuth session with its refresh token after expiry', async () => {
      const minted = (await (await fetch(`${org.loginUrl}/__admin/refresh-token`, { method: 'POST' })).json()) as {
        refresh_token: string;
      };
      const conn = new Connection({
        oauth2: {
          loginUrl: org.loginUrl,
          clientId: org.credentials.clientId,
          clientSecret: org.credentials.clientSecret,
        },
        instanceUrl: org.instanceUrl,
        accessToken: 'stale-token',
        refreshToken: minted.refresh_token,
        version: org.apiVersion,
      });
      let refreshed = 0;
      conn.on('refresh', () => refreshed++);
      expect((await conn.query('SELECT COUNT() FROM Account')).totalSize).toBe(3);
      org.expireSessions();
      expect((await conn.query('SELECT COUNT() FROM Account')).totalSize).toBe(3);
      expect(refreshed).toBe(2);
    });

    it('lists API versions and resources', async () => {
      const conn = await soapLogin();
      const versions = await conn.request<Array<{ version: string; url: string }>>('/services/data');
      expect(versions.at(-1)).toEqual({ label: "Summer '25", url: '/services/data/v64.0', version: '64.0' });
      const resources = await conn.request<Record<string, string>>('/services/data/v64.0/');
      expect(resources.query).toBe('/services/data/v64.0/query');
    });

    it('answers 401 INVALID_SESSION_ID to an unknown token', async () => {
      const conn = new Connection({ instanceUrl: org.instanceUrl, accessToken: 'bogus', version: org.apiVersion });
      await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
    });
  });

  describe('query', () => {
    it('pages with nextRecordsUrl and autoFetch follows every page', async () => {
      const conn = await soapLogin();
      const first = await conn.query('SELECT Id FROM Contact', {
        headers: { 'Sforce-Query-Options': 'batchSize=200' },
      });
      expect(first.records).toHaveLength(200);
      expect(first.done).toBe(false);
      expect(first.nextRecordsUrl).toMatch(/\/services\/data\/v64\.0\/query\/01g\w{15}-200$/);
      org.resetCalls();
      const ids: string[] = [];
      await new Promise<void>((resolve, reject) => {
        conn
          .query('SELECT Id, Name FROM Contact ORDER BY LastName', { autoFetch: true, maxFetch: 10_000 })
          .on('record', (r: { Id: string }) => ids.push(r.Id))
          .on('end', () => resolve())
          .on('error', reject)
          .run({ autoFetch: true, maxFetch: 10_000, headers: { 'Sforce-Query-Options': 'batchSize=200' } });
      });
      expect(ids).toHaveLength(900);
      expect(new Set(ids).size).toBe(900);
      expect(org.calls().byKind).toEqual({ query: 1, queryMore: 4 });
    });

    it('returns parent fields nested and child subqueries', async () => {
      const conn = await soapLogin();
      const contacts = await conn.query<Row>(
        "SELECT Name, Account.Name, Account.Owner.Title FROM Contact WHERE LastName = 'Last0000'",
      );
      expect(contacts.records[0]).toMatchObject({
        Name: 'First0 Last0000',
        Account: {
          attributes: { type: 'Account' },
          Name: 'Brightwater Logistics',
          Owner: { Title: 'Account Executive' },
        },
      });
      const accounts = await conn.query<Row>(
        "SELECT Name, (SELECT LastName FROM Contacts WHERE Seniority__c = 'VP' ORDER BY LastName LIMIT 2), (SELECT Name FROM Opportunities) FROM Account WHERE Name = 'Brightwater Logistics'",
      );
      const account = accounts.records[0];
      expect(account?.Opportunities.records[0]).toMatchObject({ Name: 'Brightwater renewal' });
      expect(account?.Contacts.records.map((c: { LastName: string }) => c.LastName)).toEqual(['Last0000', 'Last0003']);
      expect(account?.Contacts.totalSize).toBe(2);
    });

    it('filters with AND/OR/NOT, IN, LIKE, nulls and date literals', async () => {
      const conn = await soapLogin();
      const count = async (soql: string): Promise<number> => (await conn.query(soql)).totalSize;
      expect(
        await count(
          "SELECT Id FROM Contact WHERE Title LIKE 'vp%' AND (Seniority__c = 'VP' OR Seniority__c = 'Director')",
        ),
      ).toBe(300);
      expect(await count("SELECT Id FROM Contact WHERE NOT (Title = 'Analyst')")).toBe(300);
      expect(await count('SELECT Id FROM Contact WHERE Buyer_Roles__c = null')).toBe(675);
      expect(await count("SELECT Id FROM Contact WHERE Buyer_Roles__c INCLUDES ('Power')")).toBe(225);
      expect(await count('SELECT Id FROM Task WHERE ActivityDate = LAST_N_DAYS:90')).toBe(2);
      expect(await count('SELECT Id FROM Task WHERE ActivityDate >= 2024-09-01')).toBe(3);
      expect(await count('SELECT Id FROM Event WHERE ActivityDateTime < 2025-04-01T00:00:00Z')).toBe(1);
      expect(await count("SELECT Id FROM Account WHERE Name IN ('Globex', 'Acme Corp') LIMIT 1")).toBe(1);
      expect(await count('SELECT Id FROM Contact ORDER BY LastName DESC LIMIT 5 OFFSET 3')).toBe(5);
      expect(
        await count("SELECT Id FROM Contact WHERE AccountId IN (SELECT Id FROM Account WHERE Name = 'Globex')"),
      ).toBe(300);
    });

    it('orders, limits and offsets', async () => {
      const conn = await soapLogin();
      const result = await conn.query<{ LastName: string }>(
        'SELECT LastName FROM Contact ORDER BY LastName DESC LIMIT 3 OFFSET 1',
      );
      expect(result.records.map((r) => r.LastName)).toEqual(['Last0898', 'Last0897', 'Last0896']);
    });

    it('lets queryAll see deleted rows that query hides', async () => {
      const conn = await soapLogin();
      const id = org.store.insert('Contact', {
        LastName: 'Ephemeral',
        AccountId: fixtureDataset(1).records.Account?.[2]?.Id,
      });
      await conn.sobject('Contact').destroy(id);
      const live = await conn.query("SELECT Id FROM Contact WHERE LastName = 'Ephemeral'");
      const all = await conn.query<{ Id: string; IsDeleted: boolean }>(
        "SELECT Id, IsDeleted FROM Contact WHERE LastName = 'Ephemeral'",
        { scanAll: true },
      );
      expect(live.totalSize).toBe(0);
      expect(all.records).toEqual([expect.objectContaining({ Id: id, IsDeleted: true })]);
    });

    it.each([
      ['SELECT Id FROM Contact GROUP BY AccountId', 'MALFORMED_QUERY'],
      ['SELECT Id FROM Contact WHERE CALENDAR_YEAR(CreatedDate) = 2024', 'MALFORMED_QUERY'],
      ["SELECT Id FROM Contact WHERE Title = 'a' AND Title = 'b' OR Title = 'c'", 'MALFORMED_QUERY'],
      ['SELECT MAX(CreatedDate) FROM Contact', 'MALFORMED_QUERY'],
      ['SELEKT Id FROM Contact', 'MALFORMED_QUERY'],
      ['SELECT Id FROM Nope__c', 'INVALID_TYPE'],
      ['SELECT Nope__c FROM Contact', 'INVALID_FIELD'],
      ['SELECT Nope.Name FROM Contact', 'INVALID_FIELD'],
      ["SELECT Id FROM Contact WHERE AccountId = 'xyz'", 'INVALID_QUERY_FILTER_OPERATOR'],
      ["SELECT Id FROM Task WHERE ActivityDate = '2024-01-01'", 'INVALID_QUERY_FILTER_OPERATOR'],
    ])('rejects %s with %s', async (soql, errorCode) => {
      const conn = await soapLogin();
      await expect(conn.query(soql)).rejects.toMatchObject({ errorCode });
    });
  });

  describe('describe', () => {
    it('describes standard objects with package fields and custom objects', async () => {
      const conn = await soapLogin();
      const global = await conn.describeGlobal();
      const names = global.sobjects.map((s) => s.name);
      expect(names).toEqual(expect.arrayContaining(['Account', 'EventRelation', 'Relationship__c']));
      const contact = await conn.sobject('Contact').describe();
      expect(contact.keyPrefix).toBe('003');
      const seniority = contact.fields.find((f) => f.name === 'Seniority__c');
      expect(seniority).toMatchObject({ type: 'picklist', restrictedPicklist: true, custom: true });
      expect(seniority?.picklistValues?.map((p) => p.value)).toEqual([
        'Executive',
        'VP',
        'Director',
        'Manager',
        'Staff',
      ]);
      const rel = await conn.sobject('Relationship__c').describe();
      expect(rel.fields.find((f) => f.name === 'Pair_Key__c')).toMatchObject({
        externalId: true,
        unique: true,
        length: 80,
      });
      expect(rel.fields.find((f) => f.name === 'Account__c')).toMatchObject({
        type: 'reference',
        cascadeDelete: true,
        referenceTo: ['Account'],
      });
      expect(contact.childRelationships).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ childSObject: 'Relationship__c', relationshipName: 'Relationships__r' }),
        ]),
      );
      await expect(conn.sobject('Nope__c').describe()).rejects.toMatchObject({ errorCode: 'INVALID_TYPE' });
    });

    it('reports limits with the API budget', async () => {
      const conn = await soapLogin();
      const limits = await conn.limits();
      expect(limits.DailyApiRequests?.Max).toBe(1_000_000);
      expect(limits.DailyApiRequests?.Remaining).toBe(1_000_000 - org.calls().apiUsed);
    });
  });

  describe('records and collections', () => {
    const data = fixtureDataset(3);
    const accountId = data.records.Account?.[0]?.Id as string;
    const contactId = data.records.Contact?.[0]?.Id as string;
    const userId = data.records.User?.[0]?.Id as string;

    it('creates, reads, updates and deletes one record', async () => {
      const conn = await soapLogin();
      const created = await conn.sobject('Account').create({ Name: 'Initech' });
      expect(created).toMatchObject({ success: true, id: expect.stringMatching(/^001\w{15}$/) });
      const id = (created as { id: string }).id;
      await conn.sobject('Account').update({ Id: id, Industry: 'Finance' });
      const row = await conn.sobject('Account').retrieve(id);
      expect(row).toMatchObject({ Name: 'Initech', Industry: 'Finance', IsDeleted: false });
      expect(row.SystemModstamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
      await conn.sobject('Account').destroy(id);
      await expect(conn.sobject('Account').retrieve(id)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    });

    it('upserts a collection by external id with per-record results', async () => {
      const conn = await soapLogin();
      const pair = (n: number): string => `pair-${n}`;
      const base = { Account__c: accountId, Contact__c: contactId, Team_Member__c: userId };
      const first = await conn.sobject('Relationship__c').upsert(
        [
          { ...base, Pair_Key__c: pair(1), Grade__c: 'T' },
          { ...base, Pair_Key__c: pair(2), Grade__c: 'X' },
          { ...base, Pair_Key__c: pair(3), Grade__c: 'S', Contact__c: null },
        ],
        'Pair_Key__c',
      );
      expect(first).toEqual([
        { id: expect.stringMatching(/^a00/), success: true, errors: [], created: true },
        {
          success: false,
          errors: [
            {
              statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
              message: 'Grade: bad value for restricted picklist field: X',
              fields: ['Grade__c'],
            },
          ],
        },
        {
          success: false,
          errors: [
            {
              statusCode: 'REQUIRED_FIELD_MISSING',
              message: 'Required fields are missing: [Contact__c]',
              fields: ['Contact__c'],
            },
          ],
        },
      ]);
      const second = await conn
        .sobject('Relationship__c')
        .upsert([{ Pair_Key__c: pair(1), Grade__c: 'O' }], 'Pair_Key__c');
      expect(second).toEqual([
        { id: (first as Array<{ id: string }>)[0]?.id, success: true, errors: [], created: false },
      ]);
      const [row] = org.store.query(
        `SELECT Name, Grade__c, Account__r.Name FROM Relationship__c WHERE Pair_Key__c = '${pair(1)}'`,
      );
      expect(row).toMatchObject({ Name: 'REL-000001', Grade__c: 'O', Account__r: { Name: 'Brightwater Logistics' } });
    });

    it('enforces lengths, unique values and lookups', async () => {
      const conn = await soapLogin();
      const results = await conn.sobject('Relationship__c').create([
        { Account__c: accountId, Contact__c: contactId, Team_Member__c: userId, Pair_Key__c: 'x'.repeat(81) },
        { Account__c: accountId, Contact__c: contactId, Team_Member__c: userId, Pair_Key__c: 'dup' },
        { Account__c: accountId, Contact__c: contactId, Team_Member__c: userId, Pair_Key__c: 'DUP' },
        { Account__c: accountId, Contact__c: accountId, Team_Member__c: userId },
        { Contact__c: contactId, Team_Member__c: userId },
      ]);
      expect(results.map((r) => outcome(r))).toEqual([
        'STRING_TOO_LONG',
        'ok',
        'DUPLICATE_VALUE',
        'FIELD_INTEGRITY_EXCEPTION',
        'REQUIRED_FIELD_MISSING',
      ]);
    });

    it('rolls every record back when allOrNone is set', async () => {
      const conn = await soapLogin();
      const before = org.store.count('Account');
      const results = await conn
        .sobject('Account')
        .create([{ Name: 'Kept?' }, { Name: 'y'.repeat(300) }], { allOrNone: true });
      expect(results.map((r) => outcome(r))).toEqual(['ALL_OR_NONE_OPERATION_ROLLED_BACK', 'STRING_TOO_LONG']);
      expect(org.store.count('Account')).toBe(before);
    });

    it('fails the whole call for an unknown field and over 200 records', async () => {
      const conn = await soapLogin();
      await expect(conn.sobject('Account').create([{ Name: 'a', Bogus__c: 1 }])).rejects.toMatchObject({
        errorCode: 'INVALID_FIELD',
      });
      const many = Array.from({ length: 201 }, (_, i) => ({ Name: `n${i}` }));
      await expect(conn.sobject('Account').create(many)).rejects.toMatchObject({ errorCode: 'EXCEEDED_ID_LIMIT' });
    });

    it('attributes in-process writes to a user other than the integration user, API writes to the session user', async () => {
      const conn = await soapLogin();
      const viaApi = (await conn.sobject('Account').create({ Name: 'By API' })) as { id: string };
      const inOrg = org.store.insert('Account', { Name: 'By a rep' });
      const asChosen = org.store.insert(
        'Account',
        { Name: 'By rep 2' },
        { asUser: data.records.User?.[1]?.Id as string },
      );
      const integrationId = conn.userInfo?.id;
      expect(org.store.get(viaApi.id)).toMatchObject({ CreatedById: integrationId, LastModifiedById: integrationId });
      expect(org.store.get(inOrg)).toMatchObject({ LastModifiedById: userId, OwnerId: userId });
      expect(org.store.defaultUserId).toBe(userId);
      expect(org.store.get(asChosen)?.LastModifiedById).toBe(data.records.User?.[1]?.Id);
    });

    it('cascades a master-detail delete and upserts a single record by external id', async () => {
      const conn = await soapLogin();
      const account = (await conn.sobject('Account').create({ Name: 'Doomed' })) as { id: string };
      const res = await conn
        .sobject('Relationship__c')
        .upsert(
          { Account__c: account.id, Contact__c: contactId, Team_Member__c: userId, Pair_Key__c: 'doomed-pair' },
          'Pair_Key__c',
        );
      expect(res).toMatchObject({ success: true, created: true });
      await conn.sobject('Account').destroy(account.id);
      const gone = org.store.query("SELECT Id, IsDeleted FROM Relationship__c WHERE Pair_Key__c = 'doomed-pair'", {
        includeDeleted: true,
      });
      expect(gone).toEqual([expect.objectContaining({ IsDeleted: true })]);
    });
  });

  describe('budget and faults', () => {
    it('answers REQUEST_LIMIT_EXCEEDED once the daily budget is spent', async () => {
      const small = await startEmulator({ dataset: fixtureDataset(3), schema: FIXTURE_SCHEMA, apiBudget: 2 });
      try {
        const conn = new Connection({ loginUrl: small.loginUrl, version: small.apiVersion });
        await conn.login(small.credentials.username, small.credentials.password);
        await conn.query('SELECT Id FROM Account');
        await conn.query('SELECT Id FROM Account');
        await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({
          errorCode: 'REQUEST_LIMIT_EXCEEDED',
        });
        expect(small.calls()).toMatchObject({ apiUsed: 2, byKind: { login: 1, query: 2 } });
      } finally {
        await small.stop();
      }
    });

    it('plays a scripted fault sequence, which jsforce retries through', async () => {
      const conn = await soapLogin();
      org.faults.set('query', { sequence: ['error503', 'error500', 'pass'] });
      expect((await conn.query('SELECT Id FROM Account')).totalSize).toBeGreaterThan(0);
      expect(org.calls().byKind.query).toBe(3);
    });

    it('answers 503 SERVER_UNAVAILABLE and 500 UNKNOWN_EXCEPTION in the REST error shape', async () => {
      const conn = await soapLogin();
      org.faults.set('query', { sequence: ['error503', 'error500'] });
      const get = () =>
        fetch(`${org.instanceUrl}/services/data/v64.0/query?q=SELECT+Id+FROM+Account`, {
          headers: { Authorization: `Bearer ${conn.accessToken}` },
        });
      const first = await get();
      expect(first.status).toBe(503);
      expect(await first.json()).toEqual([{ errorCode: 'SERVER_UNAVAILABLE', message: expect.any(String) }]);
      const second = await get();
      expect(second.status).toBe(500);
      expect(await second.json()).toEqual([{ errorCode: 'UNKNOWN_EXCEPTION', message: expect.any(String) }]);
    });

    it('injects REQUEST_LIMIT_EXCEEDED with a seeded probability', async () => {
      const conn = await soapLogin();
      org.faults.set('query', { probability: 0.5, action: 'requestLimit' });
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        outcomes.push(
          await conn.query('SELECT Id FROM Account').then(
            () => 'ok',
            (e: Error & { errorCode?: string }) => e.errorCode ?? 'none',
          ),
        );
      }
      expect(new Set(outcomes)).toEqual(new Set(['ok', 'REQUEST_LIMIT_EXCEEDED']));
    });

    it('tells the concurrent long-running request limit from the spent daily allocation, both 403 REQUEST_LIMIT_EXCEEDED', async () => {
      const conn = await soapLogin();
      org.faults.set('query', { sequence: ['concurrencyLimit', 'requestLimit'] });
      const get = () =>
        fetch(`${conn.instanceUrl}/services/data/v${org.apiVersion}/query?q=SELECT+Id+FROM+Account`, {
          headers: { Authorization: `Bearer ${conn.accessToken}` },
        });
      const busy = await get();
      expect(busy.status).toBe(403);
      expect(await busy.json()).toEqual([
        { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'ConcurrentPerOrgLongTxn Limit exceeded.' },
      ]);
      const spent = await get();
      expect(spent.status).toBe(403);
      expect(await spent.json()).toEqual([
        { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: expect.stringMatching(/^TotalRequests Limit exceeded\./) },
      ]);
      expect((await get()).status).toBe(200);
    });

    it('fails some records of a collection with UNABLE_TO_LOCK_ROW', async () => {
      const conn = await soapLogin();
      org.faults.set('collection', { sequence: ['lockRows'], lockFraction: 0.5 });
      const results = await conn
        .sobject('Account')
        .create(Array.from({ length: 20 }, (_, i) => ({ Name: `Lock ${i}` })));
      const codes = results.map((r) => outcome(r));
      expect(codes).toContain('ok');
      expect(codes).toContain('UNABLE_TO_LOCK_ROW');
      expect(codes.every((c) => c === 'ok' || c === 'UNABLE_TO_LOCK_ROW')).toBe(true);
    });

    it('expires a session as a fault and jsforce logs in again', async () => {
      const conn = await soapLogin();
      org.faults.set('query', { sequence: ['expireSession'] });
      expect((await conn.query('SELECT Id FROM Account')).totalSize).toBeGreaterThan(0);
      expect(org.calls().byKind).toMatchObject({ login: 2, query: 2 });
    });

    it('drops connections and delays responses', async () => {
      const conn = await soapLogin();
      org.faults.set('limits', { sequence: ['drop', { delayMs: 150 }] });
      const started = Date.now();
      // jsforce retries the dropped connection; the retry is then slowed down.
      expect((await conn.limits()).DailyApiRequests?.Max).toBe(1_000_000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(org.calls().byKind.limits).toBe(2);
    });

    it('fails logins on demand, as a SOAP fault and as an OAuth error', async () => {
      org.faults.set('login', { sequence: ['error503'] });
      const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
      await expect(conn.login(org.credentials.username, org.credentials.password)).rejects.toThrow(
        /SERVER_UNAVAILABLE/,
      );
      await conn.login(org.credentials.username, org.credentials.password);
      org.faults.set('oauth', { sequence: ['requestLimit'] });
      const oauth = new Connection({
        oauth2: {
          loginUrl: org.loginUrl,
          clientId: org.credentials.clientId,
          clientSecret: org.credentials.clientSecret,
        },
        version: org.apiVersion,
      });
      await expect(oauth.authorize({ grant_type: 'client_credentials' })).rejects.toMatchObject({
        name: 'server_error',
      });
      expect(org.calls().byKind).toMatchObject({ login: 2, oauth: 1 });
    });

    it('exposes counts and faults over the admin endpoints', async () => {
      const conn = await soapLogin();
      await conn.query('SELECT Id FROM Account');
      const calls = await (await fetch(`${org.instanceUrl}/__admin/calls`)).json();
      expect(calls).toMatchObject({ total: 2, byKind: { login: 1, query: 1 } });
      const armed = await fetch(`${org.instanceUrl}/__admin/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'describe', spec: { probability: 1, action: 'requestLimit' } }),
      });
      expect(armed.status).toBe(200);
      await expect(conn.sobject('Account').describe()).rejects.toMatchObject({ errorCode: 'REQUEST_LIMIT_EXCEEDED' });
      await fetch(`${org.instanceUrl}/__admin/expire-sessions`, { method: 'POST' });
      await conn.query('SELECT Id FROM Account');
      expect(org.calls().byKind.login).toBe(2);
    });
  });
});
