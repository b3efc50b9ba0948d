import type { PermissionGrant } from '../access/permissions';
import { SYSTEM_PERMISSIONS, type SystemPermission } from '../schema/platform-objects';
import type { DeleteConstraint, SchemaExport, SchemaExportField, SchemaExportObject } from '../schema/types';
import { asArray, flag, int, text, type Component, type XmlNode } from './package';

/** One `<fields>` element of a CustomObject (a CustomField) in the emulator's schema shape. */
export function fieldSchema(field: XmlNode): SchemaExportField {
  const type = text(field.type) as string;
  const out: SchemaExportField = { type };
  const set = <K extends keyof SchemaExportField>(key: K, value: SchemaExportField[K] | undefined): void => {
    if (value !== undefined) out[key] = value;
  };
  set('label', text(field.label));
  set('length', int(field.length));
  set('precision', int(field.precision));
  set('scale', int(field.scale));
  if (type === 'Picklist' || type === 'MultiselectPicklist') {
    const valueSet = field.valueSet as XmlNode | undefined;
    const values = asArray((valueSet?.valueSetDefinition as XmlNode | undefined)?.value) as XmlNode[];
    out.values = values.map((v) => String(text(v.fullName)));
    if (flag(valueSet?.restricted)) out.restricted = true;
    const byDefault = values.find((v) => flag(v.default));
    if (byDefault) out.defaultValue = text(byDefault.fullName);
  }
  if (type === 'Lookup' || type === 'MasterDetail') {
    set('referenceTo', text(field.referenceTo));
    set('childRelationshipName', text(field.relationshipName));
    if (type === 'Lookup') set('deleteConstraint', (text(field.deleteConstraint) ?? 'SetNull') as DeleteConstraint);
  }
  if (type === 'MasterDetail' || flag(field.required)) out.required = true;
  if (flag(field.externalId)) out.externalId = true;
  if (flag(field.unique)) out.unique = true;
  if (type === 'Checkbox') out.defaultValue = flag(field.defaultValue);
  else if (out.defaultValue === undefined) set('defaultValue', text(field.defaultValue));
  set('inlineHelpText', text(field.inlineHelpText));
  return out;
}

/** The objects and fields of a package's CustomObject components, in the catalog's schema shape. */
export function schemaOf(objects: Component[], apiVersion: string): SchemaExport {
  const schema: SchemaExport = { apiVersion, objects: {} };
  for (const component of objects) {
    const xml = component.xml as XmlNode;
    const custom = component.fullName.endsWith('__c');
    const spec: SchemaExportObject = { custom, fields: {} };
    if (custom) {
      spec.label = text(xml.label);
      spec.pluralLabel = text(xml.pluralLabel);
      const nameField = xml.nameField as XmlNode | undefined;
      if (nameField) {
        spec.nameField = {
          type: text(nameField.type) ?? 'Text',
          ...(text(nameField.label) ? { label: text(nameField.label) } : {}),
          ...(text(nameField.displayFormat) ? { displayFormat: text(nameField.displayFormat) } : {}),
        };
      }
    }
    for (const f of asArray(xml.fields) as XmlNode[]) spec.fields[String(text(f.fullName))] = fieldSchema(f);
    schema.objects[component.fullName] = spec;
  }
  return schema;
}

/** What a PermissionSet component grants. */
export function grantOf(permissionSet: XmlNode): PermissionGrant {
  const grant: PermissionGrant = { objects: {}, fields: {}, system: [] };
  for (const o of asArray(permissionSet.objectPermissions) as XmlNode[]) {
    grant.objects[String(text(o.object))] = {
      allowRead: flag(o.allowRead),
      allowCreate: flag(o.allowCreate),
      allowEdit: flag(o.allowEdit),
      allowDelete: flag(o.allowDelete),
      viewAllRecords: flag(o.viewAllRecords),
      modifyAllRecords: flag(o.modifyAllRecords),
    };
  }
  for (const f of asArray(permissionSet.fieldPermissions) as XmlNode[]) {
    grant.fields[String(text(f.field))] = { readable: flag(f.readable), editable: flag(f.editable) };
  }
  for (const u of asArray(permissionSet.userPermissions) as XmlNode[]) {
    const name = text(u.name) as SystemPermission | undefined;
    if (name && flag(u.enabled) && (SYSTEM_PERMISSIONS as readonly string[]).includes(name)) grant.system.push(name);
  }
  return grant;
}
