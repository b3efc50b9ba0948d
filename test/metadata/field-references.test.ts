import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema } from '../../scripts/export-schema';
import { REPO_ROOT } from './metadata-files';

// The sync service, the plan reader and the LWCs name package fields in SOQL, GraphQL and record maps. Every name
// they use must be defined by the package, or the first real sync or page load would fail on it.
const SCANNED = ['sync-service/src', 'plan-reader/src', 'force-app/main/default/lwc'];
const isProductSource = (path: string) =>
  /\.(ts|js|html)$/.test(path) && !/\.test\.ts$/.test(path) && !path.includes('__tests__');

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : isProductSource(path) ? [path] : [];
  });
}

const schema = buildSchema();
const objects = new Set(Object.keys(schema.objects));
const fields = new Set(Object.values(schema.objects).flatMap((o) => Object.keys(o.fields)));
const qualified = new Set(
  Object.entries(schema.objects).flatMap(([o, def]) => Object.keys(def.fields).map((f) => `${o}.${f}`)),
);
const relationships = new Set(
  Object.values(schema.objects).flatMap((o) =>
    Object.values(o.fields).flatMap((f) => [f.relationshipName, f.childRelationshipName].filter(Boolean) as string[]),
  ),
);

const references = SCANNED.flatMap((dir) => sourceFiles(join(REPO_ROOT, dir))).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const where = relative(REPO_ROOT, file);
  return [...text.matchAll(/\b([A-Za-z][A-Za-z0-9_]*__[cr])(?:\.([A-Za-z][A-Za-z0-9_]*__c))?\b/g)].map((m) => ({
    where,
    name: m[1]!,
    field: m[2],
  }));
});

const known = (name: string) =>
  name.endsWith('__r') ? relationships.has(name) : objects.has(name) || fields.has(name);

describe('package names used by the sync service, the plan reader and the LWCs', () => {
  it('finds the references it checks', () => {
    // Guards against the scan silently matching nothing; grows as the service and the components grow.
    expect(references.length).toBeGreaterThan(0);
  });

  it('every __c and __r name is an object, field or relationship the package defines', () => {
    const unknown = references.filter((r) => !known(r.name)).map((r) => `${r.where}: ${r.name}`);
    expect(unknown).toEqual([]);
  });

  it('every Object__c.Field__c pair names a field of that object', () => {
    const unknown = references
      .filter((r) => r.field && objects.has(r.name) && !qualified.has(`${r.name}.${r.field}`))
      .map((r) => `${r.where}: ${r.name}.${r.field}`);
    expect(unknown).toEqual([]);
  });
});
