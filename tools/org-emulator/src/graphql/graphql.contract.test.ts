import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../index';
import { FIXTURE_SCHEMA, fixtureDataset } from '../testing/fixtures';

type GraphQlAnswer = { data: any; errors: Array<{ message: string; extensions?: unknown; path?: unknown }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const post = (conn: Connection, query: string, variables: Record<string, unknown> = {}): Promise<GraphQlAnswer> =>
  conn.requestPost<GraphQlAnswer>('/services/data/v64.0/graphql', { query, variables });

describe('GraphQL UI API', () => {
  let org: Emulator;
  let conn: Connection;
  const data = fixtureDataset(30);
  const accountId = data.records.Account?.[0]?.Id as string;

  beforeAll(async () => {
    org = await startEmulator({ dataset: data, schema: FIXTURE_SCHEMA });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
  });
  afterAll(async () => {
    await org.stop();
  });

  it('answers uiapi queries with where, first, orderBy, parents, pageInfo and totalCount', async () => {
    const answer = await post(
      conn,
      `query q($accountId: ID) {
        uiapi { query {
          Contact(where: { AccountId: { eq: $accountId }, Seniority__c: { eq: "VP" } }, first: 3,
                  orderBy: { LastName: { order: DESC } }) {
            edges { node { Id Name { value } Seniority__c { value } Account { Name { value } } } cursor }
            pageInfo { hasNextPage endCursor }
            totalCount
          }
        } }
      }`,
      { accountId },
    );
    expect(answer.errors).toEqual([]);
    const contacts = answer.data.uiapi.query.Contact;
    expect(contacts.totalCount).toBe(10);
    expect(contacts.pageInfo.hasNextPage).toBe(true);
    expect(contacts.edges.map((e: { node: { Name: { value: string } } }) => e.node.Name.value)).toEqual([
      'First27 Last0027',
      'First24 Last0024',
      'First21 Last0021',
    ]);
    expect(contacts.edges[0].node.Account.Name.value).toBe('Brightwater Logistics');

    const next = await post(
      conn,
      `query q($after: String) { uiapi { query {
        Contact(where: { Seniority__c: { eq: "VP" }, Account: { Name: { like: "Bright%" } } }, first: 3,
                orderBy: { LastName: { order: DESC } }, after: $after) { edges { node { LastName { value } } } }
      } } }`,
      { after: contacts.pageInfo.endCursor },
    );
    expect(
      next.data.uiapi.query.Contact.edges.map((e: { node: { LastName: { value: string } } }) => e.node.LastName.value),
    ).toEqual(['Last0018', 'Last0015', 'Last0012']);
  });

  it('follows child relationships and combines filters with or/not', async () => {
    const answer = await post(
      conn,
      `{ uiapi { query {
        Account(where: { or: [{ Name: { eq: "Globex" } }, { Name: { eq: "Acme Corp" } }], not: { Name: { eq: "Globex" } } }) {
          edges { node { Name { value } Contacts(first: 2, orderBy: { LastName: { order: ASC } }) { edges { node { LastName { value } } } totalCount } } }
        }
      } } }`,
    );
    expect(answer.errors).toEqual([]);
    const [acme] = answer.data.uiapi.query.Account.edges;
    expect(acme.node.Name.value).toBe('Acme Corp');
    expect(acme.node.Contacts.totalCount).toBe(10);
    expect(acme.node.Contacts.edges[0].node.LastName.value).toBe('Last0001');
    expect(org.calls().byKind.graphql).toBeGreaterThanOrEqual(2);
  });

  it('reports unknown fields as GraphQL errors in the platform wording', async () => {
    const answer = await post(conn, '{ uiapi { query { Contact { edges { node { Bogus__c { value } } } } } } }');
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      {
        message: "Validation error: Field 'Bogus__c' in type 'Contact' is undefined",
        locations: [{ line: 1, column: 44 }],
        path: null,
        extensions: { ErrorType: 'ValidationError' },
      },
    ]);
    const syntax = await post(conn, '{ uiapi { query { Contact { ');
    expect(syntax.errors[0]?.extensions).toEqual({ ErrorType: 'InvalidSyntax' });
    const tooMany = await post(conn, '{ uiapi { query { Contact(first: 2001) { totalCount } } } }');
    expect(tooMany.errors[0]).toMatchObject({
      message: 'first must be between 0 and 2000, not 2001',
      path: ['uiapi', 'query', 'Contact'],
      extensions: { ErrorType: 'DataFetchingException' },
    });
  });

  it('serves only the objects the UI API supports: no EventRelation, OpportunityContactRole or setup objects', async () => {
    for (const object of ['EventRelation', 'OpportunityContactRole', 'PermissionSet', 'Profile']) {
      const answer = await post(conn, `{ uiapi { query { ${object} { totalCount } } } }`);
      expect(answer.errors.map((e) => e.message)).toEqual([
        `Validation error: Field '${object}' in type 'RecordQuery' is undefined`,
      ]);
    }
    const served = await post(
      conn,
      '{ uiapi { query { Account { totalCount } AccountTeamMember { totalCount } Contact { totalCount } ' +
        'Opportunity { totalCount } OpportunityTeamMember { totalCount } User { totalCount } Task { totalCount } ' +
        'Event { totalCount } } } }',
    );
    expect(served.errors).toEqual([]);
    // Child relationships to unsupported objects are not there either.
    const child = await post(
      conn,
      '{ uiapi { query { Event { edges { node { EventRelations { totalCount } } } } } } }',
    );
    expect(child.errors[0]?.message).toBe("Validation error: Field 'EventRelations' in type 'Event' is undefined");
  });

  it('allows 10 subqueries a query, counting child relationships and fragments, and refuses 11', async () => {
    const lists = (n: number) =>
      Array.from({ length: n }, (_, i) => `c${i}: Contact(first: 1) { edges { node { Id } } }`).join(' ');
    const ten = await post(conn, `{ uiapi { query { ${lists(10)} } } }`);
    expect(ten.errors).toEqual([]);
    const eleven = await post(conn, `{ uiapi { query { ${lists(11)} } } }`);
    expect(eleven.data).toBeNull();
    expect(eleven.errors).toEqual([
      {
        message: 'Validation error: the query has 11 subqueries; a GraphQL query can contain up to 10 subqueries',
        locations: [],
        path: null,
        extensions: { ErrorType: 'ValidationError' },
      },
    ]);
    const nested = await post(
      conn,
      `query q { uiapi { query { ${lists(8)} Account { edges { node { ...Kids } } } } } }
       fragment Kids on Account { Contacts(first: 1) { totalCount } }`,
    );
    expect(nested.errors).toEqual([]);
    const over = await post(
      conn,
      `query q { uiapi { query { ${lists(9)} Account { edges { node { ...Kids } } } } } }
       fragment Kids on Account { Contacts(first: 1) { totalCount } }`,
    );
    expect(over.errors.map((e) => e.message)).toEqual([
      'Validation error: the query has 11 subqueries; a GraphQL query can contain up to 10 subqueries',
    ]);
  });
});

describe('GraphQL UI API paging rules', () => {
  let org: Emulator;
  let conn: Connection;
  const page = (args: string) =>
    `query q($after: String) { uiapi { query { Contact(${args}, after: $after, orderBy: { LastName: { order: ASC } }) {
      edges { node { Id } } pageInfo { hasNextPage endCursor } totalCount } } } }`;

  beforeAll(async () => {
    org = await startEmulator({ dataset: fixtureDataset(4500), schema: FIXTURE_SCHEMA });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
  }, 60_000);
  afterAll(async () => {
    await org.stop();
  });

  it('stops record-connection paging at 4,000 rows: the page after them is refused', async () => {
    let after: string | null = null;
    const seen: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      const answer: GraphQlAnswer = await post(conn, page('first: 2000'), { after });
      expect(answer.errors).toEqual([]);
      const contacts = answer.data.uiapi.query.Contact;
      seen.push(contacts.edges.length);
      expect(contacts.totalCount).toBe(4500);
      after = contacts.pageInfo.endCursor;
    }
    expect(seen).toEqual([2000, 2000]);
    const third = await post(conn, page('first: 2000'), { after });
    expect(third.data.uiapi.query.Contact).toBeNull();
    expect(third.errors[0]).toMatchObject({
      message: 'Pagination without upperBound retrieves up to 4000 records; use upperBound to retrieve more',
      path: ['uiapi', 'query', 'Contact'],
      extensions: { ErrorType: 'DataFetchingException' },
    });
  });

  it('pages past 4,000 rows with upperBound, up to the bound, with first between 200 and 2000', async () => {
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 5; i += 1) {
      const answer: GraphQlAnswer = await post(conn, page('first: 2000, upperBound: 10000'), { after });
      expect(answer.errors).toEqual([]);
      const contacts = answer.data.uiapi.query.Contact;
      total += contacts.edges.length;
      after = contacts.pageInfo.endCursor;
      if (!contacts.pageInfo.hasNextPage) break;
    }
    expect(total).toBe(4500);
    const bounded = await post(conn, page('first: 300, upperBound: 500'), { after: null });
    const first = bounded.data.uiapi.query.Contact;
    expect([first.edges.length, first.totalCount, first.pageInfo.hasNextPage]).toEqual([300, 500, true]);
    const rest = await post(conn, page('first: 300, upperBound: 500'), { after: first.pageInfo.endCursor });
    const second = rest.data.uiapi.query.Contact;
    expect([second.edges.length, second.pageInfo.hasNextPage]).toEqual([200, false]);

    const small = await post(conn, page('first: 100, upperBound: 5000'), { after: null });
    expect(small.errors[0]?.message).toBe('With upperBound, first must be between 200 and 2000, not 100');
    // A record-connection cursor cannot continue with upperBound in v59.0; from v60.0 it can.
    const plain = await post(conn, page('first: 200'), { after: null });
    const cursor = plain.data.uiapi.query.Contact.pageInfo.endCursor;
    const v59 = await conn.requestPost<GraphQlAnswer>('/services/data/v59.0/graphql', {
      query: page('first: 200, upperBound: 5000'),
      variables: { after: cursor },
    });
    expect(v59.errors[0]?.message).toBe('In API v59.0, upperBound must be given in the initial query');
    const v64 = await post(conn, page('first: 200, upperBound: 5000'), { after: cursor });
    expect(v64.errors).toEqual([]);
    expect(v64.data.uiapi.query.Contact.edges).toHaveLength(200);
    // Before v59.0 there is no upperBound argument, nor Task and Event.
    const v58 = await conn.requestPost<GraphQlAnswer>('/services/data/v58.0/graphql', {
      query: '{ uiapi { query { Contact(first: 200, upperBound: 500) { totalCount } Task { totalCount } } } }',
    });
    expect(v58.errors.map((e) => e.message)).toEqual([
      "Validation error: Unknown field argument 'upperBound'",
      "Validation error: Field 'Task' in type 'RecordQuery' is undefined",
    ]);
  });
});

describe('GraphQL UI API with objects hidden by the test switch', () => {
  it('leaves hidden objects out of the query type until the switch is cleared, and refuses unknown names', async () => {
    const org = await startEmulator({ dataset: fixtureDataset(5), schema: FIXTURE_SCHEMA });
    try {
      const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
      await conn.login(org.credentials.username, org.credentials.password);
      const hide = (objects: unknown) =>
        fetch(`${org.instanceUrl}/__admin/graphql/hidden-objects`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ objects }),
        });
      const both = '{ uiapi { query { Account { totalCount } Contact { totalCount } } } }';
      const hidden = await hide(['Contact']);
      expect(hidden.status).toBe(200);
      expect(await hidden.json()).toEqual({ hidden: ['Contact'] });
      const refused = await post(conn, both);
      expect(refused.errors.map((e) => e.message)).toEqual([
        "Validation error: Field 'Contact' in type 'RecordQuery' is undefined",
      ]);
      const accounts = await post(conn, '{ uiapi { query { Account { totalCount } } } }');
      expect(accounts.errors).toEqual([]);
      expect(accounts.data.uiapi.query.Account.totalCount).toBeGreaterThan(0);

      expect((await hide(['Contact', 'Nope__c'])).status).toBe(400);
      expect((await hide([])).status).toBe(200);
      const restored = await post(conn, both);
      expect(restored.errors).toEqual([]);
      expect(restored.data.uiapi.query.Contact.totalCount).toBeGreaterThan(0);
    } finally {
      await org.stop();
    }
  });
});

/** The LWC query module's two documents as text: the module imports only gql, which here joins the template. */
function lwcQueries(file: string): { ACCOUNT_PLAN_QUERY: string; CORE_PLAN_QUERY: string } {
  const source = fs
    .readFileSync(file, 'utf8')
    .replace(/^import .*$/m, '')
    .replace(/^export (const|function) /gm, '$1 ');
  const gql = (strings: TemplateStringsArray, ...values: unknown[]) => String.raw({ raw: strings }, ...values);
  return vm.runInNewContext(`${source}\n({ ACCOUNT_PLAN_QUERY, CORE_PLAN_QUERY })`, { gql });
}

/** The Contact Plan LWC's own query, run against the package schema and the demo dataset. */
describe('GraphQL UI API with the package schema', () => {
  const lwcQueryFile = path.resolve(__dirname, '../../../../force-app/main/default/lwc/contactPlanData/query.js');
  const schemaFile = path.resolve(__dirname, '../../../../schema/contact-plan.schema.json');
  const available = fs.existsSync(lwcQueryFile) && fs.existsSync(schemaFile);

  (available ? it : it.skip)(
    'answers the account plan query of the LWCs for the showcase account',
    async () => {
      const { ACCOUNT_PLAN_QUERY: query, CORE_PLAN_QUERY: core } = lwcQueries(lwcQueryFile);
      expect(typeof query).toBe('string');
      expect(query).not.toContain('Task(');
      const org = await startEmulator({ dataset: 'demo' });
      try {
        const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
        await conn.login(org.credentials.username, org.credentials.password);
        const [account] = org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
        // The page's query: seven lists of people and sync results (eight subqueries with the User list's
        // semi-join), no activities.
        const answer = await post(conn, query, { accountId: account?.Id });
        expect(answer.errors).toEqual([]);
        const q = answer.data.uiapi.query;
        expect(Object.keys(q)).toEqual([
          'Account',
          'Contact',
          'AccountTeamMember',
          'Relationship__c',
          'User',
          'Contact_Blueprint__c',
          'Coverage_Snapshot__c',
        ]);
        // Each pair's member once in the User list, exactly the members of the pairs.
        const pairMembers = new Set(
          q.Relationship__c.edges.map(
            (e: { node: { Team_Member__c: { value: string } } }) => e.node.Team_Member__c.value,
          ),
        );
        const userIds = q.User.edges.map((e: { node: { Id: string } }) => e.node.Id);
        expect([...userIds].sort()).toEqual([...pairMembers].sort());
        expect(q.User.edges[0].node).toEqual({
          Id: expect.any(String),
          Name: { value: expect.any(String) },
          Title: expect.anything(),
          Seniority__c: expect.anything(),
        });
        expect(q.Relationship__c.edges[0].node).not.toHaveProperty('Team_Member__r');
        expect(q.Contact.edges.length).toBeGreaterThanOrEqual(20);
        expect(q.AccountTeamMember.edges.length).toBeGreaterThanOrEqual(5);
        expect(q.Relationship__c.edges.length).toBeGreaterThan(0);
        expect(q.Relationship__c.edges[0].node).toHaveProperty('Last_Meeting__c');
        expect(q.Relationship__c.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
        // A list's end cursor as `after` asks for the rows after it: none here.
        const next = await post(conn, query, { accountId: account?.Id, contactAfter: q.Contact.pageInfo.endCursor });
        expect(next.errors).toEqual([]);
        expect(next.data.uiapi.query.Contact.edges).toEqual([]);
        // The fallback query without the account team reads the other lists.
        const fallback = await post(conn, core, { accountId: account?.Id });
        expect(fallback.errors).toEqual([]);
        expect(Object.keys(fallback.data.uiapi.query)).not.toContain('AccountTeamMember');
        expect(fallback.data.uiapi.query.Contact.edges).toEqual(q.Contact.edges);

        // Field-level security: a rep whose permission set does not let them read one svc field finds no such
        // field in the schema, in selections and in filters; the admin still reads it.
        const [owner] = org.store.query(`SELECT OwnerId FROM Account WHERE Id = '${String(account?.Id)}'`);
        const [rep] = org.store.query(`SELECT Username FROM User WHERE Id = '${String(owner?.OwnerId)}'`);
        const grant = org.access.grantOf('Contact_Plan_User');
        if (!grant) throw new Error('Contact_Plan_User is not deployed');
        org.access.definePermissionSet(
          'Contact_Plan_User',
          { label: 'Contact Plan User' },
          {
            ...grant,
            fields: { ...grant.fields, 'Relationship__c.Touches_90d__c': { readable: false, editable: false } },
          },
          '2026-12-01T00:00:00.000Z',
        );
        const repConn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
        await repConn.login(String(rep?.Username), org.credentials.password);
        const select = (field: string) =>
          `query q($id: ID) { uiapi { query { Relationship__c(where: { Account__c: { eq: $id } }, first: 5) {
            edges { node { Id ${field} { value } } } } } } }`;
        const hiddenField = await post(repConn, select('Touches_90d__c'), { id: account?.Id });
        expect(hiddenField.errors.map((e) => e.message)).toEqual([
          "Validation error: Field 'Touches_90d__c' in type 'Relationship__c' is undefined",
        ]);
        const filter = await post(
          repConn,
          '{ uiapi { query { Relationship__c(where: { Touches_90d__c: { gt: 1 } }) { totalCount } } } }',
        );
        expect(filter.errors[0]?.message).toBe(
          "Validation error: Field 'Touches_90d__c' in type 'Relationship__c_Filter' is undefined",
        );
        const readable = await post(repConn, select('Last_Touch__c'), { id: account?.Id });
        expect(readable.errors).toEqual([]);
        expect(readable.data.uiapi.query.Relationship__c.edges.length).toBeGreaterThan(0);
        const admin = await post(conn, select('Touches_90d__c'), { id: account?.Id });
        expect(admin.errors).toEqual([]);
      } finally {
        await org.stop();
      }
    },
    60_000,
  );
});
