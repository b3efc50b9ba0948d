import { PLAN_FIELDS } from '@contact-plan/plan-reader';
import type { SfRecord } from '../salesforce';

/** The raw rows read for one batch of accounts, by source; nothing here is judged yet. */
export interface BatchSources {
  asOf: string;
  accountIds: string[];
  accounts: SfRecord[];
  contacts: SfRecord[];
  accountTeam: SfRecord[];
  opportunities: SfRecord[];
  opportunityTeam: SfRecord[];
  contactRoles: SfRecord[];
  tasks: SfRecord[];
  events: SfRecord[];
  eventRelations: SfRecord[];
  users: SfRecord[];
  relationships: SfRecord[];
  blueprints: SfRecord[];
  warnings: SfRecord[];
  snapshots: SfRecord[];
}

/**
 * The fields the extract selects: every field the plan reader reads (PLAN_FIELDS), plus what ties a row to its
 * account and the svc fields the diff compares against.
 */
export const SOURCE_FIELDS = {
  Account: ['Id', 'Coverage_Score__c', 'Coverage_Synced_At__c', 'Coverage_Review_On__c'],
  Contact: [...PLAN_FIELDS.Contact, 'AccountId'],
  AccountTeamMember: ['AccountId', ...PLAN_FIELDS.AccountTeamMember],
  Opportunity: [...PLAN_FIELDS.Opportunity, 'AccountId'],
  OpportunityTeamMember: PLAN_FIELDS.OpportunityTeamMember,
  OpportunityContactRole: PLAN_FIELDS.OpportunityContactRole,
  Task: ['Id', 'AccountId', ...PLAN_FIELDS.Task],
  Event: [...PLAN_FIELDS.Event, 'AccountId'],
  EventRelation: PLAN_FIELDS.EventRelation,
  User: PLAN_FIELDS.User,
  Relationship__c: [
    ...PLAN_FIELDS.Relationship__c,
    'Account__c',
    'Pair_Key__c',
    'Suggested_Grade__c',
    'Effective_Grade__c',
    'Grade_Reasons__c',
    'Last_Touch__c',
    'Touches_90d__c',
  ],
  Contact_Blueprint__c: PLAN_FIELDS.Contact_Blueprint__c,
  Coverage_Warning__c: [
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
  Coverage_Snapshot__c: [
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
} as const;
