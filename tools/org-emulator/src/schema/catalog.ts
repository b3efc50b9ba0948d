import * as fs from 'node:fs';
import * as path from 'node:path';
import { KEY_PREFIXES } from '../data/ids';
import { invalidType } from '../errors';
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

/** A resolved view of every object the org knows: standard objects plus the package's custom objects and fields. */
export class Catalog {
  private readonly byLowerName = new Map<string, ObjectDef>();
  private readonly byPrefix = new Map<string, ObjectDef>();
  private readonly fieldIndex = new Map<ObjectDef, Map<string, FieldDef>>();
  private readonly parentRelIndex = new Map<ObjectDef, Map<string, FieldDef>>();

  constructor(schema: SchemaExport | undefined) {
    const objects = standardObjects();
    const byName = new Map(objects.map((o) => [o.name, o]));
    let customCounter = 0;
    for (const [name, spec] of Object.entries(schema?.objects ?? {})) {
      const existing = byName.get(name);
      if (existing) {
        existing.fields.push(...Object.entries(spec.fields).map(([fname, f]) => customField(fname, f)));
      } else {
        const def = customObject(name, spec, customCounter++);
        objects.push(def);
        byName.set(name, def);
      }
    }
    for (const def of objects) this.register(def);
    this.linkChildRelationships(objects, schema);
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

  private register(def: ObjectDef): void {
    this.byLowerName.set(def.name.toLowerCase(), def);
    this.byPrefix.set(def.keyPrefix, def);
    this.fieldIndex.set(def, new Map(def.fields.map((f) => [f.name.toLowerCase(), f])));
    const rels = new Map<string, FieldDef>();
    for (const f of def.fields) if (f.relationshipName) rels.set(f.relationshipName.toLowerCase(), f);
    this.parentRelIndex.set(def, rels);
  }

  private linkChildRelationships(objects: ObjectDef[], schema: SchemaExport | undefined): void {
    for (const child of objects) {
      for (const f of child.fields) {
        if (f.type !== 'reference' || f.system) continue;
        const relationshipName = childRelationshipName(child, f, schema);
        if (!relationshipName) continue;
        for (const target of f.referenceTo ?? []) {
          const parent = this.find(target);
          if (!parent || parent.childRelationships.some((c) => c.relationshipName === relationshipName)) continue;
          parent.childRelationships.push({
            childSObject: child.name,
            field: f.name,
            relationshipName,
            cascadeDelete: Boolean(f.cascadeDelete),
          });
        }
      }
    }
  }
}

function childRelationshipName(child: ObjectDef, f: FieldDef, schema: SchemaExport | undefined): string | undefined {
  if (!f.custom) return STANDARD_CHILD_RELATIONSHIP_NAMES[`${child.name}.${f.name}`];
  const exported = schema?.objects[child.name]?.fields[f.name] as
    (SchemaExportField & { childRelationshipName?: string }) | undefined;
  if (exported?.childRelationshipName) return `${exported.childRelationshipName.replace(/__r$/, '')}__r`;
  if (exported?.relationshipName && exported.relationshipName !== f.relationshipName) {
    return `${exported.relationshipName.replace(/__r$/, '')}__r`;
  }
  return `${child.labelPlural.replace(/[^A-Za-z0-9]/g, '_')}__r`;
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
    if (isMasterDetail) def.cascadeDelete = true;
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
