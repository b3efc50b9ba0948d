import { analyzeAccount, AccountAnalysis, AccountPlan, Rule, RULES } from '@contact-plan/planning-core';
import { Dataset, generateDataset } from './datasets';
import { Row } from './records';
import { NO_POWER_ACCOUNT_NAME, SHOWCASE_ACCOUNT_NAME } from './showcase';

type Seniority = NonNullable<AccountPlan['contacts'][number]['seniority']>;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A plain reading of one account's records into the core's AccountPlan, as the sync's assembler would do it. */
function planFor(dataset: Dataset, accountName: string): AccountPlan {
  const records = dataset.records as Record<string, Row[]>;
  const account = records.Account!.find((row) => row.Name === accountName)!;
  const accountId = account.Id as string;
  const ofAccount = (object: string, field: string) => records[object]!.filter((row) => row[field] === accountId);
  const users = new Map(records.User!.map((row) => [row.Id as string, row]));

  const contacts = ofAccount('Contact', 'AccountId');
  const contactIds = new Set(contacts.map((row) => row.Id as string));
  const memberIds = new Set([
    account.OwnerId as string,
    ...ofAccount('AccountTeamMember', 'AccountId').map((r) => r.UserId as string),
  ]);
  const opportunities = ofAccount('Opportunity', 'AccountId');
  const relationships = ofAccount('Relationship__c', 'Account__c');
  const relationshipById = new Map(relationships.map((row) => [row.Id as string, row]));

  const touches: AccountPlan['touches'] = [];
  const touch = (
    contactId: unknown,
    memberId: unknown,
    date: unknown,
    kind: AccountPlan['touches'][number]['kind'],
  ) => {
    if (contactIds.has(contactId as string) && memberIds.has(memberId as string)) {
      touches.push({ contactId: contactId as string, memberId: memberId as string, date: date as string, kind });
    }
  };
  const taskKind = { Call: 'call', Email: 'email', Task: 'other' } as const;
  for (const task of ofAccount('Task', 'AccountId')) {
    touch(task.WhoId, task.OwnerId, task.ActivityDate, taskKind[task.TaskSubtype as keyof typeof taskKind]);
  }
  for (const event of ofAccount('Event', 'AccountId')) {
    const relations = records.EventRelation!.filter((row) => row.EventId === event.Id).map((row) => row.RelationId);
    const people = [event.OwnerId, ...relations.filter((id) => users.has(id as string))];
    const guests = [event.WhoId, ...relations.filter((id) => contactIds.has(id as string))];
    for (const memberId of people)
      for (const contactId of guests) touch(contactId, memberId, event.ActivityDate, 'meeting');
  }

  return {
    accountId,
    asOf: dataset.asOf,
    contacts: contacts.map((row) => ({
      id: row.Id as string,
      name: row.Name as string,
      title: str(row.Title),
      seniority: str(row.Seniority__c) as Seniority | undefined,
      roles: (str(row.Buyer_Roles__c)?.split(';') ?? []) as AccountPlan['contacts'][number]['roles'],
      department: str(row.Department),
    })),
    members: [...memberIds].map((id) => {
      const user = users.get(id)!;
      return {
        id,
        name: user.Name as string,
        title: str(user.Title),
        seniority: str(user.Seniority__c) as Seniority | undefined,
      };
    }),
    relationships: relationships.map((row) => ({
      contactId: row.Contact__c as string,
      memberId: row.Team_Member__c as string,
      grade: (str(row.Grade__c) as AccountPlan['relationships'][number]['grade']) ?? undefined,
      gradedOn: str(row.Graded_On__c),
      key: row.Key_Intersection__c as boolean,
      horizonDays: row.Focus_Horizon__c === null ? undefined : (Number(row.Focus_Horizon__c) as 30 | 60 | 90),
    })),
    touches,
    blueprints: records.Contact_Blueprint__c!.flatMap((row) => {
      const relationship = relationshipById.get(row.Relationship__c as string);
      if (!relationship) return [];
      return [
        {
          contactId: relationship.Contact__c as string,
          memberId: relationship.Team_Member__c as string,
          goal: row.Goal_Grade__c as AccountPlan['blueprints'][number]['goal'],
          strategies: String(row.Influence_Strategies__c).split(';') as AccountPlan['blueprints'][number]['strategies'],
          horizonDays: Number(row.Horizon__c) as 30 | 60 | 90,
          dueDate: row.Due_Date__c as string,
          status: row.Status__c as AccountPlan['blueprints'][number]['status'],
        },
      ];
    }),
    opportunities: opportunities.map((row) => ({
      id: row.Id as string,
      stage: row.IsWon ? 'won' : row.IsClosed ? 'lost' : 'open',
      closeDate: row.CloseDate as string,
      memberIds: [
        row.OwnerId as string,
        ...records.OpportunityTeamMember!.filter((t) => t.OpportunityId === row.Id).map((t) => t.UserId as string),
      ],
      contactRoles: records
        .OpportunityContactRole!.filter((r) => r.OpportunityId === row.Id)
        .map((r) => ({ contactId: r.ContactId as string, role: r.Role as string })),
    })),
  };
}

describe('the demo dataset', () => {
  const demo = generateDataset('demo');
  const showcase = planFor(demo, SHOWCASE_ACCOUNT_NAME);
  const analysis = analyzeAccount(showcase);
  const noPower = analyzeAccount(planFor(demo, NO_POWER_ACCOUNT_NAME));
  const nameOf = new Map([...showcase.contacts, ...showcase.members].map((p) => [p.id, p.name]));
  const fired = (result: AccountAnalysis, rule: Rule) =>
    result.warnings
      .filter((w) => w.rule === rule)
      .map((w) => [w.severity, nameOf.get(w.contactId ?? '') ?? null, nameOf.get(w.memberId ?? '') ?? null])
      .sort();

  it('gives the showcase account 25 contacts and a team of 6', () => {
    expect(showcase.contacts).toHaveLength(25);
    expect(showcase.members).toHaveLength(6);
  });

  it('fires every one of the twelve coverage rules', () => {
    const rules = new Set([...analysis.warnings, ...noPower.warnings].map((w) => w.rule));
    expect([...rules].sort()).toEqual([...RULES].sort());
  });

  it('flags the grades below Satisfied by severity', () => {
    expect(fired(analysis, 'BELOW_SATISFIED')).toEqual([
      ['critical', 'Ingrid Sørensen', 'Dana Whitfield'],
      ['high', 'Mateo Ruiz', 'Tom Becker'],
      ['medium', 'Fatima Al-Sayed', 'Dana Whitfield'],
      ['medium', 'Liam Kelly', 'Tom Becker'],
      ['medium', 'Oliver Grant', 'Priya Raman'],
    ]);
  });

  it('flags the uncovered, single-threaded and over-covered contacts', () => {
    expect(fired(analysis, 'UNCOVERED_BUYER')).toEqual([['critical', 'Helena Marsh', null]]);
    expect(fired(analysis, 'SINGLE_THREADED')).toEqual([
      ['high', 'Pieter van Dijk', 'Ravi Patel'],
      ['medium', 'Elena Petrova', 'Tom Becker'],
      ['medium', "Grace O'Neill", 'Ravi Patel'],
      ['medium', 'Hannah Schmidt', 'Priya Raman'],
      ['medium', 'Isabelle Moreau', 'Marcus Okafor'],
      ['medium', 'Kwame Mensah', 'Dana Whitfield'],
      ['medium', 'Lucy Chen', 'Ravi Patel'],
      ['medium', 'Mateo Ruiz', 'Tom Becker'],
      ['medium', 'Rafael Costa', 'Priya Raman'],
      ['medium', 'Sofia Castellano', 'Priya Raman'],
    ]);
    expect(fired(analysis, 'OVER_COVERED')).toEqual([['low', 'Claire Dubois', null]]);
  });

  it('flags senior contacts known only by junior members', () => {
    expect(fired(analysis, 'SENIOR_GAP')).toEqual([
      ['high', 'Jonas Weber', null],
      ['medium', 'Amara Nwosu', null],
    ]);
  });

  it('flags the grade mix: too much Trust, too little Open', () => {
    expect(analysis.gradeCounts).toEqual({ T: 9, O: 5, S: 13, I: 3, D: 1, M: 1 });
    expect(fired(analysis, 'TRUST_INFLATION')).toEqual([['medium', null, null]]);
    expect(fired(analysis, 'FEW_OPEN')).toEqual([['medium', null, null]]);
  });

  it('flags stale grades, keys without blueprints, a goal too far and too many keys', () => {
    expect(fired(analysis, 'STALE_GRADE')).toEqual([
      ['low', 'Fatima Al-Sayed', 'Dana Whitfield'],
      ['low', 'Lucy Chen', 'Ravi Patel'],
    ]);
    expect(fired(analysis, 'KEY_WITHOUT_BLUEPRINT')).toEqual([
      ['medium', 'Amara Nwosu', 'Dana Whitfield'],
      ['medium', 'Fatima Al-Sayed', 'Dana Whitfield'],
      ['medium', 'Ingrid Sørensen', 'Dana Whitfield'],
    ]);
    expect(fired(analysis, 'GOAL_TOO_FAR')).toEqual([['medium', 'Helena Marsh', 'Marcus Okafor']]);
    expect(fired(analysis, 'TOO_MANY_KEYS')).toEqual([['low', null, null]]);
  });

  it('flags the second account for having no Power buyer, and only that account', () => {
    expect(fired(noPower, 'NO_POWER_BUYER')).toEqual([['high', null, null]]);
    expect(fired(analysis, 'NO_POWER_BUYER')).toEqual([]);
  });
});
