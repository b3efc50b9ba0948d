import fc from 'fast-check';
import { randomPlans } from './arbitraries';
import { plainPlanCopy } from './plain-plan';
import { accountPlanSchema, parseAccountPlan } from './schema';
import { AS_OF, contact, member, plan, relationship } from './testing';
import type { AccountPlan } from './types';

const plans = fc.oneof(
  randomPlans({ contacts: [0, 7], members: 5, page: false }),
  randomPlans({ contacts: [1, 9], members: 6, page: true }),
);

/** Where a value sits in a plan: its parent object or array and its key there. */
type Place = { parent: Record<string, unknown> | unknown[]; key: string | number };

function placesIn(value: unknown, found: Place[] = []): Place[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push({ parent: value, key: index });
      placesIn(item, found);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      found.push({ parent: value as Record<string, unknown>, key });
      placesIn(item, found);
    }
  }
  return found;
}

/** Values a broken plan may hold where something else belongs. */
const strayValue = fc.oneof(
  fc.constantFrom(undefined, null, '', 'X', 0, -1, 1.5, 45, 90, NaN, Infinity, true, [], {}, [undefined], '2026-02-30'),
  fc.constantFrom('T', 'Power', 'meeting', 'won', 'active', 'RECIPROCITY', 'moved', 'Staff', AS_OF),
  fc.anything(),
);

/** A plan with one thing broken: a value replaced, a key removed or a key added somewhere in it. */
const brokenPlans = fc
  .tuple(plans, fc.nat(), fc.constantFrom('replace', 'delete', 'add'), strayValue)
  .map(([input, pick, how, stray]) => {
    const broken = structuredClone(input) as unknown as Record<string, unknown>;
    const places = placesIn(broken);
    const place = places[pick % (places.length || 1)];
    if (!place) return broken;
    const parent = place.parent as Record<string | number, unknown>;
    if (how === 'replace') parent[place.key] = stray;
    else if (how === 'delete') delete parent[place.key];
    else {
      const target = parent[place.key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        (target as Record<string, unknown>).extra = stray;
      } else parent[place.key] = stray;
    }
    return broken;
  });

function everyField() {
  return {
    zExtra: 1,
    departures: [
      {
        relationships: [{ grade: 'O', memberId: 'm1' }],
        toAccountName: 'Brightwater',
        leftOn: '2026-11-01',
        reason: 'moved',
        roles: ['Power'],
        name: 'Gone',
        contactId: 'c9',
      },
    ],
    evidence: [
      {
        scheduledTouches: ['2026-12-01'],
        reasons: ['last meeting 2026-11-01'],
        suggested: 'S',
        recentTouches: 2,
        lastMeeting: '2026-11-01',
        lastTouch: '2026-11-02',
        memberId: 'm1',
        contactId: 'c1',
      },
    ],
    opportunities: [
      {
        contactRoles: [{ role: 'Decision Maker', contactId: 'c1', extra: true }],
        memberIds: ['m1'],
        closeDate: '2026-10-01',
        stage: 'won',
        id: '006A',
      },
    ],
    blueprints: [
      {
        status: 'active',
        dueDate: '2026-12-15',
        horizonDays: 30,
        resources: 'deck',
        tactics: 'lunch',
        strategies: ['LIKING'],
        goal: 'O',
        memberId: 'm1',
        contactId: 'c1',
      },
    ],
    touches: [{ kind: 'meeting', date: '2026-11-01', memberId: 'm1', contactId: 'c1' }],
    relationships: [
      { horizonDays: 60, key: true, gradedOn: '2026-11-01', grade: 'S', memberId: 'm1', contactId: 'c1' },
    ],
    members: [{ seniority: 'VP', title: 'VP Sales', name: 'Dana', id: 'm1' }],
    contacts: [
      {
        history: [{ date: '2026-01-01', grade: 'T', memberId: 'm1', accountName: 'Brightwater' }],
        department: 'IT',
        roles: ['User'],
        seniority: 'Director',
        title: 'Head of IT',
        name: 'Ada',
        id: 'c1',
      },
    ],
    asOf: AS_OF,
    accountName: 'Acme',
    accountId: '001A',
  };
}

/** Wrong values of every kind the plan's fields hold. */
const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'X',
  0,
  -1,
  1.5,
  45,
  NaN,
  Infinity,
  true,
  [],
  {},
  [undefined],
  '2026-02-30',
  'Power',
  'T',
  'meeting',
  'won',
  'active',
  'LIKING',
  'moved',
  'VP',
  30,
  AS_OF,
];

describe('plainPlanCopy', () => {
  it('copies every random valid plan exactly as the schema does (same keys, same order, defaults filled)', () => {
    fc.assert(
      fc.property(plans, (input) => {
        const copy = plainPlanCopy(input);
        const parsed = accountPlanSchema.parse(input);
        expect(copy).toStrictEqual(parsed);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(parsed));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a broken plan only when the schema accepts it too, and then copies it the same', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(brokenPlans, (input) => {
        const copy = plainPlanCopy(input);
        const parsed = accountPlanSchema.safeParse(input);
        if (copy === undefined) {
          refused += 1;
          return;
        }
        accepted += 1;
        expect(parsed.success).toBe(true);
        expect(copy).toStrictEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
    // Both sides are exercised: breaks the schema tolerates (an extra key, a valid value) and real errors.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('copies every optional field in the schema order and leaves none of the input shared', () => {
    const input = everyField();
    const copy = plainPlanCopy(input) as AccountPlan;
    const parsed = accountPlanSchema.parse(input);
    expect(copy).toStrictEqual(parsed);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(parsed));
    expect(Object.keys(copy)).toEqual([
      'accountId',
      'accountName',
      'asOf',
      'contacts',
      'members',
      'relationships',
      'touches',
      'blueprints',
      'opportunities',
      'evidence',
      'departures',
    ]);
    expect(copy.contacts[0]).not.toBe(input.contacts[0]);
    expect(copy.contacts[0]?.roles).not.toBe(input.contacts[0]?.roles);
    expect(copy.opportunities[0]?.contactRoles[0]).toEqual({ contactId: 'c1', role: 'Decision Maker' });
  });

  it('accepts a plan with any one field of any type set to a wrong value only when the schema accepts it too', () => {
    const size = placesIn(everyField()).length;
    let refused = 0;
    for (let index = 0; index < size; index += 1) {
      for (const wrong of WRONG_VALUES) {
        const input = everyField();
        const place = placesIn(input)[index] as Place;
        (place.parent as Record<string | number, unknown>)[place.key] = wrong;
        const copy = plainPlanCopy(input);
        const parsed = accountPlanSchema.safeParse(input);
        if (copy === undefined) refused += 1;
        else expect({ at: index, wrong, copy }).toStrictEqual({ at: index, wrong, copy: parsed.data });
      }
    }
    expect(refused).toBeGreaterThan(size * 10);
  });

  it('fills the four lists a plan may leave out with new empty lists', () => {
    const copy = plainPlanCopy({ accountId: '001A', asOf: AS_OF, contacts: [], members: [], touches: undefined });
    expect(copy).toStrictEqual({
      accountId: '001A',
      asOf: AS_OF,
      contacts: [],
      members: [],
      relationships: [],
      touches: [],
      blueprints: [],
      opportunities: [],
    });
  });

  it.each<[string, unknown]>([
    ['an optional key holding undefined (the schema keeps the key)', { ...plan(), accountName: undefined }],
    ['a class instance', Object.assign(new (class Plan {})(), plan())],
    // A hole is what the test is about.
    // eslint-disable-next-line no-sparse-arrays
    ['a list with a hole', { ...plan(), contacts: [contact('c1'), , contact('c2')] }],
    ['a list that is not an Array', { ...plan(), members: { 0: member('m1'), length: 1 } }],
    [
      'a count that is not a whole number',
      { ...plan(), evidence: [{ contactId: 'c', memberId: 'm', recentTouches: 1.5 }] },
    ],
    [
      'a getter that throws',
      Object.defineProperty(plan(), 'contacts', {
        get: () => {
          throw new Error('no');
        },
        enumerable: true,
      }),
    ],
    ['a missing plan', undefined],
  ])('leaves %s to the schema', (_, input) => {
    expect(plainPlanCopy(input)).toBeUndefined();
  });

  it('leaves the error messages to the schema: the first problem, named by its path', () => {
    const input = plan({
      contacts: [contact('c1')],
      members: [member('m1')],
      relationships: [relationship('c1', 'm1')],
    });
    (input.relationships[0] as unknown as { grade: string }).grade = 'X';
    (input.contacts[0] as unknown as { name: number }).name = 7;
    expect(() => parseAccountPlan(input)).toThrow('contacts[0].name: expected a string');
  });
});
