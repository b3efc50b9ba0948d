import { SfError, invalidField } from '../errors';
import type { Catalog } from '../schema/catalog';
import type { FieldDef, ObjectDef } from '../schema/types';
import type { SfRecord, Store } from '../store/store';

/** A field reached from a row through zero or more parent relationships (`Account.Owner.Title`). */
export interface FieldPath {
  /** The lookup fields walked, in order. */
  lookups: FieldDef[];
  /** Whether each lookup is polymorphic (`Who`, `What`): its nested record is typed `Name`. */
  polymorphic: boolean[];
  field: FieldDef;
  /** The field's API name (resolved again per parent type when a lookup is polymorphic). */
  fieldName: string;
}

const noSuchColumn = (name: string, def: ObjectDef): SfError =>
  invalidField(
    `No such column '${name}' on entity '${def.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
  );

export function resolvePath(catalog: Catalog, def: ObjectDef, dotted: string, alias?: string): FieldPath {
  let parts = dotted.split('.');
  if (parts.length > 1 && alias && parts[0]?.toLowerCase() === alias.toLowerCase()) parts = parts.slice(1);
  let current: ObjectDef[] = [def];
  const lookups: FieldDef[] = [];
  const polymorphic: boolean[] = [];
  for (const part of parts.slice(0, -1)) {
    const lookup = firstDefined(current, (o) => catalog.parentRelationship(o, part));
    if (!lookup) {
      throw invalidField(
        `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    lookups.push(lookup);
    const targets = (lookup.referenceTo ?? []).map((n) => catalog.find(n)).filter((o): o is ObjectDef => !!o);
    polymorphic.push((lookup.referenceTo?.length ?? 0) > 1);
    current = targets;
  }
  const last = parts[parts.length - 1] as string;
  const field = firstDefined(current, (o) => catalog.field(o, last));
  if (!field) throw noSuchColumn(last, current[0] ?? def);
  return { lookups, polymorphic, field, fieldName: field.name };
}

function firstDefined<T>(objects: ObjectDef[], pick: (o: ObjectDef) => T | undefined): T | undefined {
  for (const o of objects) {
    const found = pick(o);
    if (found) return found;
  }
  return undefined;
}

/** Reads the path's value from a row, walking live parents; null when any link is empty. */
export function readPath(store: Store, path: FieldPath, row: SfRecord): unknown {
  let current: SfRecord | undefined = row;
  for (const lookup of path.lookups) {
    const id = current[lookup.name];
    if (typeof id !== 'string') return null;
    current = store.live(id);
    if (!current) return null;
  }
  return current[path.fieldName] ?? null;
}
