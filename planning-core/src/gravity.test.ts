import { toDayNumber } from './dates';
import { applyGravity } from './gravity';
import { DEFAULT_SETTINGS } from './settings';
import { AS_OF, daysAgo } from './testing';
import type { Grade } from './types';

const asOfDay = toDayNumber(AS_OF);
const gravity = (grade: Grade, gradedAgo?: number, touchedAgo?: number) =>
  applyGravity(
    grade,
    gradedAgo === undefined ? undefined : asOfDay - gradedAgo,
    touchedAgo === undefined ? undefined : asOfDay - touchedAgo,
    asOfDay,
    DEFAULT_SETTINGS,
  );

describe('applyGravity', () => {
  it.each<[Grade, number, Grade]>([
    ['T', 0, 'T'],
    ['T', 89, 'T'],
    ['T', 90, 'O'],
    ['T', 179, 'O'],
    ['T', 180, 'S'],
    ['T', 270, 'I'],
    ['T', 900, 'I'],
    ['O', 89, 'O'],
    ['O', 90, 'S'],
    ['O', 180, 'I'],
    ['O', 270, 'I'],
    ['S', 89, 'S'],
    ['S', 90, 'I'],
    ['S', 400, 'I'],
    ['I', 400, 'I'],
    ['D', 400, 'D'],
    ['M', 400, 'M'],
  ])('%s graded %i days ago with no touch is %s', (manual, days, expected) => {
    expect(gravity(manual, days).effective).toBe(expected);
  });

  it('measures from the later of the grading date and the last touch', () => {
    expect(gravity('O', 200, 30).effective).toBe('O');
    expect(gravity('O', 30, 200).effective).toBe('O');
    expect(gravity('O', 200, 100).effective).toBe('S');
  });

  it('explains a drop with the grading date and the quiet days', () => {
    const result = gravity('O', 264);
    expect(result.reasons).toEqual([`graded O on 2026-03-01; no touch for 264 days → I`]);
    expect(result.quietDays).toBe(264);
    expect(gravity('T', 196).reasons).toEqual(['graded T on 2026-05-08; no touch for 196 days → S']);
  });

  it('mentions a later touch when the grade holds', () => {
    expect(gravity('T', 60, 10).reasons).toEqual([`graded T on ${daysAgo(60)}`, `last touch ${daysAgo(10)}`]);
  });

  it('leaves an undated, untouched grade alone and says so', () => {
    const result = gravity('T');
    expect(result.effective).toBe('T');
    expect(result.reasons).toEqual(['graded T; no date to measure gravity from']);
    expect(result.changesOn).toBeUndefined();
  });

  it('measures from the last touch when there is no grading date', () => {
    expect(gravity('T', undefined, 95).effective).toBe('O');
  });

  it('tells when gravity will act next', () => {
    expect(gravity('T', 100).changesOn).toBe(asOfDay - 100 + 180);
    expect(gravity('S', 10).changesOn).toBe(asOfDay - 10 + 90);
    expect(gravity('S', 90).changesOn).toBeUndefined();
    expect(gravity('D', 10).changesOn).toBeUndefined();
  });

  it('follows the configured step and floor', () => {
    const settings = { ...DEFAULT_SETTINGS, gravityStepDays: 30, gravityFloor: 'S' as Grade };
    expect(applyGravity('T', asOfDay - 95, undefined, asOfDay, settings).effective).toBe('S');
  });
});
