import { SalesforceError, collect, dateLiteral, idList, restQuery, type OrgHttp, type SfRecord } from '../salesforce';
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

/** Reads every source row of a batch of accounts with REST queries, chunking long id lists. */
export async function extractBatch(
  http: OrgHttp,
  accountIds: readonly string[],
  asOf: string,
): Promise<{ sources: BatchSources; stats: ExtractStats }> {
  const stats: ExtractStats = { rowsRead: 0, missingObjects: [] };

  const select = async (
    object: SourceObject,
    where: (ids: string) => string,
    ids: readonly string[],
  ): Promise<SfRecord[]> => {
    const unique = [...new Set(ids)];
    const rows: SfRecord[] = [];
    try {
      for (let i = 0; i < unique.length; i += IN_LIST_SIZE) {
        const soql = `SELECT ${SOURCE_FIELDS[object].join(', ')} FROM ${object} WHERE ${where(idList(unique.slice(i, i + IN_LIST_SIZE)))}`;
        rows.push(...(await collect(restQuery(http, soql))));
      }
    } catch (e) {
      if (OPTIONAL.has(object) && e instanceof SalesforceError && e.errorCode === 'INVALID_TYPE') {
        stats.missingObjects.push(object);
        return [];
      }
      throw e;
    }
    stats.rowsRead += rows.length;
    return rows;
  };
  const ids = (rows: SfRecord[], field: string): string[] =>
    rows.map((r) => r[field]).filter((v): v is string => typeof v === 'string');

  const date = dateLiteral(asOf);
  const [accounts, contacts, accountTeam, opportunities, tasks, events, relationships, warnings, snapshots] =
    await Promise.all([
      select('Account', (l) => `Id IN ${l}`, accountIds),
      select('Contact', (l) => `AccountId IN ${l}`, accountIds),
      select('AccountTeamMember', (l) => `AccountId IN ${l}`, accountIds),
      select('Opportunity', (l) => `AccountId IN ${l}`, accountIds),
      select('Task', (l) => `AccountId IN ${l} AND TaskSubtype IN ('Call','Email')`, accountIds),
      select('Event', (l) => `AccountId IN ${l}`, accountIds),
      select('Relationship__c', (l) => `Account__c IN ${l}`, accountIds),
      select('Coverage_Warning__c', (l) => `Account__c IN ${l} AND Status__c = 'Open'`, accountIds),
      select('Coverage_Snapshot__c', (l) => `Account__c IN ${l} AND As_Of__c = ${date}`, accountIds),
    ]);
  const opportunityIds = ids(opportunities, 'Id');
  const [opportunityTeam, contactRoles, eventRelations, blueprints] = await Promise.all([
    select('OpportunityTeamMember', (l) => `OpportunityId IN ${l}`, opportunityIds),
    select('OpportunityContactRole', (l) => `OpportunityId IN ${l}`, opportunityIds),
    select('EventRelation', (l) => `EventId IN ${l}`, ids(events, 'Id')),
    select('Contact_Blueprint__c', (l) => `Relationship__c IN ${l}`, ids(relationships, 'Id')),
  ]);
  const userIds = [
    ...ids(accountTeam, 'UserId'),
    ...ids(opportunities, 'OwnerId'),
    ...ids(opportunityTeam, 'UserId'),
    ...ids(tasks, 'OwnerId'),
    ...ids(events, 'OwnerId'),
    ...ids(eventRelations, 'RelationId'),
    ...ids(relationships, 'Team_Member__c'),
  ].filter((id) => id.startsWith('005'));
  const users = await select('User', (l) => `Id IN ${l}`, userIds);

  return {
    sources: {
      asOf,
      accountIds: [...accountIds],
      accounts,
      contacts,
      accountTeam,
      opportunities,
      opportunityTeam,
      contactRoles,
      tasks,
      events,
      eventRelations,
      users,
      relationships,
      blueprints,
      warnings,
      snapshots,
    },
    stats,
  };
}
