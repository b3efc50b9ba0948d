import { ACTIVITY_FIELDS, PLAN_FIELDS, type FetchedRecords, type PlanObject } from '@contact-plan/plan-reader';
import { dateLiteral, type SfRecord } from '../salesforce';

// The source registry: one entry per object the sync reads. The extract's queries, the dirty detection's change
// queries, the batch's row lists (BatchSources) and the plan reader's input are all derived from it, so a new
// source is one entry here and the tables cannot drift apart.

/** How a source's rows reach the accounts of a batch. */
export type AccountPath =
  /** The row names its account in this field. */
  | { field: string }
  /** The row names a parent record (`via`, a lookup to `parent`) and the parent names the account in `parentField`. */
  | { via: string; parent: string; parentField: string };

export interface SourceEntry {
  /** The sObject's API name. */
  object: string;
  /** Its rows' list in BatchSources. */
  key: string;
  /** The fields the extract selects: at least what the plan reader reads of it (PLAN_FIELDS). */
  fields: readonly string[];
  /** How the extract finds a batch's rows; none for User, read by the ids the other rows name. */
  account?: AccountPath;
  /** A condition the extract adds (`asOf` is the batch's day). */
  filter?: (asOf: string) => string;
  /**
   * A changed (or deleted) row makes its account dirty; a changed row without a path to the account (User) makes
   * dirty the accounts its user works on, through the `team` member fields of the other sources.
   */
  changes?: boolean;
  /** The field a change moves; default SystemModstamp. */
  changeStamp?: string;
  /**
   * How deleted rows are found: `queryAll` (default: the change query returns them, IsDeleted set) or, for an object
   * whose Supported Calls lack queryAll(), `getDeleted` (the Get Deleted resource gives ids only, so the accounts a
   * deleted row left are found from what the sync wrote there: findAccountsRelationsLeft).
   */
  deletions?: 'queryAll' | 'getDeleted';
  /** The sync writes these rows itself: with ignoreOwnWrites its own changes do not count. */
  writtenBySync?: boolean;
  /**
   * The field naming a user who works the account through this row (a team member, owner, invitee): the users
   * the extract reads. `team` rows also carry a user's change to the accounts they work on (a new title changes
   * SENIOR_GAP everywhere they are on the team or have relationships).
   */
  member?: { field: string; team?: boolean };
  /** An org may lack the object (account or opportunity teams switched off, no shared activities). */
  optional?: boolean;
  /**
   * An activity (or a relation of one) Salesforce archives: read through queryAll, so archived rows come too (deleted
   * ones stay out: `IsDeleted = false`), and only from the evidence horizon to asOf by `evidenceDate`. A relation
   * reaches its activity by the parent path (`Event.AccountId`), not a semi-join: a semi-join never sees archived
   * rows.
   */
  activity?: boolean;
  /**
   * The date that ages an activity's evidence: the field the evidence horizon (the core's evidenceHorizonDays)
   * bounds, a parent path for a relation (`Task.ActivityDate`).
   */
  evidenceDate?: string;
}

/** The relationship name SOQL reaches a lookup's parent by: `OpportunityId` → `Opportunity`, `Contact__c` → `Contact__r`. */
export const relationshipName = (lookup: string): string =>
  lookup.endsWith('__c') ? `${lookup.slice(0, -3)}__r` : lookup.replace(/Id$/, '');

/** The path from a row to its account id, as a change query selects it. */
export const accountPathOf = (path: AccountPath): string =>
  'field' in path ? path.field : `${relationshipName(path.via)}.${path.parentField}`;

/** The svc fields of Relationship__c the sync computes for each pair (besides Synced_At__c and the close fields). */
export const RELATIONSHIP_RESULT_FIELDS = [
  'Suggested_Grade__c',
  'Effective_Grade__c',
  'Grade_Reasons__c',
  'Last_Touch__c',
  'Last_Meeting__c',
  'Touches_90d__c',
  'Grade_Drops_On__c',
  'Next_Move_Goal__c',
  'Next_Move_Gain__c',
] as const;

export const SOURCES = [
  {
    object: 'Account',
    key: 'accounts',
    fields: ['Id', 'Coverage_Score__c', 'Coverage_Synced_At__c', 'Coverage_Review_On__c'],
    account: { field: 'Id' },
  },
  {
    object: 'Contact',
    key: 'contacts',
    fields: [...PLAN_FIELDS.Contact, 'AccountId'],
    account: { field: 'AccountId' },
    changes: true,
    // Implied_Buyer_Roles__c (the batch's pre-write check looks for others' contact edits as for relationships).
    writtenBySync: true,
  },
  {
    object: 'AccountTeamMember',
    key: 'accountTeam',
    fields: ['AccountId', ...PLAN_FIELDS.AccountTeamMember],
    account: { field: 'AccountId' },
    changes: true,
    member: { field: 'UserId', team: true },
    optional: true,
  },
  {
    object: 'Opportunity',
    key: 'opportunities',
    fields: [...PLAN_FIELDS.Opportunity, 'AccountId'],
    account: { field: 'AccountId' },
    changes: true,
    // Not bounded by the horizon: an old deal still names its team (members of the map).
    member: { field: 'OwnerId', team: true },
  },
  {
    object: 'OpportunityTeamMember',
    key: 'opportunityTeam',
    fields: PLAN_FIELDS.OpportunityTeamMember,
    account: { via: 'OpportunityId', parent: 'Opportunity', parentField: 'AccountId' },
    changes: true,
    member: { field: 'UserId', team: true },
    optional: true,
  },
  {
    object: 'OpportunityContactRole',
    key: 'contactRoles',
    fields: PLAN_FIELDS.OpportunityContactRole,
    account: { via: 'OpportunityId', parent: 'Opportunity', parentField: 'AccountId' },
    changes: true,
  },
  {
    // Completed calls and e-mails: an open task is a plan, its ActivityDate a due date.
    object: 'Task',
    key: 'tasks',
    fields: ['Id', 'AccountId', 'IsClosed', 'IsArchived', ...PLAN_FIELDS.Task],
    account: { field: 'AccountId' },
    filter: () => "TaskSubtype IN ('Call','Email') AND IsClosed = true",
    changes: true,
    member: { field: 'OwnerId' },
    activity: true,
    evidenceDate: 'ActivityDate',
  },
  {
    object: 'Event',
    key: 'events',
    fields: [...PLAN_FIELDS.Event, 'AccountId', 'IsArchived'],
    account: { field: 'AccountId' },
    changes: true,
    member: { field: 'OwnerId' },
    activity: true,
    evidenceDate: 'ActivityDate',
  },
  {
    // Invitees with their answer (Status): one who declined was not there.
    object: 'EventRelation',
    key: 'eventRelations',
    fields: [...PLAN_FIELDS.EventRelation, ...ACTIVITY_FIELDS.EventRelation],
    account: { via: 'EventId', parent: 'Event', parentField: 'AccountId' },
    changes: true,
    member: { field: 'RelationId' },
    optional: true,
    activity: true,
    evidenceDate: 'Event.ActivityDate',
  },
  {
    // Shared Activities: the contacts of a task beyond its WhoId (up to 50).
    object: 'TaskRelation',
    key: 'taskRelations',
    fields: ACTIVITY_FIELDS.TaskRelation,
    account: { via: 'TaskId', parent: 'Task', parentField: 'AccountId' },
    filter: () => "IsWhat = false AND Task.TaskSubtype IN ('Call','Email') AND Task.IsClosed = true",
    changes: true,
    optional: true,
    activity: true,
    evidenceDate: 'Task.ActivityDate',
  },
  {
    // Contacts to Multiple Accounts: contacts homed elsewhere and related to the account (the direct relation is
    // the contact's AccountId). A new or edited relation (AccountId is fixed after create) marks its account; the
    // object has no queryAll(), so deleted ones come from the Get Deleted resource.
    object: 'AccountContactRelation',
    key: 'contactRelations',
    fields: ACTIVITY_FIELDS.AccountContactRelation,
    account: { field: 'AccountId' },
    filter: () => 'IsDirect = false AND IsActive = true',
    changes: true,
    deletions: 'getDeleted',
    optional: true,
  },
  {
    object: 'User',
    key: 'users',
    fields: PLAN_FIELDS.User,
    changes: true,
    // What people edit on a user (name, title, seniority) moves LastModifiedDate; SystemModstamp also moves for
    // system updates of the user record that change nothing the plan reads.
    changeStamp: 'LastModifiedDate',
  },
  {
    object: 'Relationship__c',
    key: 'relationships',
    fields: [...PLAN_FIELDS.Relationship__c, 'Account__c', 'Pair_Key__c', ...RELATIONSHIP_RESULT_FIELDS],
    account: { field: 'Account__c' },
    changes: true,
    writtenBySync: true,
    member: { field: 'Team_Member__c', team: true },
  },
  {
    object: 'Contact_Blueprint__c',
    key: 'blueprints',
    fields: PLAN_FIELDS.Contact_Blueprint__c,
    account: { via: 'Relationship__c', parent: 'Relationship__c', parentField: 'Account__c' },
    changes: true,
  },
  {
    object: 'Coverage_Warning__c',
    key: 'warnings',
    fields: [
      'Id',
      'Account__c',
      'Warning_Key__c',
      'Rule__c',
      'Severity__c',
      'Message__c',
      'Contact__c',
      'Team_Member__c',
      'Status__c',
      'First_Seen__c',
      'Last_Seen__c',
    ],
    account: { field: 'Account__c' },
    filter: () => "Status__c = 'Open'",
  },
  {
    object: 'Coverage_Snapshot__c',
    key: 'snapshots',
    fields: [
      'Id',
      'Account__c',
      'Snapshot_Key__c',
      'As_Of__c',
      'Score__c',
      'Count_T__c',
      'Count_O__c',
      'Count_S__c',
      'Count_I__c',
      'Count_D__c',
      'Count_M__c',
      'Count_Critical__c',
      'Count_High__c',
      'Count_Medium__c',
      'Count_Low__c',
    ],
    account: { field: 'Account__c' },
    filter: (asOf: string) => `As_Of__c = ${dateLiteral(asOf)}`,
  },
] as const satisfies readonly SourceEntry[];

export type Source = (typeof SOURCES)[number];
export type SourceObject = Source['object'];
export type SourceKey = Source['key'];

/** The registry as plain entries, for the code that derives queries from it. */
export const SOURCE_ENTRIES: readonly (SourceEntry & { key: SourceKey; object: SourceObject })[] = SOURCES;

/**
 * The raw rows read for one batch of accounts, one list per source; nothing here is judged yet. `relatedContacts`
 * are the contacts the AccountContactRelation rows name that are homed on accounts outside the batch.
 */
export type BatchSources = { asOf: string; accountIds: string[]; relatedContacts: SfRecord[] } & Record<
  SourceKey,
  SfRecord[]
>;

/** The fields the extract selects, by object. */
export const SOURCE_FIELDS = Object.fromEntries(SOURCES.map((s) => [s.object, s.fields])) as {
  readonly [S in Source as S['object']]: S['fields'];
};

/** A batch's sources before anything was read. */
export const emptySources = (asOf: string, accountIds: string[]): BatchSources => {
  const lists = Object.fromEntries(SOURCES.map((s) => [s.key, []])) as unknown as Record<SourceKey, SfRecord[]>;
  return { asOf, accountIds, relatedContacts: [], ...lists };
};

/**
 * The batch's rows by the object they come from, for the objects the plan reader reads, with the relations its
 * evidenceRecords step reads (shared tasks, related contacts).
 */
export function planRecordsOf(sources: BatchSources): Partial<Record<PlanObject, SfRecord[]>> & FetchedRecords {
  const records: Partial<Record<PlanObject, SfRecord[]>> = Object.fromEntries(
    SOURCES.filter((s) => s.object in PLAN_FIELDS).map((s) => [s.object, sources[s.key]]),
  );
  return {
    ...records,
    Contact: [...sources.contacts, ...sources.relatedContacts],
    TaskRelation: sources.taskRelations,
    AccountContactRelation: sources.contactRelations,
  };
}
