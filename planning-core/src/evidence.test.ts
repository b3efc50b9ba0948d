import { toDayNumber } from './dates';
import { emptyEvidence, suggestGrade, type PairEvidence } from './evidence';
import { DEFAULT_SETTINGS } from './settings';
import { daysAgo, AS_OF } from './testing';

const asOfDay = toDayNumber(AS_OF);

function evidence(touches: Array<[number, 'meeting' | 'call']>, won?: number): PairEvidence {
  const result = emptyEvidence();
  for (const [age, kind] of touches) {
    result.touchDays.push(asOfDay - age);
    if (kind === 'meeting' && (result.lastMeetingDay === undefined || asOfDay - age > result.lastMeetingDay)) {
      result.lastMeetingDay = asOfDay - age;
    }
  }
  if (won !== undefined) result.lastWon = { day: asOfDay - won, opportunityId: '006W' };
  return result;
}

const suggest = (value: PairEvidence) => suggestGrade(value, asOfDay, DEFAULT_SETTINGS);

describe('suggestGrade', () => {
  it('is blank without evidence', () => {
    expect(suggest(emptyEvidence())).toEqual({ reasons: [] });
  });

  it('suggests S for a meeting and a second touch within 90 days', () => {
    const result = suggest(
      evidence([
        [90, 'meeting'],
        [5, 'call'],
      ]),
    );
    expect(result.grade).toBe('S');
    expect(result.reasons).toEqual([`last meeting ${daysAgo(90)}`, '2 touches in the last 90 days']);
  });

  it('suggests I when the meeting is 91 days old', () => {
    const result = suggest(
      evidence([
        [91, 'meeting'],
        [5, 'call'],
      ]),
    );
    expect(result.grade).toBe('I');
    expect(result.reasons).toEqual([`last meeting ${daysAgo(91)}, over 90 days ago`]);
  });

  it('suggests I for a single recent meeting (S needs two touches)', () => {
    const result = suggest(evidence([[3, 'meeting']]));
    expect(result.grade).toBe('I');
    expect(result.reasons).toEqual([`last meeting ${daysAgo(3)} but only 1 touch in the last 90 days (S needs 2)`]);
  });

  it('suggests I for touches without any meeting in 180 days', () => {
    const result = suggest(
      evidence([
        [181, 'meeting'],
        [2, 'call'],
        [1, 'call'],
      ]),
    );
    expect(result.grade).toBe('I');
    expect(result.reasons).toEqual([`no meeting in the last 180 days (last touch ${daysAgo(1)})`]);
  });

  it('counts the second touch only inside the 90-day window', () => {
    const at = (age: number) =>
      suggest(
        evidence([
          [5, 'meeting'],
          [age, 'call'],
        ]),
      ).grade;
    expect(at(90)).toBe('S');
    expect(at(91)).toBe('I');
  });

  it('tells a meeting 180 days ago from one 181 days ago', () => {
    const reasonAt = (age: number) =>
      suggest(
        evidence([
          [age, 'meeting'],
          [3, 'call'],
        ]),
      ).reasons;
    expect(reasonAt(180)).toEqual([`last meeting ${daysAgo(180)}, over 90 days ago`]);
    expect(reasonAt(181)).toEqual([`no meeting in the last 180 days (last touch ${daysAgo(3)})`]);
  });

  it('suggests I when every touch is older than 180 days', () => {
    const result = suggest(
      evidence([
        [181, 'meeting'],
        [200, 'call'],
      ]),
    );
    expect(result.grade).toBe('I');
    expect(result.reasons).toEqual([`only touches older than 180 days (last ${daysAgo(181)})`]);
  });

  it('suggests S for a Closed Won opportunity up to 365 days old, not 366', () => {
    expect(suggest(evidence([], 365))).toMatchObject({
      grade: 'S',
      reasons: [`Closed Won opportunity 006W on ${daysAgo(365)}`],
    });
    expect(suggest(evidence([], 366)).grade).toBeUndefined();
    expect(suggest(evidence([[400, 'call']], 366)).grade).toBe('I');
  });

  it('never suggests above S, however strong the evidence', () => {
    const many = evidence(
      Array.from({ length: 40 }, (_, index) => [index, 'meeting'] as [number, 'meeting']),
      1,
    );
    expect(suggest(many).grade).toBe('S');
  });

  it('tells when an S suggestion runs out', () => {
    const result = suggest(
      evidence([
        [10, 'meeting'],
        [40, 'call'],
      ]),
    );
    // The second most recent touch (40 days ago) leaves the 90-day window first.
    expect(result.changesOn).toBe(asOfDay - 40 + 91);
    expect(suggest(evidence([], 100)).changesOn).toBe(asOfDay - 100 + 366);
  });

  it('reports a scheduled touch as the next change', () => {
    const scheduled = { ...evidence([[400, 'call']]), nextFutureTouchDay: asOfDay + 7 };
    expect(suggest(scheduled).changesOn).toBe(asOfDay + 7);
  });
});
