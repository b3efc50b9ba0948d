/** Builders for the values that go into SOQL; nothing from outside reaches a query unchecked. */
import { assertId } from './ids';

/** A quoted SOQL string literal with backslash, quotes and control characters escaped. */
export function quote(value: string): string {
  const escaped = value.replace(/[\\'"\n\r\t\f\b]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\f':
        return '\\f';
      case '\b':
        return '\\b';
      default:
        return `\\${c}`;
    }
  });
  return `'${escaped}'`;
}

/** `('id1','id2')` after checking every id. */
export function idList(ids: readonly string[]): string {
  if (ids.length === 0) throw new Error('an IN list needs at least one id');
  return `(${ids.map((id) => `'${assertId(id)}'`).join(',')})`;
}

export function stringList(values: readonly string[]): string {
  if (values.length === 0) throw new Error('an IN list needs at least one value');
  return `(${values.map(quote).join(',')})`;
}

/** SOQL datetime literal (unquoted, UTC, whole seconds). */
export function dateTimeLiteral(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new Error('invalid date');
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function dateLiteral(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(day)}`);
  return day;
}
