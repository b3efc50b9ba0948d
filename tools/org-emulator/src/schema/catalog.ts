import * as fs from 'node:fs';
import * as path from 'node:path';
import { KEY_PREFIXES } from '../data/ids';
import { invalidType } from '../errors';
import { platformFieldsOf, platformObjects, PLATFORM_CHILD_RELATIONSHIP_NAMES } from './platform-objects';
import { standardObjects, STANDARD_CHILD_RELATIONSHIP_NAMES, auditFields } from './standard-objects';
import type { FieldDef, FieldType, ObjectDef, SchemaExport, SchemaExportField, SchemaExportObject } from './types';

/** Where the package's schema export lives, relative to the repository root. */
export const DEFAULT_SCHEMA_PATH = path.resolve(__dirname, '../../../../schema/contact-plan.schema.json');

const METADATA_TYPES: Record<string, FieldType> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Html: 'textarea',
  Picklist: 'picklist',
  MultiselectPicklist: 'multipicklist',
  Number: 'double',
  Currency: 'currency',
  Percent: 'percent',
  Date: 'date',
  DateTime: 'datetime',
  Checkbox: 'boolean',
  Lookup: 'reference',
  MasterDetail: 'reference',
  Email: 'email',
  Phone: 'phone',
  Url: 'url',
  AutoNumber: 'string',
};

/** Which objects and fields one user's view of the catalog shows. */
export interface CatalogVisibility {
  objectVisible(def: ObjectDef): boolean;
  fieldVisible(def: ObjectDef, field: FieldDef): boolean;
}

/**
 * A resolved view of every object the org knows: standard and setup objects plus the package's custom objects and
 * fields. A Metadata API deploy extends it in place (`apply`), so the store's tables keep their definitions.
 */
export class Catalog {
  private readonly byLowerName = new Map<string, ObjectDef>();
  private readonly byPrefix = new Map<string, ObjectDef>();
  private readonly fieldIndex = new Map<ObjectDef, Map<string, FieldDef>>();
  private readonly parentRelIndex = new Map<ObjectDef, Map<string, FieldDef>>();
  private customCounter = 0;
  /** Grows with every deploy that changes the catalog (caches built from it, like the GraphQL schema, follow). */
  revision = 0;
  /** Child relationship names the package gave its lookups, by `Object.Field`. */
  private readonly childNames = new Map<string, string>();

  constructor(schema: SchemaExport | undefined) {
    const objects = [...standardObjects(), ...platformObjects()];
    for (const def of objects) {
      def.fields.push(...platformFieldsOf(def.name));
      this.register(def);
    }
    if (schema) this.apply(schema);
    else this.linkChildRelationships();
  }

  /**
   * Adds the schema's objects and fields, or updates the ones that exist (a redeploy). Returns the objects that
   * changed, so the store can give new objects a table and new fields their indexes.
   */
  apply(schema: SchemaExport): ObjectDef[] {
    const changed: ObjectDef[] = [];
    for (const [name, spec] of Object.entries(schema.objects)) {
      const existing = this.find(name);
      if (existing) {
        if (spec.custom && existing.custom) updateCustomObject(existing, spec);
        for (const [fname, f] of Object.entries(spec.fields)) {
          const next = customField(fname, f);
          const current = existing.fields.find((x) => x.name.toLowerCase() === fname.toLowerCase());
          if (current) {
            for (const key of Object.keys(current)) delete (current as unknown as Record<string, unknown>)[key];
            Object.assign(current, next);
          } else existing.fields.push(next);
          this.rememberChildName(name, fname, f);
        }
        this.register(existing);
        changed.push(existing);
      } else {
        const def = customObject(name, spec, this.customCounter++);
        for (const [fname, f] of Object.entries(spec.fields)) this.rememberChildName(name, fname, f);
        this.register(def);
        changed.push(def);
      }
    }
    this.linkChildRelationships();
    this.revision++;
    return changed;
  }

  static load(schemaPath = DEFAULT_SCHEMA_PATH): Catalog {
    if (!fs.existsSync(schemaPath)) return new Catalog(undefined);
    return new Catalog(JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as SchemaExport);
  }

  get objects(): ObjectDef[] {
    return [...this.byLowerName.values()];
  }

  find(name: string): ObjectDef | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  get(name: string): ObjectDef {
    const def = this.find(name);
    if (!def) throw invalidType(name);
    return def;
  }

  byKeyPrefix(id: string): ObjectDef | undefined {
    return this.byPrefix.get(id.slice(0, 3));
  }

  field(def: ObjectDef, name: string): FieldDef | undefined {
    return this.fieldIndex.get(def)?.get(name.toLowerCase());
  }

  /** The lookup field behind a parent relationship name (`Account`, `Owner`, `Contact__r`). */
  parentRelationship(def: ObjectDef, relationshipName: string): FieldDef | undefined {
    return this.parentRelIndex.get(def)?.get(relationshipName.toLowerCase());
  }

  childRelationship(def: ObjectDef, relationshipName: string): ObjectDef['childRelationships'][number] | undefined {
    const lower = relationshipName.toLowerCase();
    return def.childRelationships.find((c) => c.relationshipName.toLowerCase() === lower);
  }

  /**
   * The catalog as one user sees it: objects they cannot read and fields their field-level security hides do not
   * exist (Salesforce answers INVALID_TYPE / INVALID_FIELD for them, as for unknown names). SOQL, describe and
   * record rendering go through it, so every read path enforces the same rules.
   */
  scoped(visible: CatalogVisibility): Catalog {
    const view = Object.create(this) as Catalog;
    const fieldOk = (def: ObjectDef, f: FieldDef | undefined): FieldDef | undefined =>
      f && visible.fieldVisible(def, f) ? f : undefined;
    Object.defineProperties(view, {
      objects: { get: () => this.objects.filter((d) => visible.objectVisible(d)) },
      find: {
        value: (name: string) => {
          const def = this.find(name);
          return def && visible.objectVisible(def) ? def : undefined;
        },
      },
      field: { value: (def: ObjectDef, name: string) => fieldOk(def, this.field(def, name)) },
      parentRelationship: {
        value: (def: ObjectDef, name: string) => fieldOk(def, this.parentRelationship(def, name)),
      },
      childRelationship: {
        value: (def: ObjectDef, name: string) => {
          const rel = this.childRelationship(def, name);
          const child = rel ? this.find(rel.childSObject) : undefined;
          if (!rel || !child || !visible.objectVisible(child)) return undefined;
          return fieldOk(child, this.field(child, rel.field)) ? rel : undefined;
        },
      },
      visibleFields: { value: (def: ObjectDef) => def.fields.filter((f) => visible.fieldVisible(def, f)) },
    });
    return view;
  }

  /** The fields of an object this catalog shows (all of them, unless it is a user's scoped view). */
  visibleFields(def: ObjectDef): FieldDef[] {
    return def.fields;
  }

  private register(def: ObjectDef): void {
    this.byLowerName.set(def.name.toLowerCase(), def);
    this.byPrefix.set(def.keyPrefix, def);
    this.fieldIndex.set(def, new Map(def.fields.map((f) => [f.name.toLowerCase(), f])));
    const rels = new Map<string, FieldDef>();
    for (const f of def.fields) if (f.relationshipName) rels.set(f.relationshipName.toLowerCase(), f);
    this.parentRelIndex.set(def, rels);
  }

  private rememberChildName(objectName: string, fieldName: string, spec: SchemaExportField): void {
    const name = spec.childRelationshipName ?? (spec as { relationshipName?: string }).relationshipName;
    if (name) this.childNames.set(`${objectName}.${fieldName}`, name);
  }

  private linkChildRelationships(): void {
    const objects = this.objects;
    for (const parent of objects) parent.childRelationships = [];
    for (const child of objects) {
      for (const f of child.fields) {
        if (f.type !== 'reference' || f.system) continue;
        const relationshipName = this.childRelationshipName(child, f);
        if (!relationshipName) continue;
        for (const target of f.referenceTo ?? []) {
          const parent = this.find(target);
          if (!parent || parent.childRelationships.some((c) => c.relationshipName === relationshipName)) continue;
          parent.childRelationships.push({
            childSObject: child.name,
            field: f.name,
            relationshipName,
            cascadeDelete: Boolean(f.cascadeDelete),
            ...(f.deleteConstraint ? { deleteConstraint: f.deleteConstraint } : {}),
          });
        }
      }
    }
  }

  private childRelationshipName(child: ObjectDef, f: FieldDef): string | undefined {
    if (!f.custom) {
      const key = `${child.name}.${f.name}`;
      return STANDARD_CHILD_RELATIONSHIP_NAMES[key] ?? PLATFORM_CHILD_RELATIONSHIP_NAMES[key];
    }
    const given = this.childNames.get(`${child.name}.${f.name}`);
    if (given && given !== f.relationshipName) return `${given.replace(/__r$/, '')}__r`;
    return `${child.labelPlural.replace(/[^A-Za-z0-9]/g, '_')}__r`;
  }
}

function customField(name: string, spec: SchemaExportField): FieldDef {
  const type = METADATA_TYPES[spec.type];
  if (!type) throw new Error(`schema export: unsupported field type ${spec.type} on ${name}`);
  const isMasterDetail = spec.type === 'MasterDetail';
  const def: FieldDef = {
    name,
    label: spec.label ?? name,
    type,
    custom: true,
    createable: true,
    updateable: !isMasterDetail,
    required: Boolean(spec.required) || isMasterDetail,
  };
  if (type === 'string' || type === 'textarea' || type === 'email' || type === 'phone' || type === 'url') {
    def.length = spec.length ?? (spec.type === 'LongTextArea' ? 32768 : type === 'textarea' ? 255 : 255);
  }
  if (type === 'picklist' || type === 'multipicklist') {
    def.picklistValues = spec.values ?? [];
    def.restricted = Boolean(spec.restricted);
    def.length = type === 'picklist' ? 255 : 4099;
  }
  if (type === 'double' || type === 'currency' || type === 'percent') {
    def.precision = spec.precision ?? 18;
    def.scale = spec.scale ?? 0;
  }
  if (type === 'reference') {
    def.referenceTo = spec.referenceTo ? [spec.referenceTo] : [];
    def.relationshipName = `${name.replace(/__c$/, '')}__r`;
    def.length = 18;
    if (isMasterDetail) {
      def.cascadeDelete = true;
      def.masterDetail = true;
    } else def.deleteConstraint = spec.deleteConstraint ?? 'SetNull';
  }
  if (type === 'boolean') def.defaultValue = spec.defaultValue ?? false;
  else if (spec.defaultValue !== undefined) def.defaultValue = spec.defaultValue;
  if (spec.inlineHelpText) def.inlineHelpText = spec.inlineHelpText;
  if (spec.externalId) def.externalId = true;
  if (spec.unique) def.unique = true;
  return def;
}

/** Key prefixes of the package's custom objects (shared with the generator); any other gets a0A, a0B, … */
export const CUSTOM_KEY_PREFIXES: Record<string, string> = Object.fromEntries(
  Object.entries(KEY_PREFIXES).filter(([name]) => name.endsWith('__c')),
);

/** A redeployed custom object: labels and the name field's format follow the package; fields are merged apart. */
function updateCustomObject(def: ObjectDef, spec: SchemaExportObject): void {
  const fresh = customObject(def.name, { ...spec, fields: {} }, 0);
  def.label = fresh.label;
  def.labelPlural = fresh.labelPlural;
  def.autoNumberFormat = fresh.autoNumberFormat;
  const name = def.fields.find((f) => f.name === 'Name');
  const freshName = fresh.fields.find((f) => f.name === 'Name');
  if (name && freshName) Object.assign(name, freshName);
}

function customObject(name: string, spec: SchemaExportObject, index: number): ObjectDef {
  const fields = Object.entries(spec.fields).map(([fname, f]) => customField(fname, f));
  const hasMaster = Object.values(spec.fields).some((f) => f.type === 'MasterDetail');
  const nameSpec = spec.nameField ?? { type: 'Text' };
  const autoNumber = nameSpec.type === 'AutoNumber';
  const nameField: FieldDef = {
    name: 'Name',
    label: nameSpec.label ?? `${spec.label ?? name} Name`,
    type: 'string',
    custom: false,
    length: autoNumber ? 30 : (nameSpec.length ?? 80),
    createable: !autoNumber,
    updateable: !autoNumber,
    autoNumber,
    system: autoNumber,
  };
  const label = spec.label ?? name.replace(/__c$/, '').replace(/_/g, ' ');
  return {
    name,
    label,
    labelPlural: spec.pluralLabel ?? `${label}s`,
    keyPrefix: CUSTOM_KEY_PREFIXES[name] ?? `a0${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[index % 26]}`,
    custom: true,
    fields: [...auditFields(!hasMaster), nameField, ...fields],
    childRelationships: [],
    autoNumberFormat: autoNumber ? (nameSpec.displayFormat ?? `${name.slice(0, 3).toUpperCase()}-{000000}`) : undefined,
  };
}
