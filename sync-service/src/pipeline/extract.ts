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
import { SOURCE_FIELDS, type BatchSources } from './sources';

/** Ids per IN list: keeps every GET query URL well below Salesforce's 16 KB limit. */
export const IN_LIST_SIZE = 300;

type SourceObject = keyof typeof SOURCE_FIELDS;

/** Objects an org may lack (account or opportunity teams switched off, no shared activities). */
const OPTIONAL: ReadonlySet<SourceObject> = new Set(['AccountTeamMember', 'OpportunityTeamMember', 'EventRelation']);

export interface ExtractStats {
  rowsRead: number;
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

const EMPTY_SOURCES = (asOf: string, accountIds: string[]): BatchSources => ({
  asOf,
  accountIds,
  accounts: [],
  contacts: [],
  accountTeam: [],
  opportunities: [],
  opportunityTeam: [],
  contactRoles: [],
  tasks: [],
  events: [],
  eventRelations: [],
  users: [],
  relationships: [],
  blueprints: [],
  warnings: [],
  snapshots: [],
});

type SourceKey = Exclude<keyof BatchSources, 'asOf' | 'accountIds' | 'users'>;

interface SourceQuery {
  key: SourceKey;
  object: SourceObject;
  where: string;
}

/** The queries that read one scope's sources; child objects through semi-joins. */
function scopeQueries(scope: AccountScope, asOf: string): SourceQuery[] {
  const on = (field: string): string => filterOn(field, scope);
  const date = dateLiteral(asOf);
  return [
    { key: 'accounts', object: 'Account', where: on('Id') },
    { key: 'contacts', object: 'Contact', where: on('AccountId') },
    { key: 'accountTeam', object: 'AccountTeamMember', where: on('AccountId') },
    { key: 'opportunities', object: 'Opportunity', where: on('AccountId') },
    {
      key: 'opportunityTeam',
      object: 'OpportunityTeamMember',
      where: `OpportunityId IN (SELECT Id FROM Opportunity WHERE ${on('AccountId')})`,
    },
    {
      key: 'contactRoles',
      object: 'OpportunityContactRole',
      where: `OpportunityId IN (SELECT Id FROM Opportunity WHERE ${on('AccountId')})`,
    },
    { key: 'tasks', object: 'Task', where: `${on('AccountId')} AND TaskSubtype IN ('Call','Email')` },
    { key: 'events', object: 'Event', where: on('AccountId') },
    {
      key: 'eventRelations',
      object: 'EventRelation',
      where: `EventId IN (SELECT Id FROM Event WHERE ${on('AccountId')})`,
    },
    { key: 'relationships', object: 'Relationship__c', where: on('Account__c') },
    {
      key: 'blueprints',
      object: 'Contact_Blueprint__c',
      where: `Relationship__c IN (SELECT Id FROM Relationship__c WHERE ${on('Account__c')})`,
    },
    { key: 'warnings', object: 'Coverage_Warning__c', where: `${on('Account__c')} AND Status__c = 'Open'` },
    { key: 'snapshots', object: 'Coverage_Snapshot__c', where: `${on('Account__c')} AND As_Of__c = ${date}` },
  ];
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
  opts: { contiguous?: boolean; bulkThreshold?: number } = {},
): Promise<{ sources: BatchSources; stats: ExtractStats }> {
  const stats: ExtractStats = { rowsRead: 0, missingObjects: [] };
  const sources = EMPTY_SOURCES(asOf, [...accountIds]);
  if (accountIds.length === 0) return { sources, stats };

  /** Each query's rows; an optional object the org lacks answers no rows and is noted. */
  const read = async (queries: readonly { object: SourceObject; where: string }[]): Promise<SfRecord[][]> => {
    const specs = queries.map((q) => ({
      soql: `SELECT ${SOURCE_FIELDS[q.object].join(', ')} FROM ${q.object} WHERE ${q.where}`,
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
    const queries = scopes.flatMap((scope) => scopeQueries(scope, asOf));
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

  const userIds = [
    ...new Set(
      [
        ...sources.accountTeam.map((r) => r.UserId),
        ...sources.opportunities.map((r) => r.OwnerId),
        ...sources.opportunityTeam.map((r) => r.UserId),
        ...sources.tasks.map((r) => r.OwnerId),
        ...sources.events.map((r) => r.OwnerId),
        ...sources.eventRelations.map((r) => r.RelationId),
        ...sources.relationships.map((r) => r.Team_Member__c),
      ].filter((id): id is string => typeof id === 'string' && id.startsWith('005')),
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
