// LWC unit tests (run by `sfdx-lwc-jest`, which reads this file). Node tests use jest.node.config.js.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver'],
  // Helpers shared by several components' tests live in __tests__/support; they hold no tests.
  testPathIgnorePatterns: [...(jestConfig.testPathIgnorePatterns || ['/node_modules/']), '/__tests__/support/'],
};
