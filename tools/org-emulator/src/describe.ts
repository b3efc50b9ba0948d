import type { FieldDef, ObjectDef } from './schema/types';

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
    createable: true,
    updateable: true,
    deletable: true,
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
    relationshipOrder: field.cascadeDelete && field.custom ? 0 : null,
    cascadeDelete: !!field.cascadeDelete,
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
export function describeObject(def: ObjectDef, version: string): Record<string, unknown> {
  return {
    ...describeGlobalEntry(def, version),
    fields: def.fields.map(describeField),
    childRelationships: def.childRelationships.map((c) => ({
      childSObject: c.childSObject,
      field: c.field,
      relationshipName: c.relationshipName,
      cascadeDelete: c.cascadeDelete,
      restrictedDelete: false,
      deprecatedAndHidden: false,
      junctionIdListNames: [],
      junctionReferenceTo: [],
    })),
    recordTypeInfos: [],
    supportedScopes: [{ label: 'All', name: 'everything' }],
  };
}
