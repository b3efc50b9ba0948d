import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from './index';
import { FIXTURE_SCHEMA, fixtureDataset } from './testing/fixtures';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Flips the case of the first letter among an id's first 15 characters: another 15-character id. */
function otherCase(id15: string): string {
  const i = [...id15].findIndex((c) => /[a-zA-Z]/.test(c));
  const c = id15[i]!;
  return id15.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + id15.slice(i + 1);
}

/** An 18-character id whose case-safe suffix does not match its first 15 characters. */
const wrongSuffix = (id18: string): string => `${id18.slice(0, 15)}${id18.slice(15) === 'AAA' ? 'AAB' : 'AAA'}`;

/**
 * Contract: a 15-character id names the same record as its 18-character form wherever the API takes an id (SOQL on
 * Id and lookup fields, REST record paths, lookup values written), through jsforce. A 15-character id is
 * case-sensitive (another case is another id); an 18-character id must carry its own suffix.
 */
describe('15- and 18-character ids', () => {
  let org: Emulator;
  let conn: Connection;
  let account: { id18: string; id15: string; name: string };
  let other: string;

  beforeAll(async () => {
    org = await startEmulator({ dataset: fixtureDataset(30), schema: FIXTURE_SCHEMA, seed: 7 });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    const rows = org.store.query('SELECT Id, Name FROM Account ORDER BY Id LIMIT 2');
    account = { id18: String(rows[0]!.Id), id15: String(rows[0]!.Id).slice(0, 15), name: String(rows[0]!.Name) };
    other = String(rows[1]!.Id);
  });
  afterAll(async () => {
    await org.stop();
  });

  const ids = async (soql: string): Promise<string[]> =>
    (await conn.query<Row>(soql)).records.map((r) => String(r.Id)).sort();

  describe('in SOQL', () => {
    it("WHERE Id = '<15>' finds the record and answers its 18-character Id", async () => {
      const res = await conn.query<Row>(`SELECT Id, Name FROM Account WHERE Id = '${account.id15}'`);
      expect(res.records.map((r) => [r.Id, r.Name])).toEqual([[account.id18, account.name]]);
      expect(await ids(`SELECT Id FROM Account WHERE Id = '${account.id18}'`)).toEqual([account.id18]);
    });

    it('IN (…) and != take either form alike', async () => {
      expect(await ids(`SELECT Id FROM Account WHERE Id IN ('${account.id15}', '${other}')`)).toEqual(
        [account.id18, other].sort(),
      );
      expect(await ids(`SELECT Id FROM Account WHERE Id IN ('${account.id15}', '${account.id18}')`)).toEqual([
        account.id18,
      ]);
      const all = await ids('SELECT Id FROM Account');
      expect(await ids(`SELECT Id FROM Account WHERE Id != '${account.id15}'`)).toEqual(
        all.filter((id) => id !== account.id18),
      );
    });

    it('a lookup field (and a parent path to an Id) compared with a 15-character id', async () => {
      const by18 = await ids(`SELECT Id FROM Contact WHERE AccountId = '${account.id18}'`);
      expect(by18.length).toBeGreaterThan(0);
      expect(await ids(`SELECT Id FROM Contact WHERE AccountId = '${account.id15}'`)).toEqual(by18);
      expect(await ids(`SELECT Id FROM Contact WHERE AccountId IN ('${account.id15}')`)).toEqual(by18);
      expect(await ids(`SELECT Id FROM Contact WHERE Account.Id = '${account.id15}'`)).toEqual(by18);
    });

    it('a 15-character id in another letter case is another id: no row', async () => {
      expect(await ids(`SELECT Id FROM Account WHERE Id = '${otherCase(account.id15)}'`)).toEqual([]);
    });

    it('an 18-character id with a suffix that does not match is refused as Salesforce does', async () => {
      const bad = wrongSuffix(account.id18);
      await expect(conn.query(`SELECT Id FROM Account WHERE Id = '${bad}'`)).rejects.toMatchObject({
        errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
        message: `invalid ID field: ${bad}`,
      });
      await expect(conn.query(`SELECT Id FROM Contact WHERE AccountId IN ('${bad}')`)).rejects.toMatchObject({
        errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
      });
    });
  });

  describe('in REST record paths', () => {
    it('GET, PATCH and DELETE /sobjects/Account/<15> act on the record of the 18-character id', async () => {
      const created = await conn.sobject('Account').create({ Name: 'Fifteen Ltd' });
      const id18 = String((created as { id: string }).id);
      const id15 = id18.slice(0, 15);
      const read = (await conn.sobject('Account').retrieve(id15)) as Row;
      expect([read.Id, read.Name]).toEqual([id18, 'Fifteen Ltd']);
      await conn.sobject('Account').update({ Id: id15, Name: 'Fifteen Plc' });
      expect(org.store.query(`SELECT Name FROM Account WHERE Id = '${id18}'`)[0]!.Name).toBe('Fifteen Plc');
      await conn.sobject('Account').destroy(id15);
      expect(org.store.query(`SELECT Id FROM Account WHERE Id = '${id18}'`)).toEqual([]);
    });

    it('a composite query subrequest on the 15-character id answers the 18-character one', async () => {
      const base = `/services/data/v${org.apiVersion}`;
      const q = encodeURIComponent(`SELECT Id FROM Contact WHERE AccountId IN ('${account.id15}')`);
      const res = await conn.request<{ compositeResponse: { httpStatusCode: number; body: Row }[] }>({
        method: 'POST',
        url: `${base}/composite`,
        body: JSON.stringify({ compositeRequest: [{ method: 'GET', url: `${base}/query?q=${q}`, referenceId: 'q' }] }),
        headers: { 'Content-Type': 'application/json' },
      });
      const [answer] = res.compositeResponse;
      expect(answer!.httpStatusCode).toBe(200);
      expect(answer!.body.records.map((r: Row) => String(r.Id)).sort()).toEqual(
        await ids(`SELECT Id FROM Contact WHERE AccountId = '${account.id18}'`),
      );
      expect(answer!.body.records.length).toBeGreaterThan(0);
    });

    it('a case-changed 15-character id or a wrong suffix is NOT_FOUND', async () => {
      for (const id of [otherCase(account.id15), wrongSuffix(account.id18)]) {
        await expect(conn.sobject('Account').retrieve(id)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
      }
    });
  });

  describe('in lookup values written', () => {
    it('a contact created with a 15-character AccountId belongs to the account (stored as 18 characters)', async () => {
      const created = await conn.sobject('Contact').create({ LastName: 'Short', AccountId: account.id15 });
      const id = String((created as { id: string }).id);
      const [row] = (await conn.query<Row>(`SELECT AccountId, Account.Name FROM Contact WHERE Id = '${id}'`)).records;
      expect([row!.AccountId, row!.Account.Name]).toEqual([account.id18, account.name]);
      await conn.sobject('Contact').destroy(id);
    });

    it('a lookup value with a suffix that does not match is MALFORMED_ID, nothing saved', async () => {
      const bad = wrongSuffix(account.id18);
      const result = await conn.sobject('Contact').create([{ LastName: 'Bad', AccountId: bad }], { allOrNone: true });
      expect(
        result.map((r) => [r.success, (r.errors?.[0] as { statusCode?: string } | undefined)?.statusCode]),
      ).toEqual([[false, 'MALFORMED_ID']]);
      expect(org.store.query("SELECT Id FROM Contact WHERE LastName = 'Bad'")).toEqual([]);
    });

    it('sObject Collections update records named by their 15-character ids', async () => {
      const results = await conn.sobject('Account').update([{ Id: account.id15, Description: 'short id' }], {
        allOrNone: true,
      });
      expect(results.map((r) => [r.success, r.id])).toEqual([[true, account.id18]]);
      expect(org.store.query(`SELECT Description FROM Account WHERE Id = '${account.id18}'`)[0]!.Description).toBe(
        'short id',
      );
    });
  });
});
