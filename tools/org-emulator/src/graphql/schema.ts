import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
  type GraphQLScalarType,
} from 'graphql';
import type { Catalog } from '../schema/catalog';
import type { FieldDef, FieldType, ObjectDef } from '../schema/types';
import { compileSoql, runQuery, type QueryEnvironment } from '../soql/query';
import type { SfRecord } from '../store/store';
import { toApiDateTime } from '../store/values';
import { SfError } from '../errors';
import { filterToSoql, orderByToSoql, type Filter, type OrderBy } from './filters';
import { NOT_IN_SEMI_JOIN_SUBQUERIES, semiJoinScope } from './semi-joins';
import { DateInput, DateTimeInput } from './date-filters';
import { GRAPHQL_LIMITS } from './limits';

const VALUE_TYPES: Record<FieldType, [string, GraphQLScalarType]> = {
  id: ['IDValue', GraphQLID],
  reference: ['IDValue', GraphQLID],
  string: ['StringValue', GraphQLString],
  textarea: ['TextAreaValue', GraphQLString],
  picklist: ['PicklistValue', GraphQLString],
  multipicklist: ['MultiPicklistValue', GraphQLString],
  email: ['EmailValue', GraphQLString],
  phone: ['PhoneNumberValue', GraphQLString],
  url: ['UrlValue', GraphQLString],
  boolean: ['BooleanValue', GraphQLBoolean],
  double: ['DoubleValue', GraphQLFloat],
  currency: ['CurrencyValue', GraphQLFloat],
  percent: ['PercentValue', GraphQLFloat],
  int: ['IntValue', GraphQLInt],
  date: ['DateValue', GraphQLString],
  datetime: ['DateTimeValue', GraphQLString],
};

/** Operator input types by value scalar (dates take a DateInput / DateTimeInput: `{ value }`, `{ literal }` or `{ range }`). */
function operatorsFor(name: string, scalar: GraphQLInputType, extra: GraphQLInputFieldConfigMap = {}) {
  return new GraphQLInputObjectType({
    name,
    fields: {
      eq: { type: scalar },
      ne: { type: scalar },
      lt: { type: scalar },
      lte: { type: scalar },
      gt: { type: scalar },
      gte: { type: scalar },
      in: { type: new GraphQLList(scalar) },
      nin: { type: new GraphQLList(scalar) },
      ...extra,
    },
  });
}

const OPERATOR_TYPES = {
  id: operatorsFor('IDOperators', GraphQLID),
  text: operatorsFor('StringOperators', GraphQLString, { like: { type: GraphQLString } }),
  multi: new GraphQLInputObjectType({
    name: 'MultiPicklistOperators',
    fields: {
      eq: { type: GraphQLString },
      ne: { type: GraphQLString },
      includes: { type: new GraphQLList(GraphQLString) },
      excludes: { type: new GraphQLList(GraphQLString) },
    },
  }),
  boolean: new GraphQLInputObjectType({
    name: 'BooleanOperators',
    fields: { eq: { type: GraphQLBoolean }, ne: { type: GraphQLBoolean } },
  }),
  float: operatorsFor('DoubleOperators', GraphQLFloat),
  int: operatorsFor('IntegerOperators', GraphQLInt),
  date: operatorsFor('DateOperators', DateInput),
  datetime: operatorsFor('DateTimeOperators', DateTimeInput),
};

function operatorType(type: FieldType): GraphQLInputObjectType {
  switch (type) {
    case 'id':
    case 'reference':
      return OPERATOR_TYPES.id;
    case 'multipicklist':
      return OPERATOR_TYPES.multi;
    case 'boolean':
      return OPERATOR_TYPES.boolean;
    case 'double':
    case 'currency':
    case 'percent':
      return OPERATOR_TYPES.float;
    case 'int':
      return OPERATOR_TYPES.int;
    case 'date':
      return OPERATOR_TYPES.date;
    case 'datetime':
      return OPERATOR_TYPES.datetime;
    default:
      return OPERATOR_TYPES.text;
  }
}

const OrderEnum = new GraphQLEnumType({ name: 'ResultOrder', values: { ASC: {}, DESC: {} } });
const NullsEnum = new GraphQLEnumType({ name: 'NullOrder', values: { FIRST: {}, LAST: {} } });
const OrderByClause = new GraphQLInputObjectType({
  name: 'OrderByClause',
  fields: { order: { type: OrderEnum }, nulls: { type: NullsEnum } },
});

const PageInfo = new GraphQLObjectType({
  name: 'PageInfo',
  fields: {
    hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
    hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
    startCursor: { type: GraphQLString },
    endCursor: { type: GraphQLString },
  },
});

interface Page {
  rows: SfRecord[];
  offset: number;
  /** Rows the connection can reach: all matches, capped by `upperBound` when one is given. */
  total: number;
  /** The cursor mode of this page: record connection (`v1`) or upper-bound (`u1`) pagination. */
  mode: CursorMode;
}

type CursorMode = 'v1' | 'u1';

/** One edge of a page: its cursor is rendered only when selected. */
interface EdgeSource {
  node: SfRecord;
  mode: CursorMode;
  position: number;
}

/** A field's value object (`{ value displayValue }`). */
interface Cell {
  value: unknown;
}

const cursorOf = (mode: CursorMode, n: number): string => Buffer.from(`${mode}:${n}`).toString('base64');
const cursorParts = (cursor: string | undefined): { mode: CursorMode; offset: number } | undefined => {
  if (!cursor) return undefined;
  const match = /^(v1|u1):(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
  if (!match) throw pagingError(`Invalid cursor ${cursor}`);
  return { mode: match[1] as CursorMode, offset: Number(match[2]) + 1 };
};

/** A refused page: GraphQL answers 200 with the error on the list's path and null data for it. */
const pagingError = (message: string): SfError => new SfError(400, 'DataFetchingException', message);

/** Which objects and fields the schema serves: the UI API's supported objects, as the request's user sees them. */
export interface SchemaVisibility {
  objectVisible: (def: ObjectDef) => boolean;
  fieldVisible: (def: ObjectDef, field: FieldDef) => boolean;
  /** The request's API version as a number (64 for v64.0): `upperBound` exists from v59.0. */
  apiVersion: number;
}

const EVERYTHING: SchemaVisibility = { objectVisible: () => true, fieldVisible: () => true, apiVersion: 64 };

/**
 * Builds the UI API GraphQL schema (`uiapi { query { Obj(where, first, orderBy, after, upperBound) { edges { node … }
 * } } }`) for the objects and fields `visibility` lets through (the objects the UI API supports, the fields the
 * request's user may read): anything else does not exist in it, so selecting it is a validation error. Records are
 * read through SOQL, so the same rules apply. Paging follows the documented limits (see limits.ts).
 */
export function buildUiApiSchema(
  catalog: Catalog,
  env: () => QueryEnvironment,
  visibility: SchemaVisibility = EVERYTHING,
): GraphQLSchema {
  const fieldsOf = (def: ObjectDef): FieldDef[] => def.fields.filter((f) => visibility.fieldVisible(def, f));
  const withUpperBound = visibility.apiVersion >= GRAPHQL_LIMITS.upperBoundSince;
  const valueTypes = new Map<string, GraphQLObjectType>();
  const valueType = (field: FieldDef): GraphQLObjectType => {
    const [name, scalar] = VALUE_TYPES[field.type];
    const typeName = field.type === 'textarea' && (field.length ?? 0) > 255 ? 'LongTextAreaValue' : name;
    let type = valueTypes.get(typeName);
    if (!type) {
      type = new GraphQLObjectType({
        name: typeName,
        fields: {
          value: { type: scalar },
          // Rendered only when selected: the page reads `value` of some 30,000 cells.
          displayValue: {
            type: GraphQLString,
            resolve: (cell: Cell) => (cell.value === null ? null : String(cell.value)),
          },
        },
      });
      valueTypes.set(typeName, type);
    }
    return type;
  };

  const recordTypes = new Map<string, GraphQLObjectType>();
  const connectionTypes = new Map<string, GraphQLObjectType>();
  const filterTypes = new Map<string, GraphQLInputObjectType>();
  const orderByTypes = new Map<string, GraphQLInputObjectType>();

  // Semi-joins and anti-joins on Id and lookup fields: `inq` / `ninq` take one object's filter and the ApiName of the
  // field whose values the subquery gives (semi-joins.ts), over the objects this schema serves.
  const joinInput: GraphQLInputObjectType = new GraphQLInputObjectType({
    name: 'JoinInput',
    fields: () => {
      const fields: GraphQLInputFieldConfigMap = { ApiName: { type: new GraphQLNonNull(GraphQLString) } };
      for (const def of catalog.objects) {
        if (visibility.objectVisible(def) && !NOT_IN_SEMI_JOIN_SUBQUERIES.has(def.name)) {
          fields[def.name] = { type: filterType(def) };
        }
      }
      return fields;
    },
  });
  const idOperators = operatorsFor('IDOperators', GraphQLID, {
    inq: { type: joinInput },
    ninq: { type: joinInput },
  });
  const operatorTypeOf = (type: FieldType): GraphQLInputObjectType =>
    type === 'id' || type === 'reference' ? idOperators : operatorType(type);

  const filterType = (def: ObjectDef): GraphQLInputObjectType => {
    let type = filterTypes.get(def.name);
    if (!type) {
      type = new GraphQLInputObjectType({
        name: `${def.name}_Filter`,
        fields: () => {
          const fields: GraphQLInputFieldConfigMap = {
            and: { type: new GraphQLList(filterType(def)) },
            or: { type: new GraphQLList(filterType(def)) },
            not: { type: filterType(def) },
          };
          for (const f of fieldsOf(def)) {
            fields[f.name] = { type: operatorTypeOf(f.type) };
            const parent = parentOf(f);
            if (parent && f.relationshipName) fields[f.relationshipName] = { type: filterType(parent) };
          }
          return fields;
        },
      });
      filterTypes.set(def.name, type);
    }
    return type;
  };

  const orderByType = (def: ObjectDef): GraphQLInputObjectType => {
    let type = orderByTypes.get(def.name);
    if (!type) {
      type = new GraphQLInputObjectType({
        name: `${def.name}_OrderBy`,
        fields: () => Object.fromEntries(fieldsOf(def).map((f) => [f.name, { type: OrderByClause }])),
      });
      orderByTypes.set(def.name, type);
    }
    return type;
  };

  const visibleObject = (name: string): ObjectDef | undefined => {
    const def = catalog.find(name);
    return def && visibility.objectVisible(def) ? def : undefined;
  };
  const parentOf = (f: FieldDef): ObjectDef | undefined =>
    f.type === 'reference' && f.relationshipName && f.referenceTo?.[0] ? visibleObject(f.referenceTo[0]) : undefined;

  const connectionArgs = (def: ObjectDef) => ({
    first: { type: GraphQLInt },
    after: { type: GraphQLString },
    where: { type: filterType(def) },
    orderBy: { type: orderByType(def) },
    ...(withUpperBound ? { upperBound: { type: GraphQLInt } } : {}),
  });

  /** The rows one page may return and where it starts, under the documented paging rules. */
  const pageWindow = (args: ConnectionArgs): { first: number; offset: number; mode: CursorMode; cap: number } => {
    const first = args.first ?? GRAPHQL_LIMITS.defaultFirst;
    const after = cursorParts(args.after);
    const offset = after?.offset ?? 0;
    if (args.upperBound === undefined || args.upperBound === null) {
      if (first < 0 || first > GRAPHQL_LIMITS.maxFirst) {
        throw pagingError(`first must be between 0 and ${GRAPHQL_LIMITS.maxFirst}, not ${first}`);
      }
      if (after?.mode === 'u1') throw pagingError('A cursor of upper-bound pagination needs upperBound');
      const cap = GRAPHQL_LIMITS.maxRowsWithoutUpperBound;
      if (offset >= cap) {
        throw pagingError(
          `Pagination without upperBound retrieves up to ${cap} records; use upperBound to retrieve more`,
        );
      }
      return { first: Math.min(first, cap - offset), offset, mode: 'v1', cap };
    }
    const min = GRAPHQL_LIMITS.minFirstWithUpperBound;
    if (first < min || first > GRAPHQL_LIMITS.maxFirst) {
      throw pagingError(`With upperBound, first must be between ${min} and ${GRAPHQL_LIMITS.maxFirst}, not ${first}`);
    }
    if (args.upperBound < first) throw pagingError(`upperBound ${args.upperBound} is less than first ${first}`);
    if (after?.mode === 'v1' && visibility.apiVersion < GRAPHQL_LIMITS.upperBoundLaterSince) {
      throw pagingError('In API v59.0, upperBound must be given in the initial query');
    }
    return { first, offset, mode: 'u1', cap: args.upperBound };
  };

  const runPage = (def: ObjectDef, args: ConnectionArgs, extraCondition?: string): Page => {
    const window = pageWindow(args);
    const joins = semiJoinScope(visibility.fieldVisible, extraCondition !== undefined);
    const conditions = [extraCondition, filterToSoql(catalog, def, args.where, '', joins)].filter(Boolean);
    const order = orderByToSoql(catalog, def, args.orderBy);
    const soql =
      `SELECT Id FROM ${def.name}` +
      (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '') +
      (order ? ` ORDER BY ${order}` : '');
    const environment = env();
    const rows = runQuery(compileSoql(soql, environment), environment, false);
    const { offset, first, mode, cap } = window;
    const total = mode === 'u1' ? Math.min(rows.length, cap) : rows.length;
    const end = Math.min(offset + first, total);
    return { rows: rows.slice(offset, Math.max(offset, end)), offset, total, mode };
  };

  const connectionType = (def: ObjectDef): GraphQLObjectType => {
    let type = connectionTypes.get(def.name);
    if (!type) {
      const edge = new GraphQLObjectType({
        name: `${def.name}Edge`,
        fields: () => ({
          node: { type: recordType(def) },
          cursor: {
            type: new GraphQLNonNull(GraphQLString),
            resolve: (edge: EdgeSource) => cursorOf(edge.mode, edge.position),
          },
        }),
      });
      type = new GraphQLObjectType({
        name: `${def.name}Connection`,
        fields: () => ({
          edges: {
            type: new GraphQLList(edge),
            resolve: (page: Page): EdgeSource[] =>
              page.rows.map((row, i) => ({ node: row, mode: page.mode, position: page.offset + i })),
          },
          pageInfo: {
            type: new GraphQLNonNull(PageInfo),
            resolve: (page: Page) => ({
              hasNextPage: page.offset + page.rows.length < page.total,
              hasPreviousPage: page.offset > 0,
              startCursor: page.rows.length ? cursorOf(page.mode, page.offset) : null,
              endCursor: page.rows.length ? cursorOf(page.mode, page.offset + page.rows.length - 1) : null,
            }),
          },
          totalCount: { type: new GraphQLNonNull(GraphQLInt), resolve: (page: Page) => page.total },
        }),
      });
      connectionTypes.set(def.name, type);
    }
    return type;
  };

  const recordType = (def: ObjectDef): GraphQLObjectType => {
    let type = recordTypes.get(def.name);
    if (!type) {
      type = new GraphQLObjectType({
        name: def.name,
        fields: () => {
          const fields: GraphQLFieldConfigMap<SfRecord, unknown> = {
            Id: { type: new GraphQLNonNull(GraphQLID), resolve: (row) => row.Id },
            ApiName: { type: new GraphQLNonNull(GraphQLString), resolve: () => def.name },
          };
          for (const f of fieldsOf(def)) {
            if (f.name === 'Id') continue;
            fields[f.name] = {
              type: valueType(f),
              resolve: (row) => {
                const raw = row[f.name] ?? null;
                const value = f.type === 'datetime' && typeof raw === 'string' ? toApiDateTime(raw) : raw;
                return { value } satisfies Cell;
              },
            };
            const parent = parentOf(f);
            if (parent && f.relationshipName && !fields[f.relationshipName]) {
              fields[f.relationshipName] = {
                type: recordType(parent),
                resolve: (row) => {
                  const id = row[f.name];
                  const found = typeof id === 'string' ? env().store.live(id) : undefined;
                  return found && catalog.byKeyPrefix(id as string)?.name === parent.name ? found : null;
                },
              };
            }
          }
          for (const rel of def.childRelationships) {
            const child = visibleObject(rel.childSObject);
            const lookup = child ? catalog.field(child, rel.field) : undefined;
            if (!child || !lookup || !visibility.fieldVisible(child, lookup) || fields[rel.relationshipName]) continue;
            fields[rel.relationshipName] = {
              type: connectionType(child),
              args: connectionArgs(child),
              resolve: (row, args: ConnectionArgs) => runPage(child, args, `${rel.field} = '${String(row.Id)}'`),
            };
          }
          return fields;
        },
      });
      recordTypes.set(def.name, type);
    }
    return type;
  };

  const recordQuery = new GraphQLObjectType({
    name: 'RecordQuery',
    fields: () =>
      Object.fromEntries(
        catalog.objects
          .filter((def) => visibility.objectVisible(def))
          .map((def) => [
            def.name,
            {
              type: connectionType(def),
              args: connectionArgs(def),
              resolve: (_: unknown, args: ConnectionArgs) => runPage(def, args),
            },
          ]),
      ),
  });
  const uiapi = new GraphQLObjectType({
    name: 'UIAPI',
    fields: { query: { type: new GraphQLNonNull(recordQuery), resolve: () => ({}) } },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { uiapi: { type: new GraphQLNonNull(uiapi), resolve: () => ({}) } },
    }),
  });
}

interface ConnectionArgs {
  first?: number;
  after?: string;
  upperBound?: number | null;
  where?: Filter;
  orderBy?: OrderBy;
}
