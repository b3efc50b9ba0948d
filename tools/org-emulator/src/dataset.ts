import { generateDatasetChunks, INTEGRATION_USERNAME } from './data';

/** A synthetic org's records (docs/contracts.md). */
export interface Dataset {
  asOf: string;
  records: Record<string, Array<Record<string, unknown>>>;
}

export type DatasetName = 'demo' | 'm' | 'l';

export type RecordsByObject = Record<string, Array<Record<string, unknown>>>;

/** The username of the integration user the generator creates; the emulator's default login. */
export const DEFAULT_USERNAME = INTEGRATION_USERNAME;

/**
 * A dataset as an `asOf` day and a stream of record chunks, so a named dataset is generated and loaded piece by
 * piece instead of being held twice in memory. A named dataset is generated relative to `asOf`; a `Dataset` object
 * keeps its own.
 */
export function datasetSource(
  dataset: DatasetName | Dataset | undefined,
  seed: number,
  asOf: string,
): {
  asOf: string | undefined;
  chunks: Iterable<RecordsByObject>;
} {
  if (dataset === undefined) return { asOf: undefined, chunks: [] };
  if (typeof dataset === 'string') {
    return { asOf, chunks: generateDatasetChunks(dataset, seed, asOf) as Iterable<RecordsByObject> };
  }
  return { asOf: dataset.asOf, chunks: [dataset.records] };
}
