import {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  DEPARTURE_REASONS,
  GRADES,
  HORIZONS,
  SENIORITIES,
  STRATEGIES,
  mapOpportunityRole,
  type AccountPlan,
  type Blueprint,
  type BuyerRole,
  type Contact,
  type EvidenceSummary,
  type Departure,
  type Grade,
  type HistoryEntry,
  type HorizonDays,
  type Member,
  type Opportunity,
  type Relationship,
  type Strategy,
  type Touch,
  type TouchKind,
} from '@contact-plan/planning-core';
import { ACCOUNT_FIELDS, PARENT_FIELDS, type OrgRecord, type PlanObject, type PlanRecords } from './records';
import { bool, day, groupBy, isContactId, isUserId, multi, num, pick, text, valueAt } from './values';

export interface ReadOptions {
  /** The plan date: docs/method.md §1.7's `asOf`. */
  asOf: string;
  /** Opportunity contact role → buyer role, for contacts without Buyer_Roles__c; the core's default when absent. */
  roleMapping?: Readonly<Record<string, BuyerRole | null>>;
  /**
   * Where the pairs' evidence comes from: the account's activities and won opportunities (`activity`, the default:
   * the sync), or the svc fields the last sync wrote on Relationship__c (`sync`: the page, whose GraphQL cost must
   * not grow with the activity). A pair the sync never wrote has no evidence then.
   */
  evidence?: 'activity' | 'sync';
}

/** Why a record was left out, counted per reason so a log line stays short. */
export type SkipCounts = Record<string, number>;

/** The record ids behind one plan blueprint: its Contact_Blueprint__c and the Relationship__c it hangs on. */
export interface BlueprintIds {
  id: string;
  relationshipId: string;
}

export interface PlanRead {
  plan: AccountPlan;
  /**
   * The buyer roles each contact's opportunity contact roles imply (through `roleMapping`), in the core's role order,
   * for the contacts with any: computed from the OpportunityContactRole rows when they were given (the sync, which
   * writes them to Contact.Implied_Buyer_Roles__c), else read from that field (the page, which cannot read the rows).
   */
  impliedRoles: Map<string, BuyerRole[]>;
  /** The contacts whose plan roles are their implied ones: no Buyer_Roles__c of their own. */
  rolesImplied: Set<string>;
  /** `relationshipIds[i]` is the Relationship__c behind `plan.relationships[i]`. */
  relationshipIds: string[];
  /** `blueprintIds[i]` are the records behind `plan.blueprints[i]`. */
  blueprintIds: BlueprintIds[];
  skipped: SkipCounts;
}

type Users = ReadonlyMap<string, OrgRecord>;

const TASK_KINDS: Readonly<Record<string, TouchKind>> = { Call: 'call', Email: 'email' };

/** The buyer role codes among `values`, once each, in the core's order (the order a multi-select field is kept in). */
const buyerRoles = (values: readonly string[]): BuyerRole[] => BUYER_ROLES.filter((role) => values.includes(role));
const isBuyerRole = (value: string): value is BuyerRole => (BUYER_ROLES as readonly string[]).includes(value);

/** The ids once each; most activities name one contact and one user, so skip the Set for those. */
const unique = (ids: string[]): readonly string[] => (ids.length < 2 ? ids : [...new Set(ids)]);

const horizon = (v: unknown): HorizonDays | undefined => {
  const n = num(v);
  return HORIZONS.find((h) => h === n);
};

const usersById = (rows: readonly OrgRecord[] | undefined): Users => {
  const users = new Map<string, OrgRecord>();
  for (const row of rows ?? []) {
    const id = text(row.Id);
    if (id && !users.has(id)) users.set(id, row);
  }
  return users;
};

/** The rep fields of a Relationship__c row as the plan reads them; empty when no rep has touched the pair. */
export function relationshipRepFields(row: OrgRecord): Omit<Relationship, 'contactId' | 'memberId'> {
  const fields: Omit<Relationship, 'contactId' | 'memberId'> = {};
  const grade = pick(GRADES, row.Grade__c);
  const gradedOn = day(row.Graded_On__c);
  const horizonDays = horizon(row.Focus_Horizon__c);
  if (grade) fields.grade = grade;
  if (gradedOn) fields.gradedOn = gradedOn;
  if (bool(row.Key_Intersection__c)) fields.key = true;
  if (horizonDays) fields.horizonDays = horizonDays;
  return fields;
}

/** A pair's evidence as the last sync summarized it on the Relationship__c row, or undefined if it wrote nothing. */
export function relationshipEvidence(row: OrgRecord, contactId: string, memberId: string): EvidenceSummary | undefined {
  const suggested = pick(GRADES, row.Suggested_Grade__c);
  const lastTouch = day(row.Last_Touch__c);
  const lastMeeting = day(row.Last_Meeting__c);
  const touches = num(row.Touches_90d__c);
  if (!suggested && !lastTouch && !lastMeeting && !touches) return undefined;
  const summary: EvidenceSummary = { contactId, memberId, recentTouches: touches && touches > 0 ? touches : 0 };
  if (lastTouch) summary.lastTouch = lastTouch;
  if (lastMeeting) summary.lastMeeting = lastMeeting;
  if (suggested) {
    summary.suggested = suggested;
    summary.reasons = (text(row.Grade_Reasons__c) ?? '').split('\n').filter(Boolean);
  }
  return summary;
}

/**
 * The contact a Relationship__c was created for, from its Pair_Key__c (`accountId:contactId:userId`, or the older
 * `contactId:userId`): what names a contact whose deletion cleared Contact__c.
 */
export function keyContactId(key: unknown): string | undefined {
  const parts = (text(key) ?? '').split(':');
  return [parts.length >= 3 ? parts[1] : parts[0]].find(isContactId);
}

/** The grade a pair was last known at: the rep's, else the one the sync last wrote. */
const knownGrade = (row: OrgRecord): Grade | undefined =>
  pick(GRADES, row.Grade__c) ?? pick(GRADES, row.Effective_Grade__c);

/** A closed Relationship__c row (its contact left the account) as the departure it records. */
function readDeparture(row: OrgRecord, contactId: string, memberId: string): Departure | undefined {
  const reason = pick(DEPARTURE_REASONS, row.Closed_Reason__c);
  const leftOn = day(row.Closed_On__c);
  if (!reason || !leftOn) return undefined;
  const name = text(valueAt(row, 'Contact__r.Name')) ?? (reason === 'deleted' ? 'A contact' : contactId);
  const departure: Departure = { contactId, name, reason, leftOn, relationships: [] };
  const roles = multi(valueAt(row, 'Contact__r.Buyer_Roles__c')).filter(isBuyerRole);
  const toAccountName = reason === 'deleted' ? undefined : text(valueAt(row, 'Contact__r.Account.Name'));
  if (roles.length) departure.roles = roles;
  if (toAccountName) departure.toAccountName = toAccountName;
  const grade = knownGrade(row);
  departure.relationships.push(grade ? { memberId, grade } : { memberId });
  return departure;
}

/** A relationship row of another account on one of this account's contacts, as the history the contact brings. */
function readHistory(row: OrgRecord, memberId: string): HistoryEntry | undefined {
  const grade = knownGrade(row);
  const dates = [day(row.Graded_On__c), day(row.Last_Touch__c)].filter((d): d is string => Boolean(d)).sort();
  const date = dates[dates.length - 1] ?? day(row.Closed_On__c);
  if (!grade || !date) return undefined;
  return { accountName: text(valueAt(row, 'Account__r.Name')) ?? 'another account', memberId, grade, date };
}

function readBlueprint(row: OrgRecord, contactId: string, memberId: string): Blueprint | undefined {
  const goal = pick(GRADES, row.Goal_Grade__c);
  const status = pick(BLUEPRINT_STATUSES, row.Status__c);
  if (!goal || !status) return undefined;
  const blueprint: Blueprint = {
    contactId,
    memberId,
    goal,
    strategies: multi(row.Influence_Strategies__c).filter((s): s is Strategy =>
      (STRATEGIES as readonly string[]).includes(s),
    ),
    status,
  };
  const tactics = text(row.Tactics__c);
  const resources = text(row.Resources__c);
  const horizonDays = horizon(row.Horizon__c);
  const dueDate = day(row.Due_Date__c);
  if (tactics) blueprint.tactics = tactics;
  if (resources) blueprint.resources = resources;
  if (horizonDays) blueprint.horizonDays = horizonDays;
  if (dueDate) blueprint.dueDate = dueDate;
  return blueprint;
}

function readMember(id: string, user: OrgRecord | undefined): Member {
  const member: Member = { id, name: text(user?.Name) ?? id };
  const title = text(user?.Title);
  const seniority = pick(SENIORITIES, user?.Seniority__c);
  if (title) member.title = title;
  if (seniority) member.seniority = seniority;
  return member;
}

/** Every record of `records` is this account's (the caller filtered them); users come from `users`. */
function readPlan(accountId: string, records: PlanRecords, users: Users, options: ReadOptions): PlanRead {
  const skipped: SkipCounts = {};
  const skip = (reason: string): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  // The account team leads the members (and so the map's rows); users met through opportunities, activities and
  // grades follow in the order they turn up.
  const memberIds = new Set<string>();
  const addMember = (id: string | undefined): void => {
    if (isUserId(id)) memberIds.add(id);
  };
  for (const row of records.AccountTeamMember ?? []) addMember(text(row.UserId));

  const contactRows = records.Contact ?? [];
  const contactIds = new Set(contactRows.map((row) => String(row.Id)));

  // Opportunities with their owner and team; contact roles map to buyer roles on the way.
  const teams = groupBy(records.OpportunityTeamMember, 'OpportunityId');
  const roles = groupBy(records.OpportunityContactRole, 'OpportunityId');
  const mappedRoles = new Map<string, Set<BuyerRole>>();
  const opportunities: Opportunity[] = [];
  for (const row of records.Opportunity ?? []) {
    const id = String(row.Id);
    const team = [text(row.OwnerId), ...(teams.get(id) ?? []).map((m) => text(m.UserId))].filter(isUserId);
    team.forEach(addMember);
    const contactRoles = (roles.get(id) ?? []).flatMap((r) => {
      const contactId = text(r.ContactId);
      const role = text(r.Role);
      if (!contactId) return [];
      const mapped = role ? mapOpportunityRole(role, options.roleMapping) : undefined;
      if (mapped && contactIds.has(contactId)) {
        const set = mappedRoles.get(contactId) ?? new Set<BuyerRole>();
        set.add(mapped);
        mappedRoles.set(contactId, set);
      }
      return [{ contactId, role: role ?? '' }];
    });
    const closeDate = day(row.CloseDate);
    if (!closeDate) {
      skip('opportunity without close date');
      continue;
    }
    const stage = !bool(row.IsClosed) ? 'open' : bool(row.IsWon) ? 'won' : 'lost';
    opportunities.push({ id, stage, closeDate, memberIds: [...new Set(team)], contactRoles });
  }

  // Contacts, with roles from Buyer_Roles__c (the rep's), else the ones their opportunity contact roles imply: from
  // the rows when given, else as the last sync wrote them to Implied_Buyer_Roles__c. Both paths give one plan.
  const fromRows = records.OpportunityContactRole !== undefined;
  const impliedRoles = new Map<string, BuyerRole[]>();
  const rolesImplied = new Set<string>();
  const contacts: Contact[] = contactRows.map((row) => {
    const id = String(row.Id);
    // The rep's roles in the order the field holds them; implied ones in the core's order.
    const own = [...new Set(multi(row.Buyer_Roles__c).filter(isBuyerRole))];
    const implied = buyerRoles(fromRows ? [...(mappedRoles.get(id) ?? [])] : multi(row.Implied_Buyer_Roles__c));
    if (implied.length) impliedRoles.set(id, implied);
    if (!own.length && implied.length) rolesImplied.add(id);
    const name = text(row.Name);
    if (!name) skip('contact without a name (shown by id)');
    const contact: Contact = { id, name: name ?? id, roles: own.length ? own : implied };
    const title = text(row.Title);
    const seniority = pick(SENIORITIES, row.Seniority__c);
    const department = text(row.Department);
    if (title) contact.title = title;
    if (seniority) contact.seniority = seniority;
    if (department) contact.department = department;
    return contact;
  });

  // Touches: calls and e-mails from tasks, meetings from events with every invited user and contact.
  const touches: Touch[] = [];
  const addTouches = (people: string[], members: string[], date: string | undefined, kind: TouchKind): void => {
    if (!date) {
      skip('activity without a date');
      return;
    }
    const known = people.filter((id) => contactIds.has(id));
    if (!known.length) {
      skip('activity without a contact of this account');
      return;
    }
    for (const contactId of unique(known)) {
      for (const memberId of unique(members)) {
        addMember(memberId);
        touches.push({ contactId, memberId, date, kind });
      }
    }
  };
  for (const row of records.Task ?? []) {
    const kind = TASK_KINDS[text(row.TaskSubtype) ?? ''];
    if (!kind) continue;
    addTouches(
      [text(row.WhoId)].filter(isContactId),
      [text(row.OwnerId)].filter(isUserId),
      day(row.ActivityDate),
      kind,
    );
  }
  const invitees = groupBy(records.EventRelation, 'EventId');
  for (const row of records.Event ?? []) {
    const related = (invitees.get(String(row.Id)) ?? []).map((r) => text(r.RelationId));
    addTouches(
      [text(row.WhoId), ...related].filter(isContactId),
      [text(row.OwnerId), ...related].filter(isUserId),
      day(row.ActivityDate) ?? day(row.StartDateTime),
      'meeting',
    );
  }

  // Relationship__c rows on the account's contacts, the first of each pair; a graded member stays a member.
  const relationships: Relationship[] = [];
  const evidence: EvidenceSummary[] = [];
  const relationshipIds: string[] = [];
  const kept = new Map<string, Relationship>();
  const pairs = new Set<string>();
  const departures = new Map<string, Departure>();
  const histories = new Map<string, HistoryEntry[]>();
  for (const row of records.Relationship__c ?? []) {
    const memberId = text(row.Team_Member__c);
    const linked = text(row.Contact__c);
    const contactId = linked ?? (text(row.Closed_Reason__c) === 'deleted' ? keyContactId(row.Pair_Key__c) : undefined);
    if (!contactId || !isUserId(memberId)) {
      skip('relationship without contact or team member');
      continue;
    }
    const homeAccount = text(row.Account__c);
    if (homeAccount && homeAccount !== accountId) {
      // Another account's record on a contact who is here now: the history the contact brings along.
      const entry = contactIds.has(contactId) ? readHistory(row, memberId) : undefined;
      if (!entry) continue;
      addMember(memberId);
      histories.set(contactId, [...(histories.get(contactId) ?? []), entry]);
      continue;
    }
    if (!contactIds.has(contactId) || !linked) {
      const departed = readDeparture(row, contactId, memberId);
      if (!departed) {
        skip('relationship on a contact no longer on the account');
        continue;
      }
      addMember(memberId);
      const known = departures.get(contactId);
      if (!known) departures.set(contactId, departed);
      else {
        known.relationships.push(...departed.relationships);
        if (departed.leftOn < known.leftOn) known.leftOn = departed.leftOn;
      }
      continue;
    }
    const pair = `${contactId}:${memberId}`;
    if (pairs.has(pair)) {
      skip('duplicate relationship record for one pair');
      continue;
    }
    pairs.add(pair);
    addMember(memberId);
    const relationship: Relationship = { contactId, memberId, ...relationshipRepFields(row) };
    relationships.push(relationship);
    if (options.evidence === 'sync') {
      const summary = relationshipEvidence(row, contactId, memberId);
      if (summary) evidence.push(summary);
    }
    relationshipIds.push(String(row.Id));
    kept.set(String(row.Id), relationship);
  }

  // Blueprints on the kept relationships.
  const blueprints: Blueprint[] = [];
  const blueprintIds: BlueprintIds[] = [];
  for (const row of records.Contact_Blueprint__c ?? []) {
    const relationshipId = text(row.Relationship__c);
    const relationship = relationshipId ? kept.get(relationshipId) : undefined;
    if (!relationshipId || !relationship) continue;
    const blueprint = readBlueprint(row, relationship.contactId, relationship.memberId);
    if (!blueprint) {
      skip('blueprint without a valid goal or status');
      continue;
    }
    blueprints.push(blueprint);
    blueprintIds.push({ id: String(row.Id), relationshipId });
  }

  const members = [...memberIds].map((id) => {
    const user = users.get(id);
    if (!user) skip('team member without a readable user record');
    return readMember(id, user);
  });

  for (const contact of contacts) {
    const history = histories.get(contact.id);
    if (history) contact.history = history;
  }
  const plan: AccountPlan = {
    accountId,
    asOf: options.asOf,
    contacts,
    members,
    relationships,
    touches,
    blueprints,
    opportunities,
  };
  if (options.evidence === 'sync') {
    plan.touches = [];
    plan.evidence = evidence;
  }
  if (departures.size) plan.departures = [...departures.values()];
  return {
    plan,
    impliedRoles,
    rolesImplied,
    relationshipIds,
    blueprintIds,
    skipped,
  };
}

/** Reads one account's plan from its records: every record given is taken as the account's. */
export function readAccountPlan(accountId: string, records: PlanRecords, options: ReadOptions): PlanRead {
  return readPlan(accountId, records, usersById(records.User), options);
}

/**
 * Reads the plans of many accounts from the records of all of them (a sync batch, a dataset): rows are sorted to
 * their account by AccountId / Account__c, or through their parent (an opportunity's team and contact roles, an
 * event's invitees, a relationship's blueprints). Returns a plan for every id of `accountIds`, in that order.
 */
export function readAccountPlans(
  records: PlanRecords,
  accountIds: readonly string[],
  options: ReadOptions,
): Map<string, PlanRead> {
  const wanted = new Set(accountIds);
  const byAccount = new Map<string, Record<string, OrgRecord[]>>();
  const file = (accountId: string | undefined, object: PlanObject, row: OrgRecord): void => {
    if (!accountId || !wanted.has(accountId)) return;
    let lists = byAccount.get(accountId);
    if (!lists) byAccount.set(accountId, (lists = {}));
    (lists[object] ??= []).push(row);
  };
  const accountOf = new Map<string, Map<string, string>>();
  for (const [object, field] of Object.entries(ACCOUNT_FIELDS) as Array<[keyof typeof ACCOUNT_FIELDS, string]>) {
    const parents = new Map<string, string>();
    accountOf.set(object, parents);
    for (const row of records[object] ?? []) {
      const accountId = text(row[field]);
      const id = text(row.Id);
      // A contact's first row is its home: evidenceRecords appends the copies an indirect AccountContactRelation
      // files on a related account after it, and those must not make the home account's records "history".
      if (accountId && id && !parents.has(id)) parents.set(id, accountId);
      file(accountId, object, row);
    }
  }
  // A relationship on a contact who now belongs to another account of the batch is also that account's history,
  // unless the contact is still on the record's account too (related there): then it is that account's own.
  const contactAccount = accountOf.get('Contact');
  const onAccount = new Set((records.Contact ?? []).map((row) => `${text(row.AccountId) ?? ''}:${text(row.Id) ?? ''}`));
  for (const row of records.Relationship__c ?? []) {
    const contactId = text(row.Contact__c) ?? '';
    const home = contactAccount?.get(contactId);
    const stillThere = onAccount.has(`${text(row.Account__c) ?? ''}:${contactId}`);
    if (home && home !== text(row.Account__c) && !stillThere) file(home, 'Relationship__c', row);
  }
  for (const [object, [field, parent]] of Object.entries(PARENT_FIELDS) as Array<
    [PlanObject, readonly [string, keyof typeof ACCOUNT_FIELDS]]
  >) {
    const parents = accountOf.get(parent);
    for (const row of records[object] ?? []) file(parents?.get(text(row[field]) ?? ''), object, row);
  }
  const users = usersById(records.User);
  // A list given for the batch is given for each account, if only empty: a given OpportunityContactRole list means
  // "read the roles from the rows" (an account whose deals name no contact then implies none).
  const given = (Object.keys(records) as PlanObject[]).filter((object) => records[object] !== undefined);
  const listsOf = (id: string): Record<string, OrgRecord[]> => {
    const lists = byAccount.get(id) ?? {};
    for (const object of given) lists[object] ??= [];
    return lists;
  };
  return new Map(accountIds.map((id) => [id, readPlan(id, listsOf(id), users, options)]));
}
