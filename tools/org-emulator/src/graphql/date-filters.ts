import {
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLScalarType,
  Kind,
  type ValueNode,
} from 'graphql';
import { SfError } from '../errors';

// How the UI API filters Date and DateTime fields (rules and sources: README, "GraphQL"): an operator takes an input
// object with exactly one of `value` (a Date or DateTime scalar), `literal` (a SOQL date literal, an enum) or
// `range` (a SOQL date literal with a number, e.g. `{ last_n_days: 30 }`); a bare string is not an input object, so
// graphql-js refuses it while validating.

/** SOQL's valid dates ("Date Formats and Date Literals in WHERE", minimum and maximum dates). */
const FIRST_DAY = '1700-01-01';
const LAST_DAY = '4000-12-31';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,3})?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

/** A value as an error message shows it: quoted, control characters escaped, long ones cut. */
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
};

/** `text` when it is a calendar day (YYYY-MM-DD) SOQL accepts, else undefined. */
export function filterDay(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DAY.exec(text);
  if (!match || text < FIRST_DAY || text > LAST_DAY) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? text
    : undefined;
}

/** `text` as a UTC instant (`…Z`) when it is an ISO 8601 date and time with a zone SOQL accepts, else undefined. */
export function filterInstant(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = INSTANT.exec(text);
  if (!match || !filterDay(match[1])) return undefined;
  return new Date(Date.parse(text)).toISOString();
}

function scalar(name: string, format: string, parse: (text: unknown) => string | undefined): GraphQLScalarType {
  const parseValue = (value: unknown): string => {
    const parsed = parse(value);
    if (parsed === undefined) throw new GraphQLError(`${name} format must be ${format}, not ${shown(value)}`);
    return parsed;
  };
  return new GraphQLScalarType({
    name,
    serialize: (value) => value,
    parseValue,
    parseLiteral: (node: ValueNode) => {
      if (node.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string in ${format}`);
      return parseValue(node.value);
    },
  });
}

const DateScalar = scalar('Date', `YYYY-MM-DD from ${FIRST_DAY} to ${LAST_DAY}`, filterDay);
const DateTimeScalar = scalar('DateTime', 'YYYY-MM-DDThh:mm:ss(.sss)Z or with an offset ±hh:mm', filterInstant);

/** The SOQL date literals without a number ("Date Formats and Date Literals in WHERE"); fiscal ones are refused. */
export const DATE_LITERALS = [
  'YESTERDAY',
  'TODAY',
  'TOMORROW',
  'LAST_WEEK',
  'THIS_WEEK',
  'NEXT_WEEK',
  'LAST_MONTH',
  'THIS_MONTH',
  'NEXT_MONTH',
  'LAST_90_DAYS',
  'NEXT_90_DAYS',
  'THIS_QUARTER',
  'LAST_QUARTER',
  'NEXT_QUARTER',
  'THIS_YEAR',
  'LAST_YEAR',
  'NEXT_YEAR',
] as const;

/** The SOQL date literals with a number, by `range` field, and the longest n each takes (1700–4000 spans 2,300 years). */
const DATE_RANGES: Record<string, number> = Object.fromEntries(
  (
    [
      ['days', 366 * 2300],
      ['weeks', 53 * 2300],
      ['months', 12 * 2300],
      ['quarters', 4 * 2300],
      ['years', 2300],
    ] as const
  ).flatMap(([unit, max]) => [
    [`last_n_${unit}`, max],
    [`next_n_${unit}`, max],
    [`n_${unit}_ago`, max],
  ]),
);

const DateLiteral = new GraphQLEnumType({
  name: 'DateLiteral',
  values: Object.fromEntries(DATE_LITERALS.map((name) => [name, { value: name }])),
});

const DateRange = new GraphQLInputObjectType({
  name: 'DateRange',
  fields: Object.fromEntries(Object.keys(DATE_RANGES).map((name) => [name, { type: GraphQLInt }])),
});

export const DateInput = new GraphQLInputObjectType({
  name: 'DateInput',
  fields: { value: { type: DateScalar }, literal: { type: DateLiteral }, range: { type: DateRange } },
});

export const DateTimeInput = new GraphQLInputObjectType({
  name: 'DateTimeInput',
  fields: { value: { type: DateTimeScalar }, literal: { type: DateLiteral }, range: { type: DateRange } },
});

/** A DateInput / DateTimeInput after graphql-js coerced it (scalars parsed, enums as their names). */
interface DateOperand {
  value?: string | null;
  literal?: string;
  range?: Record<string, number | null | undefined>;
}

const badFilter = (message: string): SfError => new SfError(400, 'INVALID_ARGUMENT', message);

/** Renders a coerced DateInput / DateTimeInput of `field` under `operator` (eq, gte, in, …) as a SOQL operand. */
export function dateOperandToSoql(field: string, operator: string, operand: DateOperand): string {
  const given = (['value', 'literal', 'range'] as const).filter((key) => operand[key] !== undefined);
  if (given.length !== 1) {
    throw badFilter(`${field}: a date operand takes exactly one of value, literal or range, not ${given.length}`);
  }
  if (operand.literal !== undefined) {
    if (!(DATE_LITERALS as readonly string[]).includes(operand.literal)) {
      throw badFilter(`${field}: unknown date literal ${shown(operand.literal)}`);
    }
    return operand.literal;
  }
  if (operand.range !== undefined) {
    const entries = Object.entries(operand.range ?? {}).filter(([, n]) => n !== undefined);
    const [name, n] = entries[0] ?? [];
    if (entries.length !== 1 || !name || typeof n !== 'number') {
      throw badFilter(`${field}: a date range takes exactly one of ${Object.keys(DATE_RANGES).join(', ')}`);
    }
    const max = DATE_RANGES[name] ?? 0;
    if (!Number.isInteger(n) || n < 0 || n > max)
      throw badFilter(`${field}: ${name} must be from 0 to ${max}, not ${n}`);
    return `${name.toUpperCase()}:${n}`;
  }
  if (operand.value === null) {
    if (operator !== 'eq' && operator !== 'ne' && operator !== 'in' && operator !== 'nin') {
      throw badFilter(`${field}: null can not be compared with ${operator}`);
    }
    return 'null';
  }
  return String(operand.value);
}
