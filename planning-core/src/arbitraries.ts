// Random valid account plans for the core's property tests (fast-check). Not part of the public API.
import fc from 'fast-check';
import { summarizeEvidence } from './analyze';
import { AS_OF, daysAgo } from './testing';
import { BLUEPRINT_STATUSES, BUYER_ROLES, GRADES, HORIZONS, SENIORITIES, TOUCH_KINDS, type AccountPlan } from './types';

export const age = fc.integer({ min: -20, max: 500 });
export const grade = fc.constantFrom(...GRADES);
export const horizon = fc.constantFrom(...HORIZONS);

export interface PlanShape {
  /** Fewest and most contacts (with none, every list about contacts is empty). */
  contacts: [number, number];
  /** Most team members (at least one). */
  members: number;
  /**
   * Also what the Account page's plans carry: contact history on other accounts, focus horizons, departures, and
   * (in half the plans) the sync's evidence summaries instead of touches.
   */
  page: boolean;
}

/** Random valid plans: every reference points at someone in the plan. */
export function randomPlans({ contacts, members, page }: PlanShape): fc.Arbitrary<AccountPlan> {
  return fc
    .record({
      contactCount: fc.integer({ min: contacts[0], max: contacts[1] }),
      memberCount: fc.integer({ min: 1, max: members }),
      summaries: page ? fc.boolean() : fc.constant(false),
    })
    .chain(({ contactCount, memberCount, summaries }) => {
      const contactIds = Array.from({ length: contactCount }, (_, index) => `c${index}`);
      const memberIds = Array.from({ length: memberCount }, (_, index) => `m${index}`);
      const contactId = contactCount > 0 ? fc.constantFrom(...contactIds) : fc.constant('none');
      const memberId = fc.constantFrom(...memberIds);
      const aboutContacts = <T>(list: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> =>
        contactCount === 0 ? fc.constant([]) : list;
      const past = age.filter((days) => days >= 0).map(daysAgo);
      return fc
        .record({
          accountId: fc.constant('001P'),
          asOf: fc.constant(AS_OF),
          contacts: fc.tuple(
            ...contactIds.map((id) =>
              fc.record(
                {
                  id: fc.constant(id),
                  name: fc.constant(`Contact ${id}`),
                  roles: fc.uniqueArray(fc.constantFrom(...BUYER_ROLES), { maxLength: 2 }),
                  seniority: fc.constantFrom(...SENIORITIES),
                  department: fc.constantFrom('IT', 'Finance', 'Ops'),
                  history: page
                    ? fc.array(fc.record({ accountName: fc.constant('Brightwater'), memberId, grade, date: past }), {
                        maxLength: 2,
                      })
                    : fc.constant(undefined),
                },
                // The page's contacts may lack a seniority or a department.
                { requiredKeys: page ? ['id', 'name', 'roles'] : ['id', 'name', 'roles', 'seniority', 'department'] },
              ),
            ),
          ),
          members: fc.tuple(
            ...memberIds.map((id) =>
              fc.record(
                { id: fc.constant(id), name: fc.constant(`Member ${id}`), seniority: fc.constantFrom(...SENIORITIES) },
                { requiredKeys: page ? ['id', 'name'] : ['id', 'name', 'seniority'] },
              ),
            ),
          ),
          relationships: aboutContacts(
            fc.uniqueArray(
              fc.record(
                {
                  contactId,
                  memberId,
                  grade,
                  gradedOn: past,
                  key: fc.boolean(),
                  horizonDays: page ? horizon : fc.constant(undefined),
                },
                { requiredKeys: ['contactId', 'memberId'] },
              ),
              { selector: (r) => `${r.contactId}:${r.memberId}`, maxLength: page ? 25 : 20 },
            ),
          ),
          touches: aboutContacts(
            fc.array(
              fc.record({ contactId, memberId, date: age.map(daysAgo), kind: fc.constantFrom(...TOUCH_KINDS) }),
              { maxLength: page ? 30 : 25 },
            ),
          ),
          blueprints: aboutContacts(
            fc.array(
              fc.record({
                contactId,
                memberId,
                goal: grade,
                strategies: fc.constant([]),
                status: fc.constantFrom(...BLUEPRINT_STATUSES),
              }),
              { maxLength: page ? 6 : 5 },
            ),
          ),
          opportunities: fc.array(
            fc.record({
              id: fc.constantFrom('006A', '006B', '006C'),
              stage: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
              closeDate: age.map(daysAgo),
              memberIds: fc.array(memberId, { maxLength: 2 }),
              contactRoles: aboutContacts(
                fc.array(fc.record({ contactId, role: fc.constantFrom('Decision Maker', 'Business User', 'Other') }), {
                  maxLength: 3,
                }),
              ),
            }),
            { maxLength: 3 },
          ),
          departures: page
            ? fc.array(
                fc.record({
                  contactId: fc.constantFrom('c90', 'c91'),
                  name: fc.constant('Gone Contact'),
                  reason: fc.constantFrom('moved' as const, 'merged' as const, 'deleted' as const),
                  leftOn: fc.integer({ min: 0, max: 60 }).map(daysAgo),
                  relationships: fc.array(fc.record({ memberId, grade }, { requiredKeys: ['memberId'] }), {
                    maxLength: 2,
                  }),
                }),
                { maxLength: 2 },
              )
            : fc.constant(undefined),
        })
        .map((generated) => {
          // Optional parts a shape leaves out are left out of the plan, not set to undefined.
          const input = JSON.parse(JSON.stringify(generated)) as AccountPlan;
          // The page's plans carry the sync's summaries instead of touches.
          return summaries ? { ...input, touches: [], evidence: summarizeEvidence(input) } : input;
        });
    });
}
