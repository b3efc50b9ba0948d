// LWC unit tests (run by `sfdx-lwc-jest`, which reads this file). Node tests use jest.node.config.js.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver'],
  // A CSS module (a bundle of only a CSS file, such as c/contactPlanGrades) resolves to its .css entry.
  moduleFileExtensions: [...jestConfig.moduleFileExtensions, 'css'],
  // Helpers shared by several components' tests live in __tests__/support; they hold no tests.
  testPathIgnorePatterns: [...(jestConfig.testPathIgnorePatterns || ['/node_modules/']), '/__tests__/support/'],
};
