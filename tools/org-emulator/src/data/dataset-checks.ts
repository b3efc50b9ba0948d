// Shared assertions over a generated dataset, used by the tests: the lookups every record must satisfy.

import { KEY_PREFIXES, KeyPrefixedObject } from './ids';
import { SObjectName } from './org';

/** For each object, its lookup fields and the objects they may point at. */
export const LOOKUPS: Readonly<Record<SObjectName, Readonly<Record<string, readonly SObjectName[]>>>> = {
  User: {},
  Account: { OwnerId: ['User'] },
  Contact: { AccountId: ['Account'], OwnerId: ['User'] },
  AccountContactRelation: { AccountId: ['Account'], ContactId: ['Contact'] },
  Opportunity: { AccountId: ['Account'], OwnerId: ['User'] },
  OpportunityContactRole: { OpportunityId: ['Opportunity'], ContactId: ['Contact'] },
  OpportunityTeamMember: { OpportunityId: ['Opportunity'], UserId: ['User'] },
  AccountTeamMember: { AccountId: ['Account'], UserId: ['User'] },
  Task: { WhoId: ['Contact'], WhatId: ['Account', 'Opportunity'], AccountId: ['Account'], OwnerId: ['User'] },
  TaskRelation: { TaskId: ['Task'], RelationId: ['Contact'], AccountId: ['Account'] },
  Event: { WhoId: ['Contact'], WhatId: ['Account', 'Opportunity'], AccountId: ['Account'], OwnerId: ['User'] },
  EventRelation: { EventId: ['Event'], RelationId: ['User', 'Contact'] },
  Relationship__c: { Account__c: ['Account'], Contact__c: ['Contact'], Team_Member__c: ['User'] },
  Contact_Blueprint__c: { Relationship__c: ['Relationship__c'] },
};

/** Lookups that may be empty. */
export const OPTIONAL_LOOKUPS: ReadonlySet<string> = new Set([
  'Task.WhoId',
  'Event.WhoId',
  'Relationship__c.Contact__c',
]);

export function prefixOf(object: SObjectName): string {
  return KEY_PREFIXES[object as KeyPrefixedObject];
}
