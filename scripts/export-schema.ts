// Generates schema/contact-plan.schema.json (docs/contracts.md, "Schema export") from the force-app XML.
// Usage: npm run schema:export            writes the file
//        npm run schema:export -- --check exits 1 when the committed file is stale
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface FieldSchema {
  type: string;
  label: string;
  length?: number;
  precision?: number;
  scale?: number;
  visibleLines?: number;
  values?: string[];
  restricted?: boolean;
  referenceTo?: string;
  relationshipName?: string;
  /** The parent's name for its list of these records in SOQL subqueries, e.g. Plan_Relationships__r. */
  childRelationshipName?: string;
  required?: boolean;
  externalId?: boolean;
  unique?: boolean;
  defaultValue?: string | boolean;
  inlineHelpText?: string;
}

export interface ObjectSchema {
  custom: boolean;
  label?: string;
  pluralLabel?: string;
  nameField?: { type: string; label: string; displayFormat?: string };
  fields: Record<string, FieldSchema>;
}

export interface PackageSchema {
  apiVersion: string;
  objects: Record<string, ObjectSchema>;
}

const repoRoot = resolve(__dirname, '..');
export const SCHEMA_PATH = join(repoRoot, 'schema', 'contact-plan.schema.json');
const OBJECTS_DIR = join(repoRoot, 'force-app', 'main', 'default', 'objects');

// Everything stays a string so "0" and "false" are converted deliberately below, never guessed.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'value',
});

type XmlNode = Record<string, unknown>;

function readXml(path: string, root: string): XmlNode {
  const doc = parser.parse(readFileSync(path, 'utf8')) as XmlNode;
  const node = doc[root];
  if (!node || typeof node !== 'object') throw new Error(`${path}: expected a <${root}> document`);
  return node as XmlNode;
}

const text = (node: XmlNode, key: string): string | undefined => {
  const v = node[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};
const int = (node: XmlNode, key: string): number | undefined => {
  const v = text(node, key);
  return v === undefined ? undefined : Number.parseInt(v, 10);
};
const flag = (node: XmlNode, key: string): boolean => text(node, key) === 'true';

function picklistValues(field: XmlNode): { values: string[]; restricted: boolean; defaultValue?: string } {
  const valueSet = field.valueSet as XmlNode | undefined;
  const definition = valueSet?.valueSetDefinition as XmlNode | undefined;
  const entries = (definition?.value as XmlNode[] | undefined) ?? [];
  const values = entries.map((v) => String(v.fullName));
  const byDefault = entries.find((v) => v.default === 'true');
  return {
    values,
    restricted: valueSet ? flag(valueSet, 'restricted') : false,
    defaultValue: byDefault ? String(byDefault.fullName) : undefined,
  };
}

/** One CustomField XML node to the contract's field shape; keys appear in the contract's order. */
export function fieldSchema(field: XmlNode): FieldSchema {
  const type = text(field, 'type');
  const name = text(field, 'fullName');
  const label = text(field, 'label');
  if (!type || !name || !label) throw new Error(`field ${name ?? '?'}: fullName, label and type are required`);
  const out: FieldSchema = { type, label };
  const isPicklist = type === 'Picklist' || type === 'MultiselectPicklist';
  const picklist = isPicklist ? picklistValues(field) : undefined;
  const isReference = type === 'Lookup' || type === 'MasterDetail';
  const set = <K extends keyof FieldSchema>(key: K, value: FieldSchema[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('length', int(field, 'length'));
  set('precision', int(field, 'precision'));
  set('scale', int(field, 'scale'));
  set('visibleLines', int(field, 'visibleLines'));
  set('values', picklist?.values);
  set('restricted', picklist?.restricted || undefined);
  set('referenceTo', text(field, 'referenceTo'));
  set('relationshipName', isReference ? name.replace(/__c$/, '__r') : undefined);
  const childRelationship = isReference ? text(field, 'relationshipName') : undefined;
  set('childRelationshipName', childRelationship ? `${childRelationship}__r` : undefined);
  set('required', type === 'MasterDetail' || flag(field, 'required') || undefined);
  set('externalId', flag(field, 'externalId') || undefined);
  set('unique', flag(field, 'unique') || undefined);
  if (type === 'Checkbox') set('defaultValue', flag(field, 'defaultValue'));
  else set('defaultValue', picklist?.defaultValue ?? text(field, 'defaultValue'));
  set('inlineHelpText', text(field, 'inlineHelpText'));
  return out;
}

function objectSchema(dir: string, name: string): ObjectSchema {
  const custom = name.endsWith('__c');
  const out: ObjectSchema = custom ? { custom, ...customObjectHeader(dir, name), fields: {} } : { custom, fields: {} };
  const fieldsDir = join(dir, 'fields');
  const files = existsSync(fieldsDir) ? readdirSync(fieldsDir).filter((f) => f.endsWith('.field-meta.xml')) : [];
  for (const file of files.sort()) {
    const field = readXml(join(fieldsDir, file), 'CustomField');
    out.fields[String(field.fullName)] = fieldSchema(field);
  }
  return out;
}

function customObjectHeader(dir: string, name: string): Omit<ObjectSchema, 'custom' | 'fields'> {
  const objectFile = join(dir, `${name}.object-meta.xml`);
  if (!existsSync(objectFile)) throw new Error(`${name}: custom object without ${name}.object-meta.xml`);
  const obj = readXml(objectFile, 'CustomObject');
  const nameField = obj.nameField as XmlNode;
  const displayFormat = text(nameField, 'displayFormat');
  return {
    label: text(obj, 'label'),
    pluralLabel: text(obj, 'pluralLabel'),
    nameField: {
      type: String(text(nameField, 'type')),
      label: String(text(nameField, 'label')),
      ...(displayFormat ? { displayFormat } : {}),
    },
  };
}

export function buildSchema(objectsDir = OBJECTS_DIR): PackageSchema {
  const project = JSON.parse(readFileSync(join(repoRoot, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion: string };
  const objects: Record<string, ObjectSchema> = {};
  const names = readdirSync(objectsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const name of names) objects[name] = objectSchema(join(objectsDir, name), name);
  return { apiVersion: project.sourceApiVersion, objects };
}

// prettier is loaded lazily: its module loads with a dynamic import that jest's VM cannot run.
export async function renderSchema(schema: PackageSchema): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(SCHEMA_PATH)) ?? {};
  return prettier.format(JSON.stringify(schema), { ...options, parser: 'json' });
}

async function main(argv: string[]): Promise<number> {
  const rendered = await renderSchema(buildSchema());
  if (argv.includes('--check')) {
    const current = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : '';
    if (current === rendered) return 0;
    console.error(`${SCHEMA_PATH} is stale: run npm run schema:export`);
    return 1;
  }
  writeFileSync(SCHEMA_PATH, rendered);
  console.log(`wrote ${SCHEMA_PATH}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
