import { execute, parse, validate, type GraphQLSchema } from 'graphql';
import { startEmulator, type Emulator } from '../index';
import { FIXTURE_SCHEMA, fixtureDataset } from '../testing/fixtures';
import { executeFast, executeQuery } from './execute';
import { buildUiApiSchema } from './schema';

describe('GraphQL execution without graphql-js bookkeeping', () => {
  let org: Emulator;
  let schema: GraphQLSchema;
  const data = fixtureDataset(30);
  const accountId = data.records.Account?.[0]?.Id as string;

  beforeAll(async () => {
    org = await startEmulator({ dataset: data, schema: FIXTURE_SCHEMA });
    const store = org.store.raw;
    const env = { catalog: store.catalog, store, today: () => org.clock.today(), apiVersion: '64.0' };
    schema = buildUiApiSchema(store.catalog, () => env);
  });
  afterAll(async () => {
    await org.stop();
  });

  const run = async (query: string, variableValues: Record<string, unknown> = {}) => {
    const document = parse(query);
    expect(validate(schema, document)).toEqual([]);
    const args = { schema, document, variableValues };
    return { fast: executeFast(args), ours: await executeQuery(args), reference: await execute(args) };
  };

  it('answers plain queries with the data graphql-js gives, key order included', async () => {
    const { fast, ours, reference } = await run(
      `query q($accountId: ID, $withTitle: Boolean!, $skipCursor: Boolean!) {
        __typename
        uiapi { query {
          Contact(where: { AccountId: { eq: $accountId } }, first: 3, orderBy: { LastName: { order: ASC } }) {
            __typename
            edges {
              node {
                Id
                ...Person
                Name { displayValue }
                title: Title @include(if: $withTitle) { value }
                ... on Contact { Account { Name { value } __typename } }
              }
              cursor @skip(if: $skipCursor)
            }
            pageInfo { hasNextPage endCursor startCursor }
            totalCount
          }
          first: Account(where: { Id: { eq: $accountId } }) {
            edges { node { Name { value } Contacts(first: 2, orderBy: { LastName: { order: DESC } }) {
              edges { node { LastName { value } } } totalCount } } }
          }
        } }
      }
      fragment Person on Contact { Name { value } LastName { value } }`,
      { accountId, withTitle: false, skipCursor: true },
    );
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
    expect(JSON.stringify(ours)).toBe(JSON.stringify(reference));
    const contacts = (fast?.data as any).uiapi.query.Contact; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(contacts.__typename).toBe('ContactConnection');
    expect(contacts.totalCount).toBe(10);
    expect(Object.keys(contacts.edges[0])).toEqual(['node']);
    expect(contacts.edges[0].node).toEqual({
      Id: expect.any(String),
      Name: { value: 'First0 Last0000', displayValue: 'First0 Last0000' },
      LastName: { value: 'Last0000' },
      Account: { Name: { value: 'Brightwater Logistics' }, __typename: 'Account' },
    });
  });

  it('leaves a refused page to graphql-js, so the error, its path and the partial data are graphql-js’s', async () => {
    const { fast, ours, reference } = await run(
      `{ uiapi { query {
        Account(first: 1) { edges { node { Id } } }
        Contact(first: 2001) { edges { node { Id } } }
      } } }`,
    );
    expect(fast).toBeUndefined();
    expect(ours.errors?.map((e) => [e.message, e.path])).toEqual([
      ['first must be between 0 and 2000, not 2001', ['uiapi', 'query', 'Contact']],
    ]);
    expect(JSON.stringify(ours)).toBe(JSON.stringify(reference));
    expect((ours.data as any).uiapi.query.Contact).toBeNull(); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it('leaves bad variables and introspection to graphql-js', async () => {
    const document = parse('query q($n: Int!) { uiapi { query { Contact(first: $n) { totalCount } } } }');
    const bad = { schema, document, variableValues: { n: 'ten' } };
    expect(executeFast(bad)).toBeUndefined();
    expect(JSON.stringify(await executeQuery(bad))).toBe(JSON.stringify(await execute(bad)));
    const introspection = await run('{ __schema { queryType { name } } }');
    expect(introspection.fast).toBeUndefined();
    expect(introspection.ours).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
