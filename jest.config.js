// LWC unit tests (run by `sfdx-lwc-jest`, which reads this file). Node tests use jest.node.config.js.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver'],
};
