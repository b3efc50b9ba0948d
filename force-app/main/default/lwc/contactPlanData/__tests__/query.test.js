import { parse } from 'graphql';
import { EVIDENCE_FIELDS, PLAN_FIELDS } from 'c/planRecordReader';
import { ACCOUNT_PLAN_QUERY, CORE_PLAN_QUERY, PLAN_LISTS, SUPPLEMENTARY_LISTS, planQuery } from '../query';

// The query documents as text, to parse them as the platform would.
jest.mock('lightning/graphql', () => {
  const actual = jest.requireActual('lightning/graphql');
  actual.gql.mockImplementation((strings, ...values) => String.raw({ raw: strings }, ...values));
  return actual;
});

/** The fields the query selects on the node of each list, its arguments, and the MemberUser fragment's fields. */
function selections(text) {
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  const fragment = document.definitions.find((d) => d.kind === 'FragmentDefinition');
  const names = (set) => set.selections.map((s) => s.name.value);
  const child = (set, name) => set.selections.find((s) => s.name.value === name).selectionSet;
  const query = child(child(operation.selectionSet, 'uiapi'), 'query');
  const lists = Object.fromEntries(
    query.selections.map((list) => [list.name.value, names(child(child(list.selectionSet, 'edges'), 'node'))]),
  );
  const args = Object.fromEntries(
    query.selections.map((list) => [
      list.name.value,
      Object.fromEntries(list.arguments.map((a) => [a.name.value, a.value.value])),
    ]),
  );
  return { lists, args, user: fragment ? names(fragment.selectionSet) : [] };
}

// The lists the page reads: people and the sync's results, never activities (their volume is the sync's business).
const PAGE_OBJECTS = ['Contact', 'AccountTeamMember', 'Relationship__c', 'User', 'Contact_Blueprint__c'];

describe('the account plan queries', () => {
  it.each([
    ['the full query', ACCOUNT_PLAN_QUERY, []],
    ['the fallback query', CORE_PLAN_QUERY, SUPPLEMENTARY_LISTS],
  ])('%s selects every field the plan reader reads from the lists the page reads', (name, text, leftOut) => {
    const { lists, user } = selections(text);
    const objects = PAGE_OBJECTS.filter((object) => !leftOut.includes(object));
    expect(
      Object.keys(lists)
        .filter((list) => list in PLAN_FIELDS)
        .sort(),
    ).toEqual(objects.sort());
    // The User list's node spreads MemberUser: its fields are the fragment's.
    const selected = (object) => (object === 'User' ? [...lists.User, ...user] : lists[object]);
    const missing = objects.flatMap((object) =>
      PLAN_FIELDS[object].filter((field) => !selected(object).includes(field)).map((field) => `${object}.${field}`),
    );
    expect(missing).toEqual([]);
    expect(EVIDENCE_FIELDS.filter((field) => !lists.Relationship__c.includes(field))).toEqual([]);
    expect(lists.Account).toEqual(['Id', 'Coverage_Synced_At__c']);
    expect(PLAN_FIELDS.User.filter((field) => field !== 'Id' && !user.includes(field))).toEqual([]);
  });

  it('stays within the GraphQL limits: eight subqueries, pages of 2,000, upperBound on the lists that can be long', () => {
    const { lists, args } = selections(ACCOUNT_PLAN_QUERY);
    expect(Object.keys(lists)).toEqual(PLAN_LISTS);
    // Seven lists and the User list's semi-join (each counts as a subquery, the stricter reading): within ten.
    const semiJoins = (ACCOUNT_PLAN_QUERY.match(/\b(inq|ninq):/g) || []).length;
    expect([Object.keys(lists).length, semiJoins]).toEqual([7, 1]);
    expect(Object.keys(lists).length + semiJoins).toBeLessThanOrEqual(10);
    expect(args.User).toMatchObject({ first: '2000', upperBound: '40000' });
    expect(['Task', 'Event', 'EventRelation', 'OpportunityContactRole'].filter((l) => l in lists)).toEqual([]);
    for (const list of Object.values(args)) expect(Number(list.first)).toBeLessThanOrEqual(2000);
    expect(args.Contact).toMatchObject({ first: '2000', upperBound: '20000' });
    expect(args.Relationship__c).toMatchObject({ first: '2000', upperBound: '40000' });
  });

  it("reads each member's user once, from a User list joined to the account's pairs, not in every pair", () => {
    const document = parse(ACCOUNT_PLAN_QUERY);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    const plain = (node) => {
      if (node.kind === 'ObjectValue')
        return Object.fromEntries(node.fields.map((f) => [f.name.value, plain(f.value)]));
      return node.kind === 'Variable' ? `$${node.name.value}` : node.value;
    };
    const query = operation.selectionSet.selections[0].selectionSet.selections[0].selectionSet;
    const users = query.selections.find((s) => s.name.value === 'User');
    const where = plain(users.arguments.find((a) => a.name.value === 'where').value);
    expect(where).toEqual({
      Id: { inq: { Relationship__c: { Account__c: { eq: '$accountId' } }, ApiName: 'Team_Member__c' } },
    });
    const { lists, user } = selections(ACCOUNT_PLAN_QUERY);
    expect(lists.User).toEqual(['Id', 'MemberUser']);
    expect(user).toEqual(['Name', 'Title', 'Seniority__c']);
    expect(lists.Relationship__c).toContain('Team_Member__c');
    expect(lists.Relationship__c).not.toContain('Team_Member__r');
    // The account team keeps its users: a team member without a pair is not in the User list.
    expect(lists.AccountTeamMember).toEqual(['Id', 'UserId', 'User']);
  });

  it('leaves out exactly the fields it is told to, and parses each variant once', () => {
    const narrower = planQuery(PLAN_LISTS, ['Relationship__c.Touches_90d__c', 'Account.Coverage_Synced_At__c']);
    const { lists } = selections(narrower);
    expect(lists.Relationship__c).not.toContain('Touches_90d__c');
    expect(lists.Relationship__c).toContain('Last_Meeting__c');
    expect(lists.Account).toEqual(['Id']);
    expect(planQuery(PLAN_LISTS, ['Account.Coverage_Synced_At__c', 'Relationship__c.Touches_90d__c'])).toBe(narrower);
  });
});
