import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository's package source and project file, relative to this module (src/ or dist/ alike). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const FORCE_APP_DIR = path.join(REPO_ROOT, 'force-app');

const converted = new Map<string, Promise<Buffer>>();

/** Converted packages are kept on disk by content hash, so each jest worker does not convert again. */
const DISK_CACHE = path.join(REPO_ROOT, 'node_modules', '.cache', 'org-emulator');

/**
 * The Metadata API zip of a source-format package directory, converted by @salesforce/source-deploy-retrieve (the
 * library inside `sf project deploy start`), so the emulator receives what the CLI would send. Converted once per
 * content of the directory: kept in memory per process and on disk (node_modules/.cache) across processes.
 */
export function packageZipFromSource(directory = FORCE_APP_DIR): Promise<Buffer> {
  const key = path.resolve(directory);
  let zip = converted.get(key);
  if (!zip) {
    zip = convert(key);
    converted.set(key, zip);
    zip.catch(() => converted.delete(key));
  }
  return zip;
}

async function convert(directory: string): Promise<Buffer> {
  const cacheFile = path.join(DISK_CACHE, `${path.basename(directory)}-${contentHash(directory)}.zip`);
  if (fs.existsSync(cacheFile)) return fs.readFileSync(cacheFile);
  const zip = await convertWithSdr(directory);
  fs.mkdirSync(DISK_CACHE, { recursive: true });
  const partial = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(partial, zip);
  fs.renameSync(partial, cacheFile);
  return zip;
}

/** A hash of every file under the directory (paths and bytes), the project file and the converter's version. */
function contentHash(directory: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(path.relative(directory, full)).update('\0').update(fs.readFileSync(full));
    }
  };
  walk(directory);
  const project = path.join(REPO_ROOT, 'sfdx-project.json');
  if (fs.existsSync(project)) hash.update(fs.readFileSync(project));
  const forceignore = path.join(REPO_ROOT, '.forceignore');
  if (fs.existsSync(forceignore)) hash.update(fs.readFileSync(forceignore));
  const sdrManifest = path.join(REPO_ROOT, 'node_modules', '@salesforce', 'source-deploy-retrieve', 'package.json');
  if (fs.existsSync(sdrManifest)) hash.update(fs.readFileSync(sdrManifest));
  return hash.digest('hex').slice(0, 16);
}

async function convertWithSdr(directory: string): Promise<Buffer> {
  const { ComponentSet, MetadataConverter } = await import('@salesforce/source-deploy-retrieve');
  const components = ComponentSet.fromSource(directory);
  const project = path.join(REPO_ROOT, 'sfdx-project.json');
  if (fs.existsSync(project)) {
    const { sourceApiVersion } = JSON.parse(fs.readFileSync(project, 'utf8')) as { sourceApiVersion?: string };
    if (sourceApiVersion) components.sourceApiVersion = sourceApiVersion;
  }
  const result = await new MetadataConverter().convert(components, 'metadata', { type: 'zip' });
  if (!result.zipBuffer) throw new Error(`converting ${directory} produced no zip`);
  return result.zipBuffer;
}
