import fc from 'fast-check';
import { grade, horizon, randomPlans } from './arbitraries';
import { analyzeTypedPlan } from './analyze';
import { reanalyzeTypedPlan } from './reanalyze';
import { InvalidPlanError } from './schema';
import { AS_OF, contact, daysAgo, member, plan, relationship } from './testing';
import type { AccountAnalysis, AccountPlan, Relationship } from './types';

const planArbitrary = randomPlans({ contacts: [1, 8], members: 5, page: true });

/** One rep's edit as withRelationship makes it: a copy of the plan with one relationship replaced or added. */
type Edit =
  | { kind: 'grade'; at: number; grade: Relationship['grade']; days: number }
  | { kind: 'clear'; at: number }
  | { kind: 'key'; at: number; horizon: Relationship['horizonDays'] }
  | { kind: 'horizon'; at: number; horizon: Relationship['horizonDays'] }
  | { kind: 'pair'; contact: number; member: number; grade: Relationship['grade'] }
  | { kind: 'drop'; at: number }
  | { kind: 'reorder' };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('grade' as const), at: fc.nat(), grade, days: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant('clear' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('key' as const), at: fc.nat(), horizon }),
  fc.record({ kind: fc.constant('horizon' as const), at: fc.nat(), horizon }),
  fc.record({ kind: fc.constant('pair' as const), contact: fc.nat(), member: fc.nat(), grade }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const) }),
);

function withChange(input: AccountPlan, contactId: string, memberId: string, changes: Partial<Relationship>) {
  const at = input.relationships.findIndex((r) => r.contactId === contactId && r.memberId === memberId);
  const before: Relationship = at === -1 ? { contactId, memberId } : (input.relationships[at] as Relationship);
  const next: Relationship = { ...before, ...changes };
  for (const name of Object.keys(next) as (keyof Relationship)[]) if (next[name] === undefined) delete next[name];
  const relationships = [...input.relationships];
  if (at === -1) relationships.push(next);
  else relationships[at] = next;
  return { ...input, relationships };
}

function applyEdit(input: AccountPlan, edit: Edit): AccountPlan {
  if (edit.kind === 'reorder') return { ...input, relationships: [...input.relationships].reverse() };
  if (edit.kind === 'pair') {
    const contactId = input.contacts[edit.contact % input.contacts.length]?.id as string;
    const memberId = input.members[edit.member % input.members.length]?.id as string;
    return withChange(input, contactId, memberId, { grade: edit.grade, gradedOn: AS_OF });
  }
  const target = input.relationships[edit.at % Math.max(1, input.relationships.length)];
  if (!target) return input;
  const { contactId, memberId } = target;
  switch (edit.kind) {
    case 'grade':
      return withChange(input, contactId, memberId, { grade: edit.grade, gradedOn: daysAgo(edit.days) });
    case 'clear':
      return withChange(input, contactId, memberId, { grade: undefined, gradedOn: undefined });
    case 'key':
      return target.key
        ? withChange(input, contactId, memberId, { key: false, horizonDays: undefined })
        : withChange(input, contactId, memberId, { key: true, horizonDays: edit.horizon });
    case 'horizon':
      return withChange(input, contactId, memberId, { horizonDays: edit.horizon });
    case 'drop':
      return { ...input, relationships: input.relationships.filter((r) => r !== target) };
  }
}

const json = (analysis: AccountAnalysis): string => JSON.stringify(analysis);

/** How many of `after`'s cells are the very objects `before` had: an incremental analysis keeps the unchanged ones. */
function sharedCells(before: AccountAnalysis, after: AccountAnalysis): number {
  const old = new Set(before.cells);
  return after.cells.filter((cell) => old.has(cell)).length;
}

describe('reanalyzeTypedPlan', () => {
  it('gives byte for byte the analysis analyzeTypedPlan gives, over random plans and random chains of edits', () => {
    fc.assert(
      fc.property(planArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 5 }), (input, edits) => {
        let state = reanalyzeTypedPlan(undefined, input);
        expect(json(state.analysis)).toBe(json(analyzeTypedPlan(input)));
        for (const edit of edits) {
          const edited = applyEdit(state.plan, edit);
          const next = reanalyzeTypedPlan(state, edited);
          expect(json(next.analysis)).toBe(json(analyzeTypedPlan(edited)));
          // The incremental path was taken: every cell but the edited pair's is the one analysed before.
          expect(sharedCells(state.analysis, next.analysis)).toBeGreaterThanOrEqual(state.analysis.cells.length - 1);
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reuses the cells an edit did not touch, and builds the edited one again', () => {
    const input = plan({
      contacts: [contact('c1', { roles: ['Power'] }), contact('c2', { roles: ['User'] })],
      members: [member('m1'), member('m2')],
      relationships: [
        relationship('c1', 'm1', { grade: 'S', gradedOn: AS_OF }),
        relationship('c2', 'm1', { grade: 'O', gradedOn: AS_OF }),
        relationship('c2', 'm2', { grade: 'T', gradedOn: AS_OF }),
      ],
    });
    const first = reanalyzeTypedPlan(undefined, input);
    const edited = withChange(input, 'c1', 'm1', { grade: 'I', gradedOn: AS_OF });
    const second = reanalyzeTypedPlan(first, edited);
    expect(sharedCells(first.analysis, second.analysis)).toBe(2);
    expect(second.analysis.cells.map((cell) => `${cell.contactId}/${cell.memberId}:${cell.effective}`)).toEqual([
      'c1/m1:I',
      'c2/m1:O',
      'c2/m2:T',
    ]);
    expect(second.analysis.warnings.map((w) => `${w.rule}:${w.contactId}`)).toEqual([
      'SINGLE_THREADED:c1',
      'BELOW_SATISFIED:c1',
    ]);
    expect(json(second.analysis)).toBe(json(analyzeTypedPlan(edited)));
    // The state handed back is the edited plan with its analysis.
    expect(second.plan).toBe(edited);
  });

  it('analyses a plan whose people changed from scratch, with the same JSON as analyzeTypedPlan', () => {
    fc.assert(
      fc.property(planArbitrary, editArbitrary, fc.nat(), (input, edit, which) => {
        const first = reanalyzeTypedPlan(undefined, input);
        const edited = applyEdit(input, edit);
        const changes: AccountPlan[] = [
          // A contact renamed, a member added, the same contacts in a new array: none is a relationship edit.
          {
            ...edited,
            contacts: edited.contacts.map((c, i) => (i === 0 ? { ...c, name: `${c.name} Jr` } : c)),
          },
          { ...edited, members: [...edited.members, member('m9', { seniority: 'Executive' })] },
          { ...edited, contacts: [...edited.contacts] },
          { ...edited, blueprints: [] },
          { ...edited, asOf: daysAgo(-10) },
        ];
        const changed = changes[which % changes.length] as AccountPlan;
        const next = reanalyzeTypedPlan(first, changed);
        expect(json(next.analysis)).toBe(json(analyzeTypedPlan(changed)));
        expect(sharedCells(first.analysis, next.analysis)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('starts again when the settings argument is another object', () => {
    const input = plan({
      contacts: [contact('c1', { roles: ['Power'] })],
      members: [member('m1'), member('m2')],
      relationships: [relationship('c1', 'm1', { grade: 'S', gradedOn: AS_OF })],
    });
    const settings = { maxRelationshipsPerContact: 1 };
    const first = reanalyzeTypedPlan(undefined, input, settings);
    const edited = withChange(input, 'c1', 'm2', { grade: 'O', gradedOn: AS_OF });
    const same = reanalyzeTypedPlan(first, edited, settings);
    expect(sharedCells(first.analysis, same.analysis)).toBe(1);
    expect(same.analysis.warnings.map((w) => w.rule)).toContain('OVER_COVERED');
    const other = reanalyzeTypedPlan(first, edited, { maxRelationshipsPerContact: 3 });
    expect(sharedCells(first.analysis, other.analysis)).toBe(0);
    expect(other.analysis.warnings.map((w) => w.rule)).not.toContain('OVER_COVERED');
    expect(json(other.analysis)).toBe(json(analyzeTypedPlan(edited, { maxRelationshipsPerContact: 3 })));
  });

  it('rejects an edit naming someone not in the plan, or a pair twice, as analyzeTypedPlan does', () => {
    const input = plan({
      contacts: [contact('c1')],
      members: [member('m1')],
      relationships: [relationship('c1', 'm1', { grade: 'S', gradedOn: AS_OF })],
    });
    const first = reanalyzeTypedPlan(undefined, input);
    const unknown = withChange(input, 'c7', 'm1', { grade: 'O' });
    expect(() => reanalyzeTypedPlan(first, unknown)).toThrow(InvalidPlanError);
    expect(() => reanalyzeTypedPlan(first, unknown)).toThrow('relationships[1].contactId: unknown contact c7');
    const twice = { ...input, relationships: [...input.relationships, relationship('c1', 'm1', { grade: 'T' })] };
    expect(() => reanalyzeTypedPlan(first, twice)).toThrow('relationships[1]: duplicate pair c1:m1');
  });
});
