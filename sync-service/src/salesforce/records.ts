// The shapes of the records Salesforce's APIs answer and take, shared by the readers and the writers.

/** A record as a query answers it: REST gives JSON values (parents as nested objects), Bulk 2.0 CSV strings. */
export type SfRecord = Record<string, unknown>;

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: SfRecord[];
}

/** A record to write: field API names to values; null clears a field. */
export type WriteRecord = Record<string, unknown>;

export interface SaveError {
  statusCode: string;
  message: string;
  fields?: string[];
}

/** One record's outcome of a write, as sObject Collections answer it (and as a Bulk ingest result is read). */
export interface SaveResult {
  id?: string;
  success: boolean;
  created?: boolean;
  errors: SaveError[];
}
