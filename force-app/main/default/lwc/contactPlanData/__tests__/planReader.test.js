import { PlanReader, isSupplementaryError } from '../planReader';
import { ACCOUNT_PLAN_QUERY, CORE_PLAN_QUERY } from '../query';

// The query documents as text, so the two queries differ here as they do on the platform.
jest.mock('lightning/graphql', () => {
  const actual = jest.requireActual('lightning/graphql');
  actual.gql.mockImplementation((strings, ...values) => String.raw({ raw: strings }, ...values));
  return actual;
});

const list = (ids, pageInfo = { hasNextPage: false, endCursor: null }) => ({
  edges: ids.map((Id) => ({ node: { Id } })),
  pageInfo,
});
const answer = (query) => ({ uiapi: { query } });

describe('PlanReader', () => {
  it('starts with the full query and a cursor for every list, supplementary ones included', () => {
    const reader = new PlanReader();
    expect(reader.query).toBe(ACCOUNT_PLAN_QUERY);
    expect(ACCOUNT_PLAN_QUERY).toContain('EventRelation(');
    expect(CORE_PLAN_QUERY).not.toContain('EventRelation');
    expect(reader.partial).toBe(false);
    expect(Object.keys(reader.cursors)).toHaveLength(10);
    expect(reader.cursors).toMatchObject({ inviteeAfter: null, contactRoleAfter: null, opportunityTeamAfter: null });
  });

  it('falls back once to the core query, with only its cursors, when a supplementary list is refused', () => {
    const reader = new PlanReader();
    expect(reader.receive(undefined, [{ message: 'Insufficient access to OpportunityContactRole' }])).toEqual({});
    expect(reader.query).toBe(CORE_PLAN_QUERY);
    expect(reader.partial).toBe(true);
    expect(Object.keys(reader.cursors).sort()).toEqual([
      'blueprintAfter',
      'contactAfter',
      'eventAfter',
      'opportunityAfter',
      'relationshipAfter',
      'taskAfter',
      'teamAfter',
    ]);
    // The core query pages as the full one does.
    expect(reader.receive(answer({ Task: list(['t1'], { hasNextPage: true, endCursor: 't-1' }) }))).toEqual({});
    expect(reader.cursors.taskAfter).toBe('t-1');
    const { answer: whole } = reader.receive(answer({ Task: list(['t2']) }));
    expect(whole.Task.edges.map((edge) => edge.node.Id)).toEqual(['t1', 't2']);
    // A second failure on the core query is an error, not another fallback.
    const errors = [{ message: 'Cannot query field "EventRelation" on type "Query".' }];
    expect(reader.receive(undefined, errors)).toEqual({ errors });
  });

  it('passes other errors on and keeps the full query', () => {
    const reader = new PlanReader();
    const errors = [{ message: 'Service unavailable' }];
    expect(reader.receive(undefined, errors)).toEqual({ errors });
    expect(reader.query).toBe(ACCOUNT_PLAN_QUERY);
    expect(reader.partial).toBe(false);
  });

  it('spots a supplementary list in a message or in the failing field path, and nothing else', () => {
    expect(isSupplementaryError([{ message: 'Field not accessible', path: ['uiapi', 'query', 'EventRelation'] }])).toBe(
      true,
    );
    expect(isSupplementaryError([{ message: 'No such type OpportunityTeamMember' }])).toBe(true);
    expect(isSupplementaryError([{ message: 'Cannot query field "Relationship__c" on type "Query".' }])).toBe(false);
    expect(isSupplementaryError([{ message: 'Cannot query field "EventRelationship__c"' }])).toBe(false);
    expect(isSupplementaryError({ body: { message: 'Timeout' } })).toBe(false);
  });
});
