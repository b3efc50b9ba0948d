// Node-side tests: the planning core, the plan reader, the emulator, the sync service, the integration and sf CLI
// suites.
// ts-jest only transpiles here (isolatedModules): `npm run build` type-checks everything, tests included.
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      diagnostics: false,
      tsconfig: { target: 'es2022', module: 'commonjs', esModuleInterop: true, sourceMap: true, isolatedModules: true },
    },
  ],
};
// Tests import workspaces from source, so they never run against a stale build.
const moduleNameMapper = {
  '^@contact-plan/planning-core$': '<rootDir>/planning-core/src/index.ts',
  '^@contact-plan/plan-reader$': '<rootDir>/plan-reader/src/index.ts',
  '^@contact-plan/emulator$': '<rootDir>/tools/org-emulator/src/index.ts',
  '^@contact-plan/sync-service$': '<rootDir>/sync-service/src/index.ts',
};
const project = (displayName, roots, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  roots,
  testEnvironment: 'node',
  transform,
  moduleNameMapper,
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  ...extra,
});

module.exports = {
  projects: [
    project('core', ['<rootDir>/planning-core/src']),
    project('reader', ['<rootDir>/plan-reader/src']),
    project('emulator', ['<rootDir>/tools/org-emulator/src']),
    project('sync', ['<rootDir>/sync-service/src']),
    project('metadata', ['<rootDir>/test/metadata']),
    project('architecture', ['<rootDir>/test/architecture']),
    project('integration', ['<rootDir>/test/integration']),
    project('image', ['<rootDir>/test/image']),
    // Salesforce's own sf CLI (pinned, cached outside node_modules by scripts/ensure-sf-cli.sh) against the emulator.
    project('sf-cli', ['<rootDir>/test/sf-cli']),
  ],
};
