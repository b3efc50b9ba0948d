import fc from 'fast-check';
import { analyzeAccount, analyzeTypedPlan, analyzeWithReview } from './analyze';
import { gradeRank } from './grades';
import { AS_OF, daysAgo } from './testing';
import {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  GRADES,
  SENIORITIES,
  TOUCH_KINDS,
  type AccountPlan,
  type Relationship,
} from './types';

const age = fc.integer({ min: -20, max: 500 });
const grade = fc.constantFrom(...GRADES);

/** Random but valid plans: up to 7 contacts and 5 members, every reference pointing at someone in the plan. */
const planArbitrary: fc.Arbitrary<AccountPlan> = fc
  .record({ contactCount: fc.integer({ min: 0, max: 7 }), memberCount: fc.integer({ min: 1, max: 5 }) })
  .chain(({ contactCount, memberCount }) => {
    const contactIds = Array.from({ length: contactCount }, (_, index) => `c${index}`);
    const memberIds = Array.from({ length: memberCount }, (_, index) => `m${index}`);
    const contactId = contactCount > 0 ? fc.constantFrom(...contactIds) : fc.constant('none');
    const memberId = fc.constantFrom(...memberIds);
    return fc.record({
      accountId: fc.constant('001P'),
      asOf: fc.constant(AS_OF),
      contacts: fc.tuple(
        ...contactIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: fc.constant(`Contact ${id}`),
            roles: fc.uniqueArray(fc.constantFrom(...BUYER_ROLES), { maxLength: 2 }),
            seniority: fc.constantFrom(...SENIORITIES),
            department: fc.constantFrom('IT', 'Finance', 'Ops'),
          }),
        ),
      ),
      members: fc.tuple(
        ...memberIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: fc.constant(`Member ${id}`),
            seniority: fc.constantFrom(...SENIORITIES),
          }),
        ),
      ),
      relationships:
        contactCount === 0
          ? fc.constant([])
          : fc.uniqueArray(
              fc.record(
                {
                  contactId,
                  memberId,
                  grade,
                  gradedOn: age.filter((days) => days >= 0).map(daysAgo),
                  key: fc.boolean(),
                },
                { requiredKeys: ['contactId', 'memberId'] },
              ),
              { selector: (r) => `${r.contactId}:${r.memberId}`, maxLength: 20 },
            ),
      touches:
        contactCount === 0
          ? fc.constant([])
          : fc.array(
              fc.record({ contactId, memberId, date: age.map(daysAgo), kind: fc.constantFrom(...TOUCH_KINDS) }),
              { maxLength: 25 },
            ),
      blueprints:
        contactCount === 0
          ? fc.constant([])
          : fc.array(
              fc.record({
                contactId,
                memberId,
                goal: grade,
                strategies: fc.constant([]),
                status: fc.constantFrom(...BLUEPRINT_STATUSES),
              }),
              { maxLength: 5 },
            ),
      opportunities: fc.array(
        fc.record({
          id: fc.constantFrom('006A', '006B', '006C'),
          stage: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
          closeDate: age.map(daysAgo),
          memberIds: fc.array(memberId, { maxLength: 2 }),
          contactRoles:
            contactCount === 0
              ? fc.constant([])
              : fc.array(fc.record({ contactId, role: fc.constantFrom('Decision Maker', 'Business User', 'Other') }), {
                  maxLength: 3,
                }),
        }),
        { maxLength: 3 },
      ),
    }) as fc.Arbitrary<unknown> as fc.Arbitrary<AccountPlan>;
  });

const uncovered = (input: AccountPlan) =>
  new Set(
    analyzeAccount(input)
      .warnings.filter((warning) => warning.rule === 'UNCOVERED_BUYER')
      .map((warning) => warning.contactId),
  );

describe('planning core invariants', () => {
  it('keeps the score within 0..100', () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const { score } = analyzeAccount(input);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
    );
  });

  it('never lifts an effective grade above its manual grade', () => {
    fc.assert(
      fc.property(planArbitrary, (input) =>
        analyzeAccount(input).cells.every(
          (cell) =>
            !cell.manual || (cell.effective !== undefined && gradeRank(cell.effective) >= gradeRank(cell.manual)),
        ),
      ),
    );
  });

  it('never suggests above S from evidence', () => {
    fc.assert(
      fc.property(planArbitrary, (input) =>
        analyzeAccount(input).cells.every((cell) => !cell.suggested || gradeRank(cell.suggested) >= gradeRank('S')),
      ),
    );
  });

  it('never adds an UNCOVERED_BUYER when a relationship is added', () => {
    fc.assert(
      fc.property(planArbitrary, grade, fc.nat(), fc.nat(), (input, newGrade, contactPick, memberPick) => {
        fc.pre(input.contacts.length > 0);
        const contactId = input.contacts[contactPick % input.contacts.length]!.id;
        const memberId = input.members[memberPick % input.members.length]!.id;
        fc.pre(!input.relationships.some((r) => r.contactId === contactId && r.memberId === memberId));
        const added: Relationship = { contactId, memberId, grade: newGrade, gradedOn: AS_OF };
        const after = uncovered({ ...input, relationships: [...input.relationships, added] });
        const before = uncovered(input);
        return [...after].every((id) => before.has(id)) && !after.has(contactId);
      }),
    );
  });

  it('is deterministic: same plan, or the same lists in another order, give byte-identical JSON', () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const first = JSON.stringify(analyzeAccount(input));
        const again = JSON.stringify(analyzeAccount(structuredClone(input)));
        const reordered = JSON.stringify(
          analyzeAccount({
            ...input,
            contacts: [...input.contacts].reverse(),
            members: [...input.members].reverse(),
            relationships: [...input.relationships].reverse(),
            touches: [...input.touches].reverse(),
            blueprints: [...input.blueprints].reverse(),
          }),
        );
        return first === again && first === reordered;
      }),
    );
  });

  it('analyzes a typed plan exactly as a validated one, without changing it', () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const copy = structuredClone(input);
        const typed = JSON.stringify(analyzeTypedPlan(input));
        return typed === JSON.stringify(analyzeAccount(copy)) && JSON.stringify(input) === JSON.stringify(copy);
      }),
    );
  });

  it('raises each (rule, contact, member) warning at most once, matching the Warning_Key__c external id', () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const keys = analyzeAccount(input).warnings.map((w) => `${w.rule}:${w.contactId ?? ''}:${w.memberId ?? ''}`);
        return new Set(keys).size === keys.length;
      }),
    );
  });

  it('counts every graded cell once and reviews only after asOf', () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const { analysis, reviewOn } = analyzeWithReview(input);
        const graded = analysis.cells.filter((cell) => cell.effective).length;
        const counted = Object.values(analysis.gradeCounts).reduce((sum, count) => sum + count, 0);
        return graded === counted && (reviewOn === undefined || reviewOn > AS_OF);
      }),
    );
  });
});
