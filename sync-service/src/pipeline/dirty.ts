import { assertId, autoQuery, dateLiteral, dateTimeLiteral, idList, isSalesforceId, type OrgHttp } from '../salesforce';
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

/** Source objects whose change makes their account dirty, with the field that leads to the account. */
const DIRECT_SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['Contact', 'AccountId'],
  ['Opportunity', 'AccountId'],
  ['AccountTeamMember', 'AccountId'],
  ['Task', 'AccountId'],
  ['Event', 'AccountId'],
  ['Relationship__c', 'Account__c'],
];

/** Accounts to sync: changed since the watermark (deleted rows included) or due for review; sorted, unique. */
export async function findDirtyAccounts(http: OrgHttp, q: DirtyQuery): Promise<string[]> {
  const read = async (soql: string, field: string, includeDeleted = true): Promise<string[]> => {
    const out: string[] = [];
    for await (const page of autoQuery(http, soql, q.bulkThreshold, { includeDeleted })) {
      for (const row of page) {
        const id = row[field];
        if (isSalesforceId(id)) out.push(id);
      }
    }
    return out;
  };
  if (!q.since) return [...new Set(await read('SELECT Id FROM Account', 'Id', false))].sort();

  const from = dateTimeLiteral(new Date(q.since.getTime() - q.overlapMinutes * 60_000));
  const window = `SystemModstamp > ${from} AND SystemModstamp <= ${dateTimeLiteral(q.until)}`;
  const dirty = new Set<string>();
  const add = (ids: string[]): void => ids.forEach((id) => dirty.add(id));

  const notOurs = q.ownUserId ? ` AND LastModifiedById != '${assertId(q.ownUserId)}'` : '';
  for (const [object, field] of DIRECT_SOURCES) {
    const own = object === 'Relationship__c' ? notOurs : '';
    add(await read(`SELECT ${field} FROM ${object} WHERE ${window}${own}`, field));
  }

  // Sources that reach their account through a parent.
  const viaParent = async (child: string, parentField: string, parent: string, accountField: string): Promise<void> => {
    const parentIds = [...new Set(await read(`SELECT ${parentField} FROM ${child} WHERE ${window}`, parentField))];
    for (let i = 0; i < parentIds.length; i += IN_LIST_SIZE) {
      const list = idList(parentIds.slice(i, i + IN_LIST_SIZE));
      add(await read(`SELECT ${accountField} FROM ${parent} WHERE Id IN ${list}`, accountField));
    }
  };
  await viaParent('OpportunityContactRole', 'OpportunityId', 'Opportunity', 'AccountId');
  await viaParent('Contact_Blueprint__c', 'Relationship__c', 'Relationship__c', 'Account__c');

  add(await read(`SELECT Id FROM Account WHERE Coverage_Review_On__c <= ${dateLiteral(q.asOf)}`, 'Id', false));
  return [...dirty].sort();
}

/** Splits sorted account ids into batches of `size`. */
export function toBatches(accountIds: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < accountIds.length; i += size) out.push(accountIds.slice(i, i + size));
  return out;
}

/**
 * SOQL datetimes have whole seconds, so a run's end is rounded up: every change up to the instant the run
 * started is then inside its window, and the next run's overlap covers the rest of that second.
 */
export const ceilToSecond = (d: Date): Date => new Date(Math.ceil(d.getTime() / 1000) * 1000);
