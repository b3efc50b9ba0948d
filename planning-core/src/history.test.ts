import { analyzeAccount, analyzeWithReview } from './analyze';
import { AS_OF, contact, daysAgo, member, plan, relationship, touch } from './testing';
import type { HistoryEntry } from './types';

const dana = member('m1', { name: 'Dana Whitfield' });

const arrived = (history: HistoryEntry[], extra: Parameters<typeof plan>[0] = {}) =>
  plan({ contacts: [contact('c1', { name: 'Ada Ng', roles: ['Power'], history })], members: [dana], ...extra });

const known = (grade: HistoryEntry['grade'], date: string): HistoryEntry => ({
  accountName: 'Brightwater Logistics',
  memberId: 'm1',
  grade,
  date,
});

describe('inherited relationship history (a contact who arrived from another account)', () => {
  it('suggests the grade known elsewhere, capped at S, with the reason', () => {
    const analysis = analyzeAccount(arrived([known('O', '2026-10-12')]));
    expect(analysis.cells).toEqual([
      {
        contactId: 'c1',
        memberId: 'm1',
        suggested: 'S',
        effective: 'S',
        reasons: ['known to Dana Whitfield at Brightwater Logistics: O, 2026-10'],
        key: false,
      },
    ]);
    // The Power buyer counts as covered through the inherited relationship.
    expect(analysis.warnings.map((w) => w.rule)).toEqual(['SINGLE_THREADED']);
  });

  it('keeps a weak grade as it was, and a manual grade here wins over any history', () => {
    expect(analyzeAccount(arrived([known('D', '2026-10-12')])).cells[0]).toMatchObject({ suggested: 'D' });
    const graded = arrived([known('O', '2026-10-12')], {
      relationships: [relationship('c1', 'm1', { grade: 'I', gradedOn: AS_OF })],
    });
    expect(analyzeAccount(graded).cells[0]).toMatchObject({ manual: 'I', effective: 'I' });
    expect(analyzeAccount(graded).cells[0]!.suggested).toBeUndefined();
  });

  it('takes the better of the evidence here and the history, listing both reasons', () => {
    const cell = analyzeAccount(arrived([known('T', '2026-09-30')], { touches: [touch('c1', 'm1', 200)] })).cells[0];
    expect(cell).toMatchObject({ suggested: 'S', effective: 'S' });
    expect(cell!.reasons).toEqual([
      'only touches older than 180 days (last 2026-05-04)',
      'known to Dana Whitfield at Brightwater Logistics: T, 2026-09',
    ]);
  });

  it('counts for historyWindowDays after it was last known, and the review date is the day it stops', () => {
    expect(analyzeAccount(arrived([known('O', daysAgo(366))])).cells).toEqual([]);
    expect(analyzeAccount(arrived([known('O', daysAgo(365))])).cells).toHaveLength(1);
    expect(analyzeWithReview(arrived([known('O', daysAgo(360))])).reviewOn).toBe('2026-11-26');
  });

  it('ignores history with someone who is not on this account team', () => {
    expect(analyzeAccount(arrived([{ ...known('O', '2026-10-12'), memberId: 'm7' }])).cells).toEqual([]);
  });
});
