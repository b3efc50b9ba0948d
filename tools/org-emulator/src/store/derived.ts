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
      const start = typeof row.ActivityDateTime === 'string' ? row.ActivityDateTime : null;
      set('StartDateTime', start);
      set('ActivityDate', start ? start.slice(0, 10) : null);
      if (start && row.EndDateTime == null && typeof row.DurationInMinutes === 'number') {
        row.EndDateTime = new Date(Date.parse(start) + row.DurationInMinutes * 60000).toISOString();
      }
      set('AccountId', activityAccountId(row, lookup));
      break;
    }
    case 'AccountTeamMember': {
      const user = typeof row.UserId === 'string' ? lookup(row.UserId) : undefined;
      set('Title', (user?.Title as string | undefined) ?? null);
      break;
    }
  }
}

function activityAccountId(row: SfRecord, lookup: Lookup): string | null {
  const whatId = typeof row.WhatId === 'string' ? row.WhatId : undefined;
  if (whatId?.startsWith('001')) return whatId;
  if (whatId?.startsWith('006')) return (lookup(whatId)?.AccountId as string | undefined) ?? null;
  const whoId = typeof row.WhoId === 'string' ? row.WhoId : undefined;
  if (whoId?.startsWith('003')) return (lookup(whoId)?.AccountId as string | undefined) ?? null;
  return null;
}

/** Renders an auto-number display format such as `REL-{000000}`. */
export function formatAutoNumber(format: string, n: number): string {
  return format.replace(/\{(0+)\}/, (_, zeros: string) => String(n).padStart(zeros.length, '0'));
}
