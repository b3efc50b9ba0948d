import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed metadata XML element: strings for leaves (never guessed numbers or booleans), arrays where repeated. */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/** One component of a Metadata API package, as the deploy reports it back. */
export interface Component {
  type: string;
  fullName: string;
  /** The file inside the package (`objects/Relationship__c.object`), as Salesforce names it in deploy messages. */
  fileName: string;
  /** The parsed root element, when the file holds XML (undefined for bundles' source files). */
  xml?: XmlNode;
  /** The raw text, for change detection. */
  content: string;
  /** A bundle's files by name inside the bundle folder (`contactMap.css`): their text. */
  files?: Map<string, string>;
}

export interface ParseFailure {
  type: string;
  fullName: string;
  fileName: string;
  problem: string;
  lineNumber?: number;
  columnNumber?: number;
}

export interface MetadataPackage {
  apiVersion: string | undefined;
  /** `package.xml`'s types and members. */
  manifest: Map<string, string[]>;
  components: Component[];
  failures: ParseFailure[];
}

/** Folders of the metadata format and the type their files hold (Metadata API Developer Guide, each type's page). */
const FOLDERS: Record<string, { type: string; suffix: string }> = {
  objects: { type: 'CustomObject', suffix: '.object' },
  permissionsets: { type: 'PermissionSet', suffix: '.permissionset' },
  layouts: { type: 'Layout', suffix: '.layout' },
  tabs: { type: 'CustomTab', suffix: '.tab' },
  applications: { type: 'CustomApplication', suffix: '.app' },
  flexipages: { type: 'FlexiPage', suffix: '.flexipage' },
  notificationtypes: { type: 'CustomNotificationType', suffix: '.notiftype' },
};
const BUNDLE_FOLDERS: Record<string, string> = { lwc: 'LightningComponentBundle' };

/** Children a CustomObject file carries, by element, with their metadata type (reported as `Object.Child`). */
export const OBJECT_CHILDREN: Record<string, string> = {
  fields: 'CustomField',
  listViews: 'ListView',
  compactLayouts: 'CompactLayout',
  validationRules: 'ValidationRule',
  recordTypes: 'RecordType',
  webLinks: 'WebLink',
  fieldSets: 'FieldSet',
  businessProcesses: 'BusinessProcess',
};

const REPEATED = new Set([
  'types',
  'members',
  'fields',
  'listViews',
  'compactLayouts',
  'validationRules',
  'recordTypes',
  'webLinks',
  'fieldSets',
  'value',
  'objectPermissions',
  'fieldPermissions',
  'userPermissions',
  'tabSettings',
  'applicationVisibilities',
  'classAccesses',
  'pageAccesses',
  'recordTypeVisibilities',
  'customPermissions',
  'layoutSections',
  'layoutColumns',
  'layoutItems',
  'relatedLists',
  'filters',
  'columns',
  'tabs',
  'flexiPageRegions',
  'itemInstances',
  'componentInstanceProperties',
  'actionOverrides',
  'profileActionOverrides',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

/** Parses one metadata XML document; a document that does not parse is a failure with its line and column. */
export function parseMetadataXml(
  text: string,
): { root: string; node: XmlNode } | { problem: string; line?: number; column?: number } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { problem: `Error parsing file: ${valid.err.msg}`, line: valid.err.line, column: valid.err.col };
  }
  const doc = parser.parse(text) as Record<string, unknown>;
  const root = Object.keys(doc).find((k) => k !== '?xml');
  const node = root ? doc[root] : undefined;
  if (!root || typeof node !== 'object' || node === null) return { problem: 'Error parsing file: no root element' };
  return { root, node: node as XmlNode };
}

/** Reads a deploy's zip: package.xml (at the root or in one top folder) and the components beside it. */
export async function readPackage(zipBuffer: Buffer): Promise<MetadataPackage> {
  const zip = await JSZip.loadAsync(zipBuffer);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const manifestFile = files.find((f) => /^(?:[^/]+\/)?package\.xml$/.test(f.name));
  if (!manifestFile) throw new PackageError('No package.xml found');
  const root = manifestFile.name.slice(0, manifestFile.name.length - 'package.xml'.length);
  const manifestText = await manifestFile.async('string');
  const parsedManifest = parseMetadataXml(manifestText);
  if ('problem' in parsedManifest) throw new PackageError(`package.xml: ${parsedManifest.problem}`);
  const manifest = new Map<string, string[]>();
  for (const t of asArray(parsedManifest.node.types)) {
    const node = t as XmlNode;
    const name = text(node.name);
    if (name)
      manifest.set(
        name,
        asArray(node.members).map((m) => String(m)),
      );
  }
  const pkg: MetadataPackage = {
    apiVersion: text(parsedManifest.node.version),
    manifest,
    components: [],
    failures: [],
  };
  const bundles = new Map<string, Component>();
  for (const file of files) {
    if (!file.name.startsWith(root) || file.name === manifestFile.name) continue;
    const fileName = file.name.slice(root.length);
    const [folder, ...rest] = fileName.split('/');
    const content = await file.async('string');
    const bundleType = BUNDLE_FOLDERS[folder ?? ''];
    if (bundleType && rest.length >= 2) {
      const name = rest[0] as string;
      const key = `${bundleType}:${name}`;
      const existing = bundles.get(key);
      if (existing) existing.content += `\n--- ${fileName}\n${content}`;
      else {
        const bundle: Component = {
          type: bundleType,
          fullName: name,
          fileName: `${folder}/${name}`,
          content,
          files: new Map(),
        };
        bundles.set(key, bundle);
        pkg.components.push(bundle);
      }
      (bundles.get(key) as Component).files?.set(rest.slice(1).join('/'), content);
      if (fileName.endsWith('.js-meta.xml')) {
        const parsed = parseMetadataXml(content);
        if ('problem' in parsed) pkg.failures.push(failure(bundleType, name, fileName, parsed));
        // The configuration file says where the bundle may be placed (isExposed, targets); pages check it.
        else (bundles.get(key) as Component).xml = parsed.node;
      }
      continue;
    }
    const kind = FOLDERS[folder ?? ''];
    if (!kind || rest.length !== 1 || !fileName.endsWith(kind.suffix)) {
      if (!fileName.endsWith('-meta.xml'))
        pkg.failures.push({
          type: '',
          fullName: fileName,
          fileName,
          problem: `Unknown file in the package: ${fileName}`,
        });
      continue;
    }
    const fullName = decodeURIComponent((rest[0] as string).slice(0, -kind.suffix.length));
    const parsed = parseMetadataXml(content);
    if ('problem' in parsed) {
      pkg.failures.push(failure(kind.type, fullName, fileName, parsed));
      continue;
    }
    if (parsed.root !== kind.type) {
      pkg.failures.push({
        type: kind.type,
        fullName,
        fileName,
        problem: `Expected a ${kind.type} element, found ${parsed.root}`,
      });
      continue;
    }
    pkg.components.push({ type: kind.type, fullName, fileName, xml: parsed.node, content });
  }
  return pkg;
}

function failure(
  type: string,
  fullName: string,
  fileName: string,
  parsed: { problem: string; line?: number; column?: number },
): ParseFailure {
  return {
    type,
    fullName,
    fileName,
    problem: parsed.problem,
    ...(parsed.line ? { lineNumber: parsed.line } : {}),
    ...(parsed.column ? { columnNumber: parsed.column } : {}),
  };
}

export class PackageError extends Error {}

export const asArray = (v: XmlValue | undefined): XmlValue[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
export const text = (v: XmlValue | undefined): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;
export const flag = (v: XmlValue | undefined): boolean => v === 'true';
export const int = (v: XmlValue | undefined): number | undefined => {
  const t = text(v);
  return t === undefined ? undefined : Number.parseInt(t, 10);
};
