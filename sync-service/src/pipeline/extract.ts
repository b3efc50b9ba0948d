import { addDays, DEFAULT_SETTINGS, evidenceHorizonDays } from '@contact-plan/planning-core';
import {
  assertId,
  compositeQueries,
  dateLiteral,
  idList,
  SalesforceError,
  type OrgHttp,
  type SfRecord,
} from '../salesforce';
import { chunk } from '../util/chunk';
import {
  relationshipName,
  emptySources,
  SOURCE_ENTRIES,
  SOURCE_FIELDS,
  type BatchSources,
  type SourceKey,
  type SourceObject,
} from './sources';

/** Ids per IN list: keeps every GET query URL well below Salesforce's 16 KB limit. */
export const IN_LIST_SIZE = 300;

export interface ExtractStats {
  rowsRead: number;
  /** Of those, activities (tasks and events) Salesforce had archived: read through queryAll. */
  archivedRead: number;
  missingObjects: string[];
}

/**
 * Which accounts a query covers: an explicit id list, or — when a batch holds every account between its first
 * and last id — an id range, so one query per object serves a batch of any size.
 */
type AccountScope = { kind: 'ids'; ids: string[] } | { kind: 'range'; first: string; last: string };

const filterOn = (field: string, scope: AccountScope): string =>
  scope.kind === 'ids'
    ? `${field} IN ${idList(scope.ids)}`
    : `${field} >= '${assertId(scope.first)}' AND ${field} <= '${assertId(scope.last)}'`;

/** Objects an org may lack: their INVALID_TYPE reads as no rows. */
const OPTIONAL: ReadonlySet<string> = new Set(SOURCE_ENTRIES.filter((s) => s.optional).map((s) => s.object));

interface SourceQuery {
  key: SourceKey;
  object: SourceObject;
  where: string;
  /** queryAll: archived activities too. */
  includeDeleted?: boolean;
}

/**
 * The queries that read one scope's sources, as the registry says; child objects through semi-joins. Activities
 * (docs/method.md §1.4) through queryAll, live rows only, dated from the horizon's first day (`horizonDays` before
 * asOf) to asOf, their relations through the parent path.
 */
function scopeQueries(scope: AccountScope, asOf: string, horizonDays: number): SourceQuery[] {
  const from = dateLiteral(addDays(asOf, -horizonDays));
  const until = dateLiteral(asOf);
  return SOURCE_ENTRIES.flatMap((source) => {
    const path = source.account;
    if (!path) return [];
    const reach =
      'field' in path
        ? filterOn(path.field, scope)
        : source.activity
          ? filterOn(`${relationshipName(path.via)}.${path.parentField}`, scope)
          : `${path.via} IN (SELECT Id FROM ${path.parent} WHERE ${filterOn(path.parentField, scope)})`;
    const extra = [source.filter?.(asOf)];
    if (source.activity) {
      const date = source.evidenceDate ?? 'ActivityDate';
      extra.push(`${date} >= ${from} AND ${date} <= ${until}`, 'IsDeleted = false');
    }
    const where = [reach, ...extra.filter(Boolean)].join(' AND ');
    return [{ key: source.key, object: source.object, where, includeDeleted: source.activity }];
  });
}

/**
 * Reads every source row of a batch of accounts: one query per object for each scope (an id range for contiguous
 * batches, else id lists of up to IN_LIST_SIZE), all sent through composite calls (five queries or query-more
 * pages a call); Bulk API 2.0 for a query answering more than `bulkThreshold` rows.
 */
export async function extractBatch(
  http: OrgHttp,
  accountIds: readonly string[],
  asOf: string,
  opts: { contiguous?: boolean; bulkThreshold?: number; horizonDays?: number } = {},
): Promise<{ sources: BatchSources; stats: ExtractStats }> {
  const stats: ExtractStats = { rowsRead: 0, archivedRead: 0, missingObjects: [] };
  const horizonDays = opts.horizonDays ?? evidenceHorizonDays(DEFAULT_SETTINGS);
  const sources = emptySources(asOf, [...accountIds]);
  if (accountIds.length === 0) return { sources, stats };

  /** Each query's rows; an optional object the org lacks answers no rows and is noted. */
  const read = async (
    queries: readonly { object: SourceObject; where: string; includeDeleted?: boolean }[],
  ): Promise<SfRecord[][]> => {
    const specs = queries.map((q) => ({
      soql: `SELECT ${SOURCE_FIELDS[q.object].join(', ')} FROM ${q.object} WHERE ${q.where}`,
      includeDeleted: q.includeDeleted,
    }));
    const outcomes = await compositeQueries(http, specs, { bulkThreshold: opts.bulkThreshold });
    return outcomes.map((outcome, i) => {
      if ('rows' in outcome) return outcome.rows;
      const object = (queries[i] as { object: SourceObject }).object;
      const { error } = outcome;
      if (OPTIONAL.has(object) && error instanceof SalesforceError && error.errorCode === 'INVALID_TYPE') {
        if (!stats.missingObjects.includes(object)) stats.missingObjects.push(object);
        return [];
      }
      throw error;
    });
  };
  const readScopes = async (scopes: AccountScope[]): Promise<Array<{ key: SourceKey; rows: SfRecord[] }>> => {
    const queries = scopes.flatMap((scope) => scopeQueries(scope, asOf, horizonDays));
    const answers = await read(queries);
    return queries.map((q, i) => ({ key: q.key, rows: answers[i] ?? [] }));
  };

  const ids = [...new Set(accountIds)];
  let parts: Array<{ key: SourceKey; rows: SfRecord[] }> | undefined;
  if (opts.contiguous && ids.length > 1) {
    // Read the id range at once; the org's id order decides what a range holds, so keep the answer only when
    // its accounts are exactly this batch.
    const ranged = await readScopes([{ kind: 'range', first: ids[0]!, last: ids[ids.length - 1]! }]);
    const found = new Set(ranged.filter((p) => p.key === 'accounts').flatMap((p) => p.rows.map((a) => String(a.Id))));
    if (found.size === ids.length && ids.every((id) => found.has(id))) parts = ranged;
  }
  if (!parts) {
    parts = await readScopes(chunk(ids, IN_LIST_SIZE).map((slice): AccountScope => ({ kind: 'ids', ids: slice })));
  }
  for (const { key, rows } of parts) {
    sources[key].push(...rows);
    stats.rowsRead += rows.length;
  }
  for (const row of [...sources.tasks, ...sources.events]) if (row.IsArchived === true) stats.archivedRead += 1;

  // Contacts related to the batch's accounts (indirect AccountContactRelation) but homed on other accounts.
  const have = new Set(sources.contacts.map((c) => String(c.Id)));
  const related = [...new Set(sources.contactRelations.map((r) => String(r.ContactId)))].filter(
    (id) => id.startsWith('003') && !have.has(id),
  );
  const relatedQueries = chunk(related, IN_LIST_SIZE).map((slice) => ({
    object: 'Contact' as const,
    where: `Id IN ${idList(slice)}`,
  }));
  for (const rows of await read(relatedQueries)) {
    sources.relatedContacts.push(...rows);
    stats.rowsRead += rows.length;
  }

  const userIds = [
    ...new Set(
      SOURCE_ENTRIES.flatMap((s) => (s.member ? sources[s.key].map((row) => row[s.member!.field]) : [])).filter(
        (id): id is string => typeof id === 'string' && id.startsWith('005'),
      ),
    ),
  ];
  const userQueries = chunk(userIds, IN_LIST_SIZE).map((slice) => ({
    object: 'User' as const,
    where: `Id IN ${idList(slice)}`,
  }));
  for (const rows of await read(userQueries)) {
    sources.users.push(...rows);
    stats.rowsRead += rows.length;
  }
  return { sources, stats };
}
