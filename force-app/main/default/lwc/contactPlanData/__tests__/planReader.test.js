import { PlanReader, isSupplementaryError } from '../planReader';
import { ACCOUNT_PLAN_QUERY, CORE_PLAN_QUERY } from '../query';

// The query documents as text, so the variants differ here as they do on the platform.
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
const undefinedField = (field, type) => ({
  message: `Validation error: Field '${field}' in type '${type}' is undefined`,
});

describe('PlanReader', () => {
  it('starts with the full query and a cursor for every paged list', () => {
    const reader = new PlanReader();
    expect(reader.query).toBe(ACCOUNT_PLAN_QUERY);
    expect(reader.partial).toBe(false);
    expect(reader.hiddenFields).toEqual([]);
    expect(Object.keys(reader.cursors).sort()).toEqual([
      'blueprintAfter',
      'contactAfter',
      'memberAfter',
      'relationshipAfter',
      'teamAfter',
    ]);
  });

  it('falls back once to the query without the account team when the org has no Account Teams', () => {
    const reader = new PlanReader();
    expect(reader.receive(undefined, [undefinedField('AccountTeamMember', 'RecordQuery')])).toEqual({});
    expect(reader.query).toBe(CORE_PLAN_QUERY);
    expect(reader.partial).toBe(true);
    expect(Object.keys(reader.cursors).sort()).toEqual([
      'blueprintAfter',
      'contactAfter',
      'memberAfter',
      'relationshipAfter',
    ]);
    // The narrower query pages as the full one does.
    expect(reader.receive(answer({ Contact: list(['c1'], { hasNextPage: true, endCursor: 'c-1' }) }))).toEqual({});
    expect(reader.cursors.contactAfter).toBe('c-1');
    const { answer: whole } = reader.receive(answer({ Contact: list(['c2']) }));
    expect(whole.Contact.edges.map((edge) => edge.node.Id)).toEqual(['c1', 'c2']);
    // A second failure about the same list is an error, not another fallback.
    const errors = [undefinedField('AccountTeamMember', 'RecordQuery')];
    expect(reader.receive(undefined, errors)).toEqual({ errors });
  });

  it('reads on without the sync fields the rep may not see, each named once', () => {
    const reader = new PlanReader();
    const errors = [
      undefinedField('Touches_90d__c', 'Relationship__c'),
      undefinedField('Last_Meeting__c', 'Relationship__c'),
    ];
    expect(reader.receive(undefined, errors)).toEqual({});
    expect(reader.hiddenFields).toEqual(['Relationship__c.Touches_90d__c', 'Relationship__c.Last_Meeting__c']);
    expect(reader.query).not.toContain('Touches_90d__c');
    expect(reader.query).toContain('Grade__c');
    expect(reader.partial).toBe(false);
    expect(reader.receive(undefined, [undefinedField('Touches_90d__c', 'Relationship__c')])).toEqual({
      errors: [undefinedField('Touches_90d__c', 'Relationship__c')],
    });
  });

  it('reads on without the implied buyer roles when the rep may not see them', () => {
    const reader = new PlanReader();
    expect(reader.query).toContain('Implied_Buyer_Roles__c');
    expect(reader.receive(undefined, [undefinedField('Implied_Buyer_Roles__c', 'Contact')])).toEqual({});
    expect(reader.hiddenFields).toEqual(['Contact.Implied_Buyer_Roles__c']);
    expect(reader.query).not.toContain('Implied_Buyer_Roles__c');
    expect(reader.query).toContain('Buyer_Roles__c');
  });

  it("reads on without the members' title or seniority when the rep may not see them, and only the User's", () => {
    const reader = new PlanReader();
    const errors = [undefinedField('Seniority__c', 'User'), undefinedField('Title', 'User')];
    expect(reader.receive(undefined, errors)).toEqual({});
    expect(reader.hiddenFields).toEqual(['User.Seniority__c', 'User.Title']);
    const fragment = reader.query.slice(reader.query.indexOf('fragment MemberUser'));
    expect(fragment.replace(/\s+/g, ' ').trim()).toBe('fragment MemberUser on User { Name { value } }');
    // The contacts' own title and seniority stay in the query.
    const contacts = reader.query.slice(reader.query.indexOf('Contact('), reader.query.indexOf('AccountTeamMember('));
    expect(contacts).toContain('Title');
    expect(contacts).toContain('Seniority__c');
    // A member's name is not optional: an error about it is the page's error.
    const name = [undefinedField('Name', 'User')];
    expect(new PlanReader().receive(undefined, name)).toEqual({ errors: name });
  });

  it('passes other errors on and keeps the full query: a rep field, an object, a mix, a service error', () => {
    for (const errors of [
      [undefinedField('Grade__c', 'Relationship__c')],
      [undefinedField('Relationship__c', 'RecordQuery')],
      [undefinedField('Touches_90d__c', 'Relationship__c'), { message: 'Service unavailable' }],
      [{ message: 'Service unavailable' }],
    ]) {
      const reader = new PlanReader();
      expect(reader.receive(undefined, errors)).toEqual({ errors });
      expect(reader.query).toBe(ACCOUNT_PLAN_QUERY);
    }
  });

  it('spots the optional list in a message or in the failing field path, and nothing else', () => {
    expect(
      isSupplementaryError([{ message: 'Field not accessible', path: ['uiapi', 'query', 'AccountTeamMember'] }]),
    ).toBe(true);
    expect(isSupplementaryError([{ message: 'Cannot query field "Relationship__c" on type "Query".' }])).toBe(false);
    expect(isSupplementaryError([{ message: 'Cannot query field "AccountTeamMembers__c"' }])).toBe(false);
    expect(isSupplementaryError({ body: { message: 'Timeout' } })).toBe(false);
  });
});
