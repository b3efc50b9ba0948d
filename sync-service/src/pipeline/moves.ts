// People move (docs/contracts.md, "Pair identity"; docs/method.md §1.6.6). A batch's relationship whose contact is no
// longer on the record's account (moved, merged into a contact elsewhere, deleted) is closed on that account, with
// the rep data kept; a contact now on a batch account brings the records other accounts hold on it as history. Both
// reach the plan through the plan reader, from the rows this module adds to the batch's sources.
import { evidenceRecords, PLAN_FIELDS, valueAt, type OrgRecord } from '@contact-plan/plan-reader';
import {
  assertId,
  compositeQueries,
  compositeRows,
  dateTimeLiteral,
  idList,
  isSalesforceId,
  type OrgHttp,
  SalesforceError,
  type QuerySpec,
  type SfRecord,
  type WriteRecord,
} from '../salesforce';
import { chunk } from '../util/chunk';
import { IN_LIST_SIZE } from './extract';
import { SOURCE_FIELDS, type BatchSources } from './sources';

export interface MoveResult {
  /** Close writes (Closed_On__c, Closed_Reason__c) by the account whose record they close. */
  closes: Array<{ accountId: string; write: WriteRecord }>;
  rowsRead: number;
  /** Records of the batch whose contact left their account. */
  departed: number;
  /** Records of other accounts read as the history of the batch's contacts. */
  inherited: number;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const queriesFor = (ids: readonly string[], soql: (list: string) => string, includeDeleted = false): QuerySpec[] =>
  chunk([...new Set(ids)], IN_LIST_SIZE).map((slice) => ({ soql: soql(idList(slice)), includeDeleted }));

/**
 * `accountId:contactId` for every contact on an account as the plan reader counts it: its home (AccountId) and each
 * account an active indirect AccountContactRelation relates it to on `asOf`.
 */
function contactsOnAccounts(contacts: OrgRecord[], relations: OrgRecord[], asOf: string): Set<string> {
  const read = evidenceRecords({ Contact: contacts, AccountContactRelation: relations }, { asOf, horizonDays: 0 });
  return new Set((read.Contact ?? []).map((c) => `${str(c.AccountId) ?? ''}:${String(c.Id)}`));
}

/**
 * Finds the batch's departed relationships and its contacts' histories, adds what the reader needs to the sources
 * (the departed contact's name, roles and new account; the other accounts' rows and their members) and returns the
 * close writes for records not closed yet. One composite call when nothing moved; two more when something did.
 */
export async function followMoves(
  http: OrgHttp,
  sources: BatchSources,
  opts: { bulkThreshold?: number } = {},
): Promise<MoveResult> {
  const result: MoveResult = { closes: [], rowsRead: 0, departed: 0, inherited: 0 };
  const batch = new Set(sources.accountIds);
  if (!batch.size) return result;
  const onAccount = contactsOnAccounts(
    [...sources.contacts, ...sources.relatedContacts],
    sources.contactRelations,
    sources.asOf,
  );
  const departed = sources.relationships.filter((r) => {
    const account = str(r.Account__c);
    const contact = str(r.Contact__c);
    return account !== undefined && batch.has(account) && (!contact || !onAccount.has(`${account}:${contact}`));
  });

  // Other accounts' records on the batch's contacts: the history they bring (the batch's own rows are read already).
  const relationshipFields = [...SOURCE_FIELDS.Relationship__c, 'Account__r.Name'].join(', ');
  const historySpecs = queriesFor(
    sources.accountIds,
    (list) => `SELECT ${relationshipFields} FROM Relationship__c WHERE Contact__r.AccountId IN ${list}`,
  );
  const linked = departed.map((r) => str(r.Contact__c)).filter(isSalesforceId);
  const contactSpecs = queriesFor(
    linked,
    (list) => `SELECT Id, Name, Buyer_Roles__c, AccountId, Account.Name FROM Contact WHERE Id IN ${list}`,
  );
  // Contacts merged into a record's contact (deleted, MasterRecordId set), with the account they were on.
  const mergedSpecs = queriesFor(
    linked,
    (list) => `SELECT Id, MasterRecordId, AccountId FROM Contact WHERE MasterRecordId IN ${list}`,
    true,
  );
  const accountSpecs = departed.length
    ? queriesFor(sources.accountIds, (list) => `SELECT Id, Name FROM Account WHERE Id IN ${list}`)
    : [];
  // The batch's contacts' relations to other accounts: a record there on a contact still related there is that
  // account's own, not history.
  const relationFields = SOURCE_FIELDS.AccountContactRelation.join(', ');
  const relationSpecs = queriesFor(
    sources.accountIds,
    (list) =>
      `SELECT ${relationFields} FROM AccountContactRelation WHERE IsDirect = false AND Contact.AccountId IN ${list}`,
  );
  const specs = [...historySpecs, ...contactSpecs, ...mergedSpecs, ...accountSpecs, ...relationSpecs];
  const answers = (await compositeQueries(http, specs, { bulkThreshold: opts.bulkThreshold })).map((outcome, i) => {
    if (!('error' in outcome)) return outcome.rows;
    // An org without Contacts to Multiple Accounts has no relations to read.
    const missing = outcome.error instanceof SalesforceError && outcome.error.errorCode === 'INVALID_TYPE';
    if (i >= specs.length - relationSpecs.length && missing) return [];
    throw outcome.error;
  });
  result.rowsRead += answers.reduce((n, rows) => n + rows.length, 0);
  let at = 0;
  const take = (n: number): SfRecord[] => answers.slice(at, (at += n)).flat();
  const elsewhere = take(historySpecs.length).filter((r) => !batch.has(String(r.Account__c)));
  const contacts = new Map(take(contactSpecs.length).map((c) => [String(c.Id).slice(0, 15), c]));
  const mergedAway = new Set(
    take(mergedSpecs.length).map((c) => `${String(c.AccountId)}:${String(c.MasterRecordId).slice(0, 15)}`),
  );
  const accountNames = new Map(take(accountSpecs.length).map((a) => [String(a.Id), str(a.Name)]));
  const homes = [...sources.contacts, ...sources.relatedContacts];
  const related = contactsOnAccounts(homes, take(relationSpecs.length), sources.asOf);
  const history = elsewhere.filter((r) => !related.has(`${str(r.Account__c) ?? ''}:${str(r.Contact__c) ?? ''}`));

  for (const row of departed) {
    const record = row as Record<string, unknown>;
    const contactId = str(row.Contact__c);
    const contact = contactId ? contacts.get(contactId.slice(0, 15)) : undefined;
    // Merged: a contact of the record's account was merged into the record's contact (merge() reparented it).
    const merged = contactId && mergedAway.has(`${String(row.Account__c)}:${contactId.slice(0, 15)}`);
    const reason = !contactId ? 'deleted' : merged ? 'merged' : 'moved';
    if (contact) {
      const account = contact.Account as { Name?: unknown } | null | undefined;
      record.Contact__r = { Name: contact.Name, Buyer_Roles__c: contact.Buyer_Roles__c, Account: account ?? null };
    }
    record.Account__r = { Name: accountNames.get(String(row.Account__c)) ?? null };
    if (!str(row.Closed_On__c)) {
      record.Closed_On__c = sources.asOf;
      record.Closed_Reason__c = reason;
      result.closes.push({
        accountId: String(row.Account__c),
        write: { Id: String(row.Id), Closed_On__c: sources.asOf, Closed_Reason__c: reason },
      });
    }
  }
  result.departed = departed.length;

  // The history's members need their user records for names, like every member.
  const known = new Set(sources.users.map((u) => String(u.Id)));
  const missing = [...new Set(history.map((r) => str(r.Team_Member__c)))].filter(
    (id): id is string => Boolean(id?.startsWith('005')) && !known.has(id as string),
  );
  if (missing.length) {
    const userSpecs = queriesFor(
      missing,
      (list) => `SELECT ${PLAN_FIELDS.User.join(', ')} FROM User WHERE Id IN ${list}`,
    );
    const users = (await compositeRows(http, userSpecs)).flat();
    result.rowsRead += users.length;
    sources.users.push(...users);
  }
  sources.relationships.push(...history);
  result.inherited = history.length;
  return result;
}

/**
 * The accounts a run must revisit because people moved (dirty detection's share of it): every account holding a
 * record whose contact changed in the window (the account the contact left), and the current account of every
 * record's contact when the record changed (a merge moved it to the surviving contact, a rep re-pointed it), leaving
 * out the integration user's own writes.
 */
export async function findAccountsPeopleLeft(
  http: OrgHttp,
  q: { from: Date; until: Date; ownUserId?: string; bulkThreshold?: number },
): Promise<string[]> {
  const window = (field: string): string =>
    `${field} > ${dateTimeLiteral(q.from)} AND ${field} <= ${dateTimeLiteral(q.until)}`;
  const notOurs = q.ownUserId ? ` AND LastModifiedById != '${assertId(q.ownUserId)}'` : '';
  const [left, reparented] = await compositeRows(
    http,
    [
      // Our own Contact writes (Implied_Buyer_Roles__c) move no one; the batch's pre-write check re-reads a contact
      // someone else edited in between.
      {
        soql:
          `SELECT Account__c FROM Relationship__c WHERE ${window('Contact__r.SystemModstamp')}` +
          (q.ownUserId ? ` AND Contact__r.LastModifiedById != '${assertId(q.ownUserId)}'` : ''),
      },
      { soql: `SELECT Contact__r.AccountId FROM Relationship__c WHERE ${window('SystemModstamp')}${notOurs}` },
    ],
    { bulkThreshold: q.bulkThreshold },
  );
  const ids = [
    ...(left ?? []).map((r) => r.Account__c),
    ...(reparented ?? []).map(
      (r) => (r['Contact__r.AccountId'] ?? (r.Contact__r as SfRecord | null)?.AccountId) as unknown,
    ),
  ];
  return [...new Set(ids.filter(isSalesforceId))];
}

/**
 * The accounts an indirect AccountContactRelation left when it was deleted (the Get Deleted resource names only its
 * id): every account holding an open Relationship__c or an open warning on a contact that is neither homed there
 * nor related there any longer, and that contact's home. A contact's CONTACT_LEFT warning is left out: it stays open after the departure.
 */
export async function findAccountsRelationsLeft(
  http: OrgHttp,
  q: { asOf: string; bulkThreshold?: number },
): Promise<string[]> {
  const [relationships, warnings] = await compositeRows(
    http,
    [
      {
        soql:
          'SELECT Account__c, Contact__c, Contact__r.AccountId FROM Relationship__c' +
          ' WHERE Contact__c != null AND Closed_On__c = null',
      },
      {
        soql:
          'SELECT Account__c, Contact__c, Contact__r.AccountId FROM Coverage_Warning__c' +
          " WHERE Contact__c != null AND Status__c = 'Open' AND Rule__c != 'CONTACT_LEFT'",
      },
    ],
    { bulkThreshold: q.bulkThreshold },
  );
  // Contacts on accounts other than their home, with their home.
  const away = new Map<string, { home?: string; accounts: Set<string> }>();
  for (const row of [...(relationships ?? []), ...(warnings ?? [])]) {
    const [account, contact] = [str(row.Account__c), str(row.Contact__c)];
    const home = str(valueAt(row, 'Contact__r.AccountId'));
    if (!account || !contact || home === account) continue;
    const entry = away.get(contact) ?? { home, accounts: new Set<string>() };
    entry.accounts.add(account);
    away.set(contact, entry);
  }
  if (!away.size) return [];
  const fields = SOURCE_FIELDS.AccountContactRelation.join(', ');
  const specs = queriesFor(
    [...away.keys()],
    (list) => `SELECT ${fields} FROM AccountContactRelation WHERE IsDirect = false AND ContactId IN ${list}`,
  );
  const relations = (await compositeRows(http, specs, { bulkThreshold: q.bulkThreshold })).flat();
  const contacts = [...away].map(([Id, { home }]) => ({ Id, AccountId: home ?? null }));
  const onAccount = contactsOnAccounts(contacts, relations, q.asOf);
  const left = new Set<string>();
  for (const [contact, { home, accounts }] of away) {
    for (const account of accounts) {
      if (onAccount.has(`${account}:${contact}`)) continue;
      // The account left, and the contact's home, which now inherits the records there as history.
      left.add(account);
      if (home) left.add(home);
    }
  }
  return [...left].sort();
}
