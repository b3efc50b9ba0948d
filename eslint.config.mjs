import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import lwcConfig from '@salesforce/eslint-config-lwc';

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
];
