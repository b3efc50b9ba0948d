// Written against the functional API that 'zod' and 'zod/mini' share: Node gets the full zod, whose compiled object
// parsers are about twice as fast, while a browser bundle can alias 'zod' to 'zod/mini' (about 100 KB instead of
// 230 KB, and no eval).
import * as z from 'zod';
import { isIsoDate } from './dates';
import { plainPlanCopy } from './plain-plan';
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
} from './types';

/** Bad input: `path` names the offending field, e.g. `relationships[3].grade`. */
export class InvalidPlanError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path || 'plan'}: ${detail}`);
    this.name = 'InvalidPlanError';
  }
}

const id = z.string().check(z.minLength(1));
const isoDate = z.string().check(z.refine(isIsoDate, { error: 'expected a date YYYY-MM-DD' }));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'is required' : `expected one of ${values.join(',')}`),
  });
const horizon = z.union(
  HORIZONS.map((days) => z.literal(days)),
  { error: `expected one of ${HORIZONS.join(',')}` },
);

const historySchema = z.object({ accountName: z.string(), memberId: id, grade: oneOf(GRADES), date: isoDate });

const contactSchema = z.object({
  id,
  name: z.string(),
  title: z.optional(z.string()),
  seniority: z.optional(oneOf(SENIORITIES)),
  roles: z.array(oneOf(BUYER_ROLES)),
  department: z.optional(z.string()),
  history: z.optional(z.array(historySchema)),
});

const departureSchema = z.object({
  contactId: id,
  name: z.string(),
  roles: z.optional(z.array(oneOf(BUYER_ROLES))),
  reason: oneOf(DEPARTURE_REASONS),
  leftOn: isoDate,
  toAccountName: z.optional(z.string()),
  relationships: z.array(z.object({ memberId: id, grade: z.optional(oneOf(GRADES)) })),
});

const memberSchema = z.object({
  id,
  name: z.string(),
  title: z.optional(z.string()),
  seniority: z.optional(oneOf(SENIORITIES)),
});

const relationshipSchema = z.object({
  contactId: id,
  memberId: id,
  grade: z.optional(oneOf(GRADES)),
  gradedOn: z.optional(isoDate),
  key: z.optional(z.boolean()),
  horizonDays: z.optional(horizon),
});

const touchSchema = z.object({ contactId: id, memberId: id, date: isoDate, kind: oneOf(TOUCH_KINDS) });

const evidenceSchema = z.object({
  contactId: id,
  memberId: id,
  lastTouch: z.optional(isoDate),
  lastMeeting: z.optional(isoDate),
  recentTouches: z.number().int().min(0),
  suggested: z.optional(oneOf(GRADES)),
  reasons: z.optional(z.array(z.string())),
  scheduledTouches: z.optional(z.array(isoDate)),
});

const blueprintSchema = z.object({
  contactId: id,
  memberId: id,
  goal: oneOf(GRADES),
  strategies: z.array(oneOf(STRATEGIES)),
  tactics: z.optional(z.string()),
  resources: z.optional(z.string()),
  horizonDays: z.optional(horizon),
  dueDate: z.optional(isoDate),
  status: oneOf(BLUEPRINT_STATUSES),
});

const opportunitySchema = z.object({
  id,
  stage: oneOf(OPPORTUNITY_STAGES),
  closeDate: isoDate,
  memberIds: z.array(id),
  contactRoles: z.array(z.object({ contactId: id, role: z.string() })),
});

/** The AccountPlan of docs/method.md §1.7; the four lists after `members` may be left out and then count as empty. */
export const accountPlanSchema = z.object({
  accountId: id,
  accountName: z.optional(z.string()),
  asOf: isoDate,
  contacts: z.array(contactSchema),
  members: z.array(memberSchema),
  relationships: z._default(z.array(relationshipSchema), []),
  touches: z._default(z.array(touchSchema), []),
  blueprints: z._default(z.array(blueprintSchema), []),
  opportunities: z._default(z.array(opportunitySchema), []),
  evidence: z.optional(z.array(evidenceSchema)),
  departures: z.optional(z.array(departureSchema)),
});

function describeIssue(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
    return `expected ${issue.expected === 'array' ? 'a list' : `${article} ${issue.expected}`}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  return 'invalid value';
}

/** `["relationships", 3, "grade"]` → `relationships[3].grade`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text ? `${text}.${String(segment)}` : String(segment);
  }, '');
}

/** Rejects duplicate ids and pairs, and touches, relationships or blueprints naming a contact or member not in the plan. */
export function checkReferences(plan: AccountPlan): void {
  const contactIds = indexIds('contacts', plan.contacts);
  const memberIds = indexIds('members', plan.members);
  /** The pair's number (contact index × members + member index), after checking both ids are in the plan. */
  const checkPair = (list: string, index: number, pair: { contactId: string; memberId: string }): number => {
    const contact = contactIds.get(pair.contactId);
    if (contact === undefined) {
      throw new InvalidPlanError(`${list}[${index}].contactId`, `unknown contact ${pair.contactId}`);
    }
    const member = memberIds.get(pair.memberId);
    if (member === undefined) {
      throw new InvalidPlanError(`${list}[${index}].memberId`, `unknown member ${pair.memberId}`);
    }
    return contact * memberIds.size + member;
  };
  const pairs = new Set<number>();
  plan.relationships.forEach((relationship, index) => {
    const pair = checkPair('relationships', index, relationship);
    if (pairs.has(pair)) {
      const pairKey = `${relationship.contactId}:${relationship.memberId}`;
      throw new InvalidPlanError(`relationships[${index}]`, `duplicate pair ${pairKey}`);
    }
    pairs.add(pair);
  });
  plan.touches.forEach((touch, index) => checkPair('touches', index, touch));
  plan.evidence?.forEach((summary, index) => checkPair('evidence', index, summary));
  plan.blueprints.forEach((blueprint, index) => checkPair('blueprints', index, blueprint));
}

/** Each id of `people` by its position; throws on the first duplicate. */
function indexIds(list: string, people: readonly { id: string }[]): Map<string, number> {
  const ids = new Map<string, number>();
  people.forEach((person, index) => {
    if (ids.has(person.id)) throw new InvalidPlanError(`${list}[${index}].id`, `duplicate id ${person.id}`);
    ids.set(person.id, index);
  });
  return ids;
}

/**
 * Validates unknown input as an AccountPlan. Throws InvalidPlanError for the first problem found. Opportunities may
 * name contacts and members outside the plan (other accounts' contacts, former team members); those are ignored.
 */
export function parseAccountPlan(input: unknown): AccountPlan {
  const plan = plainPlanCopy(input) ?? parseWithSchema(input);
  checkReferences(plan);
  return plan;
}

/** The schema's copy of `input`; throws InvalidPlanError naming its first problem. */
function parseWithSchema(input: unknown): AccountPlan {
  const result = accountPlanSchema.safeParse(input, { error: describeIssue });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InvalidPlanError(formatPath(issue?.path ?? []), issue?.message ?? 'invalid plan');
  }
  return result.data as AccountPlan;
}
