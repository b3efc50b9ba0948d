import {
  assertId,
  autoQuery,
  collect,
  compositeQueries,
  compositeRows,
  dateLiteral,
  dateTimeLiteral,
  getDeleted,
  idList,
  isSalesforceId,
  type OrgHttp,
  SalesforceError,
  type QuerySpec,
  type SfRecord,
} from '../salesforce';
import { chunk } from '../util/chunk';
import { IN_LIST_SIZE } from './extract';
import { findAccountsRelationsLeft } from './moves';
import { accountPathOf, SOURCE_ENTRIES } from './sources';

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
 * Accounts to sync: changed since the watermark (deleted rows included), worked on by a user who changed, or due
 * for review; sorted, unique. The change queries go out together, five to a composite call.
 */
export async function findDirtyAccounts(http: OrgHttp, q: DirtyQuery): Promise<string[]> {
  const accountIds = (rows: SfRecord[], path: string): string[] =>
    rows.map((row) => valueAt(row, path)).filter(isSalesforceId);
  if (!q.since) {
    const accounts = await collect(autoQuery(http, 'SELECT Id FROM Account', q.bulkThreshold));
    return [...new Set(accountIds(accounts, 'Id'))].sort();
  }

  const queries = changeQueries({ ...q, since: q.since });
  const answers = await compositeQueries(http, queries, { bulkThreshold: q.bulkThreshold });
  const dirty = new Set<string>();
  answers.forEach((answer, i) => {
    const { path, object } = queries[i] as ChangeQuery;
    if ('error' in answer) {
      // An org without account or opportunity teams (or shared activities) has nothing there to change.
      if (isMissingOptional(object, answer.error)) return;
      throw answer.error;
    }
    accountIds(answer.rows, path).forEach((id) => dirty.add(id));
  });
  if (await anyDeletedWithoutQueryAll(http, { ...q, since: q.since })) {
    (await findAccountsRelationsLeft(http, q)).forEach((id) => dirty.add(id));
  }
  return [...dirty].sort();
}

/** How far back the delete log behind the Get Deleted resource reaches (REST API Developer Guide). */
const DELETE_LOG_MS = 15 * 86_400_000;

/**
 * Whether a source whose deletions only the Get Deleted resource shows lost rows in the window (one call each).
 * A window longer than the delete log keeps, or an org without the (optional) object, is answered without asking:
 * yes for the first (it may have), no for the second.
 */
async function anyDeletedWithoutQueryAll(http: OrgHttp, q: DirtyQuery & { since: Date }): Promise<boolean> {
  const from = new Date(q.since.getTime() - q.overlapMinutes * 60_000);
  for (const source of SOURCE_ENTRIES) {
    if (!source.changes || source.deletions !== 'getDeleted') continue;
    if (q.until.getTime() - from.getTime() >= DELETE_LOG_MS) return true;
    try {
      if ((await getDeleted(http, source.object, from, q.until)).length) return true;
    } catch (error) {
      const missing = error instanceof SalesforceError && ['INVALID_TYPE', 'NOT_FOUND'].includes(error.errorCode);
      if (!(source.optional && missing)) throw error;
    }
  }
  return false;
}

interface ChangeQuery extends QuerySpec {
  object: string;
  /** The path from a row to its account id. */
  path: string;
}

const OPTIONAL: ReadonlySet<string> = new Set(SOURCE_ENTRIES.filter((s) => s.optional).map((s) => s.object));

const isMissingOptional = (object: string, error: Error): boolean =>
  OPTIONAL.has(object) && error instanceof SalesforceError && error.errorCode === 'INVALID_TYPE';

/**
 * The change queries, derived from the source registry: each source whose change counts, by its path to the account
 * (deleted rows included); a changed user through the rows that put them on an account's team; and the accounts
 * due for review.
 */
export function changeQueries(q: DirtyQuery & { since: Date }): ChangeQuery[] {
  const from = dateTimeLiteral(new Date(q.since.getTime() - q.overlapMinutes * 60_000));
  const until = dateTimeLiteral(q.until);
  const window = (stamp = 'SystemModstamp'): string => `${stamp} > ${from} AND ${stamp} <= ${until}`;
  const notOurs = q.ownUserId ? ` AND LastModifiedById != '${assertId(q.ownUserId)}'` : '';
  const queries: ChangeQuery[] = [];
  for (const source of SOURCE_ENTRIES) {
    if (!source.changes || !source.account) continue;
    const path = accountPathOf(source.account);
    const where = `${window(source.changeStamp)}${source.writtenBySync ? notOurs : ''}`;
    queries.push({
      soql: `SELECT ${path} FROM ${source.object} WHERE ${where}`,
      includeDeleted: source.deletions !== 'getDeleted',
      object: source.object,
      path,
    });
  }
  for (const changed of SOURCE_ENTRIES) {
    if (!changed.changes || changed.account) continue;
    // A user's change reaches every account whose team rows name them.
    const users = `SELECT Id FROM ${changed.object} WHERE ${window(changed.changeStamp)}`;
    for (const source of SOURCE_ENTRIES) {
      if (!source.member?.team || !source.account) continue;
      const path = accountPathOf(source.account);
      queries.push({
        soql: `SELECT ${path} FROM ${source.object} WHERE ${source.member.field} IN (${users})`,
        object: source.object,
        path,
      });
    }
  }
  queries.push({
    soql: `SELECT Id FROM Account WHERE Coverage_Review_On__c <= ${dateLiteral(q.asOf)}`,
    object: 'Account',
    path: 'Id',
  });
  return queries;
}

/**
 * Accounts with a Relationship__c someone other than `me` edited since `since` (the re-read check of a batch), and
 * the accounts of `contacts` (contact Id → the batch account that writes it) whose contact someone else edited (or
 * moved) since then, leaving out edits an earlier check found: `seen` (record Id → SystemModstamp) holds those, and
 * the read that followed that check included them.
 */
export async function findAccountsEditedByOthers(
  http: OrgHttp,
  accountIds: readonly string[],
  since: Date,
  me: string,
  seen: Map<string, string>,
  contacts: ReadonlyMap<string, string> = new Map(),
): Promise<Set<string>> {
  const edits = ` AND SystemModstamp > ${dateTimeLiteral(since)} AND LastModifiedById != '${assertId(me)}'`;
  const specs = [
    ...chunk(accountIds, IN_LIST_SIZE).map((ids) => ({
      soql: `SELECT Id, Account__c, SystemModstamp FROM Relationship__c WHERE Account__c IN ${idList(ids)}${edits}`,
    })),
    ...chunk([...contacts.keys()], IN_LIST_SIZE).map((ids) => ({
      soql: `SELECT Id, SystemModstamp FROM Contact WHERE Id IN ${idList(ids)}${edits}`,
    })),
  ];
  const edited = new Set<string>();
  for (const row of (await compositeRows(http, specs)).flat()) {
    const [id, stamp] = [String(row.Id), String(row.SystemModstamp)];
    if (seen.get(id) !== stamp) edited.add(contacts.get(id) ?? String(row.Account__c));
    seen.set(id, stamp);
  }
  return edited;
}
