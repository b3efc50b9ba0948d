import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from './index';
import { FIXTURE_SCHEMA, fixtureDataset } from './testing/fixtures';

// One clock: what the org stamps on a write and what TODAY and the other date literals mean come from the same
// clock, which tests pin and move through startEmulator and /__admin/clock.

describe('the org clock over the API', () => {
  let org: Emulator;
  let conn: Connection;
  const admin = (body?: unknown) =>
    fetch(`${org.instanceUrl}/__admin/clock`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));
  const names = async (where: string) =>
    (
      await conn.query<{ Name: string }>(
        `SELECT Name FROM Account WHERE Name LIKE 'Clocked%' AND ${where} ORDER BY Name`,
      )
    ).records.map((r) => r.Name);

  beforeAll(async () => {
    org = await startEmulator({
      dataset: fixtureDataset(3),
      schema: FIXTURE_SCHEMA,
      now: '2026-11-20T10:00:00Z',
      clockPinned: true,
    });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
  });
  afterAll(async () => {
    await org.stop();
  });

  it('stamps a new record with the clock and finds it with TODAY and LAST_N_DAYS', async () => {
    expect((await admin()).body).toEqual({ now: '2026-11-20T10:00:00.000Z', today: '2026-11-20', pinned: true });
    const created = await conn.sobject('Account').create({ Name: 'Clocked One' });
    const [row] = (
      await conn.query<Record<string, string>>(
        `SELECT CreatedDate, LastModifiedDate, SystemModstamp FROM Account WHERE Id = '${String(created.id)}'`,
      )
    ).records;
    expect([row?.CreatedDate, row?.LastModifiedDate, row?.SystemModstamp]).toEqual([
      '2026-11-20T10:00:00.000+0000',
      '2026-11-20T10:00:00.000+0000',
      '2026-11-20T10:00:00.000+0000',
    ]);
    expect(await names('CreatedDate = TODAY')).toEqual(['Clocked One']);
    expect(await names('CreatedDate = LAST_N_DAYS:2')).toEqual(['Clocked One']);
  });

  it('moves TODAY and the stamps together when a test advances the clock', async () => {
    expect((await admin({ advanceDays: 3 })).body).toEqual({
      now: '2026-11-23T10:00:00.000Z',
      today: '2026-11-23',
      pinned: true,
    });
    const found = await conn.query<{ Id: string }>("SELECT Id FROM Account WHERE Name = 'Clocked One'");
    const one = found.records[0];
    await conn.sobject('Account').update({ Id: String(one?.Id), Industry: 'Retail' });
    await conn.sobject('Account').create({ Name: 'Clocked Two' });
    expect(await names('CreatedDate = LAST_N_DAYS:2')).toEqual(['Clocked Two']);
    expect(await names('CreatedDate = LAST_N_DAYS:3')).toEqual(['Clocked One', 'Clocked Two']);
    expect(await names('LastModifiedDate = TODAY')).toEqual(['Clocked One', 'Clocked Two']);
    expect(await names('SystemModstamp > 2026-11-23T09:59:59Z')).toEqual(['Clocked One', 'Clocked Two']);
    expect(await names('CreatedDate = N_DAYS_AGO:3')).toEqual(['Clocked One']);
  });

  it('lets a test set the instant, and the in-process handle is the same clock', async () => {
    expect((await admin({ now: '2029-11-20T08:30:00Z' })).body.today).toBe('2029-11-20');
    expect(org.clock.state()).toEqual({ now: '2029-11-20T08:30:00.000Z', today: '2029-11-20', pinned: true });
    org.clock.advance(60_000);
    expect((await admin()).body.now).toBe('2029-11-20T08:31:00.000Z');
    expect(await names('CreatedDate = LAST_N_DAYS:2000')).toEqual(['Clocked One', 'Clocked Two']);
    expect(await names('CreatedDate = LAST_N_DAYS:365')).toEqual([]);
  });

  it('refuses a malformed command with 400 and changes nothing', async () => {
    expect(await admin({ asOf: '2029-02-29' })).toEqual({
      status: 400,
      body: { error: 'asOf: expected a YYYY-MM-DD day, got 2029-02-29' },
    });
    expect(await admin({ rewind: true })).toEqual({ status: 400, body: { error: 'unknown clock field(s): rewind' } });
    expect((await admin()).body.now).toBe('2029-11-20T08:31:00.000Z');
  });
});

describe('the clock an org starts with', () => {
  it('starts on a dataset object asOf, or on the asOf it is given, running', async () => {
    const fixture = await startEmulator({ dataset: fixtureDataset(3), schema: FIXTURE_SCHEMA });
    const chosen = await startEmulator({ dataset: fixtureDataset(3), schema: FIXTURE_SCHEMA, asOf: '2030-01-15' });
    try {
      expect([fixture.clock.today(), fixture.clock.state().pinned]).toEqual(['2025-06-30', false]);
      expect(chosen.clock.today()).toBe('2030-01-15');
      // Rows the dataset leaves without audit fields were created at the start of the dataset's own day.
      const loaded = chosen.store.query('SELECT CreatedDate FROM Account').map((r) => r.CreatedDate);
      expect(loaded).toEqual(Array(3).fill('2025-06-30T00:00:00.000+0000'));
      const id = chosen.store.insert('Account', { Name: 'Born today' });
      expect(String(chosen.store.get(id)?.CreatedDate).slice(0, 10)).toBe('2030-01-15');
      expect(chosen.store.query("SELECT Name FROM Account WHERE CreatedDate = TODAY AND Name = 'Born today'")).toEqual([
        { attributes: expect.anything(), Name: 'Born today' },
      ]);
    } finally {
      await Promise.all([fixture.stop(), chosen.stop()]);
    }
  });

  it('refuses an asOf that is not a day', async () => {
    await expect(startEmulator({ schema: FIXTURE_SCHEMA, asOf: '2030-1-15' })).rejects.toThrow(
      'asOf: expected a YYYY-MM-DD day, got 2030-1-15',
    );
  });
});
