// Builders for the records of each sObject. Every builder writes the same keys in the same order, with null for
// absent optional values as the REST API returns them, and appends the standard audit fields.

export type Row = Record<string, unknown>;

export interface Audit {
  /** ISO datetime the record was created. */
  created: string;
  /** ISO datetime of the last change; also the SystemModstamp. */
  modified: string;
}

function withAudit<T extends Row>(row: T, audit: Audit): T & Row {
  const target = row as Row;
  target.CreatedDate = audit.created;
  target.LastModifiedDate = audit.modified;
  target.SystemModstamp = audit.modified;
  target.IsDeleted = false;
  return row;
}

export interface UserInput {
  Id: string;
  FirstName: string;
  LastName: string;
  Title: string;
  Department: string;
  Email: string;
  IsActive: boolean;
  Seniority__c: string | null;
}

export function userRecord(input: UserInput, audit: Audit): Row {
  return withAudit(
    {
      Id: input.Id,
      Username: input.Email,
      FirstName: input.FirstName,
      LastName: input.LastName,
      Name: `${input.FirstName} ${input.LastName}`,
      Alias: (input.FirstName.slice(0, 1) + input.LastName.slice(0, 4)).toLowerCase(),
      Title: input.Title,
      Email: input.Email,
      Department: input.Department,
      IsActive: input.IsActive,
      UserType: 'Standard',
      Seniority__c: input.Seniority__c,
    },
    audit,
  );
}

export interface AccountInput {
  Id: string;
  Name: string;
  Industry: string;
  Type: string;
  BillingCity: string;
  BillingCountry: string;
  Website: string;
  NumberOfEmployees: number;
  AnnualRevenue: number;
  OwnerId: string;
}

export function accountRecord(input: AccountInput, audit: Audit): Row {
  return withAudit(
    {
      Id: input.Id,
      Name: input.Name,
      Industry: input.Industry,
      Type: input.Type,
      BillingCity: input.BillingCity,
      BillingCountry: input.BillingCountry,
      Website: input.Website,
      NumberOfEmployees: input.NumberOfEmployees,
      AnnualRevenue: input.AnnualRevenue,
      OwnerId: input.OwnerId,
    },
    audit,
  );
}

export interface ContactInput {
  Id: string;
  AccountId: string;
  OwnerId: string;
  FirstName: string;
  LastName: string;
  Title: string;
  Department: string;
  Email: string;
  Phone: string;
  Buyer_Roles__c: string | null;
  Seniority__c: string | null;
}

export function contactRecord(input: ContactInput, audit: Audit): Row {
  return withAudit(
    {
      Id: input.Id,
      AccountId: input.AccountId,
      OwnerId: input.OwnerId,
      FirstName: input.FirstName,
      LastName: input.LastName,
      Name: `${input.FirstName} ${input.LastName}`,
      Title: input.Title,
      Department: input.Department,
      Email: input.Email,
      Phone: input.Phone,
      Buyer_Roles__c: input.Buyer_Roles__c,
      Seniority__c: input.Seniority__c,
    },
    audit,
  );
}

export interface OpportunityInput {
  Id: string;
  AccountId: string;
  OwnerId: string;
  Name: string;
  StageName: string;
  Probability: number;
  IsClosed: boolean;
  IsWon: boolean;
  CloseDate: string;
  Amount: number;
}

export function opportunityRecord(input: OpportunityInput, audit: Audit): Row {
  return withAudit(
    {
      Id: input.Id,
      AccountId: input.AccountId,
      OwnerId: input.OwnerId,
      Name: input.Name,
      StageName: input.StageName,
      Probability: input.Probability,
      IsClosed: input.IsClosed,
      IsWon: input.IsWon,
      CloseDate: input.CloseDate,
      Amount: input.Amount,
    },
    audit,
  );
}

export function opportunityContactRoleRecord(
  Id: string,
  OpportunityId: string,
  ContactId: string,
  Role: string,
  IsPrimary: boolean,
  audit: Audit,
): Row {
  return withAudit({ Id, OpportunityId, ContactId, Role, IsPrimary }, audit);
}

export function opportunityTeamMemberRecord(
  Id: string,
  OpportunityId: string,
  UserId: string,
  TeamMemberRole: string,
  audit: Audit,
): Row {
  return withAudit({ Id, OpportunityId, UserId, TeamMemberRole, OpportunityAccessLevel: 'Edit' }, audit);
}

export function accountTeamMemberRecord(
  Id: string,
  AccountId: string,
  UserId: string,
  TeamMemberRole: string,
  audit: Audit,
): Row {
  return withAudit({ Id, AccountId, UserId, TeamMemberRole, AccountAccessLevel: 'Edit' }, audit);
}

export type TaskSubtype = 'Call' | 'Email' | 'Task';

export interface TaskInput {
  Id: string;
  Subject: string;
  TaskSubtype: TaskSubtype;
  ActivityDate: string;
  Status: 'Completed' | 'Not Started' | 'In Progress';
  WhoId: string | null;
  WhatId: string;
  AccountId: string;
  OwnerId: string;
}

const TASK_TYPE: Record<TaskSubtype, string> = { Call: 'Call', Email: 'Email', Task: 'Other' };

export function taskRecord(input: TaskInput, audit: Audit): Row {
  return withAudit(
    {
      Id: input.Id,
      Subject: input.Subject,
      TaskSubtype: input.TaskSubtype,
      Type: TASK_TYPE[input.TaskSubtype],
      ActivityDate: input.ActivityDate,
      Status: input.Status,
      IsClosed: input.Status === 'Completed',
      Priority: 'Normal',
      WhoId: input.WhoId,
      WhatId: input.WhatId,
      AccountId: input.AccountId,
      OwnerId: input.OwnerId,
    },
    audit,
  );
}

export interface EventInput {
  Id: string;
  Subject: string;
  ActivityDateTime: string;
  ActivityDate: string;
  DurationInMinutes: number;
  WhoId: string | null;
  WhatId: string;
  AccountId: string;
  OwnerId: string;
}

export function eventRecord(input: EventInput, audit: Audit): Row {
  return withAudit(
    {
      Id: input.Id,
      Subject: input.Subject,
      ActivityDateTime: input.ActivityDateTime,
      ActivityDate: input.ActivityDate,
      DurationInMinutes: input.DurationInMinutes,
      WhoId: input.WhoId,
      WhatId: input.WhatId,
      AccountId: input.AccountId,
      OwnerId: input.OwnerId,
    },
    audit,
  );
}

/**
 * An invitee (a user: IsInvitee) or an additional contact on the event (a contact: IsParent, as Shared Activities
 * records every contact beyond the WhoId).
 */
export function eventRelationRecord(
  Id: string,
  EventId: string,
  RelationId: string,
  audit: Audit,
  Status: 'Accepted' | 'Declined' = 'Accepted',
): Row {
  const isUser = RelationId.startsWith('005');
  // A contact who declined was invited (IsInvitee); one who came along is a related contact (IsParent).
  const invitee = isUser || Status === 'Declined';
  return withAudit({ Id, EventId, RelationId, IsInvitee: invitee, IsParent: !invitee, IsWhat: false, Status }, audit);
}

/** A contact on a shared task (Shared Activities: a task names up to 50 contacts). */
export function taskRelationRecord(
  Id: string,
  TaskId: string,
  RelationId: string,
  AccountId: string,
  audit: Audit,
): Row {
  return withAudit({ Id, TaskId, RelationId, IsWhat: false, AccountId }, audit);
}

/** An indirect relation of a contact to an account other than its own (Contacts to Multiple Accounts). */
export function accountContactRelationRecord(
  Id: string,
  AccountId: string,
  ContactId: string,
  Roles: string | null,
  StartDate: string,
  audit: Audit,
): Row {
  return withAudit(
    { Id, AccountId, ContactId, IsDirect: false, IsActive: true, Roles, StartDate, EndDate: null },
    audit,
  );
}

export interface RelationshipInput {
  Id: string;
  Name: string;
  Account__c: string;
  Contact__c: string | null;
  Team_Member__c: string;
  Grade__c: string | null;
  Graded_On__c: string | null;
  Key_Intersection__c: boolean;
  Focus_Horizon__c: string | null;
}

export function relationshipRecord(input: RelationshipInput, audit: Audit): Row {
  return withAudit(
    {
      Id: input.Id,
      Name: input.Name,
      Account__c: input.Account__c,
      Contact__c: input.Contact__c,
      Team_Member__c: input.Team_Member__c,
      Pair_Key__c: `${input.Account__c}:${input.Contact__c}:${input.Team_Member__c}`,
      Grade__c: input.Grade__c,
      Graded_On__c: input.Graded_On__c,
      Key_Intersection__c: input.Key_Intersection__c,
      Focus_Horizon__c: input.Focus_Horizon__c,
    },
    audit,
  );
}

export interface BlueprintInput {
  Id: string;
  Name: string;
  Relationship__c: string;
  Goal_Grade__c: string;
  Influence_Strategies__c: string;
  Tactics__c: string;
  Resources__c: string | null;
  Horizon__c: string;
  Due_Date__c: string;
  Status__c: 'planned' | 'active' | 'done' | 'dropped';
  Invests_Own_Time__c: boolean;
  Teaches_Us__c: boolean;
  Shows_Usefulness__c: boolean;
}

export function blueprintRecord(input: BlueprintInput, audit: Audit): Row {
  return withAudit({ ...input }, audit);
}

/** `prefix-000042` as a Salesforce AutoNumber with display format `prefix-{000000}` shows it. */
export function autoNumber(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(6, '0')}`;
}
