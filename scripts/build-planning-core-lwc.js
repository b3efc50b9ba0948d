// Bundles planning-core into the `planningCore` LWC service component, so the browser runs the same rules as the sync.
//   node scripts/build-planning-core-lwc.js          write the bundle
//   node scripts/build-planning-core-lwc.js --check  exit 1 when the committed bundle differs from a fresh build
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'planning-core/src/index.ts');
const outFile = path.join(root, 'force-app/main/default/lwc/planningCore/planningCore.js');
const banner =
  '// GENERATED FILE, do not edit: built from planning-core/src by scripts/build-planning-core-lwc.js.\n' +
  '// Rebuild with `npm run build:lwc-core`; the LWC tests fail while this file is stale.';

/** Builds the bundle in memory and returns its text. */
function buildBundle() {
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: banner },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function main(argv) {
  const fresh = buildBundle();
  if (argv.includes('--check')) {
    const committed = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
    if (committed !== fresh) {
      console.error(`${path.relative(root, outFile)} is out of date with planning-core; run npm run build:lwc-core`);
      return 1;
    }
    return 0;
  }
  fs.writeFileSync(outFile, fresh);
  console.log(`wrote ${path.relative(root, outFile)} (${fresh.length} bytes)`);
  return 0;
}

module.exports = { buildBundle, outFile };

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
