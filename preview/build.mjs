// Compiles the force-app components (no copies) with the LWC open-source compiler, plus the base components they use
// from lightning-base-components and the preview's LDS modules, into preview/dist/app.js.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
export const componentsDir = path.join(root, 'force-app/main/default/lwc');
export const distDir = path.join(here, 'dist');

const GATES_OFF = ['@salesforce/gate/bc.260.enableComboboxElementInternals'];

/**
 * One alias per force-app component: `c/contactMap` → force-app/main/default/lwc/contactMap/contactMap.js; a CSS
 * module (a bundle of only a CSS file, such as c/contactPlanGrades) → its .css file.
 */
function componentAliases() {
  return fs
    .readdirSync(componentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const entryFile = ['js', 'css']
        .map((ext) => path.join(componentsDir, entry.name, `${entry.name}.${ext}`))
        .find((file) => fs.existsSync(file));
      return entryFile ? [{ name: `c/${entry.name}`, path: entryFile }] : [];
    });
}

/** Build-time constants the engine and base components read: production mode, browser (not server) rendering. */
const CONSTANTS = [
  [/process\.env\.NODE_ENV/g, JSON.stringify('production')],
  [/import\.meta\.env\.SSR/g, 'false'],
];

function constants() {
  return {
    name: 'build-constants',
    transform(code) {
      if (!CONSTANTS.some(([pattern]) => code.match(pattern))) return null;
      return { code: CONSTANTS.reduce((text, [pattern, value]) => text.replace(pattern, value), code), map: null };
    },
  };
}

export async function buildPreview() {
  const bundle = await rollup({
    input: path.join(here, 'src/main.js'),
    plugins: [
      lwc({
        rootDir: root,
        // The preview's own modules come first, so its lightning/graphql etc. win over the npm base components.
        modules: [
          { dir: path.join(here, 'src/modules') },
          ...GATES_OFF.map((name) => ({ name, path: path.join(here, 'src/overrides/gateOff.js') })),
          { name: '@salesforce/i18n/locale', path: path.join(here, 'src/overrides/locale.js') },
          { name: '@salesforce/user/Id', path: path.join(here, 'src/overrides/userId.js') },
          ...componentAliases(),
          { npm: 'lightning-base-components' },
        ],
        enableDynamicComponents: false,
      }),
      constants(),
    ],
    onwarn(warning, warn) {
      // lightning-base-components' own template warnings are not ours to fix.
      const fromBaseComponents = String(warning.id || warning.message).includes('lightning-base-components');
      if (!fromBaseComponents && warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') {
        warn(warning);
      }
    },
  });
  fs.mkdirSync(distDir, { recursive: true });
  // Written beside the bundle and renamed over it: the test runner starts several e2e files at once, each building,
  // and a page must never load a bundle another build is halfway through writing.
  const file = path.join(distDir, 'app.js');
  const partial = path.join(distDir, `app.${process.pid}.partial.js`);
  const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
  await bundle.close();
  fs.writeFileSync(partial, output[0].code);
  fs.renameSync(partial, file);
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  buildPreview()
    .then((file) => console.log(`built ${path.relative(root, file)} in ${Date.now() - started} ms`))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
