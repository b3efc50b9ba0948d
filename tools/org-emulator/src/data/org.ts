// What every part of one generated org shares: the id sequences, the calendar, AutoNumber counters and the shape of
// a chunk of records.

import { Calendar } from './calendar';
import { IdSequence } from './ids';
import { Random } from './random';
import { Audit, autoNumber, Row } from './records';
import { SeniorityLevel } from './vocabulary';

/** sObjects in load order: every lookup points at an object earlier in the list (or at the same one). */
export const SOBJECTS = [
  'User',
  'Account',
  'Contact',
  'AccountContactRelation',
  'Opportunity',
  'OpportunityContactRole',
  'OpportunityTeamMember',
  'AccountTeamMember',
  'Task',
  'TaskRelation',
  'Event',
  'EventRelation',
  'Relationship__c',
  'Contact_Blueprint__c',
] as const;

export type SObjectName = (typeof SOBJECTS)[number];

/** Records by sObject API name. */
export type RecordsByObject = Record<SObjectName, Row[]>;

export function emptyRecords(): RecordsByObject {
  const records = {} as RecordsByObject;
  for (const name of SOBJECTS) records[name] = [];
  return records;
}

/** A member of our sales organisation, as the account generators need to know them. */
export interface SalesUser {
  id: string;
  seniority: SeniorityLevel;
  department: string;
  ownsAccounts: boolean;
}

export class OrgContext {
  readonly ids = new IdSequence();
  readonly calendar: Calendar;
  private relationships = 0;
  private blueprints = 0;
  private readonly usernames = new Set<string>();

  constructor(asOf: string) {
    this.calendar = new Calendar(asOf);
  }

  /** Audit datetimes on the given days (days before asOf), at a working hour. */
  audit(rng: Random, createdDaysAgo: number, modifiedDaysAgo: number = createdDaysAgo): Audit {
    const created = this.calendar.dateTime(createdDaysAgo, rng.int(7, 18) * 60);
    // A different day is always a later one: never modified before created.
    const modified =
      modifiedDaysAgo >= createdDaysAgo ? created : this.calendar.dateTime(modifiedDaysAgo, rng.int(7, 18) * 60);
    return { created, modified };
  }

  /** `local@domain`, numbered when taken: Salesforce usernames are unique across the org. */
  uniqueUsername(local: string, domain: string): string {
    let candidate = `${local}@${domain}`;
    for (let n = 2; this.usernames.has(candidate); n++) candidate = `${local}${n}@${domain}`;
    this.usernames.add(candidate);
    return candidate;
  }

  nextRelationshipName(): string {
    return autoNumber('REL', ++this.relationships);
  }

  nextBlueprintName(): string {
    return autoNumber('BP', ++this.blueprints);
  }
}

const FOLDED: Readonly<Record<string, string>> = { ø: 'o', Ø: 'O', æ: 'ae', ß: 'ss', "'": '', ' ': '' };

/** A name reduced to the lower-case ASCII letters an email address would use. */
export function emailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØæß' ]/g, (c) => FOLDED[c] ?? '')
    .toLowerCase();
}
