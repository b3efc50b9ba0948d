// Activities and contacts as the method counts them, from the records Salesforce keeps: the step between what a
// reader fetched (tasks with their TaskRelation contacts, events with every EventRelation, AccountContactRelation
// rows) and the plain lists readAccountPlans reads. Pure: no I/O, no clock.
import { addDays, mapOpportunityRole, type BuyerRole } from '@contact-plan/planning-core';
import type { OrgRecord, PlanRecords } from './records';
import { bool, day, groupBy, isContactId, multi, text } from './values';

/** The records a reader fetched, beyond PlanRecords: shared-activity and account-contact relations. */
export interface FetchedRecords extends PlanRecords {
  /** TaskId, RelationId (a contact, lead or What), IsWhat. */
  readonly TaskRelation?: readonly OrgRecord[];
  /** AccountId, ContactId, IsDirect, IsActive, Roles, StartDate, EndDate. */
  readonly AccountContactRelation?: readonly OrgRecord[];
}

export interface EvidenceOptions {
  /** The plan date. */
  asOf: string;
  /** Activities older than this many days before asOf are left out (the core's evidenceHorizonDays). */
  horizonDays: number;
  /** AccountContactRelation roles → buyer roles, for a related contact without Buyer_Roles__c (as for deals). */
  roleMapping?: Readonly<Record<string, BuyerRole | null>>;
}

/** The fields `evidenceRecords` reads beyond PLAN_FIELDS; whoever fetches selects them too. */
export const ACTIVITY_FIELDS = {
  Task: ['Id', 'IsClosed'],
  TaskRelation: ['TaskId', 'RelationId', 'IsWhat'],
  EventRelation: ['Status'],
  AccountContactRelation: ['AccountId', 'ContactId', 'IsDirect', 'IsActive', 'Roles', 'StartDate', 'EndDate'],
} as const;

/**
 * The records as evidence, ready for readAccountPlans:
 * - tasks: completed ones only (`IsClosed`; an open task is a plan, its ActivityDate a due date), dated within the
 *   horizon and not after asOf; a task with more contacts (TaskRelation) counts for each of them;
 * - events: dated within the horizon and not after asOf; an invitee who declined (EventRelation Status Declined)
 *   was not there, the event's own contact included;
 * - contacts: an active indirect AccountContactRelation adds the contact to the related account, with the
 *   relation's roles as buyer roles when the contact has none of its own.
 */
export function evidenceRecords(records: FetchedRecords, options: EvidenceOptions): PlanRecords {
  const from = addDays(options.asOf, -options.horizonDays);
  // An activity without a date passes on, for the reader to count among the rows it skips.
  const inWindow = (date: string | undefined): boolean => date === undefined || (date >= from && date <= options.asOf);

  const relations = groupBy(records.TaskRelation, 'TaskId');
  const tasks: OrgRecord[] = [];
  for (const task of records.Task ?? []) {
    if (!bool(task.IsClosed) || !inWindow(day(task.ActivityDate))) continue;
    tasks.push(task);
    const who = text(task.WhoId);
    const others = new Set<string>();
    for (const relation of relations.get(text(task.Id) ?? '') ?? []) {
      const contactId = text(relation.RelationId);
      if (!bool(relation.IsWhat) && isContactId(contactId) && contactId !== who) others.add(contactId);
    }
    for (const contactId of others) tasks.push({ ...task, WhoId: contactId });
  }

  const declined = new Set<string>();
  const eventRelations: OrgRecord[] = [];
  for (const relation of records.EventRelation ?? []) {
    if (text(relation.Status) === 'Declined') declined.add(`${text(relation.EventId)}:${text(relation.RelationId)}`);
    else eventRelations.push(relation);
  }
  const events: OrgRecord[] = [];
  for (const event of records.Event ?? []) {
    if (!inWindow(day(event.ActivityDate) ?? day(event.StartDateTime))) continue;
    const who = text(event.WhoId);
    events.push(who && declined.has(`${text(event.Id)}:${who}`) ? { ...event, WhoId: null } : event);
  }

  const contacts: OrgRecord[] = [...(records.Contact ?? [])];
  const contactById = new Map(contacts.map((row) => [text(row.Id), row]));
  for (const relation of records.AccountContactRelation ?? []) {
    if (bool(relation.IsDirect) || relation.IsActive === false || relation.IsActive === 'false') continue;
    const start = day(relation.StartDate);
    const end = day(relation.EndDate);
    if ((start && start > options.asOf) || (end && end < options.asOf)) continue;
    const contact = contactById.get(text(relation.ContactId));
    const accountId = text(relation.AccountId);
    if (!contact || !accountId || text(contact.AccountId) === accountId) continue;
    const related: Record<string, unknown> = { ...contact, AccountId: accountId };
    if (multi(contact.Buyer_Roles__c).length === 0) {
      const roles = multi(relation.Roles)
        .map((role) => mapOpportunityRole(role, options.roleMapping))
        .filter((role): role is BuyerRole => Boolean(role));
      if (roles.length) related.Buyer_Roles__c = [...new Set(roles)].join(';');
    }
    contacts.push(related);
  }

  return { ...records, Contact: contacts, Task: tasks, Event: events, EventRelation: eventRelations };
}

/**
 * The first day after `asOf` on which an account's related contacts change by the calendar alone: an indirect
 * AccountContactRelation starts (its StartDate) or has ended (the day after its EndDate), with no edit to mark the
 * account. By account Id; accounts with no such day are left out. The sync looks at the account again that day
 * (Account.Coverage_Review_On__c), as it does for gravity.
 */
export function relationChangeDays(relations: readonly OrgRecord[] | undefined, asOf: string): Map<string, string> {
  const days = new Map<string, string>();
  for (const relation of relations ?? []) {
    if (bool(relation.IsDirect) || relation.IsActive === false || relation.IsActive === 'false') continue;
    const accountId = text(relation.AccountId);
    if (!accountId) continue;
    const start = day(relation.StartDate);
    const end = day(relation.EndDate);
    const gone = end ? addDays(end, 1) : undefined;
    for (const change of [start, gone]) {
      if (!change || change <= asOf) continue;
      const known = days.get(accountId);
      if (!known || change < known) days.set(accountId, change);
    }
  }
  return days;
}
