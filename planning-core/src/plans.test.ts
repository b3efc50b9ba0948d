import fc from 'fast-check';
import { randomPlans } from './arbitraries';
import { analyzeAccount, analyzeTypedPlan } from './analyze';
import { firstKeySuggestions, leverageOpening, leverageTargetCount, leverageTargets } from './plans';
import { reanalyzeTypedPlan } from './reanalyze';
import { AS_OF, contact, member, plan, relationship } from './testing';
import type { AccountAnalysis, AccountPlan, LeverageProposal } from './types';

const graded = (contactId: string, memberId: string, grade: 'T' | 'O' | 'S' | 'I' | 'D' | 'M') =>
  relationship(contactId, memberId, { grade, gradedOn: AS_OF });

// Dana is weak with m1 (D) and m3 (I), m2 is Open with her; Gus, a Power buyer nobody knows, works in IT as Eli does,
// whom m3 trusts.
const input: AccountPlan = plan({
  contacts: [
    contact('c1', { name: 'Dana Weak', roles: ['User'] }),
    contact('c2', { name: 'Eli Colleague', department: 'IT' }),
    contact('c4', { name: 'Gus Unknown', department: 'IT', roles: ['Power'] }),
  ],
  members: ['m1', 'm2', 'm3'].map((id) => member(id, { name: `Rep ${id}` })),
  relationships: [graded('c1', 'm1', 'D'), graded('c1', 'm2', 'O'), graded('c1', 'm3', 'I'), graded('c2', 'm3', 'T')],
});

/** Whether the analysis' list `name` is still to be worked out (the functions then take the lazy way). */
const pending = (analysis: AccountAnalysis, name: 'keySuggestions' | 'leverage'): boolean =>
  Boolean(Object.getOwnPropertyDescriptor(analysis, name)?.get);

describe('the plan panel view of an analysis', () => {
  it('gives the first key suggestions, most urgent first, without working out the rest', () => {
    const analysis = analyzeTypedPlan(input);
    expect(firstKeySuggestions(analysis, 2)).toEqual([
      {
        contactId: 'c4',
        memberId: 'm3',
        why: 'Gus Unknown is a Power buyer nobody knows; Rep m3 already has a strong relationship in IT.',
      },
      {
        contactId: 'c1',
        memberId: 'm1',
        why: 'Dana Weak is Dissatisfied with Rep m1: make moving it up to Indifferent a focus for the next 30 days.',
      },
    ]);
    expect(pending(analysis, 'keySuggestions')).toBe(true);
    expect(firstKeySuggestions(analysis, 0).map((s) => s.memberId)).toEqual(['m3', 'm1', 'm3']);
  });

  it('groups leverage by the target it opens and counts the targets', () => {
    const analysis = analyzeTypedPlan(input);
    expect(leverageTargetCount(analysis)).toBe(3);
    expect(leverageTargets(analysis, 2)).toEqual([
      {
        contactId: 'c1',
        targetMemberId: 'm1',
        proposals: [
          {
            contactId: 'c1',
            targetMemberId: 'm1',
            viaMemberId: 'm2',
            viaContactId: 'c1',
            why: 'Rep m2 has an Open relationship with Dana Weak',
          },
        ],
      },
      {
        contactId: 'c1',
        targetMemberId: 'm3',
        proposals: [
          {
            contactId: 'c1',
            targetMemberId: 'm3',
            viaMemberId: 'm2',
            viaContactId: 'c1',
            why: 'Rep m2 has an Open relationship with Dana Weak',
          },
        ],
      },
    ]);
    expect(leverageOpening(analysis, 'c4', 'm3')).toEqual([
      {
        contactId: 'c4',
        viaMemberId: 'm3',
        viaContactId: 'c2',
        why: 'Rep m3 has a Trust relationship with Eli Colleague, who works in IT with Gus Unknown',
      },
    ]);
    expect(leverageOpening(analysis, 'c1', 'm3').map((p) => p.targetMemberId)).toEqual(['m3']);
    expect(leverageOpening(analysis, 'c2', 'm3')).toEqual([]);
    expect(pending(analysis, 'leverage')).toBe(true);
  });

  it("answers from an analysis' lists once they are read, set or copied", () => {
    const analysis = analyzeTypedPlan(input);
    const copy = { ...analysis, leverage: analysis.leverage.slice(1), keySuggestions: [] };
    expect(leverageTargetCount(copy)).toBe(2);
    expect(firstKeySuggestions(copy, 5)).toEqual([]);
    analysis.keySuggestions = analysis.keySuggestions.slice(2);
    expect(firstKeySuggestions(analysis, 5).map((s) => s.contactId)).toEqual(['c1']);
    // Proposals of one target apart in a list made by hand still make one target.
    const [first, second] = copy.leverage as [LeverageProposal, LeverageProposal];
    const apart = { ...copy, leverage: [first, second, { ...first, viaMemberId: 'm9' }] };
    expect(leverageTargets(apart, 0).map((target) => target.proposals.map((p) => p.viaMemberId))).toEqual([
      ['m2', 'm9'],
      ['m3'],
    ]);
  });

  it("equals the full analysis' lists over random plans and edits, for any limit", () => {
    const plans = randomPlans({ contacts: [0, 8], members: 5, page: true });
    fc.assert(
      fc.property(plans, fc.integer({ min: 0, max: 6 }), fc.nat(), (random, limit, at) => {
        const expected = analyzeAccount(random);
        const first = reanalyzeTypedPlan(undefined, random);
        // An edit (the pair at `at` made key) re-analysed from the state before it, as the Account page does.
        const relationships = random.relationships.map((r, index) =>
          index === at % Math.max(1, random.relationships.length) ? { ...r, key: !r.key } : r,
        );
        const edited = { ...random, relationships };
        const pairs: [AccountAnalysis, AccountAnalysis][] = [
          [analyzeTypedPlan(random), expected],
          [reanalyzeTypedPlan(first, edited).analysis, analyzeAccount(edited)],
        ];
        for (const [lazy, full] of pairs) {
          const cut = <T>(list: T[]): T[] => (limit > 0 ? list.slice(0, limit) : list);
          expect(firstKeySuggestions(lazy, limit)).toEqual(cut(full.keySuggestions));
          const targets = leverageTargets(lazy, 0);
          expect(targets.flatMap((target) => target.proposals)).toEqual(full.leverage);
          expect(leverageTargets(lazy, limit)).toEqual(cut(targets));
          expect(leverageTargetCount(lazy)).toBe(
            new Set(full.leverage.map((p) => `${p.contactId}/${p.targetMemberId}`)).size,
          );
          for (const { id: contactId } of random.contacts.slice(0, 3)) {
            const memberId = random.members[0]?.id;
            expect(leverageOpening(lazy, contactId, memberId)).toEqual(
              full.leverage.filter(
                (p) => p.contactId === contactId && (p.targetMemberId === undefined || p.targetMemberId === memberId),
              ),
            );
          }
          expect(pending(lazy, 'leverage') && pending(lazy, 'keySuggestions')).toBe(true);
          expect(JSON.stringify(lazy)).toBe(JSON.stringify(full));
        }
      }),
      { numRuns: 150 },
    );
  });
});
