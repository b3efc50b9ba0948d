import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { XMLParser } from 'fast-xml-parser';
import { ALL_FIELDS, CUSTOM_OBJECTS, PERMISSION_SETS } from './design-model';
import { DEFAULT_DIR, listMetadata } from './metadata-files';

// Converts force-app/main/default to a Metadata API package, as `sf project deploy start` does before it uploads.
const outputDirectory = mkdtempSync(join(tmpdir(), 'contact-plan-mdapi-'));
let manifest: Map<string, string[]>;
let packageXml: string;
let conversionMs: number;

beforeAll(async () => {
  const started = Date.now();
  const components = ComponentSet.fromSource(DEFAULT_DIR);
  components.sourceApiVersion = '64.0';
  const result = await new MetadataConverter().convert(components, 'metadata', {
    type: 'directory',
    outputDirectory,
    genUniqueDir: false,
  });
  conversionMs = Date.now() - started;
  packageXml = readFileSync(join(result.packagePath!, 'package.xml'), 'utf8');
  const parsed = new XMLParser({ isArray: (name) => name === 'types' || name === 'members' }).parse(packageXml);
  manifest = new Map(
    (parsed.Package.types as { name: string; members: string[] }[]).map((t) => [t.name, t.members.map(String)]),
  );
});

afterAll(() => rmSync(outputDirectory, { recursive: true, force: true }));

const members = (type: string) => manifest.get(type) ?? [];
const ours = (type: string, names: string[]) => members(type).filter((m) => names.includes(m));

describe('Metadata API package converted with @salesforce/source-deploy-retrieve', () => {
  it('converts quickly and targets API version 64.0', () => {
    expect(conversionMs).toBeLessThan(10_000);
    expect(packageXml).toContain('<version>64.0</version>');
  });

  it('lists the four custom objects', () => {
    expect(ours('CustomObject', CUSTOM_OBJECTS)).toEqual([...CUSTOM_OBJECTS].sort());
  });

  it('lists every custom field, on custom and standard objects', () => {
    const expected = ALL_FIELDS.map((f) => f.qualified).sort();
    expect(ours('CustomField', expected)).toEqual(expected);
    expect(ours('CustomField', expected)).toHaveLength(63);
  });

  it('lists the permission sets, tabs, app, layouts, compact layouts and list views', () => {
    expect(ours('PermissionSet', [...PERMISSION_SETS])).toEqual([...PERMISSION_SETS].sort());
    expect(ours('CustomTab', CUSTOM_OBJECTS)).toEqual([...CUSTOM_OBJECTS].sort());
    expect(members('CustomApplication')).toContain('Contact_Plan');
    const layouts = listMetadata('layouts', '.layout-meta.xml');
    expect(ours('Layout', layouts)).toEqual(layouts);
    const compact = CUSTOM_OBJECTS.flatMap((o) =>
      listMetadata(`objects/${o}/compactLayouts`, '.compactLayout-meta.xml').map((c) => `${o}.${c}`),
    ).sort();
    expect(compact).toHaveLength(4);
    expect(ours('CompactLayout', compact)).toEqual(compact);
    const views = CUSTOM_OBJECTS.flatMap((o) =>
      listMetadata(`objects/${o}/listViews`, '.listView-meta.xml').map((v) => `${o}.${v}`),
    ).sort();
    expect(views.length).toBeGreaterThanOrEqual(8);
    expect(ours('ListView', views)).toEqual(views);
  });

  it('writes each object with its fields into one .object file', () => {
    const relationship = readFileSync(join(outputDirectory, 'objects', 'Relationship__c.object'), 'utf8');
    expect(relationship).toContain('<fullName>Pair_Key__c</fullName>');
    expect(relationship).toContain('<sharingModel>ControlledByParent</sharingModel>');
    const account = readFileSync(join(outputDirectory, 'objects', 'Account.object'), 'utf8');
    expect(account).toContain('<fullName>Coverage_Score__c</fullName>');
  });
});
