import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../index';
import { FIXTURE_SCHEMA, fixtureDataset } from '../testing/fixtures';

type GraphQlAnswer = { data: any; errors: Array<{ message: string }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

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

  it('reports unknown fields as GraphQL errors', async () => {
    const answer = await post(conn, '{ uiapi { query { Contact { edges { node { Bogus__c { value } } } } } } }');
    expect(answer.errors[0]?.message).toMatch(/Cannot query field "Bogus__c" on type "Contact"/);
    const tooMany = await post(conn, '{ uiapi { query { Contact(first: 2001) { totalCount } } } }');
    expect(tooMany.errors[0]?.message).toBe('first must be between 0 and 2000, not 2001');
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
      expect(refused.errors.map((e) => e.message)).toEqual(['Cannot query field "Contact" on type "RecordQuery".']);
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
    .replace(/^export const /gm, 'const ');
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
      expect(query).toContain('EventRelation(');
      const org = await startEmulator({ dataset: 'demo' });
      try {
        const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
        await conn.login(org.credentials.username, org.credentials.password);
        const [account] = org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
        const answer = await post(conn, query as string, { accountId: account?.Id });
        expect(answer.errors).toEqual([]);
        const q = answer.data.uiapi.query;
        expect(q.Contact.edges.length).toBeGreaterThanOrEqual(20);
        expect(q.AccountTeamMember.edges.length).toBeGreaterThanOrEqual(5);
        expect(q.Relationship__c.edges.length).toBeGreaterThan(0);
        // The lists the sync's evidence needs, reached through a parent filter, each with its page info.
        const events = new Set(q.Event.edges.map((e: { node: { Id: string } }) => e.node.Id));
        expect(q.EventRelation.edges.length).toBeGreaterThan(0);
        for (const e of q.EventRelation.edges) expect(events.has(e.node.EventId.value)).toBe(true);
        const opportunities = new Set(q.Opportunity.edges.map((e: { node: { Id: string } }) => e.node.Id));
        for (const list of [q.OpportunityTeamMember, q.OpportunityContactRole]) {
          expect(list.edges.length).toBeGreaterThan(0);
          for (const e of list.edges) expect(opportunities.has(e.node.OpportunityId.value)).toBe(true);
        }
        expect(q.OpportunityTeamMember.edges[0].node.User.Name.value).toEqual(expect.any(String));
        expect(
          q.Task.edges.every((e: { node: { TaskSubtype: { value: string } } }) =>
            ['Call', 'Email'].includes(e.node.TaskSubtype.value),
          ),
        ).toBe(true);
        expect(q.Task.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });

        // A list's end cursor as `after` asks for the rows after it: none here.
        const next = await post(conn, query as string, {
          accountId: account?.Id,
          taskAfter: q.Task.pageInfo.endCursor,
        });
        expect(next.errors).toEqual([]);
        expect(next.data.uiapi.query.Task.edges).toEqual([]);
        expect(next.data.uiapi.query.Contact.edges.length).toBe(q.Contact.edges.length);

        // The fallback query without the supplementary lists reads the same core lists.
        const fallback = await post(conn, core, { accountId: account?.Id });
        expect(fallback.errors).toEqual([]);
        expect(Object.keys(fallback.data.uiapi.query).sort()).toEqual(
          ['AccountTeamMember', 'Contact', 'Contact_Blueprint__c', 'Coverage_Snapshot__c', 'Event', 'Opportunity']
            .concat(['Relationship__c', 'Task'])
            .sort(),
        );
        expect(fallback.data.uiapi.query.Contact.edges).toEqual(q.Contact.edges);
      } finally {
        await org.stop();
      }
    },
    60_000,
  );
});
