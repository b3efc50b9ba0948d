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

export const SOURCE_FIELDS = {
  Account: ['Id', 'Coverage_Score__c', 'Coverage_Synced_At__c', 'Coverage_Review_On__c'],
  Contact: ['Id', 'AccountId', 'Name', 'Title', 'Department', 'Seniority__c', 'Buyer_Roles__c'],
  AccountTeamMember: ['AccountId', 'UserId'],
  Opportunity: ['Id', 'AccountId', 'OwnerId', 'IsClosed', 'IsWon', 'CloseDate'],
  OpportunityTeamMember: ['OpportunityId', 'UserId'],
  OpportunityContactRole: ['OpportunityId', 'ContactId', 'Role'],
  Task: ['Id', 'AccountId', 'WhoId', 'OwnerId', 'ActivityDate', 'TaskSubtype'],
  Event: ['Id', 'AccountId', 'WhoId', 'OwnerId', 'ActivityDate', 'StartDateTime'],
  EventRelation: ['EventId', 'RelationId'],
  User: ['Id', 'Name', 'Title', 'Seniority__c'],
  Relationship__c: [
    'Id',
    'Account__c',
    'Contact__c',
    'Team_Member__c',
    'Pair_Key__c',
    'Grade__c',
    'Graded_On__c',
    'Key_Intersection__c',
    'Focus_Horizon__c',
    'Suggested_Grade__c',
    'Effective_Grade__c',
    'Grade_Reasons__c',
    'Last_Touch__c',
    'Touches_90d__c',
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
