import { AsyncLocalStorage } from 'node:async_hooks';
import { SfError, notFound } from '../errors';
import { makeId, normalizeId } from '../ids';
import type { Catalog } from '../schema/catalog';
import type { FieldDef, ObjectDef } from '../schema/types';
import {
  applyDerivedFields,
  archiveCutoff,
  formatAutoNumber,
  isArchivedActivity,
  missingDerivedFields,
} from './derived';
import { Table, type SfRecord } from './table';
import { coerceFieldValue, toStoredDateTime } from './values';

/** How long before the org's now a loaded record was last changed at the latest (see Store.load). */
const LOADED_CHANGES_BEFORE_NOW_MS = 3_600_000;
const AUDIT_STAMPS = ['CreatedDate', 'LastModifiedDate', 'SystemModstamp'] as const;

/** The objects merge() takes (SOAP API, "merge()"). */
const MERGEABLE: ReadonlySet<string> = new Set(['Account', 'Contact', 'Lead', 'Case']);

export type { SfRecord } from './table';

interface JournalEntry {
  table: Table;
  id: string;
  before: SfRecord | undefined;
}

export interface WriteOptions {
  /** Values arrive as CSV text (Bulk API), so numbers and booleans are parsed from strings. */
  fromText?: boolean;
}

const IGNORED_INPUT_KEYS = new Set(['attributes']);

/** Children Salesforce deletes with their parent although their lookup is not a master-detail. */
const STANDARD_CASCADES = new Set(['Contact.AccountId', 'Opportunity.AccountId']);

/** Activities Salesforce archives (IsArchived; API Developer Guide, "Archived Activities"). */
const ARCHIVED_OBJECTS = new Set(['Task', 'Event']);

/** A task names one lead or up to 50 contacts (Object Reference, TaskRelation). */
export const MAX_TASK_CONTACTS = 50;

/** What the acting API user may do (src/access implements it); the store asks before each write. */
export interface WriteAccess {
  can(def: ObjectDef, operation: 'read' | 'create' | 'edit' | 'delete'): boolean;
  fieldReadable(def: ObjectDef, field: FieldDef): boolean;
  fieldEditable(def: ObjectDef, field: FieldDef): boolean;
}

const insufficientAccess = (what: string): SfError =>
  new SfError(
    400,
    'INSUFFICIENT_ACCESS_OR_READONLY',
    `insufficient access rights on object id: you do not have permission to ${what}`,
  );

/** The operations an object refuses to everyone (setup objects over the API). */
function checkOperation(def: ObjectDef, operation: 'create' | 'update' | 'delete'): void {
  if (def.operations?.[operation] === false) {
    const verb = operation === 'create' ? 'inserted' : operation === 'update' ? 'updated' : 'deleted';
    throw new SfError(400, 'INVALID_TYPE_FOR_OPERATION', `entity type cannot be ${verb}: ${def.name}`);
  }
}

/**
 * The org's records. Rows are replaced, never mutated, on write, so a transaction can roll back by putting the old
 * row objects back. Deletes are soft (IsDeleted) so queryAll still sees them.
 */
export class Store {
  private readonly tables = new Map<ObjectDef, Table>();
  private readonly autoNumbers = new Map<string, number>();
  private journal: JournalEntry[] | undefined;
  private sequence = 0;
  /** The day the archive flags were last brought up to date (see refreshArchive). */
  private archivedOn: string | undefined;

  constructor(
    readonly catalog: Catalog,
    private readonly now: () => Date,
    private readonly defaultUserId: () => string,
  ) {
    for (const def of catalog.objects) this.tables.set(def, new Table(def));
  }

  /** Who the current write is for, and (for API calls) what that user may do. Follows async work, too. */
  private readonly acting = new AsyncLocalStorage<{ userId: string; access?: WriteAccess }>();

  /** The user writes are attributed to: the one `runAs` names, else the default (the API session's user). */
  currentUserId(): string {
    return this.acting.getStore()?.userId ?? this.defaultUserId();
  }

  /** Runs `work` with its writes attributed to `userId` (CreatedById, LastModifiedById, default OwnerId). */
  runAs<T>(userId: string, work: () => T): T {
    return this.acting.run({ userId }, work);
  }

  /**
   * Runs an API call's work as its session's user, with that user's object and field permissions enforced on every
   * write (in-process writes through `runAs` stand for Setup and are not checked).
   */
  asApiUser<T>(userId: string, access: WriteAccess, work: () => T): T {
    return this.acting.run({ userId, access }, work);
  }

  /** The permissions in force for the current write, when it comes from the API. */
  currentAccess(): WriteAccess | undefined {
    return this.acting.getStore()?.access;
  }

  /** Gives objects a deploy added a table, and changed ones the indexes of their new fields. */
  schemaChanged(defs: ObjectDef[]): void {
    for (const def of defs) {
      const table = this.tables.get(def);
      if (table) table.refreshFields();
      else this.tables.set(def, new Table(def));
    }
  }

  table(objectName: string): Table {
    return this.tables.get(this.catalog.get(objectName)) as Table;
  }

  /** Rows (deleted ones included) whose lookup or unique field holds the value, served from the index. */
  rowsWhere(objectName: string, fieldName: string, value: string): SfRecord[] {
    const table = this.table(objectName);
    const field = this.catalog.field(table.def, fieldName);
    if (!field) throw new Error(`${objectName} has no field ${fieldName}`);
    return table.idsWhere(field, [value]).map((id) => table.rows.get(id) as SfRecord);
  }

  /** Any row by id, deleted or not. */
  getById(id: string): { def: ObjectDef; row: SfRecord } | undefined {
    const def = this.catalog.byKeyPrefix(id);
    if (!def) return undefined;
    const row = this.tables.get(def)?.rows.get(id);
    return row ? { def, row } : undefined;
  }

  /** A live (not deleted) row by id. */
  live(id: string): SfRecord | undefined {
    const found = this.getById(id);
    return found && !found.row.IsDeleted ? found.row : undefined;
  }

  count(objectName: string, includeDeleted = false): number {
    const rows = this.table(objectName).rows;
    if (includeDeleted) return rows.size;
    let n = 0;
    for (const row of rows.values()) if (!row.IsDeleted) n++;
    return n;
  }

  /**
   * Loads dataset rows as they are (they become the store's own objects): fills audit fields and derived fields
   * that are missing, normalizes datetimes, and indexes them. No validation, for speed on large datasets.
   */
  load(records: Record<string, Array<Record<string, unknown>>>, loadedAt: string): void {
    const stamp = toStoredDateTime(loadedAt) ?? this.now().toISOString();
    // No record was changed after the org's now: a dataset's audit stamps later than an hour before it (a generated
    // day's working hours run past the time of day the clock starts at) are moved back to that hour. Left in the
    // future, each one entered a sync's change window as the clock passed it, as if someone had just edited it.
    const latest = new Date(this.now().getTime() - LOADED_CHANGES_BEFORE_NOW_MS).toISOString();
    const userId = this.currentUserId();
    for (const [objectName, rows] of Object.entries(records)) {
      const table = this.table(objectName);
      const def = table.def;
      const datetimeFields = def.fields.filter((f) => f.type === 'datetime').map((f) => f.name);
      const hasOwner = def.fields.some((f) => f.name === 'OwnerId');
      for (const row of rows) {
        if (typeof row.Id !== 'string' || !normalizeId(row.Id)) {
          throw new Error(`dataset: ${objectName} row without a valid Id`);
        }
        row.IsDeleted ??= false;
        row.CreatedDate ??= stamp;
        row.CreatedById ??= userId;
        row.LastModifiedDate ??= row.CreatedDate;
        row.LastModifiedById ??= userId;
        row.SystemModstamp ??= row.LastModifiedDate;
        if (hasOwner) row.OwnerId ??= userId;
        for (const f of datetimeFields) {
          const v = row[f];
          if (typeof v === 'string' && v.length !== 24) row[f] = toStoredDateTime(v) ?? v;
        }
        for (const f of AUDIT_STAMPS) {
          const v = row[f];
          if (typeof v === 'string' && v > latest) row[f] = latest;
        }
        if (def.autoNumberFormat && row.Name === undefined) row.Name = this.nextAutoNumber(def);
        applyDerivedFields(def, row, (id) => this.live(id), true);
        table.put(row, table.rows.get(row.Id));
      }
    }
    this.archivedOn = undefined;
  }

  /**
   * Salesforce's archiving run, as of `today`: sets IsArchived on the tasks and events its criteria name and clears it
   * on the others (the clock may have been moved back). Runs once per org day; `query` leaves archived rows out,
   * `queryAll` returns them. Writes set the flag themselves, so between runs it stays exact.
   */
  refreshArchive(today: string): void {
    if (this.archivedOn === today) return;
    this.archivedOn = today;
    const cutoff = archiveCutoff(today);
    for (const name of ARCHIVED_OBJECTS) {
      // The flag is derived, not a change: no audit field moves, so the row is updated in place.
      for (const row of this.table(name).rows.values()) row.IsArchived = isArchivedActivity(name, row, cutoff);
    }
  }

  /** Whether `query` must leave the row out: an archived activity, or a relation of one (Task/EventRelation). */
  hiddenFromQuery(objectName: string, row: SfRecord): boolean {
    if (row.IsArchived === true) return true;
    const parentId = objectName === 'TaskRelation' ? row.TaskId : objectName === 'EventRelation' ? row.EventId : null;
    return typeof parentId === 'string' && this.getById(parentId)?.row.IsArchived === true;
  }

  insert(objectName: string, input: Record<string, unknown>, options: WriteOptions = {}): string {
    const table = this.table(objectName);
    const def = table.def;
    const values = this.coerceInput(def, input, 'create', options);
    const row: SfRecord = {};
    for (const f of def.fields) {
      if (values.has(f.name)) row[f.name] = values.get(f.name);
      else if (f.defaultValue !== undefined) row[f.name] = f.defaultValue;
    }
    const missing = def.fields.filter((f) => f.required && (row[f.name] === undefined || row[f.name] === null));
    if (missing.length > 0) {
      throw new SfError(
        400,
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${missing.map((f) => f.name).join(', ')}]`,
        missing.map((f) => f.name),
      );
    }
    this.checkReferences(def, values);
    const id = this.newId(def);
    row.Id = id;
    this.checkUnique(table, row, id);
    const stamp = this.now().toISOString();
    const userId = this.currentUserId();
    Object.assign(row, {
      IsDeleted: false,
      CreatedDate: stamp,
      CreatedById: userId,
      LastModifiedDate: stamp,
      LastModifiedById: userId,
      SystemModstamp: stamp,
    });
    if (def.fields.some((f) => f.name === 'OwnerId')) row.OwnerId ??= userId;
    if (def.autoNumberFormat) row.Name = this.nextAutoNumber(def);
    applyDerivedFields(def, row, (ref) => this.live(ref), false);
    requireDerived(def, row);
    this.deriveArchived(def, row);
    if (def.name === 'AccountContactRelation') row.IsDirect = false;
    if (def.name === 'TaskRelation') this.checkTaskContacts(row);
    this.write(table, row, undefined);
    if (def.name === 'Contact') this.followPrimaryAccount(row, undefined);
    return id;
  }

  update(objectName: string, id: string, input: Record<string, unknown>, options: WriteOptions = {}): void {
    const table = this.table(objectName);
    const def = table.def;
    const previous = this.requireLive(table, id);
    const values = this.coerceInput(def, input, 'update', options, previous);
    const cleared = def.fields.filter((f) => f.required && values.has(f.name) && values.get(f.name) === null);
    if (cleared.length > 0) {
      throw new SfError(
        400,
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${cleared.map((f) => f.name).join(', ')}]`,
        cleared.map((f) => f.name),
      );
    }
    this.checkReferences(def, values);
    const row: SfRecord = { ...previous, ...Object.fromEntries(values) };
    // An event's two start fields mirror each other: the one sent wins.
    if (def.name === 'Event' && values.has('ActivityDateTime') && !values.has('StartDateTime')) {
      row.StartDateTime = values.get('ActivityDateTime');
    }
    this.checkUnique(table, row, id);
    const stamp = this.now().toISOString();
    row.LastModifiedDate = stamp;
    row.LastModifiedById = this.currentUserId();
    row.SystemModstamp = stamp;
    applyDerivedFields(def, row, (ref) => this.live(ref), false);
    requireDerived(def, row);
    this.deriveArchived(def, row);
    this.write(table, row, previous);
    if (def.name === 'Contact') this.followPrimaryAccount(row, previous);
  }

  private deriveArchived(def: ObjectDef, row: SfRecord): void {
    if (!ARCHIVED_OBJECTS.has(def.name)) return;
    row.IsArchived = isArchivedActivity(def.name, row, archiveCutoff(this.now().toISOString().slice(0, 10)));
  }

  /** More than 50 contacts on one task is refused (Object Reference, TaskRelation). */
  private checkTaskContacts(row: SfRecord): void {
    if (typeof row.RelationId !== 'string' || !row.RelationId.startsWith('003')) return;
    const contacts = this.rowsWhere('TaskRelation', 'TaskId', row.TaskId as string).filter(
      (r) => !r.IsDeleted && typeof r.RelationId === 'string' && r.RelationId.startsWith('003'),
    );
    if (contacts.length >= MAX_TASK_CONTACTS) {
      throw new SfError(400, 'LIMIT_EXCEEDED', `A task can be related to up to ${MAX_TASK_CONTACTS} contacts`, [
        'RelationId',
      ]);
    }
  }

  /**
   * Contacts to Multiple Accounts: a contact's primary account (AccountId) is its direct AccountContactRelation.
   * Saving a contact with an account creates it; changing the account moves it (an existing indirect relation to the
   * new account becomes the direct one); a contact without an account (private) has none.
   */
  private followPrimaryAccount(contact: SfRecord, previous: SfRecord | undefined): void {
    const accountId = typeof contact.AccountId === 'string' ? contact.AccountId : null;
    if (previous && previous.AccountId === contact.AccountId) return;
    const table = this.table('AccountContactRelation');
    const relations = this.rowsWhere('AccountContactRelation', 'ContactId', contact.Id as string).filter(
      (r) => !r.IsDeleted,
    );
    for (const direct of relations.filter((r) => r.IsDirect === true)) {
      if (direct.AccountId !== accountId) this.markDeleted(table, direct);
    }
    if (!accountId) return;
    const existing = relations.find((r) => r.AccountId === accountId);
    const stamp = this.now().toISOString();
    if (existing) {
      if (existing.IsDirect !== true)
        this.write(table, { ...existing, IsDirect: true, SystemModstamp: stamp }, existing);
      return;
    }
    const userId = this.currentUserId();
    const row: SfRecord = {
      Id: this.newId(table.def),
      IsDeleted: false,
      CreatedDate: stamp,
      CreatedById: userId,
      LastModifiedDate: stamp,
      LastModifiedById: userId,
      SystemModstamp: stamp,
      AccountId: accountId,
      ContactId: contact.Id,
      IsDirect: true,
      IsActive: true,
      Roles: null,
      StartDate: null,
      EndDate: null,
    };
    this.write(table, row, undefined);
  }

  /** Upsert by an external id field: updates the live row holding the value, or inserts one carrying it. */
  upsert(
    objectName: string,
    externalIdField: string,
    externalId: string,
    input: Record<string, unknown>,
    options: WriteOptions = {},
  ): { id: string; created: boolean } {
    const table = this.table(objectName);
    const field = this.catalog.field(table.def, externalIdField);
    if (!field || !(field.externalId || field.type === 'id')) {
      throw new SfError(
        404,
        'NOT_FOUND',
        `Provided external ID field does not exist or is not accessible: ${externalIdField}`,
      );
    }
    const { [field.name]: _ignored, ...rest } = input;
    if (field.type === 'id') {
      this.update(objectName, externalId, rest, options);
      return { id: externalId, created: false };
    }
    const existing = table.findUnique(field.name, externalId) ?? this.scanExternalId(table, field, externalId);
    if (existing) {
      this.update(objectName, existing, rest, options);
      return { id: existing, created: false };
    }
    return { id: this.insert(objectName, { ...rest, [field.name]: externalId }, options), created: true };
  }

  /** Soft-deletes a row and, through master-detail relationships, its children. */
  delete(id: string): void {
    const found = this.getById(id);
    if (!found) throw notFound();
    if (found.row.IsDeleted) throw new SfError(400, 'ENTITY_IS_DELETED', 'entity is deleted');
    checkOperation(found.def, 'delete');
    if (found.def.name === 'AccountContactRelation' && found.row.IsDirect === true) {
      // Salesforce Help, "Considerations for Relating a Contact to Multiple Accounts": a direct relation goes only
      // with a change of the contact's account or the contact's delete.
      throw new SfError(
        400,
        'DELETE_FAILED',
        "You can't delete a direct relationship: change the contact's account or delete the contact",
      );
    }
    const access = this.currentAccess();
    if (access && !access.can(found.def, 'delete')) throw insufficientAccess(`delete ${found.def.name} records`);
    const doomed = this.cascadeSet(found.def, found.row);
    this.checkRestrict(doomed);
    for (const { table, row } of doomed.values()) this.markDeleted(table, row);
    this.clearSetNullLookups(doomed);
  }

  /**
   * Merges up to two records into a master of the same object, as the API's `merge()` call does (SOAP API,
   * "merge()"): the losers' related records are reparented to the master (lookups that pointed at a loser point at
   * the master, stamped as modified), then the losers are deleted with MasterRecordId naming the master. The
   * master's own fields stay as they are. All or nothing.
   */
  merge(masterId: string, loserIds: readonly string[]): { mergedIds: string[]; updatedRelatedIds: string[] } {
    const master = this.getById(masterId);
    if (!master || master.row.IsDeleted) throw new SfError(400, 'ENTITY_IS_DELETED', 'entity is deleted');
    if (!MERGEABLE.has(master.def.name)) {
      throw new SfError(400, 'INVALID_TYPE_FOR_OPERATION', `${master.def.name} records cannot be merged`);
    }
    if (loserIds.length < 1 || loserIds.length > 2) {
      throw new SfError(400, 'INVALID_OPERATION', 'A merge takes the master and one or two records to merge into it');
    }
    const access = this.currentAccess();
    if (access && !(access.can(master.def, 'edit') && access.can(master.def, 'delete'))) {
      throw insufficientAccess(`merge ${master.def.name} records`);
    }
    return this.transaction(() => {
      const updatedRelatedIds: string[] = [];
      const stamp = this.now().toISOString();
      for (const loserId of loserIds) {
        const loser = this.getById(loserId);
        if (!loser || loser.def !== master.def || loser.row.IsDeleted || loserId === masterId) {
          throw new SfError(400, 'INVALID_ID_FIELD', `invalid record id to merge: ${loserId}`);
        }
        for (const rel of master.def.childRelationships) {
          const childTable = this.table(rel.childSObject);
          const childField = this.catalog.field(childTable.def, rel.field) as FieldDef;
          for (const childId of childTable.idsWhere(childField, [loserId])) {
            const child = childTable.rows.get(childId) as SfRecord;
            if (child.IsDeleted || child[rel.field] !== loserId) continue;
            const moved = {
              ...child,
              [rel.field]: masterId,
              LastModifiedDate: stamp,
              LastModifiedById: this.currentUserId(),
              SystemModstamp: stamp,
            };
            this.write(childTable, moved, child);
            updatedRelatedIds.push(childId);
          }
        }
        const table = this.tables.get(loser.def) as Table;
        const current = table.rows.get(loserId) as SfRecord;
        this.write(table, { ...current, MasterRecordId: masterId }, current);
        this.delete(loserId);
      }
      return { mergedIds: [...loserIds], updatedRelatedIds };
    });
  }

  /** Runs `work` atomically: if it throws, every write it made is undone. */
  transaction<T>(work: () => T): T {
    const outer = this.journal;
    const journal: JournalEntry[] = [];
    this.journal = journal;
    try {
      const result = work();
      outer?.push(...journal);
      return result;
    } catch (error) {
      this.rollback(journal);
      throw error;
    } finally {
      this.journal = outer;
    }
  }

  private rollback(journal: JournalEntry[]): void {
    for (let i = journal.length - 1; i >= 0; i--) {
      const { table, id, before } = journal[i] as JournalEntry;
      if (before) table.put(before, table.rows.get(id));
      else table.remove(id);
    }
  }

  /**
   * The rows one delete removes: the record and, recursively, its master-detail children and the children Salesforce
   * deletes with a parent (contact roles, team members, activities, event relations; an account's contacts and
   * opportunities: Salesforce Help, "Delete Accounts").
   */
  private cascadeSet(def: ObjectDef, row: SfRecord): Map<string, { table: Table; row: SfRecord }> {
    const out = new Map<string, { table: Table; row: SfRecord }>();
    const visit = (d: ObjectDef, r: SfRecord): void => {
      if (out.has(r.Id as string)) return;
      out.set(r.Id as string, { table: this.tables.get(d) as Table, row: r });
      for (const rel of d.childRelationships) {
        if (!rel.cascadeDelete && !STANDARD_CASCADES.has(`${rel.childSObject}.${rel.field}`)) continue;
        const childTable = this.table(rel.childSObject);
        const childField = this.catalog.field(childTable.def, rel.field) as FieldDef;
        for (const childId of childTable.idsWhere(childField, [r.Id as string])) {
          const child = childTable.rows.get(childId);
          if (child && !child.IsDeleted) visit(childTable.def, child);
        }
      }
    };
    visit(def, row);
    return out;
  }

  /** deleteConstraint Restrict: a live child outside the delete blocks it (DELETE_FAILED names the children). */
  private checkRestrict(doomed: Map<string, { table: Table; row: SfRecord }>): void {
    for (const { table, row } of doomed.values()) {
      for (const rel of table.def.childRelationships) {
        if (rel.deleteConstraint !== 'Restrict') continue;
        const childTable = this.table(rel.childSObject);
        const childField = this.catalog.field(childTable.def, rel.field) as FieldDef;
        const blockers = childTable
          .idsWhere(childField, [row.Id as string])
          .map((id) => childTable.rows.get(id) as SfRecord)
          .filter((child) => !child.IsDeleted && !doomed.has(child.Id as string));
        if (blockers.length === 0) continue;
        const names = blockers.slice(0, 20).map((b) => String(b.Name ?? b.Id));
        const more = blockers.length > 20 ? ` and ${blockers.length - 20} more` : '';
        throw new SfError(
          400,
          'DELETE_FAILED',
          `Your attempt to delete ${String(row.Name ?? row.Id)} could not be completed because it is associated with the following ${childTable.def.labelPlural.toLowerCase()}.: ${names.join(', ')}${more}`,
        );
      }
    }
  }

  /** deleteConstraint SetNull (the default of a custom lookup): children outside the delete lose the reference. */
  private clearSetNullLookups(doomed: Map<string, { table: Table; row: SfRecord }>): void {
    const stamp = this.now().toISOString();
    for (const { table, row } of doomed.values()) {
      for (const rel of table.def.childRelationships) {
        if (rel.deleteConstraint !== 'SetNull') continue;
        const childTable = this.table(rel.childSObject);
        const childField = this.catalog.field(childTable.def, rel.field) as FieldDef;
        for (const childId of childTable.idsWhere(childField, [row.Id as string])) {
          const child = childTable.rows.get(childId) as SfRecord;
          if (child.IsDeleted || doomed.has(childId) || child[rel.field] !== row.Id) continue;
          this.write(childTable, { ...child, [rel.field]: null, SystemModstamp: stamp }, child);
        }
      }
    }
  }

  private markDeleted(table: Table, row: SfRecord): void {
    const stamp = this.now().toISOString();
    this.write(table, { ...row, IsDeleted: true, SystemModstamp: stamp, LastModifiedDate: stamp }, row);
  }

  private write(table: Table, row: SfRecord, previous: SfRecord | undefined): void {
    this.journal?.push({ table, id: row.Id as string, before: previous });
    table.put(row, previous);
  }

  private requireLive(table: Table, id: string): SfRecord {
    const row = table.rows.get(id);
    if (!row) throw notFound();
    if (row.IsDeleted) throw new SfError(400, 'ENTITY_IS_DELETED', 'entity is deleted');
    return row;
  }

  private coerceInput(
    def: ObjectDef,
    input: Record<string, unknown>,
    mode: 'create' | 'update',
    options: WriteOptions,
    current?: SfRecord,
  ): Map<string, unknown> {
    checkOperation(def, mode);
    const access = this.currentAccess();
    if (access && !access.can(def, mode === 'create' ? 'create' : 'edit')) {
      throw insufficientAccess(`${mode === 'create' ? 'create' : 'edit'} ${def.name} records`);
    }
    const values = new Map<string, unknown>();
    for (const [key, raw] of Object.entries(input)) {
      if (IGNORED_INPUT_KEYS.has(key)) continue;
      const field = this.catalog.field(def, key);
      if (!field || (access && !access.fieldReadable(def, field))) {
        throw new SfError(400, 'INVALID_FIELD', `No such column '${key}' on sobject of type ${def.name}`);
      }
      if (field.type === 'id' && mode === 'update') continue;
      const writable =
        (mode === 'create' ? field.createable : field.updateable) && (!access || access.fieldEditable(def, field));
      // Sending a read-only field's current value back (e.g. an upsert repeating the master) is not a change.
      if (!writable && current && coerceFieldValue(field, raw, options.fromText) === (current[field.name] ?? null))
        continue;
      if (!writable) {
        throw new SfError(
          400,
          'INVALID_FIELD_FOR_INSERT_UPDATE',
          `Unable to create/update fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
          [field.name],
        );
      }
      values.set(field.name, coerceFieldValue(field, raw, options.fromText));
    }
    return values;
  }

  private checkReferences(def: ObjectDef, values: Map<string, unknown>): void {
    for (const [name, value] of values) {
      if (typeof value !== 'string') continue;
      const field = this.catalog.field(def, name) as FieldDef;
      if (field.type !== 'reference') continue;
      const target = this.getById(value);
      if (!target || target.row.IsDeleted) {
        throw new SfError(400, 'INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [field.name]);
      }
      if (!field.referenceTo?.includes(target.def.name)) {
        throw new SfError(400, 'FIELD_INTEGRITY_EXCEPTION', `${field.label}: id value of incorrect type: ${value}`, [
          field.name,
        ]);
      }
    }
  }

  private checkUnique(table: Table, row: SfRecord, id: string): void {
    for (const [first, second] of table.def.uniqueTogether ?? []) {
      const a = row[first];
      if (typeof a !== 'string') continue;
      const holder = this.rowsWhere(table.def.name, first, a).find(
        (other) => !other.IsDeleted && other.Id !== id && other[second] === row[second],
      );
      // Salesforce names neither field nor record for this one.
      if (holder) {
        throw new SfError(
          400,
          'DUPLICATE_VALUE',
          'duplicate value found: <unknown> duplicates value on record with id: <unknown>',
        );
      }
    }
    for (const f of table.def.fields) {
      if (!f.unique) continue;
      const value = row[f.name];
      if (value === null || value === undefined) continue;
      const holder = table.findUnique(f.name, String(value));
      if (holder && holder !== id) {
        throw new SfError(
          400,
          'DUPLICATE_VALUE',
          `duplicate value found: ${f.name} duplicates value on record with id: ${holder}`,
          [],
        );
      }
    }
  }

  /** External ids that are not marked unique are matched by a scan (rare in this package). */
  private scanExternalId(table: Table, field: FieldDef, value: string): string | undefined {
    if (field.unique) return undefined;
    for (const row of table.rows.values()) if (!row.IsDeleted && row[field.name] === value) return row.Id as string;
    return undefined;
  }

  private newId(def: ObjectDef): string {
    const table = this.tables.get(def) as Table;
    let id: string;
    do id = makeId(def.keyPrefix, ++this.sequence);
    while (table.rows.has(id));
    return id;
  }

  private nextAutoNumber(def: ObjectDef): string {
    const n = (this.autoNumbers.get(def.name) ?? 0) + 1;
    this.autoNumbers.set(def.name, n);
    return formatAutoNumber(def.autoNumberFormat as string, n);
  }
}

function requireDerived(def: ObjectDef, row: SfRecord): void {
  const missing = missingDerivedFields(def, row);
  if (missing.length > 0) {
    throw new SfError(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
  }
}
