// Builders for the core's tests: small plans written in a few lines. Not part of the public API.
import { addDays } from './dates';
import type {
  AccountAnalysis,
  AccountPlan,
  Blueprint,
  Contact,
  Member,
  Relationship,
  Rule,
  Touch,
  TouchKind,
  Warning,
} from './types';

export const AS_OF = '2026-11-20';

/** The date `days` days before AS_OF. */
export function daysAgo(days: number): string {
  return addDays(AS_OF, -days);
}

export function contact(id: string, extra: Partial<Contact> = {}): Contact {
  return { id, name: `Contact ${id}`, roles: [], ...extra };
}

export function member(id: string, extra: Partial<Member> = {}): Member {
  return { id, name: `Member ${id}`, ...extra };
}

export function relationship(contactId: string, memberId: string, extra: Partial<Relationship> = {}): Relationship {
  return { contactId, memberId, ...extra };
}

export function touch(contactId: string, memberId: string, ageInDays: number, kind: TouchKind = 'call'): Touch {
  return { contactId, memberId, date: daysAgo(ageInDays), kind };
}

export function blueprint(contactId: string, memberId: string, extra: Partial<Blueprint> = {}): Blueprint {
  return { contactId, memberId, goal: 'S', strategies: [], status: 'active', ...extra };
}

export function plan(extra: Partial<AccountPlan> = {}): AccountPlan {
  return {
    accountId: '001A',
    asOf: AS_OF,
    contacts: [],
    members: [],
    relationships: [],
    touches: [],
    blueprints: [],
    opportunities: [],
    ...extra,
  };
}

/** A plan whose relationships are graded today, so gravity never interferes. */
export function gradedPlan(grades: Array<[string, string, Relationship['grade']]>, extra: Partial<AccountPlan> = {}) {
  const contactIds = [...new Set(grades.map(([contactId]) => contactId))];
  const memberIds = [...new Set(grades.map(([, memberId]) => memberId))];
  return plan({
    contacts: contactIds.map((id) => contact(id)),
    members: memberIds.map((id) => member(id)),
    relationships: grades.map(([contactId, memberId, grade]) =>
      relationship(contactId, memberId, { grade, gradedOn: AS_OF }),
    ),
    ...extra,
  });
}

export function warningsOf(analysis: AccountAnalysis, rule: Rule): Warning[] {
  return analysis.warnings.filter((warning) => warning.rule === rule);
}
