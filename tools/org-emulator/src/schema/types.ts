/** The SOAP/describe data types the emulator knows. */
export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'picklist'
  | 'multipicklist'
  | 'reference'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'double'
  | 'int'
  | 'currency'
  | 'percent'
  | 'email'
  | 'phone'
  | 'url';

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  custom: boolean;
  length?: number;
  precision?: number;
  scale?: number;
  referenceTo?: string[];
  relationshipName?: string;
  /** Master-detail: deleting the parent deletes this record. */
  cascadeDelete?: boolean;
  /** Lookup delete rule (Restrict blocks deleting the parent; SetNull, the default, clears this field). */
  deleteConstraint?: DeleteConstraint;
  /** Master-detail (`relationshipOrder` in describe): deleting the master deletes the detail; always required. */
  masterDetail?: boolean;
  /** Must be given on create (not nillable, no default). */
  required?: boolean;
  createable: boolean;
  updateable: boolean;
  externalId?: boolean;
  unique?: boolean;
  picklistValues?: string[];
  restricted?: boolean;
  defaultValue?: unknown;
  autoNumber?: boolean;
  inlineHelpText?: string;
  /** Set by the emulator itself (audit fields, compound names, derived flags). */
  system?: boolean;
}

export interface ChildRelationship {
  childSObject: string;
  field: string;
  relationshipName: string;
  cascadeDelete: boolean;
  /** What deleting the parent does to this child when the lookup is not a master-detail (default SetNull). */
  deleteConstraint?: DeleteConstraint;
}

/** CustomField.deleteConstraint (Metadata API): Cascade is master-detail only; Restrict blocks the delete. */
export type DeleteConstraint = 'Cascade' | 'Restrict' | 'SetNull';

export interface ObjectDef {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  custom: boolean;
  /** Field definitions in describe order. */
  fields: FieldDef[];
  childRelationships: ChildRelationship[];
  autoNumberFormat?: string;
  /** Which DML the API allows on the object (default: all). Setup objects such as Organization are query-only. */
  operations?: { create?: boolean; update?: boolean; delete?: boolean; queryAll?: boolean };
  /** Field pairs no two live rows may share (PermissionSetAssignment: one assignment per user and set). */
  uniqueTogether?: [string, string][];
  /** A setup object (Organization, Profile, PermissionSet…): readable by every user, outside object permissions. */
  setup?: boolean;
}

/** The package's schema export, `schema/contact-plan.schema.json` (docs/contracts.md). */
export interface SchemaExport {
  apiVersion: string;
  objects: Record<string, SchemaExportObject>;
}

export interface SchemaExportObject {
  custom: boolean;
  label?: string;
  pluralLabel?: string;
  nameField?: { type: string; label?: string; displayFormat?: string; length?: number };
  fields: Record<string, SchemaExportField>;
}

export interface SchemaExportField {
  type: string;
  label?: string;
  length?: number;
  precision?: number;
  scale?: number;
  values?: string[];
  restricted?: boolean;
  referenceTo?: string;
  relationshipName?: string;
  /** The parent's name for its list of these records in SOQL subqueries (without `__r`). */
  childRelationshipName?: string;
  deleteConstraint?: DeleteConstraint;
  required?: boolean;
  externalId?: boolean;
  unique?: boolean;
  defaultValue?: unknown;
  inlineHelpText?: string;
}
