import {
  parseQuery,
  type FieldType as SelectItem,
  type OrderByClause,
  type Query,
  type Subquery,
} from '@jetstreamapp/soql-parser-js';
import { SfError, invalidTypeForOperation, malformedQuery } from '../errors';
import type { Catalog } from '../schema/catalog';
import type { ChildRelationship, FieldDef, ObjectDef } from '../schema/types';
import type { SfRecord, Store } from '../store/store';
import { toApiDateTime } from '../store/values';
import { readPath, resolvePath, type FieldPath } from './paths';
import type { RangeBound, Table } from '../store/table';
import { compileWhere, indexHints, matches, type IndexHint, type Predicate, type WhereScope } from './where';

export interface QueryEnvironment {
  catalog: Catalog;
  store: Store;
  /** The org's current day (`YYYY-MM-DD`), read when a query compiles: date literals are relative to it. */
  today: () => string;
  apiVersion: string;
}

type Projection =
  | { kind: 'field'; path: FieldPath }
  | { kind: 'children'; relationship: ChildRelationship; query: CompiledQuery; relationshipField: FieldDef };

interface SortKey {
  path: FieldPath;
  descending: boolean;
  nullsLast: boolean;
  caseInsensitive: boolean;
}

const CASE_INSENSITIVE_TYPES = new Set(['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url']);

export interface CompiledQuery {
  def: ObjectDef;
  projections: Projection[];
  where?: Predicate;
  orderBy: SortKey[];
  limit?: number;
  offset?: number;
  /** `SELECT COUNT() …`: the answer is totalSize alone. */
  countOnly: boolean;
}

const MAX_OFFSET = 2000;

const MAX_KEPT_PARSES = 500;
/** Longer texts (a sync's batch of ids) rarely come again; they are parsed each time rather than kept. */
const MAX_KEPT_TEXT = 2000;
const parses = new Map<string, Query>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The parse of a SOQL text, kept for short texts: it reads the text alone (today's date and the catalog come in
 * when it compiles), and clients repeat their queries (the page's GraphQL lists are six SOQL queries a request).
 * Kept trees are frozen, so compiling can never change one.
 */
function parseSoql(soql: string): Query {
  const kept = parses.get(soql);
  if (kept) return kept;
  const parsed = parseQuery(soql);
  if (soql.length > MAX_KEPT_TEXT) return parsed;
  if (parses.size >= MAX_KEPT_PARSES) parses.clear();
  parses.set(soql, deepFreeze(parsed));
  return parsed;
}

/** Parses SOQL and resolves it against the catalog; anything the emulator cannot answer faithfully is rejected. */
export function compileSoql(soql: string, env: QueryEnvironment): CompiledQuery {
  let parsed: Query;
  try {
    parsed = parseSoql(soql);
  } catch (error) {
    const first = String((error as Error).message ?? error).split('\n')[0];
    throw malformedQuery(`\n${soql}\nERROR: ${first}`);
  }
  if (!parsed.sObject) throw malformedQuery('missing FROM');
  return compileQuery(parsed, env.catalog.get(parsed.sObject), env);
}

function compileQuery(q: Query | Subquery, def: ObjectDef, env: QueryEnvironment): CompiledQuery {
  if (q.groupBy || q.having) throw malformedQuery('GROUP BY and HAVING are not supported by the emulator');
  if (q.for || q.update || q.withDataCategory || q.usingScope) {
    throw malformedQuery('FOR, UPDATE, WITH DATA CATEGORY and USING SCOPE are not supported by the emulator');
  }
  const alias = q.sObjectAlias;
  const fields = q.fields ?? [];
  let countOnly = false;
  const projections: Projection[] = [];
  for (const item of fields) {
    const projection = compileSelectItem(item, def, env, alias);
    if (projection === 'count') countOnly = true;
    else projections.push(projection);
  }
  if (countOnly && projections.length > 0) throw malformedQuery('COUNT() must be the only element in SELECT');
  if (q.offset !== undefined && q.offset > MAX_OFFSET) {
    throw new SfError(400, 'NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`);
  }
  const scope: WhereScope = {
    catalog: env.catalog,
    store: env.store,
    def,
    alias,
    today: env.today(),
    semiJoin: (sub) => semiJoin(sub, env),
  };
  const orderBy = (q.orderBy ? (Array.isArray(q.orderBy) ? q.orderBy : [q.orderBy]) : []).map((o) =>
    compileOrderBy(o, def, env, alias),
  );
  return {
    def,
    projections,
    where: compileWhere(q.where, scope),
    orderBy,
    limit: q.limit,
    offset: q.offset,
    countOnly,
  };
}

function compileSelectItem(
  item: SelectItem,
  def: ObjectDef,
  env: QueryEnvironment,
  alias: string | undefined,
): Projection | 'count' {
  switch (item.type) {
    case 'Field':
      if ('alias' in item && item.alias) throw malformedQuery('field aliases are only allowed in aggregate queries');
      return { kind: 'field', path: resolvePath(env.catalog, def, item.field, alias) };
    case 'FieldRelationship':
      return {
        kind: 'field',
        path: resolvePath(env.catalog, def, item.rawValue ?? [...item.relationships, item.field].join('.'), alias),
      };
    case 'FieldFunctionExpression':
      if (item.functionName.toUpperCase() === 'COUNT' && item.parameters.length === 0) return 'count';
      throw malformedQuery(`${item.functionName}() is not supported by the emulator`);
    case 'FieldSubquery': {
      const sub = item.subquery;
      const relationship = env.catalog.childRelationship(def, sub.relationshipName);
      if (!relationship) {
        throw new SfError(
          400,
          'INVALID_TYPE',
          `Didn't understand relationship '${sub.relationshipName}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
        );
      }
      const childDef = env.catalog.get(relationship.childSObject);
      const query = compileQuery(sub, childDef, env);
      if (query.countOnly) throw malformedQuery('COUNT() is not allowed in a subquery');
      const relationshipField = env.catalog.field(childDef, relationship.field) as FieldDef;
      return { kind: 'children', relationship, query, relationshipField };
    }
    default:
      throw malformedQuery('TYPEOF is not supported by the emulator');
  }
}

function compileOrderBy(o: OrderByClause, def: ObjectDef, env: QueryEnvironment, alias?: string): SortKey {
  if (!('field' in o)) throw malformedQuery('ORDER BY functions are not supported by the emulator');
  const descending = o.order === 'DESC';
  const path = resolvePath(env.catalog, def, o.field, alias);
  return {
    path,
    descending,
    nullsLast: o.nulls ? o.nulls === 'LAST' : descending,
    caseInsensitive: CASE_INSENSITIVE_TYPES.has(path.field.type),
  };
}

function semiJoin(sub: Query, env: QueryEnvironment): () => Set<string> {
  if (!sub.sObject) throw malformedQuery('semi-join subquery needs FROM');
  const compiled = compileQuery(sub, env.catalog.get(sub.sObject), env);
  const only = compiled.projections[0];
  const joinable = only?.kind === 'field' && (only.path.field.type === 'id' || only.path.field.type === 'reference');
  if (compiled.projections.length !== 1 || only?.kind !== 'field' || only.path.lookups.length > 0 || !joinable) {
    throw malformedQuery('a semi-join subquery must select exactly one Id or lookup field');
  }
  let cached: Set<string> | undefined;
  return () => {
    if (!cached) {
      cached = new Set();
      for (const row of runQuery(compiled, env, false)) {
        const v = row[only.path.fieldName];
        if (typeof v === 'string') cached.add(v);
      }
    }
    return cached;
  };
}

/** queryAll (REST, composite, Bulk API 2.0) only on objects whose Supported Calls list it. */
export function assertQueryAll(q: CompiledQuery): void {
  if (q.def.operations?.queryAll === false) throw invalidTypeForOperation(q.def.name, 'queryAll');
  // A child subquery reads its object under the same call: refused too, where unsure stricter than the platform.
  for (const p of q.projections) if (p.kind === 'children') assertQueryAll(p.query);
}

/** Rows matching the query, sorted and windowed (raw store rows; project them per page). */
export function runQuery(q: CompiledQuery, env: QueryEnvironment, includeDeleted: boolean): SfRecord[] {
  const table = env.store.table(q.def.name);
  env.store.refreshArchive(env.today());
  const objectName = q.def.name;
  let candidates: Iterable<SfRecord> = table.rows.values();
  // Unique indexes hold live rows only, so queryAll must not narrow by them.
  const hints = indexHints(q.where).filter(
    (h) => !includeDeleted || h.field.type === 'id' || h.field.type === 'reference',
  );
  if (hints.length > 0) {
    let best: string[] | undefined;
    for (const ids of candidateIdLists(table, hints)) if (!best || ids.length < best.length) best = ids;
    candidates = [...new Set(best)].map((id) => table.rows.get(id) as SfRecord);
  }
  const rows: SfRecord[] = [];
  // Without ORDER BY, a LIMIT lets the scan stop early.
  const enough = q.orderBy.length === 0 && q.limit !== undefined ? (q.offset ?? 0) + q.limit : Infinity;
  for (const row of candidates) {
    if (rows.length >= enough) break;
    // `query` leaves deleted and archived rows out; `queryAll` returns both (API Developer Guide, "Archived Activities").
    if (!includeDeleted && (row.IsDeleted || env.store.hiddenFromQuery(objectName, row))) continue;
    if (matches(q.where, row)) rows.push(row);
  }
  if (q.orderBy.length > 0) rows.sort(comparator(q.orderBy, env.store));
  const start = q.offset ?? 0;
  const end = q.limit === undefined ? undefined : start + q.limit;
  return start === 0 && end === undefined ? rows : rows.slice(start, end);
}

/** One id list per usable hint; range bounds on the same field are merged into one interval first. */
function candidateIdLists(table: Table, hints: IndexHint[]): string[][] {
  const lists: string[][] = [];
  const ranges = new Map<string, { field: FieldDef; lower?: RangeBound; upper?: RangeBound }>();
  for (const hint of hints) {
    if ('values' in hint) {
      lists.push(table.idsWhere(hint.field, hint.values()));
      continue;
    }
    const merged = ranges.get(hint.field.name) ?? { field: hint.field };
    if (hint.lower && (!merged.lower || hint.lower.value > merged.lower.value)) merged.lower = hint.lower;
    if (hint.upper && (!merged.upper || hint.upper.value < merged.upper.value)) merged.upper = hint.upper;
    ranges.set(hint.field.name, merged);
  }
  for (const r of ranges.values()) lists.push(table.idsInRange(r.field, r.lower, r.upper));
  return lists;
}

function comparator(keys: SortKey[], store: Store): (a: SfRecord, b: SfRecord) => number {
  return (a, b) => {
    for (const key of keys) {
      const va = sortable(readPath(store, key.path, a), key.caseInsensitive);
      const vb = sortable(readPath(store, key.path, b), key.caseInsensitive);
      if (va === vb) continue;
      if (va === null) return key.nullsLast ? 1 : -1;
      if (vb === null) return key.nullsLast ? -1 : 1;
      const order = va < vb ? -1 : 1;
      return key.descending ? -order : order;
    }
    return 0;
  };
}

/** Text sorts case-insensitively; ids, dates and the rest sort as stored, consistent with `<` and `>` filters. */
const sortable = (v: unknown, caseInsensitive: boolean): string | number | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'string'
      ? caseInsensitive
        ? v.toLowerCase()
        : v
      : typeof v === 'boolean'
        ? Number(v)
        : (v as number);

/** Renders a row the way the REST API does: `attributes`, selected fields, nested parents and child results. */
export function projectRow(
  q: CompiledQuery,
  row: SfRecord,
  env: QueryEnvironment,
  includeDeleted: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: attributes(env, q.def.name, row.Id as string) };
  for (const p of q.projections) {
    if (p.kind === 'children') {
      out[p.relationship.relationshipName] = childResult(p, row, env, includeDeleted);
      continue;
    }
    let target = out;
    let current: SfRecord | undefined = row;
    let broken = false;
    p.path.lookups.forEach((lookup, i) => {
      if (broken) return;
      const key = lookup.relationshipName as string;
      const parentId: unknown = current?.[lookup.name];
      const parent: SfRecord | undefined = typeof parentId === 'string' ? env.store.live(parentId) : undefined;
      if (!(key in target)) {
        const parentType = parent ? env.catalog.byKeyPrefix(parent.Id as string)?.name : undefined;
        target[key] = parent
          ? {
              attributes: attributes(
                env,
                p.path.polymorphic[i] ? 'Name' : (parentType as string),
                parent.Id as string,
                parentType,
              ),
            }
          : null;
      }
      const next = target[key];
      if (next === null || !parent) {
        broken = true;
        return;
      }
      target = next as Record<string, unknown>;
      current = parent;
    });
    if (!broken && current) target[p.path.fieldName] = apiValue(p.path.field, current[p.path.fieldName]);
  }
  return out;
}

function childResult(
  p: Extract<Projection, { kind: 'children' }>,
  parent: SfRecord,
  env: QueryEnvironment,
  includeDeleted: boolean,
): Record<string, unknown> | null {
  const table = env.store.table(p.query.def.name);
  let rows: SfRecord[] = [];
  for (const id of table.idsWhere(p.relationshipField, [parent.Id as string])) {
    const row = table.rows.get(id) as SfRecord;
    const visible = includeDeleted || !(row.IsDeleted || env.store.hiddenFromQuery(p.query.def.name, row));
    if (visible && matches(p.query.where, row)) rows.push(row);
  }
  if (p.query.orderBy.length > 0) rows.sort(comparator(p.query.orderBy, env.store));
  const start = p.query.offset ?? 0;
  rows = rows.slice(start, p.query.limit === undefined ? undefined : start + p.query.limit);
  if (rows.length === 0) return null;
  return {
    totalSize: rows.length,
    done: true,
    records: rows.map((r) => projectRow(p.query, r, env, includeDeleted)),
  };
}

export function attributes(
  env: QueryEnvironment,
  type: string,
  id: string,
  urlType = type,
): { type: string; url: string } {
  return { type, url: `/services/data/v${env.apiVersion}/sobjects/${urlType}/${id}` };
}

/** A stored value in its REST form (datetimes as `…+0000`). */
export function apiValue(field: FieldDef, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (field.type === 'datetime' && typeof value === 'string') return toApiDateTime(value);
  return value;
}
