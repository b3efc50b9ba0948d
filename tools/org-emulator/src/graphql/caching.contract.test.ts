import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../index';
import { packageZipFromSource } from '../metadata/source';

// The GraphQL route keeps parsed query texts, schemas and validation answers between requests: the same text must
// still be answered as the asking user, the deployed package and the test switches stand at the time of the request.

type GraphQlAnswer = { data: any; errors: Array<{ message: string; extensions?: unknown }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const post = (conn: Connection, query: string, variables: Record<string, unknown> = {}): Promise<GraphQlAnswer> =>
  conn.requestPost<GraphQlAnswer>('/services/data/v64.0/graphql', { query, variables });

const messages = (answer: GraphQlAnswer): string[] => answer.errors.map((e) => e.message);

async function login(org: Emulator, username: string): Promise<Connection> {
  const conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
  await conn.login(username, org.credentials.password);
  return conn;
}

jest.setTimeout(60_000);

describe('GraphQL answers with cached query texts and schemas', () => {
  let org: Emulator;
  let admin: Connection;
  let rep: Connection;
  let repId: string;
  let accountId: string;

  beforeAll(async () => {
    org = await startEmulator({ dataset: 'demo' });
    const [account] = org.store.query(
      "SELECT Id, OwnerId, Owner.Username FROM Account WHERE Name = 'Brightwater Logistics'",
    );
    accountId = String(account?.Id);
    repId = String(account?.OwnerId);
    admin = await login(org, org.users.adminUsername);
    rep = await login(org, String((account?.Owner as { Username: string }).Username));
  });
  afterAll(async () => {
    await org.stop();
  });

  const touches = `query q($id: ID) { uiapi { query { Relationship__c(where: { Account__c: { eq: $id } }, first: 3) {
    edges { node { Id Touches_90d__c { value } } } } } } }`;

  it('answers one query text by each user’s field-level security, as their permission sets stand now', async () => {
    const first = await post(rep, touches, { id: accountId });
    expect(first.errors).toEqual([]);
    expect(first.data.uiapi.query.Relationship__c.edges).toHaveLength(3);

    const grant = org.access.grantOf('Contact_Plan_User');
    if (!grant) throw new Error('Contact_Plan_User is not deployed');
    const stamp = '2026-12-01T00:00:00.000Z';
    org.access.definePermissionSet(
      'Contact_Plan_User',
      { label: 'Contact Plan User' },
      { ...grant, fields: { ...grant.fields, 'Relationship__c.Touches_90d__c': { readable: false, editable: false } } },
      stamp,
    );
    const hidden = "Validation error: Field 'Touches_90d__c' in type 'Relationship__c' is undefined";
    expect(messages(await post(rep, touches, { id: accountId }))).toEqual([hidden]);
    // The admin's answer to the same text, between the rep's: the rep's refusal does not reach them, nor back.
    const adminAnswer = await post(admin, touches, { id: accountId });
    expect(adminAnswer.errors).toEqual([]);
    expect(adminAnswer.data.uiapi.query.Relationship__c.edges).toHaveLength(3);
    expect(messages(await post(rep, touches, { id: accountId }))).toEqual([hidden]);

    org.access.definePermissionSet('Contact_Plan_User', { label: 'Contact Plan User' }, grant, stamp);
    expect((await post(rep, touches, { id: accountId })).errors).toEqual([]);
  });

  it('follows permission set assignments: without Contact_Plan_User a rep has no Relationship__c at all', async () => {
    const setId = org.access.permissionSetId('Contact_Plan_User');
    const [assignment] = org.store.query(
      `SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = '${repId}' AND PermissionSetId = '${String(setId)}'`,
    );
    expect(assignment).toBeDefined();
    expect((await post(rep, touches, { id: accountId })).errors).toEqual([]);

    org.store.delete(String(assignment?.Id));
    expect(messages(await post(rep, touches, { id: accountId }))).toEqual([
      "Validation error: Field 'Relationship__c' in type 'RecordQuery' is undefined",
    ]);
    expect((await post(admin, touches, { id: accountId })).errors).toEqual([]);

    org.store.insert('PermissionSetAssignment', { AssigneeId: repId, PermissionSetId: setId });
    const back = await post(rep, touches, { id: accountId });
    expect(back.errors).toEqual([]);
    expect(back.data.uiapi.query.Relationship__c.edges).toHaveLength(3);
  });

  it('follows the Task/Event beta switch with the same query text', async () => {
    const tasks = '{ uiapi { query { Task(first: 1) { edges { node { Id } } } } } }';
    const beta = (activities: boolean) =>
      fetch(`${org.instanceUrl}/__admin/graphql/beta`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ activities }),
      });
    expect((await post(rep, tasks)).errors).toEqual([]);
    expect((await beta(false)).status).toBe(200);
    expect(messages(await post(rep, tasks))).toEqual([
      "Validation error: Field 'Task' in type 'RecordQuery' is undefined",
    ]);
    expect((await beta(true)).status).toBe(200);
    const again = await post(rep, tasks);
    expect(again.errors).toEqual([]);
    expect(again.data.uiapi.query.Task.edges).toHaveLength(1);
  });

  it('answers a bad query text with the same syntax error every time', async () => {
    for (let i = 0; i < 2; i += 1) {
      const answer = await post(rep, '{ uiapi { query { Contact(first: 1) { edges { node { Id } } } }');
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([
        {
          message: 'Syntax Error: Expected Name, found <EOF>.',
          locations: [{ line: 1, column: 64 }],
          path: null,
          extensions: { ErrorType: 'InvalidSyntax' },
        },
      ]);
    }
  });
});

describe('GraphQL answers with cached query texts across a deploy', () => {
  it('serves the package objects to the same query text once the package is deployed', async () => {
    const org = await startEmulator({ package: false });
    try {
      const admin = await login(org, org.users.adminUsername);
      const query = '{ uiapi { query { Relationship__c(first: 1) { totalCount } } } }';
      expect(messages(await post(admin, query))).toEqual([
        "Validation error: Field 'Relationship__c' in type 'RecordQuery' is undefined",
      ]);
      const result = await org.deploy(await packageZipFromSource());
      expect(result.success).toBe(true);
      const after = await post(admin, query);
      expect(after.errors).toEqual([]);
      expect(after.data.uiapi.query.Relationship__c.totalCount).toBe(0);
    } finally {
      await org.stop();
    }
  });
});
