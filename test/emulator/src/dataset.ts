import * as path from 'node:path';

/** A synthetic org's records (docs/contracts.md). */
export interface Dataset {
  asOf: string;
  records: Record<string, Array<Record<string, unknown>>>;
}

export type DatasetName = 'demo' | 'm' | 'l';

/**
 * Builds a named dataset with the generator in `./data` (loaded at run time, so the server does not depend on the
 * generator at compile time).
 */
export function namedDataset(name: DatasetName, seed?: number): Dataset {
  let generator: { generateDataset?: (n: DatasetName, s?: number) => Dataset };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    generator = require(path.join(__dirname, 'data')) as typeof generator;
  } catch (error) {
    throw new Error(`the dataset generator (test/emulator/src/data) is not available: ${(error as Error).message}`);
  }
  if (typeof generator.generateDataset !== 'function') throw new Error('data module exports no generateDataset');
  return generator.generateDataset(name, seed);
}
