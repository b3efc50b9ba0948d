import { addDays, RULES, type Grade } from '@contact-plan/planning-core';
import type { Logger } from '../log';
import { collect, dateLiteral, idList, restQuery, SalesforceError, type OrgHttp, type SfRecord } from '../salesforce';
import { chunk } from '../util/chunk';
import { day, text } from './fields';

// The morning digest (docs/operator.md, "The morning digest"): after a run, each rep who opted in
// (User.Contact_Plan_Digest__c) gets at most one Salesforce custom notification a day naming what needs them today,
// read from what the sync wrote: key relationships whose grade gravity lowers within `withinDays`
// (Relationship__c.Grade_Drops_On__c), contacts who left (open CONTACT_LEFT warnings first seen today, once the core
// has that rule) and blueprints due within `withinDays`. Nothing is sent when nothing is due.

/** The notification type the package deploys (force-app/main/default/notificationtypes). */
export const DIGEST_TYPE = 'Contact_Plan_Digest';
/** Where the notification leads: the My relationships app page. */
export const DIGEST_TARGET = JSON.stringify({
  type: 'standard__navItemPage',
  attributes: { apiName: 'My_Relationships' },
});
const TITLE_MAX = 250;
const BODY_MAX = 750;

/**
 * What was sent, so no rep gets a second digest the same day. `claim` is atomic: of two runs the same day only one
 * gets true for a rep; `release` gives the day back when the send failed.
 */
export interface DigestLedger {
  claim(org: string, userId: string, day: string): Promise<boolean>;
  release(org: string, userId: string, day: string): Promise<void>;
}

/** A ledger in this process's memory: for tests and a single foreground process. */
export class MemoryDigestLedger implements DigestLedger {
  private readonly claimed = new Set<string>();
  async claim(org: string, userId: string, day: string): Promise<boolean> {
    const key = `${org}:${userId}:${day}`;
    if (this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }
  async release(org: string, userId: string, day: string): Promise<void> {
    this.claimed.delete(`${org}:${userId}:${day}`);
  }
}

export interface DigestOptions {
  org: string;
  asOf: string;
  ledger: DigestLedger;
  log: Logger;
  /** Key relationships dropping and blueprints due within this many days count (default 7). */
  withinDays?: number;
}

export interface DigestItem {
  kind: 'dropping' | 'left' | 'due';
  /** The day it happens (drop day, due date), or the day the warning appeared. */
  on: string;
  text: string;
}

export interface DigestSummary {
  /** Reps who opted in. */
  optedIn: number;
  /** Digests sent this run. */
  sent: number;
  /** Reps with something due who already had today's digest. */
  alreadySent: number;
  /** Why nothing could be sent at all (the notification type or the opt-in field missing from the org). */
  notice?: string;
}

const isMissing = (e: unknown): boolean =>
  e instanceof SalesforceError && (e.errorCode === 'INVALID_TYPE' || e.errorCode === 'INVALID_FIELD');

async function rows(http: OrgHttp, soql: string): Promise<SfRecord[]> {
  return collect(restQuery(http, soql));
}

const nameOf = (row: SfRecord, path: string): string => {
  let value: unknown = row;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[part];
  return typeof value === 'string' && value ? value : '';
};

/** What needs each rep today, soonest first, from the records the sync wrote. */
export async function digestItems(
  http: OrgHttp,
  userIds: readonly string[],
  asOf: string,
  withinDays: number,
): Promise<Map<string, DigestItem[]>> {
  const items = new Map<string, DigestItem[]>();
  const add = (userId: string, item: DigestItem): void => {
    const list = items.get(userId);
    if (list) list.push(item);
    else items.set(userId, [item]);
  };
  const until = dateLiteral(addDays(asOf, withinDays));
  const today = dateLiteral(asOf);
  for (const ids of chunk([...userIds], 200)) {
    const members = idList(ids);
    for (const r of await rows(
      http,
      'SELECT Team_Member__c, Effective_Grade__c, Grade_Drops_On__c, Contact__r.Name, Account__r.Name ' +
        `FROM Relationship__c WHERE Team_Member__c IN ${members} AND Key_Intersection__c = true ` +
        `AND Grade_Drops_On__c >= ${today} AND Grade_Drops_On__c <= ${until}`,
    )) {
      const on = day(r.Grade_Drops_On__c) as string;
      const grade = text(r.Effective_Grade__c) as Grade | undefined;
      add(String(r.Team_Member__c), {
        kind: 'dropping',
        on,
        text: `${nameOf(r, 'Contact__r.Name')} (${nameOf(r, 'Account__r.Name')}): ${grade ?? '?'} until ${on}`,
      });
    }
    if ((RULES as readonly string[]).includes('CONTACT_LEFT')) {
      for (const w of await rows(
        http,
        'SELECT Team_Member__c, First_Seen__c, Contact__r.Name, Account__r.Name FROM Coverage_Warning__c ' +
          `WHERE Team_Member__c IN ${members} AND Rule__c = 'CONTACT_LEFT' AND Status__c = 'Open' ` +
          `AND First_Seen__c = ${today}`,
      )) {
        add(String(w.Team_Member__c), {
          kind: 'left',
          on: asOf,
          text: `${nameOf(w, 'Contact__r.Name') || 'a contact'} left ${nameOf(w, 'Account__r.Name')}`,
        });
      }
    }
    for (const b of await rows(
      http,
      'SELECT Due_Date__c, Relationship__r.Team_Member__c, Relationship__r.Contact__r.Name, ' +
        'Relationship__r.Account__r.Name FROM Contact_Blueprint__c ' +
        `WHERE Relationship__r.Team_Member__c IN ${members} AND Status__c IN ('planned', 'active') ` +
        `AND Due_Date__c <= ${until}`,
    )) {
      const on = day(b.Due_Date__c) as string;
      add(nameOf(b, 'Relationship__r.Team_Member__c'), {
        kind: 'due',
        on,
        text:
          `blueprint for ${nameOf(b, 'Relationship__r.Contact__r.Name')} ` +
          `(${nameOf(b, 'Relationship__r.Account__r.Name')}) ${on < asOf ? 'overdue since' : 'due'} ${on}`,
      });
    }
  }
  for (const list of items.values())
    list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.text < b.text ? -1 : 1));
  return items;
}

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** The notification's title and body for one rep's items. */
export function digestMessage(items: readonly DigestItem[]): { title: string; body: string } {
  const count = (kind: DigestItem['kind']): number => items.filter((i) => i.kind === kind).length;
  const parts = [
    [count('dropping'), 'key relationship drops a grade', 'key relationships drop a grade'],
    [count('left'), 'contact left', 'contacts left'],
    [count('due'), 'blueprint due', 'blueprints due'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const title = clip(`Contact Plan today: ${parts.join(', ')}`, TITLE_MAX);
  const body = clip(items.map((i) => i.text).join('; '), BODY_MAX);
  return { title, body };
}

/**
 * Sends the day's digests. Never throws for a missing notification type or opt-in field (a notice in the summary and
 * the log); a failed send is logged, its claim released, and the run goes on.
 */
export async function sendDigests(http: OrgHttp, opts: DigestOptions): Promise<DigestSummary> {
  const summary: DigestSummary = { optedIn: 0, sent: 0, alreadySent: 0 };
  const notice = (text: string): DigestSummary => {
    opts.log.info({ org: opts.org }, text);
    return { ...summary, notice: text };
  };
  let typeId: string | undefined;
  let users: SfRecord[];
  try {
    const [type] = await rows(http, `SELECT Id FROM CustomNotificationType WHERE DeveloperName = '${DIGEST_TYPE}'`);
    typeId = text(type?.Id);
  } catch (e) {
    if (!isMissing(e)) throw e;
  }
  if (!typeId) return notice(`no morning digests: the notification type ${DIGEST_TYPE} is not in the org`);
  try {
    users = await rows(http, 'SELECT Id FROM User WHERE IsActive = true AND Contact_Plan_Digest__c = true');
  } catch (e) {
    if (!isMissing(e)) throw e;
    return notice('no morning digests: User.Contact_Plan_Digest__c is not in the org');
  }
  summary.optedIn = users.length;
  if (users.length === 0) return summary;
  const items = await digestItems(
    http,
    users.map((u) => String(u.Id)),
    opts.asOf,
    opts.withinDays ?? 7,
  );
  for (const [userId, list] of [...items].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (list.length === 0) continue;
    if (!(await opts.ledger.claim(opts.org, userId, opts.asOf))) {
      summary.alreadySent += 1;
      continue;
    }
    const { title, body } = digestMessage(list);
    try {
      await http.request({
        kind: 'actions',
        method: 'POST',
        path: '/actions/standard/customNotificationAction',
        body: {
          inputs: [{ customNotifTypeId: typeId, recipientIds: [userId], title, body, targetPageRef: DIGEST_TARGET }],
        },
      });
      summary.sent += 1;
    } catch (e) {
      await opts.ledger.release(opts.org, userId, opts.asOf);
      opts.log.warn({ userId, error: (e as Error).message }, 'morning digest not sent');
    }
  }
  return summary;
}
