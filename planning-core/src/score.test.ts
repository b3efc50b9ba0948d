import { resolvePeople } from './account';
import { analyzeAccount, explainScore } from './analyze';
import { buildCells } from './cells';
import { toDayNumber } from './dates';
import { buildContext } from './rules';
import { scoreBreakdown } from './score';
import { resolveSettings } from './settings';
import { AS_OF, contact, member, plan, relationship } from './testing';
import type { AccountPlan, BuyerRole, Contact, Grade, Warning } from './types';

/** A plan of the given contacts and relationships (graded today, so gravity stays out of it). */
function mapOf(contacts: Contact[], grades: Array<[string, string, Grade]>, extra: Partial<AccountPlan> = {}) {
  const memberIds = [...new Set(grades.map(([, memberId]) => memberId)), 'm1', 'm2'];
  return plan({
    contacts,
    members: [...new Set(memberIds)].map((id) => member(id)),
    relationships: grades.map(([contactId, memberId, grade]) =>
      relationship(contactId, memberId, { grade, gradedOn: AS_OF }),
    ),
    ...extra,
  });
}

const buyer = (id: string, ...roles: BuyerRole[]): Contact => contact(id, { roles });
const fourBuyers = () => [buyer('p', 'Power'), buyer('u1', 'User'), buyer('u2', 'User'), buyer('a', 'Advisor')];
const rules = (analysis: { warnings: Warning[] }) => analysis.warnings.map((w) => `${w.rule}:${w.severity}`);

/** Each of the four buyers known by both members, half of the relationships Open. */
const broadlyCovered = () =>
  mapOf(fourBuyers(), [
    ['p', 'm1', 'O'],
    ['p', 'm2', 'S'],
    ['u1', 'm1', 'O'],
    ['u1', 'm2', 'S'],
    ['u2', 'm1', 'S'],
    ['u2', 'm2', 'O'],
    ['a', 'm1', 'O'],
    ['a', 'm2', 'S'],
  ]);

/** The same four buyers, every one of them known only by m1. */
const hangingOnOnePerson = () =>
  mapOf(fourBuyers(), [
    ['p', 'm1', 'O'],
    ['u1', 'm1', 'O'],
    ['u2', 'm1', 'O'],
    ['a', 'm1', 'O'],
  ]);

describe('the coverage score', () => {
  it('is 0 for an account with nobody on the map: the Power seat is empty', () => {
    const explained = explainScore(plan());
    expect(explained.score).toBe(0);
    expect(explained.seats).toEqual([{ weight: 2, coverage: 0 }]);
    expect(analyzeAccount(plan()).score).toBe(0);
  });

  it('is 100 for a buying centre covered in depth with no warning', () => {
    const analysis = analyzeAccount(broadlyCovered());
    expect(analysis.warnings).toEqual([]);
    expect(analysis.score).toBe(100);
  });

  it('scores an account that hangs on one person well below a broadly covered one', () => {
    const analysis = analyzeAccount(hangingOnOnePerson());
    expect(rules(analysis)).toEqual([
      'SINGLE_THREADED:high',
      'SINGLE_THREADED:medium',
      'SINGLE_THREADED:medium',
      'SINGLE_THREADED:medium',
    ]);
    // Power seat (weight 2) keeps 40 %, the three others (weight 1) keep 70 %: (0.8 + 2.1) / 5.
    expect(analysis.score).toBe(58);
    expect(explainScore(hangingOnOnePerson()).seats).toEqual([
      { contactId: 'a', weight: 1, coverage: 0.7 },
      { contactId: 'p', weight: 2, coverage: 0.4 },
      { contactId: 'u1', weight: 1, coverage: 0.7 },
      { contactId: 'u2', weight: 1, coverage: 0.7 },
    ]);
  });

  it('counts a buyer nobody knows as an empty seat, whatever the severity', () => {
    const input = mapOf(
      [buyer('p', 'Power'), buyer('u', 'User')],
      [
        ['p', 'm1', 'O'],
        ['p', 'm2', 'O'],
      ],
    );
    expect(rules(analyzeAccount(input))).toEqual(['UNCOVERED_BUYER:high']);
    // (2 × 1 + 1 × 0) / 3
    expect(analyzeAccount(input).score).toBe(67);
    input.relationships.push(relationship('u', 'm1', { grade: 'O', gradedOn: AS_OF }));
    expect(rules(analyzeAccount(input))).toEqual(['SINGLE_THREADED:medium']);
    // (2 × 1 + 1 × 0.7) / 3
    expect(analyzeAccount(input).score).toBe(90);
  });

  it('multiplies the shares of several warnings on one person, a critical one emptying the seat', () => {
    // A single-threaded Power buyer at M: BELOW_SATISFIED critical and SINGLE_THREADED high.
    const input = mapOf([buyer('p', 'Power')], [['p', 'm1', 'M']]);
    expect(rules(analyzeAccount(input))).toEqual(['BELOW_SATISFIED:critical', 'SINGLE_THREADED:high']);
    expect(analyzeAccount(input).score).toBe(0);
    // One step up (M → D): BELOW_SATISFIED high keeps 40 %, SINGLE_THREADED high 40 % of that.
    input.relationships[0]!.grade = 'D';
    expect(analyzeAccount(input).score).toBe(16);
    // The shares are settings: a critical warning that takes half the seat.
    input.relationships[0]!.grade = 'M';
    expect(
      analyzeAccount(input, { scorePersonShares: { critical: 0.5, high: 0.6, medium: 0.3, low: 0.1 } }).score,
    ).toBe(20);
  });

  it('counts contacts without a buyer role only once someone knows them, at half weight', () => {
    const input = mapOf(
      [buyer('p', 'Power'), contact('n')],
      [
        ['p', 'm1', 'O'],
        ['p', 'm2', 'O'],
      ],
    );
    expect(analyzeAccount(input).score).toBe(100);
    expect(explainScore(input).seats.map((seat) => seat.contactId)).toEqual(['p']);
    input.relationships.push(relationship('n', 'm1', { grade: 'I', gradedOn: AS_OF }));
    expect(rules(analyzeAccount(input))).toEqual(['BELOW_SATISFIED:medium']);
    // (2 × 1 + 0.5 × 0.7) / 2.5
    expect(analyzeAccount(input).score).toBe(94);
    expect(analyzeAccount(input, { scoreOtherContactWeight: 0 }).score).toBe(100);
  });

  it('takes points off for warnings about the whole account', () => {
    const input = mapOf(fourBuyers(), [
      ['p', 'm1', 'T'],
      ['p', 'm2', 'S'],
      ['u1', 'm1', 'T'],
      ['u1', 'm2', 'S'],
      ['u2', 'm1', 'T'],
      ['u2', 'm2', 'S'],
      ['a', 'm1', 'S'],
      ['a', 'm2', 'S'],
    ]);
    expect(rules(analyzeAccount(input))).toEqual(['TRUST_INFLATION:medium', 'FEW_OPEN:medium']);
    expect(explainScore(input).accountPoints).toBe(10);
    expect(analyzeAccount(input).score).toBe(90);
    // Grading one Trust down to Open ends the inflation (2 of 8 is not above 25 %).
    input.relationships[0]!.grade = 'O';
    expect(rules(analyzeAccount(input))).toEqual(['FEW_OPEN:medium']);
    expect(analyzeAccount(input).score).toBe(95);
    expect(analyzeAccount(input, { scoreAccountPoints: { critical: 20, high: 10, medium: 12, low: 2 } }).score).toBe(
      88,
    );
  });

  it('counts an unnamed Power buyer as an empty seat, so naming one never lowers the score', () => {
    const input = mapOf(
      [buyer('u', 'User')],
      [
        ['u', 'm1', 'O'],
        ['u', 'm2', 'O'],
      ],
    );
    expect(rules(analyzeAccount(input))).toEqual(['NO_POWER_BUYER:high']);
    // (1 × 1 + 2 × 0) / 3 − 10 points
    expect(analyzeAccount(input).score).toBe(23);
    // Naming a Power buyer nobody knows yet trades the high warning for a critical one, and the points go.
    const named = { ...input, contacts: [...input.contacts, buyer('p', 'Power')] };
    expect(rules(analyzeAccount(named))).toEqual(['UNCOVERED_BUYER:critical']);
    expect(analyzeAccount(named).score).toBe(33);
    // Finding out that the user can sign alone fills the seat.
    const promoted = { ...input, contacts: [buyer('u', 'Power', 'User')] };
    expect(analyzeAccount(promoted).score).toBe(100);
  });

  it('takes points off for a warning about someone no longer on the map', () => {
    const input = broadlyCovered();
    const settings = resolveSettings();
    const people = resolvePeople(input, settings);
    const { details } = buildCells(input, people, settings, toDayNumber(AS_OF));
    const context = buildContext(input, settings, people, details);
    const gone: Warning = { rule: 'UNCOVERED_BUYER', severity: 'high', contactId: 'left-us', message: '' };
    expect(scoreBreakdown(context, [gone])).toMatchObject({ score: 90, coverage: 100, accountPoints: 10 });
  });
});

/** `input` with `count` more User buyers, each known by m1 at Open and by m2 at `second`. */
function withCoveredBuyers(input: AccountPlan, count: number, second: Grade): AccountPlan {
  for (let n = 0; n < count; n += 1) {
    input.contacts.push(buyer(`x${n}`, 'User'));
    input.relationships.push(relationship(`x${n}`, 'm1', { grade: 'O', gradedOn: AS_OF }));
    input.relationships.push(relationship(`x${n}`, 'm2', { grade: second, gradedOn: AS_OF }));
  }
  return input;
}

describe('the coverage score does not measure the size of the account', () => {
  it('stays at 100 however many well-covered buyers join a well-covered account', () => {
    expect(analyzeAccount(withCoveredBuyers(broadlyCovered(), 30, 'S')).score).toBe(100);
  });

  it('rises when well-covered buyers join an account with gaps, instead of sinking', () => {
    // (2 × 0.4 + 3 × 0.7 + 4 × 1) / 9
    expect(analyzeAccount(withCoveredBuyers(hangingOnOnePerson(), 4, 'O')).score).toBe(77);
  });

  it('gives the same score to an account and to the same account twice over', () => {
    const one = hangingOnOnePerson();
    const twice = hangingOnOnePerson();
    for (const original of one.contacts) twice.contacts.push({ ...original, id: `${original.id}-2` });
    for (const r of one.relationships) twice.relationships.push({ ...r, contactId: `${r.contactId}-2` });
    expect(analyzeAccount(twice).score).toBe(analyzeAccount(one).score);
  });
});
