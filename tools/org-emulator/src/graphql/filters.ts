import { SfError } from '../errors';
import type { Catalog } from '../schema/catalog';
import type { FieldDef, ObjectDef } from '../schema/types';
import { SEMI_JOIN_OPERATORS, semiJoinToSoql, within, type SemiJoinScope } from './semi-joins';
import { dateOperandToSoql } from './date-filters';

/** UI API filter and orderBy arguments, as plain objects after graphql-js has coerced them. */
export type Filter = Record<string, unknown>;
export type OrderBy = Record<string, { order?: 'ASC' | 'DESC'; nulls?: 'FIRST' | 'LAST' } | undefined>;

const QUOTED = new Set(['id', 'reference', 'string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url']);

const OPERATORS: Record<string, string> = {
  eq: '=',
  ne: '!=',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
  like: 'LIKE',
  in: 'IN',
  nin: 'NOT IN',
  includes: 'INCLUDES',
  excludes: 'EXCLUDES',
};

const badFilter = (message: string): SfError => new SfError(400, 'INVALID_ARGUMENT', message);

/** Renders one value as a SOQL literal for the field's type (`op`: the filter operator it is the operand of). */
function literal(field: FieldDef, value: unknown, op: string): string {
  if (field.type === 'date' || field.type === 'datetime') {
    // The schema lets only a DateInput / DateTimeInput (already coerced) through for these fields.
    if (value === null || typeof value !== 'object') throw badFilter(`${field.name}: expected a date input object`);
    return dateOperandToSoql(field.name, op, value);
  }
  if (value === null || value === undefined) return 'null';
  if (QUOTED.has(field.type)) return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (field.type === 'boolean') return value === true || value === 'true' ? 'TRUE' : 'FALSE';
  const n = Number(value);
  if (!Number.isFinite(n)) throw badFilter(`bad number ${String(value)}`);
  return String(n);
}

/**
 * Translates a UI API `where` argument into a SOQL condition (every compound parenthesized). Semi-joins (`inq`,
 * `ninq`) are allowed only with a `joins` scope, and only where it allows them (semi-joins.ts).
 */
export function filterToSoql(
  catalog: Catalog,
  def: ObjectDef,
  filter: Filter | undefined,
  prefix = '',
  joins?: SemiJoinScope,
): string {
  if (!filter) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'and' || key === 'or') {
      const scope = key === 'or' ? within(joins, 'or') : joins;
      const items = (value as Filter[]).map((f) => filterToSoql(catalog, def, f, prefix, scope)).filter(Boolean);
      if (items.length > 0) parts.push(`(${items.join(key === 'and' ? ' AND ' : ' OR ')})`);
      continue;
    }
    if (key === 'not') {
      const inner = filterToSoql(catalog, def, value as Filter, prefix, within(joins, 'not'));
      if (inner) parts.push(`(NOT (${inner}))`);
      continue;
    }
    const field = catalog.field(def, key);
    if (field) {
      for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
        if (operand === undefined) continue;
        if (Object.hasOwn(SEMI_JOIN_OPERATORS, op)) {
          const render = (sub: ObjectDef, f: Filter, scope: SemiJoinScope) => filterToSoql(catalog, sub, f, '', scope);
          parts.push(`${prefix}${semiJoinToSoql(catalog, def, field, op, operand, joins, render)}`);
          continue;
        }
        const soqlOp = OPERATORS[op];
        if (!soqlOp) throw badFilter(`unknown operator ${op}`);
        const rendered = Array.isArray(operand)
          ? `(${operand.map((v) => literal(field, v, op)).join(', ')})`
          : literal(field, operand, op);
        parts.push(`${prefix}${field.name} ${soqlOp} ${rendered}`);
      }
      continue;
    }
    const lookup = catalog.parentRelationship(def, key);
    const parent = lookup?.referenceTo?.[0] ? catalog.find(lookup.referenceTo[0]) : undefined;
    if (!lookup || !parent) throw badFilter(`unknown filter field ${key} on ${def.name}`);
    const inner = filterToSoql(
      catalog,
      parent,
      value as Filter,
      `${prefix}${lookup.relationshipName}.`,
      within(joins, 'parent'),
    );
    if (inner) parts.push(inner);
  }
  if (parts.length === 0) return '';
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' AND ')})`;
}

/** Translates a UI API `orderBy` argument into a SOQL ORDER BY list. */
export function orderByToSoql(catalog: Catalog, def: ObjectDef, orderBy: OrderBy | undefined): string {
  if (!orderBy) return '';
  return Object.entries(orderBy)
    .flatMap(([key, clause]) => {
      if (!clause) return [];
      const field = catalog.field(def, key);
      if (!field) throw badFilter(`unknown orderBy field ${key} on ${def.name}`);
      return [`${field.name} ${clause.order ?? 'ASC'}${clause.nulls ? ` NULLS ${clause.nulls}` : ''}`];
    })
    .join(', ');
}
