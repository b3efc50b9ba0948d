import {
  assertId,
  autoQuery,
  collect,
  compositeRows,
  dateLiteral,
  dateTimeLiteral,
  idList,
  isSalesforceId,
  type OrgHttp,
  type QuerySpec,
  type SfRecord,
} from '../salesforce';
import { chunk } from '../util/chunk';
import { IN_LIST_SIZE } from './extract';

export interface DirtyQuery {
  /** The watermark: changes after it (less the overlap) count. Undefined = every account (a full sync). */
  since?: Date;
  /** Changes up to this instant count; fixed per run so a retried run finds the same set. */
  until: Date;
  overlapMinutes: number;
  /** Accounts whose Coverage_Review_On__c is on or before this day are due. */
  asOf: string;
  bulkThreshold: number;
  /**
   * The integration user: its own writes to Relationship__c do not make an account dirty (else every account a
   * run wrote would be read again by the next one through the overlap window).
   */
  ownUserId?: string;
}

/**
 * Source objects whose change makes their account dirty, with the field path that leads to the account
 * (through a parent relationship for those that reach it through a parent record).
 */
const CHANGE_SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['Contact', 'AccountId'],
  ['Opportunity', 'AccountId'],
  ['AccountTeamMember', 'AccountId'],
  ['Task', 'AccountId'],
  ['Event', 'AccountId'],
  ['Relationship__c', 'Account__c'],
  ['OpportunityContactRole', 'Opportunity.AccountId'],
  ['Contact_Blueprint__c', 'Relationship__r.Account__c'],
];

/** A field's value by path: nested objects in REST answers, flat dotted columns in Bulk API CSV. */
function valueAt(row: SfRecord, path: string): unknown {
  if (path in row) return row[path];
  let value: unknown = row;
  for (const part of path.split('.')) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/**
 * Accounts to sync: changed since the watermark (deleted rows included) or due for review; sorted, unique.
 * The change queries go out together, five to a composite call.
 */
export async function findDirtyAccounts(http: OrgHttp, q: DirtyQuery): Promise<string[]> {
  const accountIds = (rows: SfRecord[], path: string): string[] =>
    rows.map((row) => valueAt(row, path)).filter(isSalesforceId);
  if (!q.since) {
    const accounts = await collect(autoQuery(http, 'SELECT Id FROM Account', q.bulkThreshold));
    return [...new Set(accountIds(accounts, 'Id'))].sort();
  }

  const from = dateTimeLiteral(new Date(q.since.getTime() - q.overlapMinutes * 60_000));
  const window = `SystemModstamp > ${from} AND SystemModstamp <= ${dateTimeLiteral(q.until)}`;
  const notOurs = q.ownUserId ? ` AND LastModifiedById != '${assertId(q.ownUserId)}'` : '';
  const queries: Array<QuerySpec & { path: string }> = CHANGE_SOURCES.map(([object, path]) => ({
    soql: `SELECT ${path} FROM ${object} WHERE ${window}${object === 'Relationship__c' ? notOurs : ''}`,
    includeDeleted: true,
    path,
  }));
  queries.push({ soql: `SELECT Id FROM Account WHERE Coverage_Review_On__c <= ${dateLiteral(q.asOf)}`, path: 'Id' });

  const answers = await compositeRows(http, queries, { bulkThreshold: q.bulkThreshold });
  const dirty = new Set<string>();
  answers.forEach((rows, i) => accountIds(rows, (queries[i] as { path: string }).path).forEach((id) => dirty.add(id)));
  return [...dirty].sort();
}

/**
 * Accounts with a Relationship__c someone other than `me` edited since `since` (the re-read check of a batch),
 * leaving out edits an earlier check found: `seen` (record Id → SystemModstamp) holds those, and the read that
 * followed that check included them.
 */
export async function findAccountsEditedByOthers(
  http: OrgHttp,
  accountIds: readonly string[],
  since: Date,
  me: string,
  seen: Map<string, string>,
): Promise<Set<string>> {
  const specs = chunk(accountIds, IN_LIST_SIZE).map((ids) => ({
    soql:
      `SELECT Id, Account__c, SystemModstamp FROM Relationship__c WHERE Account__c IN ${idList(ids)}` +
      ` AND SystemModstamp > ${dateTimeLiteral(since)} AND LastModifiedById != '${assertId(me)}'`,
  }));
  const edited = new Set<string>();
  for (const row of (await compositeRows(http, specs)).flat()) {
    const [id, stamp] = [String(row.Id), String(row.SystemModstamp)];
    if (seen.get(id) !== stamp) edited.add(String(row.Account__c));
    seen.set(id, stamp);
  }
  return edited;
}
