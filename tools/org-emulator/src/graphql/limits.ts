import {
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ObjectDef } from '../schema/types';

/**
 * The documented limits of the GraphQL API (GraphQL API Developer Guide: "Query Limitations", "Paginate with Record
 * Connections", "Paginate with Upper-Bound Limit"; the emulator README lists them with their sources).
 */
export const GRAPHQL_LIMITS = {
  /** "Each GraphQL query can contain up to 10 subqueries." */
  maxSubqueries: 10,
  /** "Each subquery can return up to 2000 records within the same GraphQL query." */
  maxFirst: 2000,
  /** "By default, the first 10 records are returned." */
  defaultFirst: 10,
  /** "Using pagination without an upper-bound limit lets you retrieve up to 4,000 records only." */
  maxRowsWithoutUpperBound: 4000,
  /** With `upperBound`, "`first` can have a value from 200 to 2000 only." */
  minFirstWithUpperBound: 200,
  /** `upperBound` exists from API v59.0; from v60.0 it may first appear in a subsequent query. */
  upperBoundSince: 59,
  upperBoundLaterSince: 60,
  /** GraphQL API itself: API v56.0 and later; Event and Task (Beta) in v59.0 and later. */
  activitiesSince: 59,
} as const;

/**
 * Standard objects the User Interface API supports, of those the emulator knows (User Interface API Developer Guide,
 * "All Supported Objects"; every custom object is supported). EventRelation, OpportunityContactRole and the setup
 * objects are not in that list, so GraphQL does not serve them.
 */
export const UI_API_STANDARD_OBJECTS: ReadonlySet<string> = new Set([
  'Account',
  'AccountTeamMember',
  'Contact',
  'Opportunity',
  'OpportunityTeamMember',
  'User',
]);

/** Task and Event are a beta of the GraphQL API (API v59.0 and later), served unless the org's switch turns them off. */
export const UI_API_BETA_OBJECTS: ReadonlySet<string> = new Set(['Task', 'Event']);

/** Whether GraphQL serves `def` at `apiVersion` (a number such as 64), with or without the beta objects. */
export function uiApiSupports(def: ObjectDef, apiVersion: number, beta: boolean): boolean {
  if (def.custom || def.name.endsWith('__c')) return true;
  if (UI_API_STANDARD_OBJECTS.has(def.name)) return true;
  return beta && UI_API_BETA_OBJECTS.has(def.name) && apiVersion >= GRAPHQL_LIMITS.activitiesSince;
}

/** True for the connection types of the schema (record queries and child relationships): one subquery each. */
const isConnection = (type: GraphQLObjectType): boolean => type.name.endsWith('Connection');

/**
 * The semi-join and anti-join filters (`inq`, `ninq`) written in an argument's value. Each is a SOQL subquery, so it
 * counts as one (not documented either way: the stricter reading). One given through a variable is not seen here.
 */
function semiJoinsIn(value: ValueNode, depth = 0): number {
  if (depth > 50) return 0;
  if (value.kind === Kind.LIST) return value.values.reduce((n, item) => n + semiJoinsIn(item, depth + 1), 0);
  if (value.kind !== Kind.OBJECT) return 0;
  return value.fields.reduce(
    (n, field) =>
      n + (field.name.value === 'inq' || field.name.value === 'ninq' ? 1 : 0) + semiJoinsIn(field.value, depth + 1),
    0,
  );
}

/**
 * Counts the subqueries of the operation(s) in `document`: every record connection selected, at the top of
 * `uiapi.query` or as a child relationship, with fragments expanded where they are spread, and every semi-join or
 * anti-join filter in their arguments.
 */
export function countSubqueries(schema: GraphQLSchema, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const walk = (selectionSet: SelectionSetNode | undefined, parent: GraphQLObjectType, depth: number): number => {
    if (!selectionSet || depth > 50) return 0;
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        if (!isObjectType(type)) continue;
        if (isConnection(type)) {
          count += 1;
          for (const argument of selection.arguments ?? []) count += semiJoinsIn(argument.value);
        }
        count += walk(selection.selectionSet, type, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const named = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (named && isObjectType(named)) count += walk(selection.selectionSet, named, depth + 1);
      } else {
        const fragment = fragments.get(selection.name.value);
        const named = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && named && isObjectType(named)) count += walk(fragment.selectionSet, named, depth + 1);
      }
    }
    return count;
  };
  const root = schema.getQueryType();
  if (!root) return 0;
  let total = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) total = Math.max(total, walk(def.selectionSet, root, 0));
  }
  return total;
}

/** The validation error for a query over the subquery limit (nothing of it runs, as with any invalid query). */
export function subqueryLimitError(count: number): GraphQLError {
  return new GraphQLError(
    `Validation error: the query has ${count} subqueries; a GraphQL query can contain up to ` +
      `${GRAPHQL_LIMITS.maxSubqueries} subqueries`,
  );
}
