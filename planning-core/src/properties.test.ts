import fc from 'fast-check';
import { grade, randomPlans } from './arbitraries';
import { analyzeAccount, analyzeTypedPlan, analyzeWithReview, buyerRolesOf, summarizeEvidence } from './analyze';
import { gradeRank, oneLevelUp } from './grades';
import { DEFAULT_SETTINGS } from './settings';
import { AS_OF } from './testing';
import { BUYER_ROLES, type AccountPlan, type Grade, type Relationship, type Rule, type Warning } from './types';

const planArbitrary = randomPlans({ contacts: [0, 7], members: 5, page: false });

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

/** The plan with the pair graded `grade` today (the record updated, or created when there is none). */
function graded(input: AccountPlan, contactId: string, memberId: string, grade: Grade): AccountPlan {
  const others = input.relationships.filter((r) => !(r.contactId === contactId && r.memberId === memberId));
  const existing = input.relationships.find((r) => r.contactId === contactId && r.memberId === memberId);
  return { ...input, relationships: [...others, { ...existing, contactId, memberId, grade, gradedOn: AS_OF }] };
}

const hasBlueprint = (input: AccountPlan, contactId: string, memberId: string) =>
  input.blueprints.some((b) => b.contactId === contactId && b.memberId === memberId);

/** Enough relationships for the grade-mix rules to be awake already, so a fix cannot wake them. */
const mixAwake = (input: AccountPlan) =>
  analyzeAccount(input).cells.filter((cell) => cell.effective).length >= DEFAULT_SETTINGS.mixMinRelationships;

const pickOne = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];

const warningToFix = (analysis: { warnings: Warning[] }, rule: Rule, pick: number) =>
  pickOne(
    analysis.warnings.filter((w) => w.rule === rule),
    pick,
  );

/** The plan after `memberId` met the contact and graded them Open; undefined where that would wake the mix rules. */
function metAtOpen(input: AccountPlan, contactId?: string, memberId?: string): AccountPlan | undefined {
  if (!contactId || !memberId || hasBlueprint(input, contactId, memberId) || !mixAwake(input)) return undefined;
  return graded(input, contactId, memberId, 'O');
}

/** Asserts that `fix` (a rep following a warning's advice, or undefined when it does not apply) never lowers the score. */
function neverLowers(
  rule: Rule,
  fix: (input: AccountPlan, pick: number) => AccountPlan | undefined,
  plans: fc.Arbitrary<AccountPlan> = planArbitrary,
) {
  fc.assert(
    fc.property(plans, fc.nat(), (input, pick) => {
      fc.pre(analyzeAccount(input).warnings.some((w) => w.rule === rule));
      const fixed = fix(input, pick);
      fc.pre(fixed !== undefined);
      return analyzeAccount(fixed as AccountPlan).score >= analyzeAccount(input).score;
    }),
    { numRuns: 200 },
  );
}

/** Plans where every other relationship is a fresh T, so TRUST_INFLATION fires often. */
const generousPlans = planArbitrary.map((input) => ({
  ...input,
  relationships: input.relationships.map((r, index) =>
    index % 2 ? r : { ...r, grade: 'T' as const, gradedOn: AS_OF },
  ),
}));

describe('the coverage score under a rep fixing a warning', () => {
  it('never drops when a relationship below Satisfied moves one level up', () => {
    neverLowers('BELOW_SATISFIED', (input, pick) => {
      const weak = analyzeAccount(input).cells.filter(
        (cell) => cell.effective && gradeRank(cell.effective) > gradeRank('S'),
      );
      const cell = pickOne(weak, pick);
      if (!cell?.effective || hasBlueprint(input, cell.contactId, cell.memberId)) return undefined;
      return graded(input, cell.contactId, cell.memberId, oneLevelUp(cell.effective) as Grade);
    });
  });

  it('never drops when someone gets to know an uncovered buyer', () => {
    neverLowers('UNCOVERED_BUYER', (input, pick) => {
      const warning = warningToFix(analyzeAccount(input), 'UNCOVERED_BUYER', pick);
      return metAtOpen(input, warning?.contactId, pickOne(input.members, pick >> 3)?.id);
    });
  });

  it('never drops when a single-threaded buyer gets a second relationship', () => {
    neverLowers('SINGLE_THREADED', (input, pick) => {
      const analysis = analyzeAccount(input);
      const warning = warningToFix(analysis, 'SINGLE_THREADED', pick);
      const known = new Set(analysis.cells.filter((c) => c.effective).map((c) => `${c.contactId}:${c.memberId}`));
      const strangers = input.members.filter((m) => warning && !known.has(`${warning.contactId}:${m.id}`));
      return metAtOpen(input, warning?.contactId, pickOne(strangers, pick >> 3)?.id);
    });
  });

  it('never drops when a key intersection gets its blueprint', () => {
    neverLowers('KEY_WITHOUT_BLUEPRINT', (input, pick) => {
      const analysis = analyzeAccount(input);
      const warning = warningToFix(analysis, 'KEY_WITHOUT_BLUEPRINT', pick);
      if (!warning?.contactId || !warning.memberId) return undefined;
      const current = analysis.cells.find((c) => c.contactId === warning.contactId && c.memberId === warning.memberId);
      const goal = oneLevelUp(current?.effective ?? 'I') ?? 'T';
      const blueprint = { contactId: warning.contactId, memberId: warning.memberId, goal, strategies: [] };
      return { ...input, blueprints: [...input.blueprints, { ...blueprint, status: 'active' as const }] };
    });
  });

  it('never drops when an inflated Trust is graded down to Open', () => {
    neverLowers(
      'TRUST_INFLATION',
      (input, pick) => {
        const trusted = analyzeAccount(input).cells.filter((cell) => cell.effective === 'T');
        const cell = pickOne(trusted, pick);
        if (!cell || hasBlueprint(input, cell.contactId, cell.memberId)) return undefined;
        return graded(input, cell.contactId, cell.memberId, 'O');
      },
      generousPlans,
    );
  });

  it('never drops when a well-covered contact joins the account', () => {
    fc.assert(
      fc.property(planArbitrary, fc.uniqueArray(fc.constantFrom(...BUYER_ROLES), { maxLength: 2 }), (input, roles) => {
        fc.pre(input.members.length >= 2 && mixAwake(input));
        const [first, second] = input.members as unknown as [{ id: string }, { id: string }];
        const joined: AccountPlan = {
          ...input,
          contacts: [...input.contacts, { id: 'newcomer', name: 'Newcomer', roles, seniority: 'Staff' }],
          relationships: [
            ...input.relationships,
            { contactId: 'newcomer', memberId: first.id, grade: 'O', gradedOn: AS_OF },
            { contactId: 'newcomer', memberId: second.id, grade: 'O', gradedOn: AS_OF },
          ],
        };
        return analyzeAccount(joined).score >= analyzeAccount(input).score;
      }),
      { numRuns: 200 },
    );
  });
});

/** The plan with `goal` set by a rep today on the pair (docs/method.md §1.6.3: what a next move is scored as). */
function withGrade(input: AccountPlan, contactId: string, memberId: string, goal: Grade): AccountPlan {
  const same = (r: Relationship) => r.contactId === contactId && r.memberId === memberId;
  const existing = input.relationships.find(same);
  return {
    ...input,
    relationships: [
      ...input.relationships.filter((r) => !same(r)),
      { ...existing, contactId, memberId, grade: goal, gradedOn: input.asOf },
    ],
  };
}

describe('next best moves', () => {
  it("gain exactly what the score of the analysis with the goal grade applied gains, each contact's best", () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const base = analyzeAccount(input, { nextMovesPerAccount: 100 });
        // Brute force: every cell one level up, and a first S for buyers fewer than two of us know.
        const best = new Map<string, number>();
        const known = new Map<string, number>();
        for (const cell of base.cells)
          if (cell.effective) known.set(cell.contactId, (known.get(cell.contactId) ?? 0) + 1);
        const cells = new Set(base.cells.map((cell) => `${cell.contactId}:${cell.memberId}`));
        const tries: Array<[string, string, Grade]> = [];
        for (const cell of base.cells) {
          const goal = oneLevelUp(cell.effective ?? 'I');
          if (goal) tries.push([cell.contactId, cell.memberId, goal]);
        }
        for (const contact of input.contacts) {
          const roles = buyerRolesOf(input).get(contact.id) ?? [];
          if (roles.length === 0 || (known.get(contact.id) ?? 0) >= 2) continue;
          for (const m of input.members) if (!cells.has(`${contact.id}:${m.id}`)) tries.push([contact.id, m.id, 'S']);
        }
        for (const [contactId, memberId, goal] of tries) {
          const gain = analyzeAccount(withGrade(input, contactId, memberId, goal)).score - base.score;
          best.set(contactId, Math.max(best.get(contactId) ?? 0, gain));
        }
        const expected = [...best].filter(([, gain]) => gain > 0);
        expect(new Map(base.nextMoves.map((move) => [move.contactId, move.gain]))).toEqual(new Map(expected));
        for (const move of base.nextMoves) {
          expect(move.goal).toBe(oneLevelUp(move.from ?? 'I'));
          const after = analyzeAccount(withGrade(input, move.contactId, move.memberId, move.goal));
          expect(after.score - base.score).toBe(move.gain);
        }
        const gains = base.nextMoves.map((move) => move.gain);
        expect(gains).toEqual([...gains].sort((a, b) => b - a));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the same moves with a smaller nextMovesPerAccount, only fewer of them', () => {
    // The search skips contacts that cannot reach the moves already found: it must never change which ones win.
    fc.assert(
      fc.property(planArbitrary, fc.integer({ min: 1, max: 4 }), (input, limit) => {
        const all = analyzeAccount(input, { nextMovesPerAccount: 100 }).nextMoves;
        expect(analyzeAccount(input, { nextMovesPerAccount: limit }).nextMoves).toEqual(all.slice(0, limit));
      }),
      { numRuns: 200 },
    );
  });
});

describe('evidence summaries instead of touches (a plan read from the sync results)', () => {
  it('analyze the same as the touches and opportunities they summarize, on the sync date', () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const summaries = summarizeEvidence(input);
        const fromSummaries = { ...input, touches: [], evidence: summaries };
        expect(analyzeAccount(fromSummaries)).toEqual(analyzeAccount(input));
        expect(analyzeTypedPlan(fromSummaries)).toEqual(analyzeTypedPlan(input));
      }),
      { numRuns: 300 },
    );
  });

  it('analyze the same from what the svc fields hold: no stored suggestion on a manually graded pair', () => {
    fc.assert(
      fc.property(planArbitrary, (input) => {
        const graded = new Set(input.relationships.filter((r) => r.grade).map((r) => `${r.contactId}:${r.memberId}`));
        const svc = summarizeEvidence(input).map((summary) => {
          if (!graded.has(`${summary.contactId}:${summary.memberId}`)) return summary;
          const { suggested: _suggested, reasons: _reasons, ...rest } = summary;
          return rest;
        });
        expect(analyzeAccount({ ...input, touches: [], evidence: svc })).toEqual(analyzeAccount(input));
      }),
      { numRuns: 300 },
    );
  });
});
