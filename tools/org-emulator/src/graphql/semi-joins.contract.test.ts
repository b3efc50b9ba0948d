import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../index';
import { FIXTURE_SCHEMA, fixtureDataset } from '../testing/fixtures';

type GraphQlAnswer = { data: any; errors: Array<{ message: string; extensions?: unknown; path?: unknown }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const post = (conn: Connection, query: string, variables: Record<string, unknown> = {}): Promise<GraphQlAnswer> =>
  conn.requestPost<GraphQlAnswer>('/services/data/v64.0/graphql', { query, variables });

const names = (answer: GraphQlAnswer, list: string): string[] =>
  answer.data.uiapi.query[list].edges.map((e: { node: { Name: { value: string } } }) => e.node.Name.value).sort();

/** The one refusal of a list whose where breaks a semi-join rule: the list is null, the error on its path. */
async function refusal(conn: Connection, list: string, where: string): Promise<string> {
  const answer = await post(conn, `{ uiapi { query { ${list}(where: ${where}) { edges { node { Id } } } } } }`);
  expect(answer.data?.uiapi.query[list]).toBeNull();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors[0]).toMatchObject({
    path: ['uiapi', 'query', list],
    extensions: { ErrorType: 'DataFetchingException' },
  });
  return answer.errors[0]?.message as string;
}

describe('GraphQL semi-join and anti-join filters (inq, ninq)', () => {
  let org: Emulator;
  let conn: Connection;
  const data = fixtureDataset(9);
  const [brightwater, acme] = (data.records.Account ?? []).map((a) => a.Id as string);
  const [rep1, rep2] = (data.records.User ?? []).map((u) => u.Id as string);
  const contacts = (data.records.Contact ?? []).map((c) => ({ id: c.Id as string, account: c.AccountId as string }));

  beforeAll(async () => {
    org = await startEmulator({ dataset: data, schema: FIXTURE_SCHEMA });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    // Rep 1 knows two Brightwater contacts, rep 2 one Acme contact.
    const onBrightwater = contacts.filter((c) => c.account === brightwater);
    const onAcme = contacts.filter((c) => c.account === acme);
    const rows = [
      { Account__c: brightwater, Contact__c: onBrightwater[0]?.id, Team_Member__c: rep1 },
      { Account__c: brightwater, Contact__c: onBrightwater[1]?.id, Team_Member__c: rep1 },
      { Account__c: acme, Contact__c: onAcme[0]?.id, Team_Member__c: rep2 },
    ];
    const saved = await conn.sobject('Relationship__c').create(rows);
    expect(saved.map((r) => r.success)).toEqual([true, true, true]);
  });
  afterAll(async () => {
    await org.stop();
  });

  const membersOf = `query q($id: ID) { uiapi { query {
    User(where: { Id: { inq: { Relationship__c: { Account__c: { eq: $id } }, ApiName: "Team_Member__c" } } }) {
      edges { node { Id Name { value } } } } } } }`;

  it('reads the users a semi-join on a lookup names, once each, and the others with an anti-join', async () => {
    const members = await post(conn, membersOf, { id: brightwater });
    expect(members.errors).toEqual([]);
    expect(members.data.uiapi.query.User.edges.map((e: { node: { Id: string } }) => e.node.Id)).toEqual([rep1]);
    expect(names(await post(conn, membersOf, { id: acme }), 'User')).toEqual(['Rep Number2']);

    const others = await post(
      conn,
      `query q($id: ID) { uiapi { query {
        User(where: { Id: { ninq: { Relationship__c: { Account__c: { eq: $id } }, ApiName: "Team_Member__c" } } }) {
          edges { node { Id } } } } } }`,
      { id: brightwater },
    );
    expect(others.errors).toEqual([]);
    const ids = others.data.uiapi.query.User.edges.map((e: { node: { Id: string } }) => e.node.Id);
    expect(ids).toContain(rep2);
    expect(ids).not.toContain(rep1);
  });

  it('takes {} for "has any related row", semi-joins on reference fields, and two semi-joins in one where', async () => {
    const withOpportunity = await post(
      conn,
      '{ uiapi { query { Account(where: { Id: { inq: { Opportunity: {}, ApiName: "AccountId" } } }) { edges { node { Name { value } } } } } } }',
    );
    expect(withOpportunity.errors).toEqual([]);
    expect(names(withOpportunity, 'Account')).toEqual(['Brightwater Logistics']);

    // Child to child (Contact to Opportunity) and child to parent (Contact to Account), as one where with and.
    const both = await post(
      conn,
      `{ uiapi { query { Contact(where: { and: [
        { AccountId: { inq: { Opportunity: { StageName: { eq: "Closed Won" } }, ApiName: "AccountId" } } },
        { AccountId: { ninq: { Account: { Name: { eq: "Globex" } }, ApiName: "Id" } } }
      ] }) { totalCount } } } }`,
    );
    expect(both.errors).toEqual([]);
    expect(both.data.uiapi.query.Contact.totalCount).toBe(contacts.filter((c) => c.account === brightwater).length);
  });

  it('refuses what SOQL refuses in a semi-join: the rules of the subquery and of its place', async () => {
    const join = (object: string, apiName: string, filter = '{}') =>
      `{ inq: { ${object}: ${filter}, ApiName: ${JSON.stringify(apiName)} } }`;
    expect(await refusal(conn, 'Account', `{ Id: ${join('Account', 'Id')} }`)).toBe(
      'The inner and outer selects should not be on the same object type',
    );
    expect(await refusal(conn, 'Account', `{ Id: ${join('Opportunity', 'Name')} }`)).toBe(
      "Semi join sub-selects can only query id fields, cannot use: 'Name'",
    );
    for (const apiName of [
      'Account.Id',
      'Nope__c',
      '__proto__',
      'constructor',
      '',
      "AccountId FROM Account WHERE Name != ''",
    ]) {
      expect(await refusal(conn, 'Account', `{ Id: ${join('Opportunity', apiName)} }`)).toBe(
        `ApiName ${JSON.stringify(apiName)} is not a field of Opportunity`,
      );
    }
    expect(await refusal(conn, 'User', `{ Id: ${join('Relationship__c', 'Contact__c')} }`)).toBe(
      'Relationship__c.Contact__c does not reference the object of User.Id',
    );
    expect(
      await refusal(conn, 'Account', '{ Id: { inq: { Opportunity: {}, Contact: {}, ApiName: "AccountId" } } }'),
    ).toBe('A inq filter names exactly one object, not Contact, Opportunity');
    expect(await refusal(conn, 'Account', '{ Id: { inq: { ApiName: "AccountId" } } }')).toBe(
      'A inq filter names exactly one object, not none',
    );
    expect(await refusal(conn, 'Account', '{ Id: { inq: { Opportunity: null, ApiName: "AccountId" } } }')).toBe(
      'The inq filter of Opportunity needs a filter object ({} for every row)',
    );

    const opportunityAccounts = join('Opportunity', 'AccountId');
    expect(await refusal(conn, 'Account', `{ or: [{ Id: ${opportunityAccounts} }, { Name: { eq: "Globex" } }] }`)).toBe(
      'Semi-join and anti-join filters cannot be combined with or',
    );
    expect(await refusal(conn, 'Account', `{ not: { Id: ${opportunityAccounts} } }`)).toBe(
      'Semi-join and anti-join filters cannot be used inside not (use ninq instead of not inq)',
    );
    expect(await refusal(conn, 'Contact', `{ Account: { Id: ${opportunityAccounts} } }`)).toBe(
      'A semi-join or anti-join filter must be on a field of the queried object, not of a parent relationship',
    );
    const nested = join('Opportunity', 'AccountId', `{ AccountId: ${join('Contact', 'AccountId')} }`);
    expect(await refusal(conn, 'Account', `{ Id: ${nested} }`)).toBe(
      'Semi-join and anti-join filters cannot be nested in another semi-join or anti-join',
    );
    const three = `{ and: [{ Id: ${opportunityAccounts} }, { Id: ${join('Contact', 'AccountId')} }, { Id: ${join('Relationship__c', 'Account__c')} }] }`;
    expect(await refusal(conn, 'Account', three)).toBe(
      'A where argument can hold at most 2 semi-join or anti-join filters',
    );

    // In a child relationship's where (a parent-to-child subquery in SOQL): refused on that child list.
    const child = await post(
      conn,
      `{ uiapi { query { Account { edges { node { Id Contacts(where: { AccountId: ${opportunityAccounts} }) { totalCount } } } } } } }`,
    );
    expect(child.errors[0]?.message).toBe(
      'Semi-join and anti-join filters are allowed in the where of a top-level list only, not of a child list',
    );
    expect(child.errors[0]?.path).toEqual(['uiapi', 'query', 'Account', 'edges', 0, 'node', 'Contacts']);
  });

  it('refuses in validation what the schema does not have: Task and Event subqueries, inq on text, no ApiName', async () => {
    const validation = async (where: string): Promise<string[]> => {
      const answer = await post(conn, `{ uiapi { query { Account(where: ${where}) { totalCount } } } }`);
      expect(answer.data).toBeNull();
      expect(answer.errors.every((e) => (e.extensions as { ErrorType: string }).ErrorType === 'ValidationError')).toBe(
        true,
      );
      return answer.errors.map((e) => e.message);
    };
    for (const object of ['Task', 'Event']) {
      expect(await validation(`{ Id: { inq: { ${object}: {}, ApiName: "WhatId" } } }`)).toEqual([
        `Validation error: Field '${object}' in type 'JoinInput' is undefined`,
      ]);
    }
    expect(await validation('{ Name: { inq: { Opportunity: {}, ApiName: "AccountId" } } }')).toEqual([
      "Validation error: Field 'inq' in type 'StringOperators' is undefined",
    ]);
    expect(await validation('{ Id: { inq: { Opportunity: {} } } }')).toEqual([
      'Field "JoinInput.ApiName" of required type "String!" was not provided.',
    ]);
    expect(await validation('{ Id: { inq: { Opportunity: {}, ApiName: 3 } } }')).toEqual([
      'String cannot represent a non string value: 3',
    ]);
    // An object this user's schema does not serve is not in JoinInput either (here: EventRelation, not in the UI API).
    expect(await validation('{ Id: { inq: { EventRelation: {}, ApiName: "RelationId" } } }')).toEqual([
      "Validation error: Field 'EventRelation' in type 'JoinInput' is undefined",
    ]);
  });

  it('counts each semi-join written in the query as one of the 10 subqueries', async () => {
    const lists = (n: number) =>
      Array.from({ length: n }, (_, i) => `c${i}: Contact(first: 1) { edges { node { Id } } }`).join(' ');
    const users = 'User(where: { Id: { inq: { Relationship__c: {}, ApiName: "Team_Member__c" } } }) { totalCount }';
    const ten = await post(conn, `{ uiapi { query { ${lists(8)} ${users} } } }`);
    expect(ten.errors).toEqual([]);
    expect(ten.data.uiapi.query.User.totalCount).toBe(2);
    const eleven = await post(conn, `{ uiapi { query { ${lists(9)} ${users} } } }`);
    expect(eleven.data).toBeNull();
    expect(eleven.errors.map((e) => e.message)).toEqual([
      'Validation error: the query has 11 subqueries; a GraphQL query can contain up to 10 subqueries',
    ]);
  });
});
