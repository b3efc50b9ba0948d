import { analyzeAccount } from '@contact-plan/planning-core';
import { AccountPlanReader } from './account-plan';
import { generateDataset } from './datasets';

// The demo tells the same story on any day: generated relative to its asOf, every account shows the same grades,
// warnings and score on the day it was designed for, 200 days later and three years later.

const DESIGNED = '2026-11-20';
const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const DAYS = [DESIGNED, addDays(DESIGNED, 200), '2029-11-20'];

/** What a rep sees of each account: its score, grade mix, every cell's grade and every warning. */
function story(asOf: string) {
  const dataset = generateDataset('demo', 1, asOf);
  const reader = new AccountPlanReader(dataset);
  return (dataset.records.Account ?? []).map((account) => {
    const analysis = analyzeAccount(reader.plan(account.Id as string));
    expect(analysis.asOf).toBe(asOf);
    return {
      account: account.Name as string,
      score: analysis.score,
      gradeCounts: analysis.gradeCounts,
      cells: analysis.cells.map((c) => `${c.contactId}/${c.memberId}:${c.manual ?? '-'}/${c.effective ?? '-'}`),
      warnings: analysis.warnings.map((w) => `${w.rule}:${w.severity}:${w.contactId ?? ''}:${w.memberId ?? ''}`),
      messages: analysis.warnings.map((w) => w.message),
    };
  });
}

describe('the demo on any day', () => {
  const designed = story(DESIGNED);

  it('has the designed scores, grade mixes and warning counts on its designed day', () => {
    expect(designed.map((a) => [a.account, a.score, a.warnings.length])).toEqual(DESIGNED_SUMMARY);
    expect(designed[0]!.gradeCounts).toEqual({ T: 9, O: 5, S: 13, I: 3, D: 1, M: 1 });
  });

  it.each(DAYS.slice(1))('tells the same story when generated for %s', (day) => {
    const later = story(day);
    expect(later.map((a) => [a.account, a.score, a.warnings.length])).toEqual(DESIGNED_SUMMARY);
    expect(later).toEqual(designed);
  });
});

/** Each demo account's coverage score and number of warnings, as designed. */
const DESIGNED_SUMMARY: Array<[string, number, number]> = [
  ['Brightwater Logistics', 37, 29],
  ['Harbor Point Foods', 18, 4],
  ['Redstone Outfitters S.L.', 26, 34],
  ['Redstone Communications Ltd.', 28, 12],
  ['Upland Software S.A.', 35, 17],
  ['Driftwood Systems Ltd', 43, 15],
];
