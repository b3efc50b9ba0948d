import { SfError } from '../errors';
import type { Catalog } from '../schema/catalog';
import type { FieldDef, ObjectDef } from '../schema/types';

/**
 * Semi-join (`inq`) and anti-join (`ninq`) filters of the UI API GraphQL (GraphQL API Developer Guide, "Semi-Join and
 * Anti-Join Filters"): `Id: { inq: { Relationship__c: { Account__c: { eq: $id } }, ApiName: "Team_Member__c" } }`
 * keeps the rows whose Id is among the Team_Member__c values of the matching Relationship__c rows. Each becomes a SOQL
 * semi-join; "GraphQL has the same limitations as SOQL" ("Query Limitations"), so SOQL's semi-join rules hold here
 * too. Every rule is listed with its source in the emulator README.
 */
export const SEMI_JOIN_OPERATORS: Readonly<Record<string, 'IN' | 'NOT IN'>> = { inq: 'IN', ninq: 'NOT IN' };

/** SOQL: "No more than two IN or NOT IN statements per WHERE clause" (semi-joins and anti-joins together). */
export const MAX_SEMI_JOINS_PER_WHERE = 2;

/** SOQL lists these among the objects not supported in semi-join subqueries (of those the emulator knows). */
export const NOT_IN_SEMI_JOIN_SUBQUERIES: ReadonlySet<string> = new Set(['Task', 'Event']);

/** Where a filter sits, for the placement rules; one `count` is shared by a whole `where` argument. */
export interface SemiJoinScope {
  fieldVisible: (def: ObjectDef, field: FieldDef) => boolean;
  count: { value: number };
  /** Set inside `or`, `not` or a parent relationship filter, inside another semi-join, or in a child list. */
  inside?: 'or' | 'not' | 'parent' | 'semi-join' | 'child list';
}

/** A fresh scope for one `where` argument (`childList`: the where of a child relationship connection). */
export function semiJoinScope(fieldVisible: SemiJoinScope['fieldVisible'], childList = false): SemiJoinScope {
  return { fieldVisible, count: { value: 0 }, ...(childList ? { inside: 'child list' as const } : {}) };
}

/** The same scope, one level down (`inside` keeps the first reason a semi-join may not appear there). */
export const within = (scope: SemiJoinScope | undefined, inside: NonNullable<SemiJoinScope['inside']>) =>
  scope ? { ...scope, inside: scope.inside ?? inside } : undefined;

/** A refused semi-join: GraphQL answers it like any refused filter (that list null, the error on its path). */
const refused = (message: string): SfError => new SfError(400, 'INVALID_ARGUMENT', message);

const PLACEMENT: Record<NonNullable<SemiJoinScope['inside']>, string> = {
  or: 'Semi-join and anti-join filters cannot be combined with or',
  not: 'Semi-join and anti-join filters cannot be used inside not (use ninq instead of not inq)',
  parent: 'A semi-join or anti-join filter must be on a field of the queried object, not of a parent relationship',
  'semi-join': 'Semi-join and anti-join filters cannot be nested in another semi-join or anti-join',
  'child list':
    'Semi-join and anti-join filters are allowed in the where of a top-level list only, not of a child list',
};

/** The object types the values of an Id or lookup field name: the object itself for Id, the targets for a lookup. */
const targetsOf = (def: ObjectDef, field: FieldDef): readonly string[] =>
  field.type === 'id' ? [def.name] : (field.referenceTo ?? []);

export type RenderFilter = (def: ObjectDef, filter: Record<string, unknown>, scope: SemiJoinScope) => string;

/**
 * The SOQL condition of one `inq` / `ninq` operand on `field` of `def` (`prefix` is the parent path the filter sits
 * under; `render` turns the subquery's own filter into SOQL). Throws the refusal of any rule it breaks.
 */
export function semiJoinToSoql(
  catalog: Catalog,
  def: ObjectDef,
  field: FieldDef,
  operator: string,
  operand: unknown,
  scope: SemiJoinScope | undefined,
  render: RenderFilter,
): string {
  const soqlOperator = Object.hasOwn(SEMI_JOIN_OPERATORS, operator) ? SEMI_JOIN_OPERATORS[operator] : undefined;
  if (!soqlOperator || !scope) throw refused(`${operator} is not allowed here`);
  if (scope.inside) throw refused(PLACEMENT[scope.inside]);
  if (field.type !== 'id' && field.type !== 'reference') {
    throw refused(`${operator} filters an Id or reference field only, not ${field.name}`);
  }
  scope.count.value += 1;
  if (scope.count.value > MAX_SEMI_JOINS_PER_WHERE) {
    throw refused(`A where argument can hold at most ${MAX_SEMI_JOINS_PER_WHERE} semi-join or anti-join filters`);
  }
  const join = (operand ?? {}) as Record<string, unknown>;
  const objects = Object.keys(join)
    .filter((key) => key !== 'ApiName' && join[key] !== undefined)
    .sort();
  if (objects.length !== 1) {
    throw refused(`A ${operator} filter names exactly one object, not ${objects.length ? objects.join(', ') : 'none'}`);
  }
  const objectName = objects[0] as string;
  const sub = catalog.find(objectName);
  const subFilter = join[objectName];
  if (!sub || subFilter === null || typeof subFilter !== 'object') {
    throw refused(`The ${operator} filter of ${objectName} needs a filter object ({} for every row)`);
  }
  if (sub.name === def.name) throw refused('The inner and outer selects should not be on the same object type');
  const apiName = join.ApiName;
  const selected = typeof apiName === 'string' ? catalog.field(sub, apiName) : undefined;
  if (!selected || !scope.fieldVisible(sub, selected)) {
    throw refused(`ApiName ${JSON.stringify(apiName)} is not a field of ${sub.name}`);
  }
  if (selected.type !== 'id' && selected.type !== 'reference') {
    throw refused(`Semi join sub-selects can only query id fields, cannot use: '${selected.name}'`);
  }
  const outerTargets = targetsOf(def, field);
  if (!targetsOf(sub, selected).some((target) => outerTargets.includes(target))) {
    throw refused(`${sub.name}.${selected.name} does not reference the object of ${def.name}.${field.name}`);
  }
  const inner = render(sub, subFilter as Record<string, unknown>, { ...scope, inside: 'semi-join' });
  return `${field.name} ${soqlOperator} (SELECT ${selected.name} FROM ${sub.name}${inner ? ` WHERE ${inner}` : ''})`;
}
