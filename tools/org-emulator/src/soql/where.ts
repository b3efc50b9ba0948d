import type { Query, WhereClause } from '@jetstreamapp/soql-parser-js';
import { SfError, malformedQuery } from '../errors';
import { normalizeId } from '../ids';
import type { FieldDef } from '../schema/types';
import type { SfRecord } from '../store/store';
import type { RangeBound } from '../store/table';
import { toStoredDateTime } from '../store/values';
import { dateLiteralRange } from './dates';
import { readPath, resolvePath, type FieldPath } from './paths';

/** What a compiled condition needs from its surroundings. */
export interface WhereScope {
  catalog: import('../schema/catalog').Catalog;
  store: import('../store/store').Store;
  def: import('../schema/types').ObjectDef;
  alias?: string;
  today: string;
  /** Compiles and runs a semi-join subquery, returning the values of its single selected field. */
  semiJoin: (query: Query) => () => Set<string>;
}

export type Predicate =
  | { kind: 'and' | 'or'; items: Predicate[] }
  | { kind: 'not'; item: Predicate }
  | { kind: 'cond'; test: (row: SfRecord) => boolean; index?: IndexHint };

/**
 * A condition an index can serve: `field = v` or `field IN (…)` on Id, a lookup or a unique field, or a bound
 * (`<`, `<=`, `>`, `>=`) on Id or a lookup.
 */
export type IndexHint =
  { field: FieldDef; values: () => Iterable<string> } | { field: FieldDef; lower?: RangeBound; upper?: RangeBound };

type Operand =
  { kind: 'value'; value: string | number | boolean | null } | { kind: 'range'; start: string; end: string };

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | { cond: Record<string, unknown> };

export function compileWhere(where: WhereClause | undefined, scope: WhereScope): Predicate | undefined {
  if (!where) return undefined;
  const tokens = tokenize(where);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const unary = (): Predicate => {
    const token = tokens[at++];
    if (token === 'NOT') return { kind: 'not', item: unary() };
    if (token === '(') {
      const inner = expression();
      if (tokens[at++] !== ')') throw malformedQuery('unbalanced parentheses in WHERE');
      return inner;
    }
    if (token && typeof token === 'object') return compileCondition(token.cond, scope);
    throw malformedQuery(`unexpected token in WHERE: ${String(token)}`);
  };
  const expression = (): Predicate => {
    const first = unary();
    const next = peek();
    if (next !== 'AND' && next !== 'OR') return first;
    const items = [first];
    while (peek() === next) {
      at++;
      items.push(unary());
    }
    const after = peek();
    if (after === 'AND' || after === 'OR') {
      throw malformedQuery(`unexpected token: ${after} (mixing AND and OR needs parentheses)`);
    }
    return { kind: next === 'AND' ? 'and' : 'or', items };
  };
  const result = expression();
  if (at !== tokens.length) throw malformedQuery('unexpected trailing tokens in WHERE');
  return result;
}

/** The parser gives WHERE as a right-leaning chain with parenthesis counts; flatten it back into tokens. */
function tokenize(where: WhereClause): Token[] {
  const tokens: Token[] = [];
  let node: WhereClause | undefined = where;
  while (node) {
    const left = node.left as Record<string, unknown> | null;
    const isCondition = left !== null && ('field' in left || 'fn' in left);
    const operator = 'operator' in node ? node.operator : undefined;
    if (!isCondition) {
      if (operator !== 'NOT') throw malformedQuery('unsupported WHERE clause');
      for (let i = 0; i < ((left?.openParen as number | undefined) ?? 0); i++) tokens.push('(');
      tokens.push('NOT');
      node = 'right' in node ? node.right : undefined;
      continue;
    }
    for (let i = 0; i < ((left.openParen as number | undefined) ?? 0); i++) tokens.push('(');
    tokens.push({ cond: left });
    for (let i = 0; i < ((left.closeParen as number | undefined) ?? 0); i++) tokens.push(')');
    if (operator) tokens.push(operator);
    node = 'right' in node ? node.right : undefined;
  }
  return tokens;
}

// \% and \_ stay escaped: they only mean something to LIKE, which reads them itself.
const unquote = (text: string): string =>
  text
    .slice(1, -1)
    .replace(/\\(.)/g, (_, c: string) =>
      c === '%' || c === '_' ? `\\${c}` : ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[c] ?? c),
    );

const TEXT_TYPES = new Set(['string', 'textarea', 'picklist', 'email', 'phone', 'url']);
const NUMBER_TYPES = new Set(['double', 'int', 'currency', 'percent']);

function compileCondition(cond: Record<string, unknown>, scope: WhereScope): Predicate {
  if ('fn' in cond) throw malformedQuery('functions in WHERE are not supported by the emulator');
  const path = resolvePath(scope.catalog, scope.def, cond.field as string, scope.alias);
  if (path.field.type === 'textarea' && (path.field.length ?? 0) > 255) {
    throw new SfError(400, 'INVALID_FIELD', `field '${path.field.name}' can not be filtered in a query call`);
  }
  const operator = cond.operator as string;
  const read = (row: SfRecord): unknown => readPath(scope.store, path, row);
  const direct = path.lookups.length === 0;
  const indexable = direct && (path.field.type === 'id' || path.field.type === 'reference' || !!path.field.unique);

  if (cond.literalType === 'SUBQUERY') {
    if (operator !== 'IN' && operator !== 'NOT IN') throw malformedQuery('semi-join needs IN or NOT IN');
    const values = scope.semiJoin(cond.valueQuery as Query);
    const test = (row: SfRecord): boolean => {
      const v = read(row);
      const hit = typeof v === 'string' && values().has(v);
      return operator === 'IN' ? hit : !hit;
    };
    return { kind: 'cond', test, index: operator === 'IN' && indexable ? { field: path.field, values } : undefined };
  }

  const rawValues = Array.isArray(cond.value) ? (cond.value as string[]) : [cond.value as string];
  const literalTypes = Array.isArray(cond.literalType)
    ? (cond.literalType as string[])
    : rawValues.map(() => cond.literalType as string);
  const operands = rawValues.map((raw, i) => toOperand(path, raw, literalTypes[i] ?? 'STRING', scope.today));
  const normalize = normalizer(path.field);
  const test = buildTest(path, operator, operands, (row) => normalize(read(row)));
  const exactValues = operands.every((o) => o.kind === 'value' && o.value !== null);
  let index: IndexHint | undefined;
  if (indexable && exactValues && (operator === '=' || operator === 'IN')) {
    index = { field: path.field, values: () => operands.map((o) => String((o as { value: string }).value)) };
  } else if (direct && (path.field.type === 'id' || path.field.type === 'reference') && exactValues) {
    const value = String((only(operands) as { value: string }).value);
    if (operator === '>' || operator === '>=')
      index = { field: path.field, lower: { value, inclusive: operator === '>=' } };
    if (operator === '<' || operator === '<=')
      index = { field: path.field, upper: { value, inclusive: operator === '<=' } };
  }
  return { kind: 'cond', test, index };
}

const only = (operands: Operand[]): Operand => operands[0] as Operand;

function badFilter(path: FieldPath, expected: string): SfError {
  return new SfError(
    400,
    'INVALID_QUERY_FILTER_OPERATOR',
    `value of filter criterion for field '${path.field.name}' must be of type ${expected} and should not be enclosed in quotes`,
  );
}

function toOperand(path: FieldPath, raw: string, literalType: string, today: string): Operand {
  const type = path.field.type;
  if (literalType === 'NULL') return { kind: 'value', value: null };
  if (literalType === 'DATE_LITERAL' || literalType === 'DATE_N_LITERAL') {
    if (type !== 'date' && type !== 'datetime') throw badFilter(path, type);
    const range = dateLiteralRange(raw, today);
    return type === 'date'
      ? { kind: 'range', ...range }
      : { kind: 'range', start: `${range.start}T00:00:00.000Z`, end: `${range.end}T00:00:00.000Z` };
  }
  if (literalType === 'APEX_BIND_VARIABLE') throw malformedQuery('bind variables are not allowed in the REST API');
  if (type === 'id' || type === 'reference') {
    if (literalType !== 'STRING') throw badFilter(path, 'id');
    const text = unquote(raw);
    const id = normalizeId(text);
    if (!id) throw new SfError(400, 'INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${text}`);
    return { kind: 'value', value: id };
  }
  if (TEXT_TYPES.has(type) || type === 'multipicklist') {
    if (literalType !== 'STRING') throw badFilter(path, 'string');
    return { kind: 'value', value: unquote(raw) };
  }
  if (NUMBER_TYPES.has(type)) {
    if (literalType !== 'INTEGER' && literalType !== 'DECIMAL') throw badFilter(path, 'number');
    return { kind: 'value', value: Number(raw) };
  }
  if (type === 'boolean') {
    if (literalType !== 'BOOLEAN') throw badFilter(path, 'boolean');
    return { kind: 'value', value: raw.toUpperCase() === 'TRUE' };
  }
  if (type === 'date') {
    if (literalType !== 'DATE') throw badFilter(path, 'date');
    return { kind: 'value', value: raw };
  }
  if (type === 'datetime') {
    const stored = literalType === 'DATETIME' ? toStoredDateTime(raw) : undefined;
    if (!stored) throw badFilter(path, 'dateTime');
    return { kind: 'value', value: stored };
  }
  throw malformedQuery(`filtering on ${type} fields is not supported by the emulator`);
}

/** Text compares case-insensitively in SOQL; everything else compares as stored. */
function normalizer(field: FieldDef): (v: unknown) => unknown {
  if (TEXT_TYPES.has(field.type)) return (v) => (typeof v === 'string' ? v.toLowerCase() : v);
  return (v) => v;
}

function buildTest(
  path: FieldPath,
  operator: string,
  operands: Operand[],
  read: (row: SfRecord) => unknown,
): (row: SfRecord) => boolean {
  const text = TEXT_TYPES.has(path.field.type);
  const norm = operands.map((o) =>
    o.kind === 'value' && text && typeof o.value === 'string' ? { ...o, value: o.value.toLowerCase() } : o,
  );
  // A multi-select value equals a literal holding the same values in any order.
  const sameSet = (a: unknown, b: unknown): boolean =>
    typeof a === 'string' && typeof b === 'string' && a.split(';').sort().join(';') === b.split(';').sort().join(';');
  const multi = path.field.type === 'multipicklist';
  const equals = (v: unknown, o: Operand): boolean =>
    o.kind === 'range'
      ? v !== null && (v as string) >= o.start && (v as string) < o.end
      : v === o.value || (multi && sameSet(v, o.value));
  const only = norm[0] as Operand;
  const ordered = (v: unknown, cmp: (a: string | number, b: string | number) => boolean, o: Operand): boolean => {
    if (v === null || v === undefined || (o.kind === 'value' && o.value === null)) return false;
    if (o.kind === 'range') {
      const a = v as string;
      switch (operator) {
        case '<':
          return a < o.start;
        case '<=':
          return a < o.end;
        case '>':
          return a >= o.end;
        default:
          return a >= o.start;
      }
    }
    return cmp(v as string | number, o.value as string | number);
  };
  switch (operator) {
    case '=':
      return (row) => equals(read(row), only);
    case '!=':
      return (row) => !equals(read(row), only);
    case 'IN':
      return (row) => {
        const v = read(row);
        return norm.some((o) => equals(v, o));
      };
    case 'NOT IN':
      return (row) => {
        const v = read(row);
        return !norm.some((o) => equals(v, o));
      };
    case '<':
      return (row) => ordered(read(row), (a, b) => a < b, only);
    case '<=':
      return (row) => ordered(read(row), (a, b) => a <= b, only);
    case '>':
      return (row) => ordered(read(row), (a, b) => a > b, only);
    case '>=':
      return (row) => ordered(read(row), (a, b) => a >= b, only);
    case 'LIKE': {
      if (!text || only.kind !== 'value' || typeof only.value !== 'string') {
        throw malformedQuery(`LIKE needs a text field and a string, not ${path.field.name}`);
      }
      const pattern = likePattern(only.value);
      return (row) => {
        const v = read(row);
        return typeof v === 'string' && pattern.test(v);
      };
    }
    case 'INCLUDES':
    case 'EXCLUDES': {
      if (path.field.type !== 'multipicklist') throw malformedQuery(`${operator} needs a multi-select picklist`);
      const wanted = operands.map((o) => String((o as { value: unknown }).value).split(';'));
      const includes = (row: SfRecord): boolean => {
        const v = read(row);
        if (typeof v !== 'string') return false;
        const have = new Set(v.split(';'));
        return wanted.some((all) => all.every((w) => have.has(w)));
      };
      return operator === 'INCLUDES' ? includes : (row) => !includes(row);
    }
    default:
      throw malformedQuery(`operator ${operator} is not supported by the emulator`);
  }
}

function likePattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i] as string);
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, 'i');
}

const escapeRegExp = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Evaluates a compiled predicate. */
export function matches(predicate: Predicate | undefined, row: SfRecord): boolean {
  if (!predicate) return true;
  switch (predicate.kind) {
    case 'cond':
      return predicate.test(row);
    case 'not':
      return !matches(predicate.item, row);
    case 'and':
      return predicate.items.every((p) => matches(p, row));
    case 'or':
      return predicate.items.some((p) => matches(p, row));
  }
}

/** The index hints usable for the whole predicate: its own, or those of a top-level AND's members. */
export function indexHints(predicate: Predicate | undefined): IndexHint[] {
  if (!predicate) return [];
  if (predicate.kind === 'cond') return predicate.index ? [predicate.index] : [];
  if (predicate.kind === 'and') return predicate.items.flatMap((p) => (p.kind === 'cond' && p.index ? [p.index] : []));
  return [];
}
