import { makeId, normalizeId } from '../ids';
import { fixtureStore } from '../testing/fixtures';
import { compileSoql, projectRow, runQuery, type QueryEnvironment } from './query';

describe('SOQL engine', () => {
  const { catalog, store } = fixtureStore(12);
  const env: QueryEnvironment = { catalog, store, today: () => '2025-06-30', apiVersion: '64.0' };
  const run = (soql: string, all = false) => {
    const q = compileSoql(soql, env);
    return runQuery(q, env, all).map((row) => projectRow(q, row, env, all));
  };
  const names = (soql: string) => run(soql).map((r) => r.LastName);

  it('treats != and NOT IN as matching nulls, and = null as matching only nulls', () => {
    expect(run("SELECT Id FROM Contact WHERE Buyer_Roles__c != 'Power;User'")).toHaveLength(9);
    expect(run("SELECT Id FROM Contact WHERE Buyer_Roles__c = 'Power;User'")).toHaveLength(3);
    expect(run('SELECT Id FROM Contact WHERE Buyer_Roles__c != null')).toHaveLength(3);
    expect(run("SELECT Id FROM Contact WHERE Title NOT IN ('Analyst')")).toHaveLength(4);
  });

  it('compares text case-insensitively and honours LIKE wildcards and escapes', () => {
    expect(names("SELECT LastName FROM Contact WHERE LastName = 'LAST0001'")).toEqual(['Last0001']);
    expect(names("SELECT LastName FROM Contact WHERE LastName LIKE 'last001_' ORDER BY LastName")).toEqual([
      'Last0010',
      'Last0011',
    ]);
    expect(names("SELECT LastName FROM Contact WHERE LastName LIKE 'Last\\_%'")).toEqual([]);
    expect(names("SELECT LastName FROM Contact WHERE LastName LIKE 'Last000_'")).toHaveLength(10);
  });

  it('orders with NULLS FIRST by default for ASC and NULLS LAST for DESC', () => {
    const asc = run('SELECT Buyer_Roles__c FROM Contact ORDER BY Buyer_Roles__c, LastName LIMIT 2');
    expect(asc.map((r) => r.Buyer_Roles__c)).toEqual([null, null]);
    const desc = run('SELECT Buyer_Roles__c FROM Contact ORDER BY Buyer_Roles__c DESC LIMIT 1');
    expect(desc[0]?.Buyer_Roles__c).toBe('Power;User');
    const last = run('SELECT Buyer_Roles__c FROM Contact ORDER BY Buyer_Roles__c ASC NULLS LAST LIMIT 1');
    expect(last[0]?.Buyer_Roles__c).toBe('Power;User');
  });

  it('resolves date literals against the configured day, also on datetime fields', () => {
    expect(run('SELECT Id FROM Task WHERE ActivityDate = LAST_N_DAYS:30')).toHaveLength(1);
    // The 400-day-old call is archived: query leaves it out, queryAll finds it.
    expect(run('SELECT Id FROM Task WHERE ActivityDate < LAST_N_DAYS:30')).toHaveLength(2);
    expect(run('SELECT Id FROM Task WHERE ActivityDate < LAST_N_DAYS:30', true)).toHaveLength(3);
    expect(run('SELECT Id FROM Event WHERE ActivityDateTime = LAST_N_DAYS:30')).toHaveLength(1);
    expect(run('SELECT Id FROM Account WHERE CreatedDate = THIS_MONTH')).toHaveLength(3);
    expect(run('SELECT Id FROM Account WHERE CreatedDate > 2025-06-01T00:00:00Z')).toHaveLength(0);
  });

  it('answers semi-joins and parent filters', () => {
    const soql =
      "SELECT LastName FROM Contact WHERE Id IN (SELECT ContactId FROM OpportunityContactRole WHERE Role = 'Economic Buyer')";
    expect(names(soql)).toEqual(['Last0000']);
    expect(
      run("SELECT Id FROM Task WHERE Who.Name = 'First0 Last0000' AND Owner.Title = 'Sales Engineer'", true),
    ).toHaveLength(2);
  });

  it('renders polymorphic parents typed Name and missing parents as null', () => {
    const [task] = run("SELECT Who.Name, What.Name FROM Task WHERE Subject = 'Call 0'");
    expect(task?.Who).toEqual({
      attributes: { type: 'Name', url: expect.stringMatching(/\/sobjects\/Contact\/003/) },
      Name: 'First0 Last0000',
    });
    const [contact] = run("SELECT ReportsTo.Name FROM Contact WHERE LastName = 'Last0000'");
    expect(contact?.ReportsTo).toBeNull();
  });

  it('returns child subqueries as null when there are no children', () => {
    const rows = run("SELECT Name, (SELECT Id FROM Opportunities) FROM Account WHERE Name = 'Globex'");
    expect(rows[0]?.Opportunities).toBeNull();
  });

  it('narrows by index without changing the answer', () => {
    const accountId = makeId('001', 1, 'FX');
    const indexed = run(`SELECT Id FROM Contact WHERE AccountId = '${accountId}' AND Title = 'VP Operations'`);
    const scanned = run(
      `SELECT Id FROM Contact WHERE Title = 'VP Operations' AND Account.Name = 'Brightwater Logistics'`,
    );
    expect(indexed.map((r) => r.Id).sort()).toEqual(scanned.map((r) => r.Id).sort());
    expect(indexed).toHaveLength(4);
  });

  it('orders ids exactly as Id range filters compare them, so id-range paging neither skips nor repeats', () => {
    const ids = ['001FX000000000a', '001FX000000000B', '001FX000000000c'].map((id15) => normalizeId(id15) as string);
    store.load({ Account: ids.map((Id) => ({ Id, Name: `Range ${Id}` })) }, '2025-06-01T00:00:00Z');
    const ordered = run("SELECT Id FROM Account WHERE Name LIKE 'Range%' ORDER BY Id").map((r) => String(r.Id));
    expect(ordered).toEqual([ids[1], ids[0], ids[2]]);
    const after = run(`SELECT Id FROM Account WHERE Name LIKE 'Range%' AND Id > '${ids[1]}' ORDER BY Id`);
    expect(after.map((r) => r.Id)).toEqual([ids[0], ids[2]]);
  });

  it('serves Id and lookup ranges from sorted keys, and sees rows written after the first range query', () => {
    const accounts = run('SELECT Id FROM Account ORDER BY Id').map((r) => String(r.Id));
    const [first, second] = accounts;
    const inRange = (soql: string) =>
      run(soql)
        .map((r) => String(r.Id))
        .sort();
    const contactsOf = (ids: string[]) => inRange(`SELECT Id FROM Contact WHERE AccountId IN ('${ids.join("','")}')`);
    const expected = contactsOf([first as string, second as string]);
    expect(inRange(`SELECT Id FROM Contact WHERE AccountId >= '${first}' AND AccountId <= '${second}'`)).toEqual(
      expected,
    );
    expect(inRange(`SELECT Id FROM Contact WHERE AccountId > '${first}' AND AccountId <= '${second}'`)).toEqual(
      contactsOf([second as string]),
    );
    const added = store.insert('Contact', { LastName: 'Late', AccountId: first });
    expect(inRange(`SELECT Id FROM Contact WHERE AccountId >= '${first}' AND AccountId < '${second}'`)).toContain(
      added,
    );
    expect(inRange(`SELECT Id FROM Account WHERE Id >= '${first}' AND Id <= '${second}'`)).toEqual(
      [first, second].sort(),
    );
  });

  it('matches multi-select values in any order', () => {
    expect(run("SELECT Id FROM Contact WHERE Buyer_Roles__c = 'User;Power'")).toHaveLength(3);
  });

  it('rejects filters on long text and semi-joins on non-id fields', () => {
    expect(() => run("SELECT Id FROM Task WHERE Description = 'x'")).toThrow(/can not be filtered/);
    expect(() => run('SELECT Id FROM Contact WHERE LastName IN (SELECT Name FROM Account)')).toThrow(/semi-join/);
  });

  it('rejects a datetime literal on a date field and an offset above 2,000', () => {
    expect(() => run('SELECT Id FROM Task WHERE ActivityDate > 2025-01-01T00:00:00Z')).toThrow(/must be of type date/);
    expect(() => run('SELECT Id FROM Task OFFSET 2001')).toThrow(/Maximum SOQL offset/);
  });
});
