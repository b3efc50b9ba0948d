import { analyzeAccount, AccountAnalysis, GRADES, Rule, RULES } from '@contact-plan/planning-core';
import { AccountPlanReader } from './account-plan';
import { generateDataset } from './datasets';
import { NO_POWER_ACCOUNT_NAME, SHOWCASE_ACCOUNT_NAME } from './showcase';

describe('the demo dataset', () => {
  const reader = new AccountPlanReader(generateDataset('demo', 1, '2026-11-20'));
  const showcase = reader.plan(reader.accountIdByName(SHOWCASE_ACCOUNT_NAME));
  const analysis = analyzeAccount(showcase);
  const noPower = analyzeAccount(reader.plan(reader.accountIdByName(NO_POWER_ACCOUNT_NAME)));
  const nameOf = new Map([...showcase.contacts, ...showcase.members].map((p) => [p.id, p.name]));
  const fired = (result: AccountAnalysis, rule: Rule) =>
    result.warnings
      .filter((w) => w.rule === rule)
      .map((w) => [w.severity, nameOf.get(w.contactId ?? '') ?? null, nameOf.get(w.memberId ?? '') ?? null])
      .sort();

  it('gives the showcase account 25 contacts and a team of 6', () => {
    expect(showcase.contacts).toHaveLength(25);
    expect(showcase.members).toHaveLength(6);
  });

  it('fires every one of the twelve coverage rules', () => {
    const rules = new Set([...analysis.warnings, ...noPower.warnings].map((w) => w.rule));
    expect([...rules].sort()).toEqual([...RULES].sort());
  });

  it('flags the grades below Satisfied by severity', () => {
    expect(fired(analysis, 'BELOW_SATISFIED')).toEqual([
      ['critical', 'Ingrid Sørensen', 'Dana Whitfield'],
      ['high', 'Mateo Ruiz', 'Tom Becker'],
      ['medium', 'Fatima Al-Sayed', 'Dana Whitfield'],
      ['medium', 'Liam Kelly', 'Tom Becker'],
      ['medium', 'Oliver Grant', 'Priya Raman'],
    ]);
  });

  it('flags the uncovered, single-threaded and over-covered contacts', () => {
    expect(fired(analysis, 'UNCOVERED_BUYER')).toEqual([['critical', 'Helena Marsh', null]]);
    expect(fired(analysis, 'SINGLE_THREADED')).toEqual([
      ['high', 'Pieter van Dijk', 'Ravi Patel'],
      ['medium', 'Elena Petrova', 'Tom Becker'],
      ['medium', "Grace O'Neill", 'Ravi Patel'],
      ['medium', 'Hannah Schmidt', 'Priya Raman'],
      ['medium', 'Isabelle Moreau', 'Marcus Okafor'],
      ['medium', 'Kwame Mensah', 'Dana Whitfield'],
      ['medium', 'Lucy Chen', 'Ravi Patel'],
      ['medium', 'Mateo Ruiz', 'Tom Becker'],
      ['medium', 'Rafael Costa', 'Priya Raman'],
      ['medium', 'Sofia Castellano', 'Priya Raman'],
    ]);
    expect(fired(analysis, 'OVER_COVERED')).toEqual([['low', 'Claire Dubois', null]]);
  });

  it('flags senior contacts known only by junior members', () => {
    expect(fired(analysis, 'SENIOR_GAP')).toEqual([
      ['high', 'Jonas Weber', null],
      ['medium', 'Amara Nwosu', null],
    ]);
  });

  it('flags the grade mix: too much Trust, too little Open', () => {
    expect(analysis.gradeCounts).toEqual({ T: 9, O: 5, S: 13, I: 3, D: 1, M: 1 });
    expect(fired(analysis, 'TRUST_INFLATION')).toEqual([['medium', null, null]]);
    expect(fired(analysis, 'FEW_OPEN')).toEqual([['medium', null, null]]);
  });

  it('flags stale grades, keys without blueprints, a goal too far and too many keys', () => {
    expect(fired(analysis, 'STALE_GRADE')).toEqual([
      ['low', 'Fatima Al-Sayed', 'Dana Whitfield'],
      ['low', 'Lucy Chen', 'Ravi Patel'],
    ]);
    expect(fired(analysis, 'KEY_WITHOUT_BLUEPRINT')).toEqual([
      ['medium', 'Amara Nwosu', 'Dana Whitfield'],
      ['medium', 'Fatima Al-Sayed', 'Dana Whitfield'],
      ['medium', 'Ingrid Sørensen', 'Dana Whitfield'],
    ]);
    expect(fired(analysis, 'GOAL_TOO_FAR')).toEqual([['medium', 'Helena Marsh', 'Marcus Okafor']]);
    expect(fired(analysis, 'TOO_MANY_KEYS')).toEqual([['low', null, null]]);
  });

  it('flags the second account for having no Power buyer, and only that account', () => {
    expect(fired(noPower, 'NO_POWER_BUYER')).toEqual([['high', null, null]]);
    expect(fired(analysis, 'NO_POWER_BUYER')).toEqual([]);
  });
});

describe('the random accounts of m, as the planning core sees them', () => {
  const dataset = generateDataset('m', 1, '2026-11-20');
  const reader = new AccountPlanReader(dataset);
  const totals = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as Record<(typeof GRADES)[number], number>;
  let cells = 0;
  let blank = 0;
  for (const account of dataset.records.Account!.slice(0, 60)) {
    const analysis = analyzeAccount(reader.plan(account.Id as string));
    for (const grade of GRADES) totals[grade] += analysis.gradeCounts[grade];
    cells += analysis.cells.length;
    blank += analysis.cells.filter((cell) => cell.effective === undefined).length;
  }
  const graded = GRADES.reduce((sum, grade) => sum + totals[grade], 0);

  it('mixes warm relationships (S and better) with cooling ones (I)', () => {
    expect((totals.T + totals.O + totals.S) / graded).toBeGreaterThan(0.45);
    expect(totals.I / graded).toBeGreaterThan(0.3);
    expect(totals.I / graded).toBeLessThan(0.55);
    expect(totals.D + totals.M).toBeGreaterThan(0);
  });

  it('has few blank cells: a key on a blank cell is the only way to get one', () => {
    expect(blank / cells).toBeLessThan(0.02);
  });
});
