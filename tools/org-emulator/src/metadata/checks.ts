import { LIGHTNING_MODULES } from './base-modules';
import { SYSTEM_PERMISSIONS } from '../schema/platform-objects';
import type { Catalog } from '../schema/catalog';
import {
  asArray,
  flag,
  int,
  text,
  OBJECT_CHILDREN,
  type Component,
  type MetadataPackage,
  type XmlNode,
} from './package';

/**
 * The rules a Metadata API deploy applies before it saves anything, each from the Metadata API Developer Guide
 * (CustomObject, CustomField, PermissionSet, Layout, ListView, CompactLayout, CustomTab, CustomApplication, FlexiPage,
 * "Deploying and Retrieving Metadata") or Salesforce Help ("Considerations for Relationships", "Custom Field
 * Attributes"). The emulator's README lists them. Messages follow Salesforce's where known.
 */
export interface Problem {
  type: string;
  fullName: string;
  fileName: string;
  problem: string;
}

/** Field types the emulator can deploy (CustomField.type values). */
export const FIELD_TYPES = new Set([
  'Text',
  'TextArea',
  'LongTextArea',
  'Html',
  'Picklist',
  'MultiselectPicklist',
  'Number',
  'Currency',
  'Percent',
  'Date',
  'DateTime',
  'Checkbox',
  'Lookup',
  'MasterDetail',
  'Email',
  'Phone',
  'Url',
  'AutoNumber',
]);

/** Standard objects that can be the master of a master-detail relationship (Help: "Considerations for Relationships"). */
const STANDARD_MASTERS = new Set(['Account', 'Contact', 'Opportunity', 'Case', 'Campaign', 'Contract', 'Asset']);
/** Standard tabs a permission set or app may name. */
const STANDARD_TAB = /^standard-[A-Za-z]+$/;
/** Lightning components the platform ships (namespaces other than `c`). */
const PLATFORM_COMPONENT = /^(force|flexipage|lightning|runtime_[a-z_]+|forceChatter|console):/;
const API_NAME = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*[A-Za-z0-9]$/;

interface FieldView {
  type: string;
  required: boolean;
  masterDetail: boolean;
  values?: string[];
  referenceTo?: string;
}

/** The org as it would be after the deploy: its objects and fields plus the package's. */
class OrgView {
  private readonly objects = new Map<string, Map<string, FieldView>>();
  private readonly names = new Map<string, string>();

  constructor(
    catalog: Catalog,
    packageObjects: Component[],
    readonly rowCount: (objectName: string) => number,
  ) {
    for (const def of catalog.objects) {
      const fields = new Map<string, FieldView>();
      for (const f of def.fields) {
        fields.set(f.name.toLowerCase(), {
          type: f.type,
          required: Boolean(f.required),
          masterDetail: Boolean(f.masterDetail),
          values: f.picklistValues,
          referenceTo: f.referenceTo?.[0],
        });
      }
      this.objects.set(def.name.toLowerCase(), fields);
      this.names.set(def.name.toLowerCase(), def.name);
    }
    for (const c of packageObjects) {
      const key = c.fullName.toLowerCase();
      const fields = this.objects.get(key) ?? new Map<string, FieldView>();
      if (!this.objects.has(key)) {
        for (const name of [
          'Id',
          'Name',
          'OwnerId',
          'CreatedDate',
          'CreatedById',
          'LastModifiedDate',
          'LastModifiedById',
        ]) {
          fields.set(name.toLowerCase(), { type: 'string', required: false, masterDetail: false });
        }
      }
      for (const f of asArray(c.xml?.fields) as XmlNode[]) {
        const type = text(f.type) ?? '';
        const values = asArray(((f.valueSet as XmlNode | undefined)?.valueSetDefinition as XmlNode | undefined)?.value);
        fields.set(String(text(f.fullName)).toLowerCase(), {
          type,
          required: type === 'MasterDetail' || flag(f.required),
          masterDetail: type === 'MasterDetail',
          values: values.map((v) => String(text((v as XmlNode).fullName))),
          referenceTo: text(f.referenceTo),
        });
      }
      this.objects.set(key, fields);
      this.names.set(key, c.fullName);
    }
  }

  hasObject(name: string): boolean {
    return this.objects.has(name.toLowerCase());
  }

  field(objectName: string, fieldName: string): FieldView | undefined {
    return this.objects.get(objectName.toLowerCase())?.get(fieldName.toLowerCase());
  }

  masterDetails(objectName: string): FieldView[] {
    return [...(this.objects.get(objectName.toLowerCase())?.values() ?? [])].filter((f) => f.masterDetail);
  }

  /** The objects whose master-detail fields point at this one. */
  detailsOf(objectName: string): string[] {
    const out: string[] = [];
    for (const [key, fields] of this.objects) {
      for (const f of fields.values()) {
        if (f.masterDetail && f.referenceTo?.toLowerCase() === objectName.toLowerCase())
          out.push(this.names.get(key) as string);
      }
    }
    return out;
  }
}

/** Every problem the deploy would report, by component. An empty list means the package deploys. */
export function checkPackage(
  pkg: MetadataPackage,
  catalog: Catalog,
  rowCount: (objectName: string) => number,
): Problem[] {
  const problems: Problem[] = pkg.failures.map((f) => ({ ...f }));
  const objects = pkg.components.filter((c) => c.type === 'CustomObject');
  const org = new OrgView(catalog, objects, rowCount);
  problems.push(...checkManifest(pkg));
  // Components that failed to parse still count as present: their own failure says what is wrong.
  const tabs = new Set(
    [...pkg.components, ...pkg.failures].filter((c) => c.type === 'CustomTab').map((c) => c.fullName),
  );
  const bundleList = pkg.components.filter((c) => c.type === 'LightningComponentBundle');
  const bundles = new Set(bundleList.map((c) => c.fullName));
  const bundleXml = new Map(bundleList.map((c) => [c.fullName, c.xml]));
  const pages = new Map(
    pkg.components.filter((c) => c.type === 'FlexiPage').map((c) => [c.fullName, text(c.xml?.type) ?? '']),
  );
  for (const f of pkg.failures) if (f.type === 'FlexiPage' && !pages.has(f.fullName)) pages.set(f.fullName, '');
  problems.push(...checkCssImports(bundleList));
  problems.push(...checkModules(bundleList));
  for (const c of pkg.components) {
    const report = (problem: string, fullName = c.fullName, type = c.type): void => {
      problems.push({ type, fullName, fileName: c.fileName, problem });
    };
    const xml = c.xml;
    if (!xml) continue;
    switch (c.type) {
      case 'CustomObject':
        checkObject(c, xml, org, report);
        break;
      case 'PermissionSet':
        checkPermissionSet(xml, org, tabs, report);
        break;
      case 'Layout': {
        const objectName = c.fullName.split('-')[0] as string;
        if (!org.hasObject(objectName)) {
          report(`In field: sobjectType - no CustomObject named ${objectName} found`);
          break;
        }
        for (const section of asArray(xml.layoutSections) as XmlNode[]) {
          for (const column of asArray(section.layoutColumns) as XmlNode[]) {
            for (const item of asArray(column.layoutItems) as XmlNode[]) {
              const f = text(item.field);
              if (f && !org.field(objectName, f))
                report(`In field: field - no CustomField named ${objectName}.${f} found`);
            }
          }
        }
        break;
      }
      case 'CustomTab': {
        if (flag(xml.customObject) && !org.hasObject(c.fullName)) {
          report(`In field: customObject - no CustomObject named ${c.fullName} found`);
        }
        // A Lightning page tab shows an app page of the org or the package (CustomTab.flexiPage).
        const flexiPage = text(xml.flexiPage);
        if (flexiPage !== undefined) {
          if (!pages.has(flexiPage)) report(`In field: flexiPage - no FlexiPage named ${flexiPage} found`);
          else if (pages.get(flexiPage) && pages.get(flexiPage) !== 'AppPage')
            report(`In field: flexiPage - ${flexiPage} is not an app page; a Lightning page tab shows an AppPage`);
        }
        break;
      }
      case 'CustomApplication':
        for (const tab of asArray(xml.tabs).map(String)) {
          if (!STANDARD_TAB.test(tab) && !tabs.has(tab)) report(`In field: tab - no CustomTab named ${tab} found`);
        }
        break;
      case 'CustomNotificationType':
        checkNotificationType(xml, report);
        break;
      case 'FlexiPage':
        for (const region of asArray(xml.flexiPageRegions) as XmlNode[]) {
          for (const instance of asArray(region.itemInstances) as XmlNode[]) {
            const name = text((instance.componentInstance as XmlNode | undefined)?.componentName);
            if (!name || PLATFORM_COMPONENT.test(name)) continue;
            const bundle = name.replace(/^c:/, '');
            if (!name.startsWith('c:') || !bundles.has(bundle)) {
              report(`Component [${name}] was not found.`);
              continue;
            }
            const problem = placementProblem(bundleXml.get(bundle), text(xml.type));
            if (problem) report(`Component [${name}] ${problem}`);
          }
        }
        break;
    }
  }
  return problems;
}

/** The js-meta target a page type needs (LWC Developer Guide, "XML Configuration File Elements"). */
const PAGE_TARGETS: Record<string, string> = {
  AppPage: 'lightning__AppPage',
  HomePage: 'lightning__HomePage',
  RecordPage: 'lightning__RecordPage',
};

/**
 * Why a bundle may not be placed on a page of `pageType`: only an exposed bundle (isExposed) that lists the page's
 * target can be (stricter where unsure: a page type the emulator does not know accepts no custom component).
 */
function placementProblem(meta: XmlNode | undefined, pageType: string | undefined): string | undefined {
  if (!meta || !flag(meta.isExposed)) return 'is not exposed (isExposed is false), so no page can place it.';
  const target = PAGE_TARGETS[pageType ?? ''];
  const targets = asArray((meta.targets as XmlNode | undefined)?.target).map(String);
  if (!target || !targets.includes(target)) {
    return `is not available for the page type ${pageType ?? '(none)'}: its targets are ${targets.join(', ') || 'none'}.`;
  }
  return undefined;
}

function checkManifest(pkg: MetadataPackage): Problem[] {
  const problems: Problem[] = [];
  const present = new Set<string>(pkg.failures.map((f) => `${f.type}:${f.fullName}`));
  for (const c of pkg.components) {
    present.add(`${c.type}:${c.fullName}`);
    for (const [element, type] of Object.entries(OBJECT_CHILDREN)) {
      for (const child of asArray(c.xml?.[element]) as XmlNode[])
        present.add(`${type}:${c.fullName}.${String(text(child.fullName))}`);
    }
  }
  const known = new Set([
    'CustomObject',
    'PermissionSet',
    'Layout',
    'CustomTab',
    'CustomApplication',
    'FlexiPage',
    'LightningComponentBundle',
    'CustomNotificationType',
    ...Object.values(OBJECT_CHILDREN),
  ]);
  for (const [type, members] of pkg.manifest) {
    if (!known.has(type)) {
      problems.push({
        type: '',
        fullName: 'package.xml',
        fileName: 'package.xml',
        problem: `Unknown type name '${type}' specified in package.xml`,
      });
      continue;
    }
    for (const member of members) {
      if (member === '*' || present.has(`${type}:${member}`)) continue;
      problems.push({
        type,
        fullName: member,
        fileName: 'package.xml',
        problem: `An object '${member}' of type ${type} was named in package.xml, but was not found in zipped directory`,
      });
    }
  }
  return problems;
}

type Report = (problem: string, fullName?: string, type?: string) => void;

function checkObject(c: Component, xml: XmlNode, org: OrgView, report: Report): void {
  const objectName = c.fullName;
  const custom = objectName.endsWith('__c');
  if (custom) {
    if (!API_NAME.test(objectName.slice(0, -3))) report(`The object name ${objectName} is not a valid API name`);
    if (!text(xml.label)) report('Must specify a non-empty label for the CustomObject');
    if (!text(xml.pluralLabel)) report('Must specify a non-empty plural label for the CustomObject');
    if (!text(xml.deploymentStatus)) report('Must specify the deploymentStatus of the CustomObject');
    const nameField = xml.nameField as XmlNode | undefined;
    if (!nameField || !text(nameField.label)) report('Must specify a name field with a label');
    else if (text(nameField.type) === 'AutoNumber' && !text(nameField.displayFormat)) {
      report('An Auto Number name field requires a display format');
    } else if (!['Text', 'AutoNumber'].includes(text(nameField.type) ?? '')) {
      report('The name field must be of type Text or AutoNumber');
    }
  } else if (!org.hasObject(objectName)) {
    report(`Cannot find the standard object ${objectName}`);
  }
  const fields = asArray(xml.fields) as XmlNode[];
  const masterDetails = fields.filter((f) => text(f.type) === 'MasterDetail');
  const sharingModel = text(xml.sharingModel);
  if (custom && masterDetails.length > 0 && sharingModel !== 'ControlledByParent') {
    report('An object with a master-detail relationship must have sharingModel ControlledByParent');
  }
  if (custom && masterDetails.length === 0 && sharingModel === 'ControlledByParent') {
    report('sharingModel ControlledByParent requires a master-detail relationship');
  }
  if (org.masterDetails(objectName).length > 2) report('An object can have at most two master-detail relationships');
  for (const f of fields)
    checkField(objectName, f, org, (p) => report(p, `${objectName}.${String(text(f.fullName))}`, 'CustomField'));
  for (const view of asArray(xml.listViews) as XmlNode[]) {
    const viewName = `${objectName}.${String(text(view.fullName))}`;
    for (const column of asArray(view.columns).map(String)) {
      if (!/^[A-Z_.]+$/.test(column) && !org.field(objectName, column)) {
        report(`In field: columns - no CustomField named ${objectName}.${column} found`, viewName, 'ListView');
      }
    }
    for (const filter of asArray(view.filters) as XmlNode[]) {
      const fieldName = String(text(filter.field));
      const field = org.field(objectName, fieldName);
      if (!field) {
        report(`In field: field - no CustomField named ${objectName}.${fieldName} found`, viewName, 'ListView');
        continue;
      }
      const value = text(filter.value);
      if (
        value &&
        field.values &&
        ['Picklist', 'MultiselectPicklist', 'picklist', 'multipicklist'].includes(field.type)
      ) {
        for (const v of value.split(',')) {
          if (!field.values.includes(v.trim()))
            report(`invalid picklist value: ${v.trim()} for ${objectName}.${fieldName}`, viewName, 'ListView');
        }
      }
    }
  }
  for (const layout of asArray(xml.compactLayouts) as XmlNode[]) {
    const layoutName = `${objectName}.${String(text(layout.fullName))}`;
    for (const f of asArray(layout.fields).map(String)) {
      if (!org.field(objectName, f))
        report(`In field: fields - no CustomField named ${objectName}.${f} found`, layoutName, 'CompactLayout');
    }
  }
}

function checkField(objectName: string, f: XmlNode, org: OrgView, report: (problem: string) => void): void {
  const name = String(text(f.fullName) ?? '');
  const type = text(f.type);
  if (!name.endsWith('__c') || !API_NAME.test(name.slice(0, -3))) {
    report(`The field name ${name} is not a valid API name for a custom field`);
  }
  if (!text(f.label)) report('Must specify a non-empty label for the CustomField');
  if (!type || !FIELD_TYPES.has(type)) {
    report(`Invalid field type: ${type ?? '(none)'}`);
    return;
  }
  const length = int(f.length);
  const precision = int(f.precision);
  const scale = int(f.scale) ?? 0;
  switch (type) {
    case 'Text':
      if (length === undefined || length < 1 || length > 255)
        report('Length must be between 1 and 255 for a Text field');
      break;
    case 'LongTextArea':
    case 'Html':
      if (length === undefined || length < 256 || length > 131072) report('Length must be between 256 and 131,072');
      if (int(f.visibleLines) === undefined) report('Must specify visibleLines for a long text area');
      break;
    case 'Number':
    case 'Currency':
    case 'Percent':
      if (precision === undefined || precision < 1 || precision > 18 || scale < 0 || scale > precision) {
        report('The sum of the length and decimal places must be an integer less than or equal to 18');
      }
      break;
    case 'Checkbox':
      if (text(f.defaultValue) === undefined) report('Checkbox fields require a default value');
      break;
    case 'Picklist':
    case 'MultiselectPicklist': {
      const valueSet = f.valueSet as XmlNode | undefined;
      const values = asArray((valueSet?.valueSetDefinition as XmlNode | undefined)?.value) as XmlNode[];
      if (!valueSet || (values.length === 0 && !text(valueSet.valueSetName)))
        report('A picklist must have a value set');
      const seen = new Set<string>();
      for (const v of values) {
        const value = text(v.fullName);
        if (!value) report('Picklist values must have a non-empty API name');
        else if (value.length > 255) report(`Picklist value ${value.slice(0, 40)}… is longer than 255 characters`);
        else if (seen.has(value.toLowerCase())) report(`Duplicate picklist value: ${value}`);
        else if (value.includes(';') && type === 'MultiselectPicklist')
          report(`Picklist value ${value} contains a semicolon`);
        if (value) seen.add(value.toLowerCase());
      }
      if (type === 'Picklist' && values.filter((v) => flag(v.default)).length > 1)
        report('A picklist can have only one default value');
      if (type === 'MultiselectPicklist' && int(f.visibleLines) === undefined)
        report('Must specify visibleLines for a multi-select picklist');
      break;
    }
    case 'Lookup':
    case 'MasterDetail':
      checkRelationship(objectName, name, type, f, org, report);
      break;
  }
  if (flag(f.externalId) && !['Text', 'Number', 'Email', 'AutoNumber'].includes(type)) {
    report('External ID is only allowed on Text, Number, Email and Auto Number fields');
  }
  if (flag(f.unique) && !['Text', 'Number', 'Email'].includes(type))
    report('Unique is only allowed on Text, Number and Email fields');
}

function checkRelationship(
  objectName: string,
  name: string,
  type: 'Lookup' | 'MasterDetail',
  f: XmlNode,
  org: OrgView,
  report: (problem: string) => void,
): void {
  const target = text(f.referenceTo);
  if (!target || !org.hasObject(target)) {
    report(`referenceTo value of '${target ?? ''}' does not resolve to a valid sObject type`);
    return;
  }
  if (!text(f.relationshipName) || !API_NAME.test(String(text(f.relationshipName)))) {
    report('Must specify a valid relationshipName');
  }
  if (type === 'Lookup') {
    const constraint = text(f.deleteConstraint) ?? 'SetNull';
    if (constraint === 'Cascade') report('Cascade delete on a lookup relationship is not enabled in this org');
    if (flag(f.required) && constraint === 'SetNull' && target !== 'User') {
      report(
        'A required lookup field cannot clear its value when the parent is deleted: use deleteConstraint Restrict',
      );
    }
    return;
  }
  if (!objectName.endsWith('__c')) report('Master-detail relationships can only be created on custom objects');
  if (!target.endsWith('__c') && !STANDARD_MASTERS.has(target)) {
    report(`${target} cannot be the master of a master-detail relationship`);
  }
  if (flag(f.required)) report('A master-detail field is always required: remove the required attribute');
  if (org.detailsOf(objectName).length > 0 && org.masterDetails(objectName).length > 1) {
    report(`${objectName} is the master of other objects and cannot be the detail of two masters`);
  }
  let depth = 1;
  for (let parent = target; depth < 5; depth++) {
    const up = org.masterDetails(parent)[0]?.referenceTo;
    if (!up) break;
    parent = up;
  }
  if (depth > 3) report('Master-detail relationships can be at most three levels deep');
  if (org.masterDetails(target).length > 1) report(`${target} is a junction object and cannot be a master`);
  // Help, "Considerations for Relationships": a master-detail field cannot be added to an object that has records.
  const isNew = !org.field(objectName, name) || !org.field(objectName, name)?.masterDetail;
  if (isNew && org.rowCount(objectName) > 0) {
    report(`You cannot create a new master-detail relationship on an existing custom object if records already exist`);
  }
}

function checkPermissionSet(xml: XmlNode, org: OrgView, tabs: Set<string>, report: Report): void {
  if (!text(xml.label)) report('Must specify a non-empty label for the PermissionSet');
  const objectGrants = new Map<string, XmlNode>();
  for (const o of asArray(xml.objectPermissions) as XmlNode[]) {
    const objectName = String(text(o.object));
    if (!org.hasObject(objectName)) {
      report(`In field: object - no CustomObject named ${objectName} found`);
      continue;
    }
    objectGrants.set(objectName.toLowerCase(), o);
    const needs: Array<[string, boolean, string[]]> = [
      ['Create', flag(o.allowCreate), flag(o.allowRead) ? [] : ['Read']],
      ['Edit', flag(o.allowEdit), flag(o.allowRead) ? [] : ['Read']],
      ['Delete', flag(o.allowDelete), [...(flag(o.allowRead) ? [] : ['Read']), ...(flag(o.allowEdit) ? [] : ['Edit'])]],
      ['View All', flag(o.viewAllRecords), flag(o.allowRead) ? [] : ['Read']],
      [
        'Modify All',
        flag(o.modifyAllRecords),
        [...(flag(o.allowDelete) ? [] : ['Delete']), ...(flag(o.viewAllRecords) ? [] : ['View All'])],
      ],
    ];
    for (const [permission, granted, missing] of needs) {
      if (granted && missing.length > 0) {
        report(
          `Permission ${permission} ${objectName} depends on permission(s): ${missing.map((m) => `${m} ${objectName}`).join(', ')}`,
        );
      }
    }
  }
  // A detail object's access depends on its master's: Read needs Read, View All needs View All.
  for (const [key, o] of objectGrants) {
    const objectName = String(text(o.object));
    for (const md of org.masterDetails(objectName)) {
      const master = md.referenceTo as string;
      const m = objectGrants.get(master.toLowerCase());
      if (flag(o.allowRead) && !(m && flag(m.allowRead)))
        report(`Permission Read ${objectName} depends on permission(s): Read ${master}`);
      if (flag(o.viewAllRecords) && !(m && flag(m.viewAllRecords))) {
        report(`Permission View All ${objectName} depends on permission(s): View All ${master}`);
      }
    }
    void key;
  }
  for (const fp of asArray(xml.fieldPermissions) as XmlNode[]) {
    const qualified = String(text(fp.field));
    const [objectName, fieldName] = qualified.split('.') as [string, string | undefined];
    const field = fieldName ? org.field(objectName, fieldName) : undefined;
    if (!field) {
      report(`In field: field - no CustomField named ${qualified} found`);
      continue;
    }
    if (field.required || field.masterDetail) report(`You cannot deploy to a required field: ${qualified}`);
    if (flag(fp.editable) && !flag(fp.readable))
      report(`Permission Edit ${qualified} depends on permission(s): Read ${qualified}`);
  }
  for (const up of asArray(xml.userPermissions) as XmlNode[]) {
    const name = String(text(up.name));
    if (!(SYSTEM_PERMISSIONS as readonly string[]).includes(name)) report(`Unknown user permission: ${name}`);
  }
  for (const ts of asArray(xml.tabSettings) as XmlNode[]) {
    const tab = String(text(ts.tab));
    if (!STANDARD_TAB.test(tab) && !tabs.has(tab) && !org.hasObject(tab))
      report(`In field: tab - no CustomTab named ${tab} found`);
  }
}

/**
 * CustomNotificationType (Metadata API Developer Guide, "CustomNotificationType"): customNotifTypeName (at most 80
 * characters), masterLabel, desktop and mobile are required; description holds at most 255 characters.
 */
function checkNotificationType(xml: XmlNode, report: Report): void {
  const name = text(xml.customNotifTypeName);
  if (!name) report('Required field is missing: customNotifTypeName');
  else if (name.length > 80) report('customNotifTypeName: data value too large (max length=80)');
  if (!text(xml.masterLabel)) report('Required field is missing: masterLabel');
  for (const channel of ['desktop', 'mobile'] as const) {
    const value = text(xml[channel]);
    if (value !== 'true' && value !== 'false') report(`Required field is missing: ${channel}`);
  }
  const description = text(xml.description);
  if (description && description.length > 255) report('description: data value too large (max length=255)');
}

const CSS_IMPORT = /@import\s+(?:url\(\s*)?(['"])([^'"]*)\1/g;

/**
 * A component's CSS may import a CSS module of the package (`@import 'c/moduleName';`): a bundle whose folder and CSS
 * file have that name. Imports come before every other statement (comments aside). LWC Developer Guide, "Share CSS
 * Style Rules" (https://developer.salesforce.com/docs/platform/lwc/guide/create-components-css-share.html); the
 * LWC style compiler fails a sheet with `@import must precede all other statements`.
 */
function checkCssImports(bundles: readonly Component[]): Problem[] {
  const problems: Problem[] = [];
  const cssOf = new Map(bundles.map((b) => [b.fullName, b.files?.get(`${b.fullName}.css`)]));
  for (const bundle of bundles) {
    for (const [file, css] of bundle.files ?? []) {
      if (!file.endsWith('.css')) continue;
      const fileName = `${bundle.fileName}/${file}`;
      const report = (problem: string): void => {
        problems.push({ type: bundle.type, fullName: bundle.fullName, fileName, problem });
      };
      const statements = css.replace(/\/\*[\s\S]*?\*\//g, '').trim();
      const leading = /^(?:@import\s+[^;]*;\s*)*/.exec(statements)?.[0] ?? '';
      for (const match of css.matchAll(CSS_IMPORT)) {
        const specifier = match[2] as string;
        const module = /^c\/(\w+)$/.exec(specifier)?.[1];
        if (!module || cssOf.get(module) === undefined) {
          report(`Invalid import statement: no CSS module ${specifier} in the package (c/moduleName)`);
        }
      }
      if (/@import\b/.test(statements.slice(leading.length))) report('@import must precede all other statements');
    }
  }
  return problems;
}

const TAG = /<([a-z][a-z0-9]*)-([a-z0-9-]+)/g;
const IMPORT = /\bfrom\s*(['"])([^'"]+)\1|\bimport\s*(['"])([^'"]+)\3|\bimport\(\s*(['"])([^'"]+)\5/g;
const camel = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Every module a component uses, a `<ns-name>` tag in its templates or an `import … from 'ns/name'` in its scripts,
 * must be one the platform can resolve: a bundle of the package (`c`), or a base component or API module of the
 * `lightning` namespace available to Lightning web components (base-modules.ts); `lwc` and `@salesforce/…` are the
 * framework's. Anything else fails the bundle as the platform does: `No MODULE named markup://ns:name found`
 * (LWC Developer Guide, "Component Namespaces"; the Component Reference lists the base components for LWC — an Aura
 * one such as lightning:select has no LWC module).
 */
function checkModules(bundles: readonly Component[]): Problem[] {
  const problems: Problem[] = [];
  const names = new Set(bundles.map((b) => b.fullName));
  const known = (namespace: string, name: string): boolean =>
    namespace === 'c' ? names.has(name) : namespace === 'lightning' && LIGHTNING_MODULES.has(name);
  for (const bundle of bundles) {
    const missing = new Set<string>();
    for (const [file, source] of bundle.files ?? []) {
      if (file.includes('__tests__/')) continue;
      if (file.endsWith('.html')) {
        const markup = source.replace(/<!--[\s\S]*?-->/g, '');
        for (const match of markup.matchAll(TAG)) {
          const [namespace, name] = [match[1] as string, camel(match[2] as string)];
          if (!known(namespace, name)) missing.add(`${namespace}:${name}`);
        }
      } else if (file.endsWith('.js')) {
        const script = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
        for (const match of script.matchAll(IMPORT)) {
          const specifier = (match[2] ?? match[4] ?? match[6]) as string;
          if (specifier.startsWith('.') || specifier === 'lwc' || specifier.startsWith('@salesforce/')) continue;
          const parts = /^([a-z][\w]*)\/([\w]+)$/i.exec(specifier);
          if (!parts || !known(parts[1] as string, parts[2] as string)) {
            missing.add(parts ? `${parts[1]}:${parts[2]}` : specifier);
          }
        }
      }
    }
    for (const module of missing) {
      problems.push({
        type: bundle.type,
        fullName: bundle.fullName,
        fileName: bundle.fileName,
        problem: `No MODULE named markup://${module} found`,
      });
    }
  }
  return problems;
}
