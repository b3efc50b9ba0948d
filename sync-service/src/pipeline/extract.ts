import {
  assertId,
  collect,
  dateLiteral,
  idList,
  autoQuery,
  SalesforceError,
  type OrgHttp,
  type SfRecord,
} from '../salesforce';
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

/**
 * Reads every source row of a batch of accounts: one query per object for each scope (an id range for contiguous
 * batches, else id lists of up to IN_LIST_SIZE), child objects through semi-joins; REST for small answers, Bulk
 * API 2.0 above `bulkThreshold` rows.
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

  const run = async (object: SourceObject, where: string): Promise<SfRecord[]> => {
    if (stats.missingObjects.includes(object)) return [];
    try {
      const soql = `SELECT ${SOURCE_FIELDS[object].join(', ')} FROM ${object} WHERE ${where}`;
      const rows = await collect(autoQuery(http, soql, opts.bulkThreshold ?? Number.MAX_SAFE_INTEGER));
      stats.rowsRead += rows.length;
      return rows;
    } catch (e) {
      if (OPTIONAL.has(object) && e instanceof SalesforceError && e.errorCode === 'INVALID_TYPE') {
        stats.missingObjects.push(object);
        return [];
      }
      throw e;
    }
  };

  const scopes: AccountScope[] = [];
  const ids = [...new Set(accountIds)];
  if (opts.contiguous && ids.length > 1) {
    const range: AccountScope = { kind: 'range', first: ids[0]!, last: ids[ids.length - 1]! };
    const accounts = await run('Account', filterOn('Id', range));
    const found = new Set(accounts.map((a) => String(a.Id)));
    // The org's id order decides what a range holds; use it only when it holds exactly this batch.
    if (found.size === ids.length && ids.every((id) => found.has(id))) {
      sources.accounts = accounts;
      scopes.push(range);
    } else {
      stats.rowsRead -= accounts.length;
    }
  }
  if (!scopes.length) {
    for (let i = 0; i < ids.length; i += IN_LIST_SIZE)
      scopes.push({ kind: 'ids', ids: ids.slice(i, i + IN_LIST_SIZE) });
  }

  const date = dateLiteral(asOf);
  for (const scope of scopes) {
    const on = (field: string): string => filterOn(field, scope);
    const parts = await Promise.all([
      scope.kind === 'ids' ? run('Account', on('Id')) : Promise.resolve([]),
      run('Contact', on('AccountId')),
      run('AccountTeamMember', on('AccountId')),
      run('Opportunity', on('AccountId')),
      run('OpportunityTeamMember', `OpportunityId IN (SELECT Id FROM Opportunity WHERE ${on('AccountId')})`),
      run('OpportunityContactRole', `OpportunityId IN (SELECT Id FROM Opportunity WHERE ${on('AccountId')})`),
      run('Task', `${on('AccountId')} AND TaskSubtype IN ('Call','Email')`),
      run('Event', on('AccountId')),
      run('EventRelation', `EventId IN (SELECT Id FROM Event WHERE ${on('AccountId')})`),
      run('Relationship__c', on('Account__c')),
      run('Contact_Blueprint__c', `Relationship__c IN (SELECT Id FROM Relationship__c WHERE ${on('Account__c')})`),
      run('Coverage_Warning__c', `${on('Account__c')} AND Status__c = 'Open'`),
      run('Coverage_Snapshot__c', `${on('Account__c')} AND As_Of__c = ${date}`),
    ]);
    const keys = [
      'accounts',
      'contacts',
      'accountTeam',
      'opportunities',
      'opportunityTeam',
      'contactRoles',
      'tasks',
      'events',
      'eventRelations',
      'relationships',
      'blueprints',
      'warnings',
      'snapshots',
    ] as const;
    keys.forEach((key, i) => sources[key].push(...(parts[i] ?? [])));
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
  for (let i = 0; i < userIds.length; i += IN_LIST_SIZE) {
    sources.users.push(...(await run('User', `Id IN ${idList(userIds.slice(i, i + IN_LIST_SIZE))}`)));
  }
  return { sources, stats };
}
