import * as fs from 'node:fs';
import * as path from 'node:path';
import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../index';
import { FIXTURE_SCHEMA, fixtureDataset } from '../testing/fixtures';

type GraphQlAnswer = { data: any; errors: Array<{ message: string; extensions?: unknown; path?: unknown }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const post = (conn: Connection, query: string, variables: Record<string, unknown> = {}): Promise<GraphQlAnswer> =>
  conn.requestPost<GraphQlAnswer>('/services/data/v64.0/graphql', { query, variables });

const VALIDATION = { ErrorType: 'ValidationError' };
const FETCHING = { ErrorType: 'DataFetchingException' };

// The fixture org's day is 2025-06-30: its tasks are dated 5, 40, 200 and 400 days before (the last one archived),
// its one opportunity closes on 2025-03-01, its three accounts were created on load, that day.
describe('GraphQL UI API date filters', () => {
  let org: Emulator;
  let conn: Connection;

  beforeAll(async () => {
    org = await startEmulator({ dataset: fixtureDataset(6), schema: FIXTURE_SCHEMA, clockPinned: true });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
  });
  afterAll(async () => {
    await org.stop();
  });

  const tasks = async (where: string, variables: Record<string, unknown> = {}, params = '') => {
    const answer = await post(
      conn,
      `query q${params} { uiapi { query { Task(where: ${where}) { totalCount } } } }`,
      variables,
    );
    return { count: answer.data?.uiapi?.query?.Task?.totalCount as number | undefined, answer };
  };
  const accounts = async (where: string, variables: Record<string, unknown> = {}, params = '') => {
    const answer = await post(
      conn,
      `query q${params} { uiapi { query { Account(where: ${where}) { totalCount } } } }`,
      variables,
    );
    return { count: answer.data?.uiapi?.query?.Account?.totalCount as number | undefined, answer };
  };

  it('accepts a Date field filtered by { value }, { literal } and { range }, inline or as variables', async () => {
    expect((await tasks('{ ActivityDate: { gte: { value: "2025-01-01" } } }')).count).toBe(2);
    expect((await tasks('{ ActivityDate: { lt: { literal: TODAY } } }')).count).toBe(3);
    expect((await tasks('{ ActivityDate: { gte: { literal: LAST_90_DAYS } } }')).count).toBe(2);
    expect((await tasks('{ ActivityDate: { gte: { range: { last_n_days: 30 } } } }')).count).toBe(1);
    expect((await tasks('{ ActivityDate: { eq: { range: { n_days_ago: 40 } } } }')).count).toBe(1);
    expect((await tasks('{ ActivityDate: { in: [{ value: "2025-06-25" }, { value: "2025-05-21" }] } }')).count).toBe(2);
    expect((await tasks('{ ActivityDate: { ne: { value: null } } }')).count).toBe(3);
    const byVariable = await tasks(
      '{ ActivityDate: { gte: { value: $from } } }',
      { from: '2025-05-21' },
      '($from: Date)',
    );
    expect(byVariable.answer.errors).toEqual([]);
    expect(byVariable.count).toBe(2);
    const literalVariable = await tasks(
      '{ ActivityDate: { lte: { literal: $when } } }',
      { when: 'YESTERDAY' },
      '($when: DateLiteral)',
    );
    expect(literalVariable.count).toBe(3);
  });

  it('accepts a DateTime field filtered by an ISO 8601 instant with Z or an offset, or a literal', async () => {
    const stored = org.store.query('SELECT CreatedDate FROM Account LIMIT 1')[0]?.CreatedDate;
    const created = new Date(String(stored).replace(/\+0000$/, 'Z')).toISOString();
    expect((await accounts(`{ CreatedDate: { gte: { value: "${created}" } } }`)).count).toBe(3);
    expect((await accounts(`{ CreatedDate: { gt: { value: "${created}" } } }`)).count).toBe(0);
    expect((await accounts('{ CreatedDate: { gte: { value: "2025-06-30T02:00:00+02:00" } } }')).count).toBe(3);
    expect((await accounts('{ CreatedDate: { lt: { value: "2025-06-30T00:00:00Z" } } }')).count).toBe(0);
    expect((await accounts('{ CreatedDate: { eq: { literal: TODAY } } }')).count).toBe(3);
    const byVariable = await accounts(
      '{ CreatedDate: { gte: { value: $since } } }',
      { since: '2025-06-30T00:00:00.000Z' },
      '($since: DateTime)',
    );
    expect(byVariable.answer.errors).toEqual([]);
    expect(byVariable.count).toBe(3);
  });

  it('refuses a bare string, a quoted literal and an unknown literal while validating: nothing runs', async () => {
    const bare = await tasks('{ ActivityDate: { gte: "2025-01-01" } }');
    expect(bare.answer.data).toBeNull();
    expect(bare.answer.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Expected value of type "DateInput", found "2025-01-01"'),
        extensions: VALIDATION,
      }),
    ]);
    const bareTime = await accounts('{ CreatedDate: { gte: "2025-01-01T00:00:00Z" } }');
    expect(bareTime.answer.errors[0]).toMatchObject({
      message: expect.stringContaining('"DateTimeInput"'),
      extensions: VALIDATION,
    });
    const quoted = await tasks('{ ActivityDate: { lt: { literal: "TODAY" } } }');
    expect(quoted.answer.data).toBeNull();
    expect(quoted.answer.errors[0]).toMatchObject({
      message: expect.stringContaining('Enum "DateLiteral" cannot represent non-enum value: "TODAY"'),
      extensions: VALIDATION,
    });
    for (const unknown of ['LAST_N_DAYS', 'THIS_FISCAL_YEAR', 'today', 'NOW']) {
      const refused = await tasks(`{ ActivityDate: { lt: { literal: ${unknown} } } }`);
      expect(refused.answer.data).toBeNull();
      expect(refused.answer.errors[0]?.extensions).toEqual(VALIDATION);
    }
    const unknownRange = await tasks('{ ActivityDate: { gte: { range: { last_n_fiscal_years: 1 } } } }');
    expect(unknownRange.answer.errors[0]).toMatchObject({
      message: "Validation error: Field 'last_n_fiscal_years' in type 'DateRange' is undefined",
      extensions: VALIDATION,
    });
  });

  it('refuses a date for a DateTime field and a date and time for a Date field', async () => {
    const dateForTime = await accounts('{ CreatedDate: { gte: { value: "2025-06-30" } } }');
    expect(dateForTime.answer.data).toBeNull();
    expect(dateForTime.answer.errors[0]).toMatchObject({
      message: expect.stringContaining('DateTime format must be YYYY-MM-DDThh:mm:ss(.sss)Z'),
      extensions: VALIDATION,
    });
    const timeForDate = await tasks('{ ActivityDate: { gte: { value: "2025-06-30T00:00:00Z" } } }');
    expect(timeForDate.answer.errors[0]).toMatchObject({
      message: expect.stringContaining('Date format must be YYYY-MM-DD from 1700-01-01 to 4000-12-31'),
      extensions: VALIDATION,
    });
    // The REST API's own rendering (+0000) is not an ISO 8601 offset SOQL takes.
    const restStyle = await accounts('{ CreatedDate: { gte: { value: "2025-06-30T00:00:00.000+0000" } } }');
    expect(restStyle.answer.errors[0]?.extensions).toEqual(VALIDATION);
  });

  it('refuses an operand with none or several of value, literal and range, and null compared by order', async () => {
    const none = await tasks('{ ActivityDate: { gte: {} } }');
    expect(none.answer.data).toEqual({ uiapi: { query: { Task: null } } });
    expect(none.answer.errors).toEqual([
      expect.objectContaining({
        message: 'ActivityDate: a date operand takes exactly one of value, literal or range, not 0',
        path: ['uiapi', 'query', 'Task'],
        extensions: FETCHING,
      }),
    ]);
    const two = await tasks('{ ActivityDate: { gte: { value: "2025-01-01", literal: TODAY } } }');
    expect(two.answer.errors[0]?.message).toBe(
      'ActivityDate: a date operand takes exactly one of value, literal or range, not 2',
    );
    const twoRanges = await tasks('{ ActivityDate: { gte: { range: { last_n_days: 1, next_n_days: 1 } } } }');
    expect(twoRanges.answer.errors[0]).toMatchObject({ extensions: FETCHING });
    const nullOrder = await tasks('{ ActivityDate: { gt: { value: null } } }');
    expect(nullOrder.answer.errors[0]?.message).toBe('ActivityDate: null can not be compared with gt');
    const bareNull = await tasks('{ ActivityDate: { eq: null } }');
    expect(bareNull.answer.errors[0]?.message).toBe('ActivityDate: expected a date input object');
    // A variable the client did not send leaves the operand empty.
    const unsent = await tasks('{ ActivityDate: { gte: { value: $from } } }', {}, '($from: Date)');
    expect(unsent.answer.errors[0]?.message).toBe(
      'ActivityDate: a date operand takes exactly one of value, literal or range, not 0',
    );
  });

  it('refuses hostile values: impossible days, out-of-range years, control characters, huge strings and numbers', async () => {
    const days = ['2025-02-29', '2025-13-01', '2025-00-10', '1699-12-31', '4001-01-01', '25-06-30', '2025-6-3'];
    const controls = ['2025-06-30\u0000', '2025-06-30\n', '\u202e2025-06-30', ' 2025-06-30', "2025-06-30' OR Id != '"];
    for (const day of [...days, ...controls]) {
      const inline = await tasks(`{ ActivityDate: { gte: { value: ${JSON.stringify(day)} } } }`);
      expect(inline.answer.data).toBeNull();
      expect(inline.answer.errors[0]?.extensions).toEqual(VALIDATION);
      const variable = await tasks('{ ActivityDate: { gte: { value: $d } } }', { d: day }, '($d: Date)');
      expect(variable.answer.data).toBeNull();
      expect(variable.answer.errors[0]?.extensions).toEqual(VALIDATION);
      expect(variable.answer.errors[0]?.message).toContain('Date format must be YYYY-MM-DD');
    }
    expect((await tasks('{ ActivityDate: { gte: { value: "2024-02-29" } } }')).count).toBe(3);
    for (const instant of [
      '2025-06-30T24:00:00Z',
      '2025-06-30T10:00:00',
      '2025-06-30T10:00:00+15:00',
      'Mon, 30 Jun 2025',
    ]) {
      const refused = await accounts('{ CreatedDate: { gte: { value: $t } } }', { t: instant }, '($t: DateTime)');
      expect(refused.answer.data).toBeNull();
      expect(refused.answer.errors[0]?.message).toContain('DateTime format must be');
    }
    const huge = `2025-06-30${'9'.repeat(1_000_000)}`;
    const big = await tasks('{ ActivityDate: { gte: { value: $d } } }', { d: huge }, '($d: Date)');
    expect(big.answer.data).toBeNull();
    // graphql-js names the variable's value; the format message after it names it cut short.
    expect(big.answer.errors[0]?.message).toMatch(
      /; Date format must be YYYY-MM-DD from 1700-01-01 to 4000-12-31, not "2025-06-309{30}…"$/,
    );
    for (const n of [-1, 841_801]) {
      const range = await tasks(`{ ActivityDate: { gte: { range: { last_n_days: ${n} } } } }`);
      expect(range.answer.errors[0]).toMatchObject({
        message: `ActivityDate: last_n_days must be from 0 to 841800, not ${n}`,
        extensions: FETCHING,
      });
    }
    const overflow = await tasks('{ ActivityDate: { gte: { range: { last_n_days: 99999999999 } } } }');
    expect(overflow.answer.errors[0]?.extensions).toEqual(VALIDATION);
  });
});

/** The coverage trend's own warning filter (coverageTrend/query.js), run against the package schema. */
describe('GraphQL UI API date filters with the package schema', () => {
  const queryFile = path.resolve(__dirname, '../../../../force-app/main/default/lwc/coverageTrend/query.js');
  const schemaFile = path.resolve(__dirname, '../../../../schema/contact-plan.schema.json');
  const available = fs.existsSync(queryFile) && fs.existsSync(schemaFile);

  (available ? it : it.skip)(
    "answers the trend's warnings: those first seen or resolved on or after the window start, none older",
    async () => {
      const where = /export const TREND_WARNINGS_WHERE = `([^`]*)`/.exec(fs.readFileSync(queryFile, 'utf8'))?.[1];
      expect(where).toContain('$windowStart');
      const org = await startEmulator({ dataset: 'demo', clockPinned: true });
      try {
        const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
        await conn.login(org.credentials.username, org.credentials.password);
        const [account] = org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
        const accountId = String(account?.Id);
        const today = org.clock.today();
        const day = (offset: number) =>
          new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
        const windowStart = day(-90);
        // A year of warnings on this account: [first seen, resolved on (undefined: open), time of the last change].
        const history: Array<[number, number | undefined, string]> = [];
        for (let i = 0; i < 120; i += 1) {
          const first = -((i * 37) % 365);
          const resolved = i % 3 === 0 ? undefined : Math.min(0, first + ((i * 13) % 120));
          history.push([first, resolved, `${String(i % 24).padStart(2, '0')}:15:00.000Z`]);
        }
        history.push([-200, -91, '23:59:59.000Z'], [-200, -90, '00:00:00.000Z'], [-91, undefined, '03:00:00.000Z']);
        // Each one written at its last change (the org's clock moved there), as the nightly sync wrote it.
        const started = org.clock.state().now;
        const rows = history.map(([first, resolved, time], i) => {
          const fields = {
            Account__c: accountId,
            Warning_Key__c: `trend-window-test:${i}`,
            Rule__c: 'OVER_COVERED',
            Severity__c: 'low',
            Status__c: resolved === undefined ? 'Open' : 'Resolved',
            First_Seen__c: day(first),
            Last_Seen__c: day(resolved ?? 0),
          };
          const LastModifiedDate = `${day(resolved ?? 0)}T${time}`;
          org.clock.reset({ now: LastModifiedDate, pinned: true });
          return { Id: org.store.insert('Coverage_Warning__c', fields), ...fields, LastModifiedDate };
        });
        org.clock.reset({ now: started, pinned: true });
        const expected = rows
          .filter(
            (r) => r.First_Seen__c >= windowStart || (r.Status__c === 'Resolved' && r.LastModifiedDate >= windowStart),
          )
          .map((r) => r.Id)
          .sort();
        const answer = await post(
          conn,
          `query t($accountId: ID, $windowStart: Date, $resolvedSince: DateTime) { uiapi { query {
            Coverage_Warning__c(where: ${where}, first: 2000, orderBy: { Id: { order: ASC } }) {
              edges { node { Id Warning_Key__c { value } } } } } } }`,
          { accountId, windowStart, resolvedSince: `${windowStart}T00:00:00.000Z` },
        );
        expect(answer.errors).toEqual([]);
        const got = answer.data.uiapi.query.Coverage_Warning__c.edges
          .filter((e: any) => String(e.node.Warning_Key__c.value).startsWith('trend-window-test:')) // eslint-disable-line @typescript-eslint/no-explicit-any
          .map((e: any) => e.node.Id as string) // eslint-disable-line @typescript-eslint/no-explicit-any
          .sort();
        expect(got).toEqual(expected);
        // Left out: resolved a second before the window's first day, and open since the day before it.
        expect(got).not.toContain(rows[120]?.Id);
        expect(got).toContain(rows[121]?.Id);
        expect(got).not.toContain(rows[122]?.Id);
        expect(expected.length).toBeGreaterThan(10);
        expect(expected.length).toBeLessThan(rows.length - 30);
      } finally {
        await org.stop();
      }
    },
    60_000,
  );
});
