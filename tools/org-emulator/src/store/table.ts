import type { FieldDef, ObjectDef } from '../schema/types';

export type SfRecord = Record<string, unknown>;

/**
 * The rows of one sObject, indexed by Id (the map itself), by every lookup field (value → ids, for
 * `WHERE AccountId IN (…)` and child subqueries) and by every unique field (lower-cased value → id).
 */
export class Table {
  readonly rows = new Map<string, SfRecord>();
  private readonly refIndex = new Map<string, Map<string, string[]>>();
  private readonly uniqueIndex = new Map<string, Map<string, string>>();
  private refFields: FieldDef[];
  private uniqueFields: FieldDef[];
  /** Sorted keys for range scans (`Id >= a AND Id <= b`, `AccountId >= …`), built on demand, dropped on change. */
  private readonly sortedKeys = new Map<string, string[]>();

  constructor(readonly def: ObjectDef) {
    this.refFields = def.fields.filter((f) => f.type === 'reference');
    this.uniqueFields = def.fields.filter((f) => f.unique);
    for (const f of this.refFields) this.refIndex.set(f.name, new Map());
    for (const f of this.uniqueFields) this.uniqueIndex.set(f.name, new Map());
  }

  /**
   * Follows a change of the object's definition (a Metadata API deploy added fields or made one unique): builds the
   * indexes of lookup and unique fields that have none yet from the rows already stored.
   */
  refreshFields(): void {
    this.refFields = this.def.fields.filter((f) => f.type === 'reference');
    this.uniqueFields = this.def.fields.filter((f) => f.unique);
    for (const f of this.refFields) {
      if (this.refIndex.has(f.name)) continue;
      const index = new Map<string, string[]>();
      for (const row of this.rows.values()) {
        const value = row[f.name];
        if (typeof value === 'string' && value) index.set(value, [...(index.get(value) ?? []), row.Id as string]);
      }
      this.refIndex.set(f.name, index);
    }
    for (const f of this.uniqueFields) {
      if (this.uniqueIndex.has(f.name)) continue;
      const index = new Map<string, string>();
      for (const row of this.rows.values()) {
        const value = row[f.name];
        if (value !== null && value !== undefined && !row.IsDeleted)
          index.set(String(value).toLowerCase(), row.Id as string);
      }
      this.uniqueIndex.set(f.name, index);
    }
    this.sortedKeys.clear();
  }

  isIndexed(field: FieldDef): boolean {
    return field.type === 'id' || this.refIndex.has(field.name) || this.uniqueIndex.has(field.name);
  }

  /** Ids of rows (deleted ones included) whose field equals one of the values. */
  idsWhere(field: FieldDef, values: Iterable<string>): string[] {
    const out: string[] = [];
    if (field.type === 'id') {
      for (const v of values) if (this.rows.has(v)) out.push(v);
      return out;
    }
    const refs = this.refIndex.get(field.name);
    if (refs) {
      for (const v of values) {
        const ids = refs.get(v);
        if (ids) out.push(...ids);
      }
      return out;
    }
    const unique = this.uniqueIndex.get(field.name);
    if (unique) {
      for (const v of values) {
        const id = unique.get(v.toLowerCase());
        if (id) out.push(id);
      }
    }
    return out;
  }

  /** Ids of rows (deleted ones included) whose Id or lookup value lies within the bounds. */
  idsInRange(field: FieldDef, lower?: RangeBound, upper?: RangeBound): string[] {
    const refs = field.type === 'id' ? undefined : this.refIndex.get(field.name);
    if (field.type !== 'id' && !refs) throw new Error(`no range index on ${field.name}`);
    let keys = this.sortedKeys.get(field.name);
    if (!keys) {
      keys = [...(refs ? refs.keys() : this.rows.keys())].sort();
      this.sortedKeys.set(field.name, keys);
    }
    let at = 0;
    if (lower) {
      let hi = keys.length;
      while (at < hi) {
        const mid = (at + hi) >>> 1;
        const key = keys[mid] as string;
        if (key < lower.value || (!lower.inclusive && key === lower.value)) at = mid + 1;
        else hi = mid;
      }
    }
    const out: string[] = [];
    for (; at < keys.length; at++) {
      const key = keys[at] as string;
      if (upper && (key > upper.value || (!upper.inclusive && key === upper.value))) break;
      if (refs) out.push(...(refs.get(key) ?? []));
      else out.push(key);
    }
    return out;
  }

  /** Id of the live row holding this value of a unique field. */
  findUnique(field: string, value: string): string | undefined {
    return this.uniqueIndex.get(field)?.get(value.toLowerCase());
  }

  /** Stores a row (replacing `previous`, which must be the row currently stored under the same Id). */
  put(row: SfRecord, previous: SfRecord | undefined): void {
    const id = row.Id as string;
    for (const f of this.refFields) {
      const before = previous?.[f.name] as string | null | undefined;
      const after = row[f.name] as string | null | undefined;
      if (before === after && previous) continue;
      const index = this.refIndex.get(f.name) as Map<string, string[]>;
      if (before && removeFrom(index, before, id)) this.sortedKeys.delete(f.name);
      if (after) {
        const bucket = index.get(after);
        if (bucket) bucket.push(id);
        else {
          index.set(after, [id]);
          this.sortedKeys.delete(f.name);
        }
      }
    }
    for (const f of this.uniqueFields) {
      const index = this.uniqueIndex.get(f.name) as Map<string, string>;
      const before = previous && !previous.IsDeleted ? (previous[f.name] as string | null | undefined) : undefined;
      const after = row.IsDeleted ? undefined : (row[f.name] as string | null | undefined);
      if (before) index.delete(String(before).toLowerCase());
      if (after) index.set(String(after).toLowerCase(), id);
    }
    if (!this.rows.has(id)) this.sortedKeys.delete('Id');
    this.rows.set(id, row);
  }

  remove(id: string): void {
    const row = this.rows.get(id);
    if (!row) return;
    for (const f of this.refFields) {
      const value = row[f.name] as string | null | undefined;
      if (value && removeFrom(this.refIndex.get(f.name) as Map<string, string[]>, value, id)) {
        this.sortedKeys.delete(f.name);
      }
    }
    for (const f of this.uniqueFields) {
      const value = row[f.name];
      if (value && !row.IsDeleted) this.uniqueIndex.get(f.name)?.delete(String(value).toLowerCase());
    }
    this.rows.delete(id);
    this.sortedKeys.delete('Id');
  }
}

export interface RangeBound {
  value: string;
  inclusive: boolean;
}

/** Removes an id from its bucket; true when the bucket (and so the key) disappeared. */
function removeFrom(index: Map<string, string[]>, key: string, id: string): boolean {
  const bucket = index.get(key);
  if (!bucket) return false;
  const at = bucket.indexOf(id);
  if (at >= 0) bucket.splice(at, 1);
  if (bucket.length > 0) return false;
  index.delete(key);
  return true;
}
