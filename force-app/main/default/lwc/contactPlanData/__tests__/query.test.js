import { parse } from 'graphql';
import { PLAN_FIELDS } from 'c/planRecordReader';
import { ACCOUNT_PLAN_QUERY, CORE_PLAN_QUERY, SUPPLEMENTARY_LISTS } from '../query';

// The query documents as text, to parse them as the platform would.
jest.mock('lightning/graphql', () => {
  const actual = jest.requireActual('lightning/graphql');
  actual.gql.mockImplementation((strings, ...values) => String.raw({ raw: strings }, ...values));
  return actual;
});

/** The fields the query selects on the node of each list, and on the MemberUser fragment. */
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
  return { lists, user: fragment ? names(fragment.selectionSet) : [] };
}

describe('the account plan queries', () => {
  it.each([
    ['the full query', ACCOUNT_PLAN_QUERY, []],
    ['the fallback query', CORE_PLAN_QUERY, SUPPLEMENTARY_LISTS],
  ])('%s selects every field the plan reader reads', (name, text, leftOut) => {
    const { lists, user } = selections(text);
    const objects = Object.keys(PLAN_FIELDS).filter((object) => object !== 'User' && !leftOut.includes(object));
    expect(
      Object.keys(lists)
        .filter((list) => list in PLAN_FIELDS)
        .sort(),
    ).toEqual(objects.sort());
    const missing = objects.flatMap((object) =>
      PLAN_FIELDS[object].filter((field) => !lists[object].includes(field)).map((field) => `${object}.${field}`),
    );
    expect(missing).toEqual([]);
    expect(PLAN_FIELDS.User.filter((field) => field !== 'Id' && !user.includes(field))).toEqual([]);
  });
});
