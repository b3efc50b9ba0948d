import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../index';
import { FIXTURE_SCHEMA, fixtureDataset } from '../testing/fixtures';

/** Bulk API 2.0 driven by jsforce's own bulk2 client. */
describe('Bulk API 2.0', () => {
  let org: Emulator;
  let conn: Connection;

  beforeAll(async () => {
    org = await startEmulator({ dataset: fixtureDataset(450), schema: FIXTURE_SCHEMA });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    conn.bulk2.pollInterval = 20;
  });
  afterAll(async () => {
    await org.stop();
  });
  beforeEach(() => org.resetCalls());

  it('runs a query job through jsforce and returns its CSV rows', async () => {
    const records = await conn.bulk2.query("SELECT Id, LastName, Account.Name FROM Contact WHERE Seniority__c = 'VP'");
    const rows = (await records.toArray()) as Array<Record<string, string>>;
    expect(rows).toHaveLength(150);
    expect(rows[0]).toEqual({
      Id: expect.stringMatching(/^003/),
      LastName: 'Last0000',
      'Account.Name': 'Brightwater Logistics',
    });
    // create, one poll, one result page
    expect(org.calls().byKind['bulk2-query']).toBe(3);
  });

  it('pages results with maxRecords and Sforce-Locator', async () => {
    // jsforce 3.10 cannot follow locators (jsforce issues #1546, #1693), so the pages are fetched directly.
    const job = await conn.requestPost<{ id: string; state: string }>(`/services/data/v${org.apiVersion}/jobs/query`, {
      operation: 'query',
      query: 'SELECT Id FROM Contact ORDER BY LastName',
    });
    expect(job.state).toBe('UploadComplete');
    const pages: Array<{ rows: number; locator: string | null }> = [];
    let locator = '';
    do {
      const url = `${org.instanceUrl}/services/data/v${org.apiVersion}/jobs/query/${job.id}/results?maxRecords=200${
        locator ? `&locator=${locator}` : ''
      }`;
      const res = await fetch(url, { headers: { Authorization: `Bearer ${conn.accessToken}`, Accept: 'text/csv' } });
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await res.text()).trim().split('\n');
      expect(lines[0]).toBe('"Id"');
      locator = res.headers.get('sforce-locator') ?? 'missing';
      pages.push({ rows: Number(res.headers.get('sforce-numberofrecords')), locator });
    } while (locator !== 'null');
    expect(pages.map((p) => p.rows)).toEqual([200, 200, 50]);
  });

  it('sees deleted rows with queryAll', async () => {
    const id = org.store.insert('Account', { Name: 'Bulk Gone' });
    org.store.delete(id);
    const live = await (await conn.bulk2.query("SELECT Id FROM Account WHERE Name = 'Bulk Gone'")).toArray();
    const all = await (
      await conn.bulk2.query("SELECT Id, IsDeleted FROM Account WHERE Name = 'Bulk Gone'", { scanAll: true })
    ).toArray();
    expect(live).toHaveLength(0);
    expect(all).toEqual([{ Id: id, IsDeleted: 'true' }]);
  });

  it('rejects subqueries and unknown fields when the job is created', async () => {
    await expect(conn.bulk2.query('SELECT Id, (SELECT Id FROM Contacts) FROM Account')).rejects.toMatchObject({
      errorCode: 'INVALIDJOB',
    });
    await expect(conn.bulk2.query('SELECT Bogus__c FROM Account')).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
  });

  it('ingests CSV with per-row successes and failures', async () => {
    const results = await conn.bulk2.loadAndWaitForResults({
      object: 'Account',
      operation: 'insert',
      input: 'Name,NumberOfEmployees,Website\nBulk One,12,\nBulk Two,lots,\n' + `${'z'.repeat(256)},3,\n`,
      pollInterval: 20,
      pollTimeout: 5000,
    });
    expect(results.successfulResults).toHaveLength(1);
    expect(results.successfulResults[0]).toMatchObject({ sf__Created: 'true', Name: 'Bulk One' });
    expect(results.failedResults.map((r) => String(r.sf__Error).split(':')[0])).toEqual([
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      'STRING_TOO_LONG',
    ]);
    const [row] = org.store.query("SELECT NumberOfEmployees FROM Account WHERE Name = 'Bulk One'");
    expect(row?.NumberOfEmployees).toBe(12);
  });

  it('fails some rows of an ingest job with UNABLE_TO_LOCK_ROW when the close call is faulted', async () => {
    // create, upload, close: the third ingest call carries the fault.
    org.faults.set('bulk2-ingest', { sequence: ['pass', 'pass', 'lockRows'], lockFraction: 0.5 });
    const input = ['Name', ...Array.from({ length: 40 }, (_, i) => `Locked ${i}`)].join('\n');
    const results = await conn.bulk2.loadAndWaitForResults({
      object: 'Account',
      operation: 'insert',
      input,
      pollInterval: 20,
      pollTimeout: 5000,
    });
    org.faults.clear();
    const errors = results.failedResults.map((r) => String(r.sf__Error).split(':')[0]);
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors)).toEqual(new Set(['UNABLE_TO_LOCK_ROW']));
    expect(results.successfulResults.length + errors.length).toBe(40);
  });

  it('upserts by external id through an ingest job', async () => {
    const data = fixtureDataset(2).records;
    const accountId = data.Account?.[0]?.Id as string;
    const contactId = data.Contact?.[0]?.Id as string;
    const userId = data.User?.[0]?.Id as string;
    const csv = (grade: string) =>
      `Pair_Key__c,Account__c,Contact__c,Team_Member__c,Grade__c\nbulk-pair,${accountId},${contactId},${userId},${grade}\n`;
    const first = await conn.bulk2.loadAndWaitForResults({
      object: 'Relationship__c',
      operation: 'upsert',
      externalIdFieldName: 'Pair_Key__c',
      input: csv('T'),
      pollInterval: 20,
      pollTimeout: 5000,
    });
    const second = await conn.bulk2.loadAndWaitForResults({
      object: 'Relationship__c',
      operation: 'upsert',
      externalIdFieldName: 'Pair_Key__c',
      input: csv('S'),
      pollInterval: 20,
      pollTimeout: 5000,
    });
    expect(second.failedResults).toEqual([]);
    expect(first.successfulResults[0]?.sf__Created).toBe('true');
    expect(second.successfulResults[0]).toMatchObject({
      sf__Created: 'false',
      sf__Id: first.successfulResults[0]?.sf__Id,
    });
    expect(org.store.query("SELECT Grade__c FROM Relationship__c WHERE Pair_Key__c = 'bulk-pair'")).toEqual([
      expect.objectContaining({ Grade__c: 'S' }),
    ]);
    expect(org.calls().byKind['bulk2-ingest']).toBeGreaterThanOrEqual(10);
  });
});
