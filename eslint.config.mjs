import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import lwcConfig from '@salesforce/eslint-config-lwc';
import importPlugin from 'eslint-plugin-import';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = import.meta.dirname;

// Each workspace's package name → its TypeScript entry, so the import rules see where `@contact-plan/...` imports
// lead without a build (the way jest maps them).
const workspaceAliases = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces.map((dir) => [
  JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')).name,
  path.join(root, dir, 'src/index.ts'),
]);

/** Folders whose code ships: the emulator is a tool for tests and the demo, never imported by any of them. */
const PRODUCT = ['./planning-core', './plan-reader', './sync-service', './force-app'];

/**
 * The direction imports run in (README, "Layout"; test/architecture/import-rules.test.ts plants each violation). Each zone forbids the files under
 * `target` to import anything under `from` (except `except`, relative to `from`); npm packages count by their
 * folder under node_modules.
 */
const IMPORT_ZONES = [
  {
    target: './planning-core',
    from: '.',
    except: ['./planning-core', './node_modules'],
    message: 'planning-core is the pure core: it imports nothing of the project.',
  },
  {
    target: './plan-reader',
    from: '.',
    except: ['./plan-reader', './planning-core', './node_modules'],
    message: 'plan-reader is pure: it imports the core and nothing else of the project.',
  },
  {
    target: './sync-service/src/salesforce',
    from: ['./planning-core', './plan-reader'],
    message: 'The Salesforce adapter moves records and never judges them: no planning core or plan reader here.',
  },
  {
    target: './sync-service/src/salesforce',
    from: [
      './sync-service/src/pipeline',
      './sync-service/src/queue',
      './sync-service/src/http',
      './sync-service/src/cli',
    ],
    message:
      'The Salesforce adapter is the bottom layer: the pipeline, queue, HTTP and CLI layers import it, not the reverse.',
  },
  {
    target: './sync-service/src/pipeline',
    from: [
      './sync-service/src/queue',
      './sync-service/src/http',
      './sync-service/src/cli',
      './node_modules/bullmq',
      './node_modules/ioredis',
      './node_modules/express',
      './node_modules/@bull-board',
    ],
    message:
      'Pipeline stages run the same from the CLI, a worker or a test: they never import the queue or HTTP layers.',
  },
  ...PRODUCT.map((target) => ({
    target,
    from: ['./tools/org-emulator', './node_modules/@contact-plan/emulator'],
    message: 'Product code never imports the org emulator (a dev and test tool).',
  })),
  {
    target: './force-app',
    from: ['./planning-core', './plan-reader', './sync-service'],
    message:
      'LWCs reach the core and the plan reader only through their generated bundles (c/planningCore, c/planRecordReader; npm run build:lwc-core).',
  },
];

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'artifacts/**',
      'tmp/**',
      '.sf/**',
      '.sfdx/**',
      '.localdevserver/**',
      // generated from planning-core and plan-reader by scripts/build-planning-core-lwc (checked for freshness in
      // the tests)
      'force-app/main/default/lwc/planningCore/planningCore.js',
      'force-app/main/default/lwc/planRecordReader/planRecordReader.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ignores: ['force-app/**', 'preview/src/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ignores: ['force-app/**', 'preview/src/**'],
    languageOptions: { sourceType: 'commonjs' },
  },
  // The preview's browser modules (LDS stand-ins, page shell) are LWC modules too.
  ...lwcConfig.configs.recommended.map((c) => ({ ...c, files: ['force-app/**/lwc/**/*.js', 'preview/src/**/*.js'] })),
  {
    files: ['force-app/**/lwc/**/__tests__/**/*.js'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  {
    files: ['**/*.{ts,js,mjs,cjs}'],
    plugins: { import: importPlugin.flatConfigs.recommended.plugins.import },
    settings: {
      'import/resolver': {
        alias: { map: workspaceAliases, extensions: ['.ts', '.mts', '.d.ts', '.js', '.mjs', '.cjs', '.json'] },
      },
    },
    rules: { 'import/no-restricted-paths': ['error', { basePath: root, zones: IMPORT_ZONES }] },
  },
];
