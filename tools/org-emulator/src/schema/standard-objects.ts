import type { FieldDef, FieldType, ObjectDef } from './types';

/**
 * The standard objects the sync reads, with the standard fields it (and a realistic client) uses. Custom fields from
 * the package are merged in by the catalog.
 */
type FieldSpec = Partial<FieldDef> & { type: FieldType };

const field = (name: string, spec: FieldSpec): FieldDef => ({
  name,
  label: spec.label ?? name.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'),
  custom: false,
  createable: spec.createable ?? !spec.system,
  updateable: spec.updateable ?? !spec.system,
  ...spec,
});

const text = (length: number, extra: Partial<FieldDef> = {}): FieldSpec => ({ type: 'string', length, ...extra });
const ref = (to: string | string[], relationshipName: string, extra: Partial<FieldDef> = {}): FieldSpec => ({
  type: 'reference',
  length: 18,
  referenceTo: Array.isArray(to) ? to : [to],
  relationshipName,
  ...extra,
});
const picklist = (values: string[], extra: Partial<FieldDef> = {}): FieldSpec => ({
  type: 'picklist',
  length: 255,
  picklistValues: values,
  restricted: false,
  ...extra,
});
const readOnly = { createable: false, updateable: false, system: true };

/** Audit fields every object carries. */
export function auditFields(withOwner: boolean): FieldDef[] {
  const fields = [
    field('Id', { type: 'id', length: 18, label: 'Record ID', ...readOnly }),
    field('IsDeleted', { type: 'boolean', label: 'Deleted', ...readOnly }),
    field('CreatedDate', { type: 'datetime', ...readOnly }),
    field('CreatedById', ref('User', 'CreatedBy', readOnly)),
    field('LastModifiedDate', { type: 'datetime', ...readOnly }),
    field('LastModifiedById', ref('User', 'LastModifiedBy', readOnly)),
    field('SystemModstamp', { type: 'datetime', label: 'System Modstamp', ...readOnly }),
  ];
  if (withOwner) fields.splice(2, 0, field('OwnerId', ref('User', 'Owner')));
  return fields;
}

const object = (
  name: string,
  keyPrefix: string,
  labelPlural: string,
  withOwner: boolean,
  fields: FieldDef[],
): ObjectDef => ({
  name,
  label: name.replace(/([a-z])([A-Z])/g, '$1 $2'),
  labelPlural,
  keyPrefix,
  custom: false,
  fields: [...auditFields(withOwner), ...fields],
  childRelationships: [],
});

const compoundName = field('Name', { type: 'string', length: 121, label: 'Full Name', ...readOnly });

export const OPPORTUNITY_STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
];

export function standardObjects(): ObjectDef[] {
  return [
    object('User', '005', 'Users', false, [
      field('Username', text(80, { required: true, unique: true })),
      field('FirstName', text(40)),
      field('LastName', text(80, { required: true })),
      compoundName,
      field('Email', { type: 'email', length: 128, required: true }),
      field('Title', text(80)),
      field('Department', text(80)),
      field('IsActive', { type: 'boolean', label: 'Active', defaultValue: true }),
      field('ManagerId', ref('User', 'Manager')),
      field('UserType', picklist(['Standard', 'PowerPartner', 'CsnOnly'], { defaultValue: 'Standard' })),
    ]),
    object('Account', '001', 'Accounts', true, [
      field('Name', text(255, { required: true, label: 'Account Name' })),
      field('Type', picklist(['Prospect', 'Customer - Direct', 'Customer - Channel', 'Partner', 'Other'])),
      field('Industry', picklist(['Technology', 'Finance', 'Healthcare', 'Manufacturing', 'Logistics', 'Retail'])),
      field('ParentId', ref('Account', 'Parent')),
      field('Website', { type: 'url', length: 255 }),
      field('AnnualRevenue', { type: 'currency', precision: 18, scale: 0 }),
      field('NumberOfEmployees', { type: 'int', precision: 8, scale: 0, label: 'Employees' }),
      field('BillingCity', text(40)),
      field('BillingCountry', text(80)),
      field('Description', { type: 'textarea', length: 32000 }),
    ]),
    object('Contact', '003', 'Contacts', true, [
      field('FirstName', text(40)),
      field('LastName', text(80, { required: true })),
      compoundName,
      field('Salutation', picklist(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'])),
      field('AccountId', ref('Account', 'Account')),
      field('Title', text(128)),
      field('Department', text(80)),
      field('Email', { type: 'email', length: 80 }),
      field('Phone', { type: 'phone', length: 40 }),
      field('ReportsToId', ref('Contact', 'ReportsTo')),
      field('LeadSource', picklist(['Web', 'Phone Inquiry', 'Partner Referral', 'Other'])),
      // Set on the records a merge deleted: the surviving record (Object Reference, "Contact").
      field('MasterRecordId', ref('Contact', 'MasterRecord', readOnly)),
    ]),
    object('Opportunity', '006', 'Opportunities', true, [
      field('Name', text(120, { required: true })),
      field('AccountId', ref('Account', 'Account')),
      field('StageName', picklist(OPPORTUNITY_STAGES, { required: true, label: 'Stage' })),
      field('CloseDate', { type: 'date', required: true }),
      field('Amount', { type: 'currency', precision: 18, scale: 2 }),
      field('Probability', { type: 'percent', precision: 3, scale: 0 }),
      field('Type', picklist(['New Business', 'Existing Business'])),
      field('IsClosed', { type: 'boolean', label: 'Closed', ...readOnly }),
      field('IsWon', { type: 'boolean', label: 'Won', ...readOnly }),
    ]),
    object('OpportunityContactRole', '00K', 'Opportunity Contact Roles', false, [
      field(
        'OpportunityId',
        ref('Opportunity', 'Opportunity', { required: true, cascadeDelete: true, updateable: false }),
      ),
      field('ContactId', ref('Contact', 'Contact', { required: true, cascadeDelete: true })),
      field(
        'Role',
        picklist([
          'Business User',
          'Decision Maker',
          'Economic Buyer',
          'Economic Decision Maker',
          'Evaluator',
          'Executive Sponsor',
          'Influencer',
          'Technical Buyer',
          'Other',
        ]),
      ),
      field('IsPrimary', { type: 'boolean', label: 'Primary', defaultValue: false }),
    ]),
    object('AccountTeamMember', '01M', 'Account Team Members', false, [
      field('AccountId', ref('Account', 'Account', { required: true, cascadeDelete: true, updateable: false })),
      field('UserId', ref('User', 'User', { required: true, updateable: false })),
      field(
        'TeamMemberRole',
        picklist([
          'Account Manager',
          'Channel Manager',
          'Executive Sponsor',
          'Lead Qualifier',
          'Pre-Sales Consultant',
          'Sales Manager',
          'Sales Rep',
          'Technical Sales Manager',
        ]),
      ),
      field('AccountAccessLevel', picklist(['Read', 'Edit', 'All'], { defaultValue: 'Read' })),
      field('Title', text(80, readOnly)),
    ]),
    object('OpportunityTeamMember', '00q', 'Opportunity Team Members', false, [
      field(
        'OpportunityId',
        ref('Opportunity', 'Opportunity', { required: true, cascadeDelete: true, updateable: false }),
      ),
      field('UserId', ref('User', 'User', { required: true, updateable: false })),
      field('TeamMemberRole', picklist(['Account Manager', 'Sales Rep', 'Sales Manager', 'Pre-Sales Consultant'])),
      field('OpportunityAccessLevel', picklist(['Read', 'Edit', 'All'], { defaultValue: 'Read' })),
    ]),
    object('Task', '00T', 'Tasks', true, [
      field('Subject', text(255)),
      field('ActivityDate', { type: 'date', label: 'Due Date Only' }),
      field(
        'Status',
        picklist(['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'], {
          required: true,
          defaultValue: 'Not Started',
        }),
      ),
      field('Priority', picklist(['High', 'Normal', 'Low'], { defaultValue: 'Normal' })),
      field('WhoId', ref(['Contact', 'Lead'], 'Who', { cascadeDelete: true })),
      field('WhatId', ref(['Account', 'Opportunity'], 'What', { cascadeDelete: true })),
      field('AccountId', ref('Account', 'Account', readOnly)),
      field('Type', picklist(['Call', 'Email', 'Meeting', 'Other'])),
      field(
        'TaskSubtype',
        picklist(['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'], { updateable: false }),
      ),
      field('IsClosed', { type: 'boolean', label: 'Closed', ...readOnly }),
      // Set by Salesforce's archiving (API Developer Guide, "Archived Activities"); store.ts keeps it current.
      field('IsArchived', { type: 'boolean', label: 'Archived', ...readOnly }),
      field('CompletedDateTime', { type: 'datetime', ...readOnly }),
      field('CallDurationInSeconds', { type: 'int', precision: 8, scale: 0 }),
      field('Description', { type: 'textarea', length: 32000 }),
    ]),
    object('Event', '00U', 'Events', true, [
      field('Subject', text(255)),
      // Writable on Salesforce (Object Reference, Event): StartDateTime and ActivityDateTime mirror each other,
      // ActivityDate is the start's day; store/derived.ts fills the others and requires a start and an end.
      field('ActivityDate', { type: 'date', label: 'Due Date Only' }),
      field('ActivityDateTime', { type: 'datetime', label: 'Due Date Time' }),
      field('StartDateTime', { type: 'datetime', label: 'Start Date Time' }),
      field('EndDateTime', { type: 'datetime' }),
      field('DurationInMinutes', { type: 'int', precision: 8, scale: 0 }),
      field('IsAllDayEvent', { type: 'boolean', label: 'All-Day Event', defaultValue: false }),
      field('WhoId', ref(['Contact', 'Lead'], 'Who', { cascadeDelete: true })),
      field('WhatId', ref(['Account', 'Opportunity'], 'What', { cascadeDelete: true })),
      field('AccountId', ref('Account', 'Account', readOnly)),
      field('Type', picklist(['Call', 'Email', 'Meeting', 'Other'])),
      field('EventSubtype', picklist(['Event'], { updateable: false })),
      field('IsArchived', { type: 'boolean', label: 'Archived', ...readOnly }),
      field('Location', text(255)),
      field('Description', { type: 'textarea', length: 32000 }),
    ]),
    object('EventRelation', '0RE', 'Event Relations', false, [
      field('EventId', ref('Event', 'Event', { required: true, cascadeDelete: true, updateable: false })),
      field('RelationId', ref(['User', 'Contact', 'Lead'], 'Relation', { required: true, updateable: false })),
      field('IsInvitee', { type: 'boolean', defaultValue: true }),
      field('IsParent', { type: 'boolean', defaultValue: false }),
      field('IsWhat', { type: 'boolean', defaultValue: false }),
      field('Status', picklist(['New', 'Accepted', 'Declined'], { defaultValue: 'New', restricted: true })),
      field('RespondedDate', { type: 'datetime' }),
      field('Response', text(255, { label: 'Comment' })),
      // The relation's account (Shared Activities): a contact's account, or the account itself.
      field('AccountId', ref('Account', 'Account', readOnly)),
    ]),
    // Shared Activities: a task names one lead or up to 50 contacts, plus one What (Object Reference, TaskRelation).
    // Create, delete and query only: no update.
    {
      ...object('TaskRelation', '0RT', 'Task Relations', false, [
        field('TaskId', ref('Task', 'Task', { required: true, cascadeDelete: true, updateable: false })),
        field(
          'RelationId',
          ref(['Contact', 'Lead', 'Account', 'Opportunity'], 'Relation', {
            required: true,
            updateable: false,
            cascadeDelete: true,
          }),
        ),
        field('IsWhat', { type: 'boolean', label: 'Is What', defaultValue: false, updateable: false }),
        field('AccountId', ref('Account', 'Account', readOnly)),
      ]),
      operations: { update: false },
      uniqueTogether: [['TaskId', 'RelationId']],
    },
    // Contacts to Multiple Accounts (Object Reference, AccountContactRelation): the direct relation follows the
    // contact's AccountId (store.ts creates and moves it); indirect ones relate the contact to other accounts.
    {
      ...object('AccountContactRelation', '07k', 'Account Contact Relationships', false, [
        field('AccountId', ref('Account', 'Account', { required: true, cascadeDelete: true, updateable: false })),
        field('ContactId', ref('Contact', 'Contact', { required: true, cascadeDelete: true, updateable: false })),
        field('IsDirect', { type: 'boolean', label: 'Direct', ...readOnly }),
        field('IsActive', { type: 'boolean', label: 'Active', defaultValue: true }),
        field('Roles', {
          type: 'multipicklist',
          length: 4099,
          picklistValues: [
            'Business User',
            'Decision Maker',
            'Economic Buyer',
            'Economic Decision Maker',
            'Evaluator',
            'Executive Sponsor',
            'Influencer',
            'Technical Buyer',
            'Other',
          ],
          restricted: false,
        }),
        field('StartDate', { type: 'date' }),
        field('EndDate', { type: 'date' }),
      ]),
      uniqueTogether: [['ContactId', 'AccountId']],
      // Its Supported Calls list getDeleted() and getUpdated() but not queryAll(): deleted relations are found
      // through the Get Deleted resource only.
      operations: { queryAll: false },
    },
  ];
}

/** Child relationship names Salesforce gives the standard lookups (the rest use the plural label). */
export const STANDARD_CHILD_RELATIONSHIP_NAMES: Record<string, string> = {
  'Contact.AccountId': 'Contacts',
  'Opportunity.AccountId': 'Opportunities',
  'OpportunityContactRole.OpportunityId': 'OpportunityContactRoles',
  'OpportunityContactRole.ContactId': 'OpportunityContactRoles',
  'AccountTeamMember.AccountId': 'AccountTeamMembers',
  'AccountTeamMember.UserId': 'AccountTeamMembers',
  'OpportunityTeamMember.OpportunityId': 'OpportunityTeamMembers',
  'OpportunityTeamMember.UserId': 'OpportunityTeamMembers',
  'Task.WhoId': 'Tasks',
  'Task.WhatId': 'Tasks',
  'Task.AccountId': 'AccountTasks',
  'Event.WhoId': 'Events',
  'Event.WhatId': 'Events',
  'Event.AccountId': 'AccountEvents',
  'EventRelation.EventId': 'EventRelations',
  'EventRelation.RelationId': 'EventRelations',
  'TaskRelation.TaskId': 'TaskRelations',
  'TaskRelation.RelationId': 'TaskRelations',
  'AccountContactRelation.AccountId': 'AccountContactRelations',
  'AccountContactRelation.ContactId': 'AccountContactRelations',
  'Account.ParentId': 'ChildAccounts',
  'User.ManagerId': 'ManagedUsers',
};
