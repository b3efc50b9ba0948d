// Reads one account's records back into the planning core's AccountPlan, the plain way the sync's assembler would.
// The tests use it to check that the generated data means what it was designed to mean.

import type {
  AccountPlan,
  BlueprintStatus,
  BuyerRole,
  Grade,
  HorizonDays,
  Seniority,
  Strategy,
  TouchKind,
} from '@contact-plan/planning-core';
import type { Dataset } from './datasets';
import type { Row } from './records';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const horizon = (value: unknown): HorizonDays | undefined =>
  value === null || value === undefined ? undefined : (Number(value) as HorizonDays);
const TASK_KINDS: Readonly<Record<string, TouchKind>> = { Call: 'call', Email: 'email', Task: 'other' };

function groupBy(rows: readonly Row[] | undefined, field: string): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const row of rows ?? []) {
    const key = row[field];
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return groups;
}

export class AccountPlanReader {
  private readonly users: Map<unknown, Row>;
  private readonly byAccount: Record<string, Map<unknown, Row[]>>;
  private readonly relationsByEvent: Map<unknown, Row[]>;
  private readonly rolesByOpportunity: Map<unknown, Row[]>;
  private readonly teamByOpportunity: Map<unknown, Row[]>;
  private readonly blueprintsByRelationship: Map<unknown, Row[]>;

  constructor(private readonly dataset: Dataset) {
    const records = dataset.records;
    this.users = new Map((records.User ?? []).map((row) => [row.Id, row]));
    this.byAccount = {
      Contact: groupBy(records.Contact, 'AccountId'),
      AccountTeamMember: groupBy(records.AccountTeamMember, 'AccountId'),
      Opportunity: groupBy(records.Opportunity, 'AccountId'),
      Task: groupBy(records.Task, 'AccountId'),
      Event: groupBy(records.Event, 'AccountId'),
      Relationship__c: groupBy(records.Relationship__c, 'Account__c'),
    };
    this.relationsByEvent = groupBy(records.EventRelation, 'EventId');
    this.rolesByOpportunity = groupBy(records.OpportunityContactRole, 'OpportunityId');
    this.teamByOpportunity = groupBy(records.OpportunityTeamMember, 'OpportunityId');
    this.blueprintsByRelationship = groupBy(records.Contact_Blueprint__c, 'Relationship__c');
  }

  accountIdByName(name: string): string {
    const account = this.dataset.records.Account?.find((row) => row.Name === name);
    if (!account) throw new Error(`no account named ${name}`);
    return account.Id as string;
  }

  plan(accountId: string): AccountPlan {
    const account = this.dataset.records.Account?.find((row) => row.Id === accountId);
    if (!account) throw new Error(`no account ${accountId}`);
    const of = (object: string) => this.byAccount[object]?.get(accountId) ?? [];
    const contacts = of('Contact');
    const contactIds = new Set(contacts.map((row) => row.Id));
    const memberIds = new Set([
      account.OwnerId as string,
      ...of('AccountTeamMember').map((row) => row.UserId as string),
    ]);
    const relationships = of('Relationship__c');

    const touches: AccountPlan['touches'] = [];
    const touch = (contactId: unknown, memberId: unknown, date: unknown, kind: TouchKind) => {
      if (contactIds.has(contactId) && memberIds.has(memberId as string)) {
        touches.push({ contactId: contactId as string, memberId: memberId as string, date: date as string, kind });
      }
    };
    for (const task of of('Task'))
      touch(task.WhoId, task.OwnerId, task.ActivityDate, TASK_KINDS[task.TaskSubtype as string]!);
    for (const event of of('Event')) {
      const relations = (this.relationsByEvent.get(event.Id) ?? []).map((row) => row.RelationId);
      const hosts = [event.OwnerId, ...relations.filter((id) => this.users.has(id))];
      const guests = [event.WhoId, ...relations.filter((id) => contactIds.has(id))];
      for (const memberId of hosts)
        for (const contactId of guests) touch(contactId, memberId, event.ActivityDate, 'meeting');
    }

    return {
      accountId,
      asOf: this.dataset.asOf,
      contacts: contacts.map((row) => ({
        id: row.Id as string,
        name: row.Name as string,
        title: text(row.Title),
        seniority: text(row.Seniority__c) as Seniority | undefined,
        roles: (text(row.Buyer_Roles__c)?.split(';') ?? []) as BuyerRole[],
        department: text(row.Department),
      })),
      members: [...memberIds].map((id) => {
        const user = this.users.get(id)!;
        return {
          id,
          name: user.Name as string,
          title: text(user.Title),
          seniority: text(user.Seniority__c) as Seniority | undefined,
        };
      }),
      relationships: relationships.map((row) => ({
        contactId: row.Contact__c as string,
        memberId: row.Team_Member__c as string,
        grade: text(row.Grade__c) as Grade | undefined,
        gradedOn: text(row.Graded_On__c),
        key: row.Key_Intersection__c === true,
        horizonDays: horizon(row.Focus_Horizon__c),
      })),
      touches,
      blueprints: relationships.flatMap((relationship) =>
        (this.blueprintsByRelationship.get(relationship.Id) ?? []).map((row) => ({
          contactId: relationship.Contact__c as string,
          memberId: relationship.Team_Member__c as string,
          goal: row.Goal_Grade__c as Grade,
          strategies: String(row.Influence_Strategies__c).split(';') as Strategy[],
          tactics: text(row.Tactics__c),
          resources: text(row.Resources__c),
          horizonDays: horizon(row.Horizon__c),
          dueDate: text(row.Due_Date__c),
          status: row.Status__c as BlueprintStatus,
        })),
      ),
      opportunities: of('Opportunity').map((row) => ({
        id: row.Id as string,
        stage: row.IsWon ? 'won' : row.IsClosed ? 'lost' : 'open',
        closeDate: row.CloseDate as string,
        memberIds: [
          row.OwnerId as string,
          ...(this.teamByOpportunity.get(row.Id) ?? []).map((t) => t.UserId as string),
        ],
        contactRoles: (this.rolesByOpportunity.get(row.Id) ?? []).map((r) => ({
          contactId: r.ContactId as string,
          role: r.Role as string,
        })),
      })),
    };
  }
}
