/**
 * One org record as the REST API and SOQL answer it: field API name → value (JSON types, or strings from Bulk API
 * 2.0; null or absent when blank), lookups holding the target's 18-character `Id`.
 */
export type OrgRecord = Readonly<Record<string, unknown>>;

/**
 * The fields the reader reads, by the object they come from. Whoever fetches the records selects at least these
 * (the sync's extract and the LWC's GraphQL query do; tests hold them to it). A field left out reads as blank.
 */
export const PLAN_FIELDS = {
  Contact: ['Id', 'Name', 'Title', 'Department', 'Seniority__c', 'Buyer_Roles__c', 'Implied_Buyer_Roles__c'],
  AccountTeamMember: ['UserId'],
  Opportunity: ['Id', 'OwnerId', 'IsClosed', 'IsWon', 'CloseDate'],
  OpportunityTeamMember: ['OpportunityId', 'UserId'],
  OpportunityContactRole: ['OpportunityId', 'ContactId', 'Role'],
  Task: ['WhoId', 'OwnerId', 'ActivityDate', 'TaskSubtype'],
  Event: ['Id', 'WhoId', 'OwnerId', 'ActivityDate', 'StartDateTime'],
  EventRelation: ['EventId', 'RelationId'],
  Relationship__c: [
    'Id',
    'Contact__c',
    'Team_Member__c',
    'Grade__c',
    'Graded_On__c',
    'Key_Intersection__c',
    'Focus_Horizon__c',
    'Closed_On__c',
    'Closed_Reason__c',
  ],
  Contact_Blueprint__c: [
    'Id',
    'Relationship__c',
    'Goal_Grade__c',
    'Influence_Strategies__c',
    'Tactics__c',
    'Resources__c',
    'Horizon__c',
    'Due_Date__c',
    'Status__c',
  ],
  User: ['Id', 'Name', 'Title', 'Seniority__c'],
} as const;

export type PlanObject = keyof typeof PLAN_FIELDS;

/**
 * The svc fields of Relationship__c the nightly sync writes, which a plan read from the sync's results takes its
 * evidence from (`ReadOptions.evidence: 'sync'`) instead of tasks and events.
 */
export const EVIDENCE_FIELDS = [
  'Suggested_Grade__c',
  'Grade_Reasons__c',
  'Last_Touch__c',
  'Last_Meeting__c',
  'Touches_90d__c',
] as const;

/**
 * Relationship__c fields the reader uses when the rows carry them (docs/contracts.md, "Pair identity"): the key (the
 * contact of a record whose contact was deleted), the last synced grade and touch (a departed or inherited pair
 * nobody graded), and the parents' names (who left, where to; where a history comes from). Parent fields come
 * nested as REST answers them (`Contact__r: { Name, Account: { Name } }`) or flat as Bulk API 2.0 does
 * (`Contact__r.Name`). Without them a departed contact is shown by id and a history names "another account".
 */
export const MOVE_FIELDS = {
  Relationship__c: [
    'Account__c',
    'Pair_Key__c',
    'Effective_Grade__c',
    'Last_Touch__c',
    'Account__r.Name',
    'Contact__r.Name',
    'Contact__r.Buyer_Roles__c',
    'Contact__r.Account.Name',
  ],
} as const;

/**
 * An account's records by object API name, everything the plan is read from. A list left out reads as empty (an
 * org without Account Teams, a page read without the supplementary lists). `User` holds the users the other rows
 * name; a member without a user record is shown by id.
 */
export type PlanRecords = { readonly [O in PlanObject]?: readonly OrgRecord[] };

/**
 * How the fields that tie a record to its account run: the rows of the first group carry the account id
 * themselves; the rows of the second reach it through their parent.
 */
export const ACCOUNT_FIELDS = {
  Contact: 'AccountId',
  AccountTeamMember: 'AccountId',
  Opportunity: 'AccountId',
  Task: 'AccountId',
  Event: 'AccountId',
  Relationship__c: 'Account__c',
} as const satisfies Partial<Record<PlanObject, string>>;

export const PARENT_FIELDS = {
  OpportunityTeamMember: ['OpportunityId', 'Opportunity'],
  OpportunityContactRole: ['OpportunityId', 'Opportunity'],
  EventRelation: ['EventId', 'Event'],
  Contact_Blueprint__c: ['Relationship__c', 'Relationship__c'],
} as const satisfies Partial<Record<PlanObject, readonly [string, keyof typeof ACCOUNT_FIELDS]>>;
