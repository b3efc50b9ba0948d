// The synthetic-org generator: deterministic datasets for the emulator (see docs/contracts.md, "Datasets").

export {
  DATASET_SPECS,
  generateDataset,
  generateDatasetChunks,
  type Dataset,
  type DatasetChunk,
  type DatasetName,
  type DatasetSpec,
} from './datasets';
export { SOBJECTS, type SObjectName } from './org';
export {
  checksumSuffix,
  DATASET_POD,
  isValidSalesforceId,
  KEY_PREFIXES,
  makeSalesforceId,
  to18,
  IdSequence,
  type KeyPrefixedObject,
} from './ids';
export { NO_POWER_ACCOUNT_NAME, SHOWCASE_ACCOUNT_NAME } from './showcase';
export { INTEGRATION_USERNAME } from './users';
