// Appends the records of one account to a chunk: the shared plumbing of the random and the hand-made accounts.

import { emptyRecords, OrgContext, RecordsByObject } from './org';
import { Random } from './random';
import {
  accountTeamMemberRecord,
  blueprintRecord,
  BlueprintInput,
  eventRecord,
  accountContactRelationRecord,
  eventRelationRecord,
  opportunityContactRoleRecord,
  opportunityRecord,
  opportunityTeamMemberRecord,
  relationshipRecord,
  taskRecord,
  taskRelationRecord,
  TaskSubtype,
} from './records';

export class AccountWriter {
  constructor(
    private readonly ctx: OrgContext,
    private readonly rng: Random,
    readonly out: RecordsByObject,
    readonly accountId: string,
  ) {}

  /** A writer for a fresh chunk, with the id of the account the caller is about to add. */
  static forNewAccount(ctx: OrgContext, rng: Random): AccountWriter {
    return new AccountWriter(ctx, rng, emptyRecords(), ctx.ids.id('Account'));
  }

  teamMember(userId: string, role: string, daysAgo: number): void {
    this.out.AccountTeamMember.push(
      accountTeamMemberRecord(this.ctx.ids.id('AccountTeamMember'), this.accountId, userId, role, this.audit(daysAgo)),
    );
  }

  opportunity(input: {
    name: string;
    ownerId: string;
    stage: string;
    probability: number;
    outcome: 'open' | 'won' | 'lost';
    closeDaysAgo: number;
    amount: number;
    createdDaysAgo: number;
  }): string {
    const id = this.ctx.ids.id('Opportunity');
    const modifiedDaysAgo = Math.max(0, input.outcome === 'open' ? 0 : input.closeDaysAgo);
    this.out.Opportunity.push(
      opportunityRecord(
        {
          Id: id,
          AccountId: this.accountId,
          OwnerId: input.ownerId,
          Name: input.name,
          StageName: input.stage,
          Probability: input.probability,
          IsClosed: input.outcome !== 'open',
          IsWon: input.outcome === 'won',
          CloseDate: this.ctx.calendar.date(input.closeDaysAgo),
          Amount: input.amount,
        },
        this.ctx.audit(this.rng, input.createdDaysAgo, Math.min(modifiedDaysAgo, input.createdDaysAgo)),
      ),
    );
    return id;
  }

  contactRole(opportunityId: string, contactId: string, role: string, isPrimary: boolean, daysAgo: number): void {
    this.out.OpportunityContactRole.push(
      opportunityContactRoleRecord(
        this.ctx.ids.id('OpportunityContactRole'),
        opportunityId,
        contactId,
        role,
        isPrimary,
        this.audit(daysAgo),
      ),
    );
  }

  opportunityTeamMember(opportunityId: string, userId: string, role: string, daysAgo: number): void {
    this.out.OpportunityTeamMember.push(
      opportunityTeamMemberRecord(
        this.ctx.ids.id('OpportunityTeamMember'),
        opportunityId,
        userId,
        role,
        this.audit(daysAgo),
      ),
    );
  }

  task(input: {
    subject: string;
    subtype: TaskSubtype;
    daysAgo: number;
    whoId: string | null;
    whatId?: string;
    ownerId: string;
    /** Open tasks are plans (their ActivityDate is a due date); default: done when in the past. */
    status?: 'Completed' | 'Not Started' | 'In Progress';
    /** Further contacts on the task (TaskRelation rows, the WhoId's own included). */
    alsoWho?: readonly string[];
  }): string {
    const id = this.ctx.ids.id('Task');
    const audit = this.audit(Math.max(0, input.daysAgo));
    this.out.Task.push(
      taskRecord(
        {
          Id: id,
          Subject: input.subject,
          TaskSubtype: input.subtype,
          ActivityDate: this.ctx.calendar.date(input.daysAgo),
          Status: input.status ?? (input.daysAgo >= 0 ? 'Completed' : 'Not Started'),
          WhoId: input.whoId,
          WhatId: input.whatId ?? this.accountId,
          AccountId: this.accountId,
          OwnerId: input.ownerId,
        },
        audit,
      ),
    );
    if (input.alsoWho?.length) {
      for (const contactId of [input.whoId, ...input.alsoWho]) {
        if (!contactId) continue;
        const relationId = this.ctx.ids.id('TaskRelation');
        this.out.TaskRelation.push(taskRelationRecord(relationId, id, contactId, this.accountId, audit));
      }
    }
    return id;
  }

  /** An indirect AccountContactRelation: a contact of another account also related to this one. */
  relatedContact(contactId: string, roles: string | null, daysAgo: number): void {
    this.out.AccountContactRelation.push(
      accountContactRelationRecord(
        this.ctx.ids.id('AccountContactRelation'),
        this.accountId,
        contactId,
        roles,
        this.ctx.calendar.date(daysAgo),
        this.audit(daysAgo),
      ),
    );
  }

  /** A meeting; `invitees` are further users or contacts (EventRelation rows). */
  event(input: {
    subject: string;
    daysAgo: number;
    startMinute: number;
    durationMinutes: number;
    whoId: string | null;
    whatId?: string;
    ownerId: string;
    invitees?: readonly string[];
    /** Contacts who were invited and declined (EventRelation Status Declined). */
    declined?: readonly string[];
  }): void {
    const id = this.ctx.ids.id('Event');
    const calendar = this.ctx.calendar;
    const createdDaysAgo = Math.max(0, input.daysAgo) + this.rng.int(1, 14);
    const audit = this.ctx.audit(this.rng, createdDaysAgo);
    this.out.Event.push(
      eventRecord(
        {
          Id: id,
          Subject: input.subject,
          ActivityDateTime: calendar.dateTime(input.daysAgo, input.startMinute),
          ActivityDate: calendar.date(input.daysAgo),
          DurationInMinutes: input.durationMinutes,
          WhoId: input.whoId,
          WhatId: input.whatId ?? this.accountId,
          AccountId: this.accountId,
          OwnerId: input.ownerId,
        },
        audit,
      ),
    );
    for (const relationId of input.invitees ?? []) {
      this.out.EventRelation.push(eventRelationRecord(this.ctx.ids.id('EventRelation'), id, relationId, audit));
    }
    for (const relationId of input.declined ?? []) {
      const relation = eventRelationRecord(this.ctx.ids.id('EventRelation'), id, relationId, audit, 'Declined');
      this.out.EventRelation.push(relation);
    }
  }

  relationship(input: {
    contactId: string;
    memberId: string;
    grade: string | null;
    gradedDaysAgo: number | null;
    key: boolean;
    horizon: '30' | '60' | '90' | null;
  }): string {
    const id = this.ctx.ids.id('Relationship__c');
    const createdDaysAgo = (input.gradedDaysAgo ?? 0) + this.rng.int(0, 30);
    this.out.Relationship__c.push(
      relationshipRecord(
        {
          Id: id,
          Name: this.ctx.nextRelationshipName(),
          Account__c: this.accountId,
          Contact__c: input.contactId,
          Team_Member__c: input.memberId,
          Grade__c: input.grade,
          Graded_On__c: input.gradedDaysAgo === null ? null : this.ctx.calendar.date(input.gradedDaysAgo),
          Key_Intersection__c: input.key,
          Focus_Horizon__c: input.horizon,
        },
        this.ctx.audit(this.rng, createdDaysAgo, input.gradedDaysAgo ?? createdDaysAgo),
      ),
    );
    return id;
  }

  blueprint(
    relationshipId: string,
    input: Omit<BlueprintInput, 'Id' | 'Name' | 'Relationship__c' | 'Due_Date__c'> & { dueInDays: number },
    createdDaysAgo: number,
  ): void {
    const { dueInDays, ...fields } = input;
    this.out.Contact_Blueprint__c.push(
      blueprintRecord(
        {
          Id: this.ctx.ids.id('Contact_Blueprint__c'),
          Name: this.ctx.nextBlueprintName(),
          Relationship__c: relationshipId,
          ...fields,
          Due_Date__c: this.ctx.calendar.date(-dueInDays),
        },
        this.audit(createdDaysAgo),
      ),
    );
  }

  private audit(daysAgo: number) {
    return this.ctx.audit(this.rng, daysAgo);
  }
}
