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
const PAGE_OBJECTS = ['Contact', 'AccountTeamMember', 'Relationship__c', 'Contact_Blueprint__c'];

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
    const missing = objects.flatMap((object) =>
      PLAN_FIELDS[object].filter((field) => !lists[object].includes(field)).map((field) => `${object}.${field}`),
    );
    expect(missing).toEqual([]);
    expect(EVIDENCE_FIELDS.filter((field) => !lists.Relationship__c.includes(field))).toEqual([]);
    expect(lists.Account).toEqual(['Id', 'Coverage_Synced_At__c']);
    expect(PLAN_FIELDS.User.filter((field) => field !== 'Id' && !user.includes(field))).toEqual([]);
  });

  it('stays within the GraphQL limits: six subqueries, pages of 2,000, upperBound on the lists that can be long', () => {
    const { lists, args } = selections(ACCOUNT_PLAN_QUERY);
    expect(Object.keys(lists)).toEqual(PLAN_LISTS);
    expect(Object.keys(lists).length).toBeLessThanOrEqual(10);
    expect(['Task', 'Event', 'EventRelation', 'OpportunityContactRole'].filter((l) => l in lists)).toEqual([]);
    for (const list of Object.values(args)) expect(Number(list.first)).toBeLessThanOrEqual(2000);
    expect(args.Contact).toMatchObject({ first: '2000', upperBound: '20000' });
    expect(args.Relationship__c).toMatchObject({ first: '2000', upperBound: '40000' });
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
