import type { OrgRecord } from './records';

/** Lenient readers for record values: REST gives JSON types, Bulk 2.0 gives strings; blanks become undefined. */

export const text = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
};

export const num = (v: unknown): number | undefined => {
  if (v === null || v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

export const bool = (v: unknown): boolean => v === true || v === 'true';

/** The YYYY-MM-DD part of a date or datetime value. */
export const day = (v: unknown): string | undefined => {
  const s = text(v);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
};

/** A multi-select picklist value ("A;B") as a list. */
export const multi = (v: unknown): string[] =>
  (text(v) ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** The value when it is one of `values` (a picklist's codes), else undefined. */
export const pick = <T extends string>(values: readonly T[], v: unknown): T | undefined => {
  const s = text(v);
  return s !== undefined && (values as readonly string[]).includes(s) ? (s as T) : undefined;
};

/** Rows by the (trimmed) value of one field; rows where it is blank are left out. */
export function groupBy(rows: readonly OrgRecord[] | undefined, field: string): Map<string, OrgRecord[]> {
  const groups = new Map<string, OrgRecord[]>();
  for (const row of rows ?? []) {
    const key = text(row[field]);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export const isUserId = (id: unknown): id is string => typeof id === 'string' && id.startsWith('005');
export const isContactId = (id: unknown): id is string => typeof id === 'string' && id.startsWith('003');

/** A field by path: nested objects in REST answers (`Contact__r: { Name }`), flat dotted columns in Bulk API CSV. */
export function valueAt(row: OrgRecord, path: string): unknown {
  if (path in row) return row[path];
  let value: unknown = row;
  for (const part of path.split('.')) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}
