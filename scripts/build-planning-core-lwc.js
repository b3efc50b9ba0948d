// Bundles the pure workspaces into LWC service components, so the browser runs the same code as the sync:
//   planning-core → `planningCore` (the rules), plan-reader → `planRecordReader` (org records → AccountPlan; it
//   imports the core from `c/planningCore`, so the browser holds one copy of the core).
//   node scripts/build-planning-core-lwc.js          write the bundles
//   node scripts/build-planning-core-lwc.js --check  exit 1 when a committed bundle differs from a fresh build
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const lwcDir = path.join(root, 'force-app/main/default/lwc');

const BUNDLES = [
  { component: 'planningCore', workspace: 'planning-core', imports: {} },
  {
    component: 'planRecordReader',
    workspace: 'plan-reader',
    imports: { '@contact-plan/planning-core': 'c/planningCore' },
  },
];

const outFileOf = (bundle) => path.join(lwcDir, bundle.component, `${bundle.component}.js`);

/** Builds one bundle in memory and returns its text. */
function buildBundle(bundle) {
  const banner =
    `// GENERATED FILE, do not edit: built from ${bundle.workspace}/src by scripts/build-planning-core-lwc.js.\n` +
    '// Rebuild with `npm run build:lwc-core`; the LWC tests fail while this file is stale.';
  const result = esbuild.buildSync({
    entryPoints: [path.join(root, bundle.workspace, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Another workspace's code is imported from its own component, never copied in.
    alias: bundle.imports,
    external: Object.values(bundle.imports),
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: banner },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function main(argv) {
  let status = 0;
  for (const bundle of BUNDLES) {
    const fresh = buildBundle(bundle);
    const outFile = outFileOf(bundle);
    const where = path.relative(root, outFile);
    if (argv.includes('--check')) {
      const committed = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
      if (committed !== fresh) {
        console.error(`${where} is out of date with ${bundle.workspace}; run npm run build:lwc-core`);
        status = 1;
      }
      continue;
    }
    fs.writeFileSync(outFile, fresh);
    console.log(`wrote ${where} (${fresh.length} bytes)`);
  }
  return status;
}

module.exports = { BUNDLES, buildBundle, outFileOf };

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
