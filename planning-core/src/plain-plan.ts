// The quick way through plan validation. Nearly every plan the core sees is valid JSON-shaped data, and the schema
// library spends most of a first analysis' validation on bookkeeping for issues such plans never raise. This module
// checks a plan by hand and copies it exactly as `accountPlanSchema` would (known keys only, in the schema's order,
// the four defaulted lists filled in). It only ever answers "plainly valid, here is the copy" or "not sure": on
// anything unusual (an invalid value, an optional key holding undefined, an object that is not a plain object) it
// gives up and the schema judges the input and names the problem. So it may turn away a plan the schema accepts,
// never the other way round; plain-plan.test.ts holds it to the schema's copy on random and broken plans.
import { isIsoDate } from './dates';
import {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  DEPARTURE_REASONS,
  GRADES,
  HORIZONS,
  OPPORTUNITY_STAGES,
  SENIORITIES,
  STRATEGIES,
  TOUCH_KINDS,
  type AccountPlan,
  type Blueprint,
  type Contact,
  type Departure,
  type EvidenceSummary,
  type HistoryEntry,
  type Member,
  type Opportunity,
  type Relationship,
  type Touch,
} from './types';

/** Thrown inside this module when a plan is not plainly valid; never leaves it. */
const NOT_PLAIN = new Error('not a plainly valid plan');

type Fields = Record<string, unknown>;

/**
 * A plain object's fields: not null, not an array, not a class instance. Its prototype may be another realm's
 * Object.prototype (a plan made in a test sandbox or an iframe).
 */
function fields(value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw NOT_PLAIN;
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) throw NOT_PLAIN;
  return value as Fields;
}

/** An array's items; a hole, which the schema reports, reads as undefined and is not plain. */
function items(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw NOT_PLAIN;
  return value;
}

function list<T>(value: unknown, copy: (item: unknown) => T): T[] {
  const source = items(value);
  const result = new Array<T>(source.length);
  for (let index = 0; index < source.length; index += 1) result[index] = copy(source[index]);
  return result;
}

/** The copier of a list of what `copy` copies (made once, not for every object that holds such a list). */
function listOf<T>(copy: (item: unknown) => T): (value: unknown) => T[] {
  return (value) => list(value, copy);
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw NOT_PLAIN;
  return value;
}

function id(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw NOT_PLAIN;
  return value;
}

function date(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw NOT_PLAIN;
  return value;
}

function oneOf<T extends string | number>(values: readonly T[]): (value: unknown) => T {
  const allowed = new Set<unknown>(values);
  return (value) => {
    if (!allowed.has(value)) throw NOT_PLAIN;
    return value as T;
  };
}

const grade = oneOf(GRADES);
const role = oneOf(BUYER_ROLES);
const seniority = oneOf(SENIORITIES);
const strategy = oneOf(STRATEGIES);
const touchKind = oneOf(TOUCH_KINDS);
const blueprintStatus = oneOf(BLUEPRINT_STATUSES);
const stage = oneOf(OPPORTUNITY_STAGES);
const horizon = oneOf(HORIZONS);
const departureReason = oneOf(DEPARTURE_REASONS);

/**
 * Sets `target[key]` to the copy of an optional field when the source has it. An optional key that is present but
 * undefined is the schema's to copy (it keeps such keys), so it is not plain.
 */
function optional<T>(target: Fields, source: Fields, key: string, copy: (value: unknown) => T): void {
  const value = source[key];
  if (value !== undefined) target[key] = copy(value);
  else if (key in source) throw NOT_PLAIN;
}

function flag(value: unknown): boolean {
  if (typeof value !== 'boolean') throw NOT_PLAIN;
  return value;
}

const texts = listOf(text);
const dates = listOf(date);
const roles = listOf(role);

function history(value: unknown): HistoryEntry {
  const source = fields(value);
  return {
    accountName: text(source.accountName),
    memberId: id(source.memberId),
    grade: grade(source.grade),
    date: date(source.date),
  };
}

const historyList = listOf(history);

function contact(value: unknown): Contact {
  const source = fields(value);
  const copy: Fields = { id: id(source.id), name: text(source.name) };
  optional(copy, source, 'title', text);
  optional(copy, source, 'seniority', seniority);
  copy.roles = list(source.roles, role);
  optional(copy, source, 'department', text);
  optional(copy, source, 'history', historyList);
  return copy as unknown as Contact;
}

function member(value: unknown): Member {
  const source = fields(value);
  const copy: Fields = { id: id(source.id), name: text(source.name) };
  optional(copy, source, 'title', text);
  optional(copy, source, 'seniority', seniority);
  return copy as unknown as Member;
}

function relationship(value: unknown): Relationship {
  const source = fields(value);
  const copy: Fields = { contactId: id(source.contactId), memberId: id(source.memberId) };
  optional(copy, source, 'grade', grade);
  optional(copy, source, 'gradedOn', date);
  optional(copy, source, 'key', flag);
  optional(copy, source, 'horizonDays', horizon);
  return copy as unknown as Relationship;
}

function touch(value: unknown): Touch {
  const source = fields(value);
  return {
    contactId: id(source.contactId),
    memberId: id(source.memberId),
    date: date(source.date),
    kind: touchKind(source.kind),
  };
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw NOT_PLAIN;
  return value;
}

function evidence(value: unknown): EvidenceSummary {
  const source = fields(value);
  const copy: Fields = { contactId: id(source.contactId), memberId: id(source.memberId) };
  optional(copy, source, 'lastTouch', date);
  optional(copy, source, 'lastMeeting', date);
  copy.recentTouches = count(source.recentTouches);
  optional(copy, source, 'suggested', grade);
  optional(copy, source, 'reasons', texts);
  optional(copy, source, 'scheduledTouches', dates);
  return copy as unknown as EvidenceSummary;
}

function blueprint(value: unknown): Blueprint {
  const source = fields(value);
  const copy: Fields = {
    contactId: id(source.contactId),
    memberId: id(source.memberId),
    goal: grade(source.goal),
    strategies: list(source.strategies, strategy),
  };
  optional(copy, source, 'tactics', text);
  optional(copy, source, 'resources', text);
  optional(copy, source, 'horizonDays', horizon);
  optional(copy, source, 'dueDate', date);
  copy.status = blueprintStatus(source.status);
  return copy as unknown as Blueprint;
}

function contactRole(value: unknown): Opportunity['contactRoles'][number] {
  const source = fields(value);
  return { contactId: id(source.contactId), role: text(source.role) };
}

function opportunity(value: unknown): Opportunity {
  const source = fields(value);
  return {
    id: id(source.id),
    stage: stage(source.stage),
    closeDate: date(source.closeDate),
    memberIds: list(source.memberIds, id),
    contactRoles: list(source.contactRoles, contactRole),
  };
}

function departedRelationship(value: unknown): Departure['relationships'][number] {
  const source = fields(value);
  const copy: Fields = { memberId: id(source.memberId) };
  optional(copy, source, 'grade', grade);
  return copy as unknown as Departure['relationships'][number];
}

function departure(value: unknown): Departure {
  const source = fields(value);
  const copy: Fields = { contactId: id(source.contactId), name: text(source.name) };
  optional(copy, source, 'roles', roles);
  copy.reason = departureReason(source.reason);
  copy.leftOn = date(source.leftOn);
  optional(copy, source, 'toAccountName', text);
  copy.relationships = list(source.relationships, departedRelationship);
  return copy as unknown as Departure;
}

const evidenceList = listOf(evidence);
const departureList = listOf(departure);

/** A defaulted list: absent or undefined counts as empty (the schema's default). */
function listOrEmpty<T>(value: unknown, copy: (item: unknown) => T): T[] {
  return value === undefined ? [] : list(value, copy);
}

function copyPlan(input: unknown): AccountPlan {
  const source = fields(input);
  const copy: Fields = { accountId: id(source.accountId) };
  optional(copy, source, 'accountName', text);
  copy.asOf = date(source.asOf);
  copy.contacts = list(source.contacts, contact);
  copy.members = list(source.members, member);
  copy.relationships = listOrEmpty(source.relationships, relationship);
  copy.touches = listOrEmpty(source.touches, touch);
  copy.blueprints = listOrEmpty(source.blueprints, blueprint);
  copy.opportunities = listOrEmpty(source.opportunities, opportunity);
  optional(copy, source, 'evidence', evidenceList);
  optional(copy, source, 'departures', departureList);
  return copy as unknown as AccountPlan;
}

/**
 * What `accountPlanSchema` makes of `input` when the input is plainly valid; undefined when the schema has to judge
 * it. References between lists are not checked here (checkReferences does that after either way).
 */
export function plainPlanCopy(input: unknown): AccountPlan | undefined {
  try {
    return copyPlan(input);
  } catch {
    // Not plain, or reading the input threw: either way the schema decides what to make of it.
    return undefined;
  }
}
