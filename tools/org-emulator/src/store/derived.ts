import type { ObjectDef } from '../schema/types';
import type { SfRecord } from './table';

type Lookup = (id: string) => SfRecord | undefined;

/**
 * Fields Salesforce computes on save: compound names, opportunity and task flags, the activity's AccountId, event
 * start/date mirrors and team-member titles. With `onlyMissing`, values already present are kept (dataset loading).
 */
export function applyDerivedFields(def: ObjectDef, row: SfRecord, lookup: Lookup, onlyMissing: boolean): void {
  const set = (field: string, value: unknown): void => {
    if (onlyMissing && row[field] !== undefined) return;
    row[field] = value;
  };
  switch (def.name) {
    case 'Contact':
    case 'User':
      set('Name', [row.FirstName, row.LastName].filter((p) => typeof p === 'string' && p !== '').join(' '));
      break;
    case 'Opportunity': {
      const stage = typeof row.StageName === 'string' ? row.StageName : '';
      set('IsClosed', stage.startsWith('Closed'));
      set('IsWon', stage === 'Closed Won');
      break;
    }
    case 'Task':
      set('IsClosed', row.Status === 'Completed');
      set('AccountId', activityAccountId(row, lookup));
      break;
    case 'Event': {
      deriveEventTimes(row, onlyMissing);
      set('AccountId', activityAccountId(row, lookup));
      break;
    }
    case 'TaskRelation': {
      // Object Reference, TaskRelation: IsWhat is false for a contact or lead and true otherwise.
      const relationId = typeof row.RelationId === 'string' ? row.RelationId : '';
      row.IsWhat = !(relationId.startsWith('003') || relationId.startsWith('00Q'));
      set('AccountId', relationAccountId(relationId, lookup));
      break;
    }
    case 'EventRelation':
      set('AccountId', relationAccountId(typeof row.RelationId === 'string' ? row.RelationId : '', lookup));
      break;
    case 'AccountTeamMember': {
      const user = typeof row.UserId === 'string' ? lookup(row.UserId) : undefined;
      set('Title', (user?.Title as string | undefined) ?? null);
      break;
    }
  }
}

/**
 * An event's start is written as StartDateTime or ActivityDateTime (Salesforce keeps both equal), its end as
 * EndDateTime or DurationInMinutes; ActivityDate is the start's day. On a write (not a dataset load) the field the
 * client sent wins over its mirror.
 */
function deriveEventTimes(row: SfRecord, onlyMissing: boolean): void {
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const start = text(row.StartDateTime) ?? text(row.ActivityDateTime);
  if (start) {
    if (!onlyMissing || row.StartDateTime == null) row.StartDateTime = start;
    if (!onlyMissing || row.ActivityDateTime == null) row.ActivityDateTime = start;
    if (!onlyMissing || row.ActivityDate == null) row.ActivityDate = start.slice(0, 10);
  }
  if (!start) return;
  const end = text(row.EndDateTime);
  if (end) {
    if (!onlyMissing || typeof row.DurationInMinutes !== 'number') {
      row.DurationInMinutes = Math.round((Date.parse(end) - Date.parse(start)) / 60000);
    }
  } else if (typeof row.DurationInMinutes === 'number') {
    row.EndDateTime = new Date(Date.parse(start) + row.DurationInMinutes * 60000).toISOString();
  }
}

/**
 * Fields Salesforce requires of a saved record beyond the per-field `required` flags: an event needs a start (its day
 * when all-day) and an end or duration (Object Reference, Event: "ActivityDateTime … Required if IsAllDayEvent is
 * false"; "DurationInMinutes … Required when IsAllDayEvent is false and EndDateTime is not set").
 */
export function missingDerivedFields(def: ObjectDef, row: SfRecord): string[] {
  if (def.name !== 'Event') return [];
  if (row.IsAllDayEvent === true) return row.ActivityDate == null ? ['ActivityDate'] : [];
  const missing: string[] = [];
  if (row.ActivityDateTime == null) missing.push('ActivityDateTime');
  if (row.DurationInMinutes == null && row.EndDateTime == null) missing.push('DurationInMinutes');
  return missing;
}

function activityAccountId(row: SfRecord, lookup: Lookup): string | null {
  const whatId = typeof row.WhatId === 'string' ? row.WhatId : undefined;
  if (whatId?.startsWith('001')) return whatId;
  if (whatId?.startsWith('006')) return (lookup(whatId)?.AccountId as string | undefined) ?? null;
  const whoId = typeof row.WhoId === 'string' ? row.WhoId : undefined;
  if (whoId?.startsWith('003')) return (lookup(whoId)?.AccountId as string | undefined) ?? null;
  return null;
}

/** The account a shared activity's relation belongs to: the contact's account, the account, the deal's account. */
function relationAccountId(relationId: string, lookup: Lookup): string | null {
  if (relationId.startsWith('001')) return relationId;
  if (relationId.startsWith('003') || relationId.startsWith('006')) {
    return (lookup(relationId)?.AccountId as string | undefined) ?? null;
  }
  return null;
}

const DAY_MS = 86_400_000;

/** Days an activity waits before Salesforce archives it (the default; API Developer Guide, "Archived Activities"). */
export const ARCHIVE_AFTER_DAYS = 365;

/** The last day whose activities are archived on `today`: 365 days or more before it. */
export function archiveCutoff(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - ARCHIVE_AFTER_DAYS * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether Salesforce's archiving would have archived this activity by the day `cutoff` names: an event whose date is
 * 365 days old or more; a closed task whose due date is, or (without a due date) whose creation is.
 */
export function isArchivedActivity(objectName: string, row: SfRecord, cutoff: string): boolean {
  const day = (v: unknown): string | undefined =>
    typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : undefined;
  if (objectName === 'Event') {
    const date = day(row.ActivityDate) ?? day(row.ActivityDateTime);
    return date !== undefined && date <= cutoff;
  }
  if (objectName === 'Task') {
    if (row.IsClosed !== true) return false;
    const date = day(row.ActivityDate) ?? day(row.CreatedDate);
    return date !== undefined && date <= cutoff;
  }
  return false;
}

/** Renders an auto-number display format such as `REL-{000000}`. */
export function formatAutoNumber(format: string, n: number): string {
  return format.replace(/\{(0+)\}/, (_, zeros: string) => String(n).padStart(zeros.length, '0'));
}
