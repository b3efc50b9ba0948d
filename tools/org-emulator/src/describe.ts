import type { Catalog } from './schema/catalog';
import type { FieldDef, ObjectDef } from './schema/types';
import type { WriteAccess } from './store/store';

const SOAP_TYPES: Record<string, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  picklist: 'xsd:string',
  multipicklist: 'xsd:string',
  email: 'xsd:string',
  phone: 'xsd:string',
  url: 'xsd:string',
  boolean: 'xsd:boolean',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
  double: 'xsd:double',
  currency: 'xsd:double',
  percent: 'xsd:double',
  int: 'xsd:int',
};

const objectUrls = (def: ObjectDef, version: string): Record<string, string> => {
  const base = `/services/data/v${version}/sobjects/${def.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
};

/** The global describe entry of one object. */
export function describeGlobalEntry(def: ObjectDef, version: string): Record<string, unknown> {
  return {
    name: def.name,
    label: def.label,
    labelPlural: def.labelPlural,
    keyPrefix: def.keyPrefix,
    custom: def.custom,
    customSetting: false,
    activateable: false,
    createable: def.operations?.create !== false,
    updateable: def.operations?.update !== false,
    deletable: def.operations?.delete !== false,
    queryable: true,
    retrieveable: true,
    searchable: true,
    layoutable: true,
    replicateable: true,
    undeletable: true,
    mergeable: false,
    triggerable: true,
    feedEnabled: false,
    deprecatedAndHidden: false,
    urls: objectUrls(def, version),
  };
}

function describeField(field: FieldDef): Record<string, unknown> {
  const isText = ['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url'].includes(field.type);
  const nillable = !field.required && field.type !== 'boolean' && field.type !== 'id';
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    soapType: SOAP_TYPES[field.type],
    length: isText ? (field.length ?? 0) : field.type === 'id' || field.type === 'reference' ? 18 : 0,
    byteLength: isText ? (field.length ?? 0) * 3 : 18,
    precision: field.precision ?? 0,
    scale: field.scale ?? 0,
    digits: field.type === 'int' ? (field.precision ?? 9) : 0,
    custom: field.custom,
    nillable,
    createable: field.createable,
    updateable: field.updateable,
    defaultedOnCreate: field.defaultValue !== undefined || !!field.system,
    defaultValue: field.defaultValue ?? null,
    calculated: false,
    autoNumber: !!field.autoNumber,
    externalId: !!field.externalId,
    unique: !!field.unique,
    idLookup: field.type === 'id' || !!field.externalId,
    nameField: field.name === 'Name',
    filterable: field.type !== 'textarea' || (field.length ?? 0) <= 255,
    sortable: field.type !== 'textarea' || (field.length ?? 0) <= 255 ? field.type !== 'multipicklist' : false,
    groupable: field.type !== 'textarea' && field.type !== 'double',
    referenceTo: field.referenceTo ?? [],
    relationshipName: field.relationshipName ?? null,
    relationshipOrder: field.masterDetail ? 0 : null,
    cascadeDelete: !!field.cascadeDelete,
    restrictedDelete: field.deleteConstraint === 'Restrict',
    polymorphicForeignKey: (field.referenceTo?.length ?? 0) > 1,
    restrictedPicklist: !!field.restricted,
    picklistValues: (field.picklistValues ?? []).map((value) => ({
      active: true,
      defaultValue: field.defaultValue === value,
      label: value,
      validFor: null,
      value,
    })),
    deprecatedAndHidden: false,
    htmlFormatted: false,
    inlineHelpText: field.inlineHelpText ?? null,
  };
}

/** The sObject describe (`/sobjects/{name}/describe`). */
export function describeObject(
  def: ObjectDef,
  version: string,
  catalog?: Catalog,
  access?: WriteAccess,
): Record<string, unknown> {
  const fields = (catalog ? catalog.visibleFields(def) : def.fields).map((f) => {
    const described = describeField(f);
    if (!access) return described;
    const editable = access.fieldEditable(def, f);
    return {
      ...described,
      createable: Boolean(described.createable) && editable && access.can(def, 'create'),
      updateable: Boolean(described.updateable) && editable && access.can(def, 'edit'),
    };
  });
  const entry = describeGlobalEntry(def, version);
  const writable = (op: 'create' | 'update' | 'delete', access_: 'create' | 'edit' | 'delete'): boolean =>
    def.operations?.[op] !== false && (!access || access.can(def, access_));
  return {
    ...entry,
    createable: writable('create', 'create'),
    updateable: writable('update', 'edit'),
    deletable: writable('delete', 'delete'),
    fields,
    childRelationships: def.childRelationships.map((c) => ({
      childSObject: c.childSObject,
      field: c.field,
      relationshipName: c.relationshipName,
      cascadeDelete: c.cascadeDelete,
      restrictedDelete: c.deleteConstraint === 'Restrict',
      deprecatedAndHidden: false,
      junctionIdListNames: [],
      junctionReferenceTo: [],
    })),
    recordTypeInfos: [],
    supportedScopes: [{ label: 'All', name: 'everything' }],
  };
}
