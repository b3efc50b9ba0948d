import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

// Bulk API 2.0's CSV: comma separated, a value holding a comma, quote or line break in double quotes (inner quotes
// doubled), LF or CRLF line endings, UTF-8 that may open with a byte order mark.

/** Bulk 2.0 ingest: an empty value leaves a field unchanged on update; this one clears it. */
export const BULK_NULL = '#N/A';

/** The rows of a Bulk API 2.0 CSV answer, keyed by its header. Every value is a string; an empty field is ''. */
export function parseCsv(text: string): Record<string, string>[] {
  // Both line endings at once: csv-parse otherwise settles on the first one it meets.
  return parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n'],
  }) as Record<string, string>[];
}

/** A record's value as an ingest cell: null and a column the record lacks clear the field. */
const cell = (value: unknown): string => (value === null || value === undefined ? BULK_NULL : String(value));

/** Serializes records for a Bulk API 2.0 ingest job (lineEnding LF), one column per name in `columns`. */
export function toCsv(records: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const rows = records.map((r) => columns.map((c) => cell(r[c])));
  // csv-stringify quotes LF but not a lone CR; Bulk 2.0 wants every line break inside quotes.
  return stringify([[...columns], ...rows], { record_delimiter: 'unix', quoted_match: /\r/ });
}
