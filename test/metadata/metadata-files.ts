// Reads the force-app source-format XML for the metadata tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const FORCE_APP = join(REPO_ROOT, 'force-app');
export const DEFAULT_DIR = join(FORCE_APP, 'main', 'default');

const REPEATED = new Set([
  'value',
  'fieldPermissions',
  'objectPermissions',
  'tabSettings',
  'userPermissions',
  'applicationVisibilities',
  'fields',
  'columns',
  'filters',
  'layoutSections',
  'layoutColumns',
  'layoutItems',
  'relatedLists',
  'tabs',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

// Parsed XML is loosely typed by nature; tests read it through this alias.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Xml = any;

export function readMetadata(relativePath: string, root: string): Xml {
  const path = join(DEFAULT_DIR, relativePath);
  if (!existsSync(path)) throw new Error(`missing ${relativePath}`);
  const doc = parser.parse(readFileSync(path, 'utf8')) as Record<string, Xml>;
  if (!doc[root]) throw new Error(`${relativePath}: root element is not <${root}>`);
  return doc[root];
}

/** File names in a folder below force-app/main/default with the given suffix, suffix removed. */
export function listMetadata(relativeDir: string, suffix: string): string[] {
  const dir = join(DEFAULT_DIR, relativeDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

export const readField = (object: string, field: string): Xml =>
  readMetadata(`objects/${object}/fields/${field}.field-meta.xml`, 'CustomField');

export const readObject = (object: string): Xml =>
  readMetadata(`objects/${object}/${object}.object-meta.xml`, 'CustomObject');

export const readPermissionSet = (name: string): Xml =>
  readMetadata(`permissionsets/${name}.permissionset-meta.xml`, 'PermissionSet');

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const isTrue = (value: unknown): boolean => value === 'true';
