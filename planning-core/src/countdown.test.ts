import { analyzeAccount, analyzeWithReview } from './analyze';
import { contact, member, plan, relationship } from './testing';
import type { AccountPlan, Cell, Grade, Settings, Touch } from './index';

// The gravity countdown (docs/method.md §1.4): each manual T/O/S knows the day gravity will next lower it.

function onePair(asOf: string, grade: Grade, gradedOn?: string, touches: string[] = []): AccountPlan {
  return plan({
    asOf,
    contacts: [contact('c1')],
    members: [member('m1')],
    relationships: [relationship('c1', 'm1', { grade, gradedOn })],
    touches: touches.map((date): Touch => ({ contactId: 'c1', memberId: 'm1', date, kind: 'call' })),
  });
}

function cellOf(p: AccountPlan, settings?: Partial<Settings>): Cell {
  const cell = analyzeAccount(p, settings).cells[0];
  if (!cell) throw new Error('no cell');
  return cell;
}

describe('gravity countdown', () => {
  it('gives an S graded on 2026-09-10 the day it drops to I: 2026-12-09, 90 days on', () => {
    const cell = cellOf(onePair('2026-11-20', 'S', '2026-09-10'));
    expect(cell).toMatchObject({ manual: 'S', effective: 'S', dropsOn: '2026-12-09', dropsTo: 'I' });
  });

  it('is inclusive: on the day before the drop the grade still holds, on the drop day it is lower', () => {
    const before = cellOf(onePair('2026-12-08', 'S', '2026-09-10'));
    expect(before).toMatchObject({ effective: 'S', dropsOn: '2026-12-09', dropsTo: 'I' });
    const on = cellOf(onePair('2026-12-09', 'S', '2026-09-10'));
    expect(on.effective).toBe('I');
    // I is the floor: nothing more to count down to.
    expect(on.dropsOn).toBeUndefined();
    expect(on.dropsTo).toBeUndefined();
  });

  it('counts a T down step by step: on its first drop day it is O, and S comes 90 days later', () => {
    const first = cellOf(onePair('2026-11-20', 'T', '2026-09-10'));
    expect(first).toMatchObject({ effective: 'T', dropsOn: '2026-12-09', dropsTo: 'O' });
    const second = cellOf(onePair('2026-12-09', 'T', '2026-09-10'));
    expect(second).toMatchObject({ effective: 'O', dropsOn: '2027-03-09', dropsTo: 'S' });
    const third = cellOf(onePair('2027-03-09', 'T', '2026-09-10'));
    expect(third).toMatchObject({ effective: 'S', dropsOn: '2027-06-07', dropsTo: 'I' });
  });

  it('measures from the last touch when it is later than the grading date', () => {
    const cell = cellOf(onePair('2026-11-20', 'O', '2026-06-01', ['2026-10-01']));
    expect(cell).toMatchObject({ effective: 'O', dropsOn: '2026-12-30', dropsTo: 'S' });
  });

  it('counts a scheduled touch from its day: it restarts the count', () => {
    const cell = cellOf(onePair('2026-11-20', 'S', '2026-09-10', ['2026-12-01']));
    expect(cell).toMatchObject({ effective: 'S', dropsOn: '2027-03-01', dropsTo: 'I' });
    // A touch scheduled on the drop day itself is in time: the grade holds that day.
    const onTheDay = cellOf(onePair('2026-11-20', 'S', '2026-09-10', ['2026-12-09']));
    expect(onTheDay).toMatchObject({ dropsOn: '2027-03-09', dropsTo: 'I' });
    // One scheduled after the drop day comes too late for it.
    const late = cellOf(onePair('2026-11-20', 'S', '2026-09-10', ['2026-12-10']));
    expect(late).toMatchObject({ dropsOn: '2026-12-09', dropsTo: 'I' });
  });

  it('counts down from a grade that has already slipped, once a scheduled touch restores it', () => {
    // Graded O on 2026-05-01: S since 2026-07-30, I from 2026-10-28; a meeting on 2026-12-01 brings back O.
    const cell = cellOf(onePair('2026-11-20', 'O', '2026-05-01', ['2026-12-01']));
    expect(cell.effective).toBe('I');
    expect(cell).toMatchObject({ dropsOn: '2027-03-01', dropsTo: 'S' });
  });

  it('leaves grades gravity never moves without a countdown: I, D, M, no date, suggested', () => {
    for (const grade of ['I', 'D', 'M'] as const) {
      expect(cellOf(onePair('2026-11-20', grade, '2026-01-01')).dropsOn).toBeUndefined();
    }
    expect(cellOf(onePair('2026-11-20', 'T')).dropsOn).toBeUndefined();
    const suggested = plan({
      contacts: [contact('c1')],
      members: [member('m1')],
      touches: [{ contactId: 'c1', memberId: 'm1', date: '2026-11-01', kind: 'call' }],
    });
    const cell = cellOf(suggested);
    expect(cell.suggested).toBe('I');
    expect(cell.dropsOn).toBeUndefined();
  });

  it('follows the settings: a 30-day step and a floor of D', () => {
    const settings = { gravityStepDays: 30, gravityFloor: 'D' as const };
    const cell = cellOf(onePair('2026-11-20', 'S', '2026-10-01'), settings);
    expect(cell).toMatchObject({ effective: 'I', dropsOn: '2026-11-30', dropsTo: 'D' });
  });

  it('agrees with the review date: the account is looked at again on the earliest drop', () => {
    const p = onePair('2026-11-20', 'S', '2026-09-10');
    expect(analyzeWithReview(p).reviewOn).toBe('2026-12-09');
  });
});
