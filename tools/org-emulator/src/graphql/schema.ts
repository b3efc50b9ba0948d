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
import { filterToSoql, orderByToSoql, type Filter, type OrderBy } from './filters';

const MAX_FIRST = 2000;
const DEFAULT_FIRST = 10;

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

/** Operator input types by value scalar (dates take `{ value }` or `{ literal }`). */
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

const DateInput = new GraphQLInputObjectType({
  name: 'DateInput',
  fields: { value: { type: GraphQLString }, literal: { type: GraphQLString } },
});

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
  datetime: operatorsFor('DateTimeOperators', DateInput),
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
  total: number;
}

const cursorOf = (n: number): string => Buffer.from(`v1:${n}`).toString('base64');
const offsetOf = (cursor: string | undefined): number => {
  if (!cursor) return 0;
  const match = /^v1:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
  if (!match) throw new Error(`invalid cursor ${cursor}`);
  return Number(match[1]) + 1;
};

/**
 * Builds the UI API GraphQL schema (`uiapi { query { Obj(where, first, orderBy, after) { edges { node … } } } }`)
 * for every object of the catalog. Records are read through SOQL, so the same rules apply. `hidden` objects get no
 * query field, as in an org where they are not exposed to the UI API (or the user cannot read them).
 */
export function buildUiApiSchema(
  catalog: Catalog,
  env: () => QueryEnvironment,
  hidden: ReadonlySet<string> = new Set(),
): GraphQLSchema {
  const valueTypes = new Map<string, GraphQLObjectType>();
  const valueType = (field: FieldDef): GraphQLObjectType => {
    const [name, scalar] = VALUE_TYPES[field.type];
    const typeName = field.type === 'textarea' && (field.length ?? 0) > 255 ? 'LongTextAreaValue' : name;
    let type = valueTypes.get(typeName);
    if (!type) {
      type = new GraphQLObjectType({
        name: typeName,
        fields: { value: { type: scalar }, displayValue: { type: GraphQLString } },
      });
      valueTypes.set(typeName, type);
    }
    return type;
  };

  const recordTypes = new Map<string, GraphQLObjectType>();
  const connectionTypes = new Map<string, GraphQLObjectType>();
  const filterTypes = new Map<string, GraphQLInputObjectType>();
  const orderByTypes = new Map<string, GraphQLInputObjectType>();

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
          for (const f of def.fields) {
            fields[f.name] = { type: operatorType(f.type) };
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
        fields: () => Object.fromEntries(def.fields.map((f) => [f.name, { type: OrderByClause }])),
      });
      orderByTypes.set(def.name, type);
    }
    return type;
  };

  const parentOf = (f: FieldDef): ObjectDef | undefined =>
    f.type === 'reference' && f.relationshipName && f.referenceTo?.[0] ? catalog.find(f.referenceTo[0]) : undefined;

  const connectionArgs = (def: ObjectDef) => ({
    first: { type: GraphQLInt },
    after: { type: GraphQLString },
    where: { type: filterType(def) },
    orderBy: { type: orderByType(def) },
  });

  const runPage = (def: ObjectDef, args: ConnectionArgs, extraCondition?: string): Page => {
    const first = args.first ?? DEFAULT_FIRST;
    if (first < 0 || first > MAX_FIRST) throw new Error(`first must be between 0 and ${MAX_FIRST}, not ${first}`);
    const conditions = [extraCondition, filterToSoql(catalog, def, args.where)].filter(Boolean);
    const order = orderByToSoql(catalog, def, args.orderBy);
    const soql =
      `SELECT Id FROM ${def.name}` +
      (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '') +
      (order ? ` ORDER BY ${order}` : '');
    const environment = env();
    const rows = runQuery(compileSoql(soql, environment), environment, false);
    const offset = offsetOf(args.after);
    return { rows: rows.slice(offset, offset + first), offset, total: rows.length };
  };

  const connectionType = (def: ObjectDef): GraphQLObjectType => {
    let type = connectionTypes.get(def.name);
    if (!type) {
      const edge = new GraphQLObjectType({
        name: `${def.name}Edge`,
        fields: () => ({
          node: { type: recordType(def) },
          cursor: { type: new GraphQLNonNull(GraphQLString) },
        }),
      });
      type = new GraphQLObjectType({
        name: `${def.name}Connection`,
        fields: () => ({
          edges: {
            type: new GraphQLList(edge),
            resolve: (page: Page) => page.rows.map((row, i) => ({ node: row, cursor: cursorOf(page.offset + i) })),
          },
          pageInfo: {
            type: new GraphQLNonNull(PageInfo),
            resolve: (page: Page) => ({
              hasNextPage: page.offset + page.rows.length < page.total,
              hasPreviousPage: page.offset > 0,
              startCursor: page.rows.length ? cursorOf(page.offset) : null,
              endCursor: page.rows.length ? cursorOf(page.offset + page.rows.length - 1) : null,
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
          for (const f of def.fields) {
            if (f.name === 'Id') continue;
            fields[f.name] = {
              type: valueType(f),
              resolve: (row) => {
                const raw = row[f.name] ?? null;
                const value = f.type === 'datetime' && typeof raw === 'string' ? toApiDateTime(raw) : raw;
                return { value, displayValue: value === null ? null : String(value) };
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
            const child = catalog.find(rel.childSObject);
            if (!child || fields[rel.relationshipName]) continue;
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
          .filter((def) => !hidden.has(def.name))
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
  where?: Filter;
  orderBy?: OrderBy;
}
