import { addDays, daysBetween, fromDayNumber, isIsoDate, memoDayNumber, toDayNumber } from './dates';

describe('dates', () => {
  it('numbers days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-11-20')).toBe(20777);
    expect(fromDayNumber(20777)).toBe('2026-11-20');
  });

  it('agrees with Date.UTC', () => {
    for (const date of ['1900-03-01', '2000-02-29', '2026-12-31', '2400-01-01']) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      expect(toDayNumber(date)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
    }
  });

  it('round-trips every day across leap years', () => {
    for (let day = toDayNumber('1999-12-01'); day < toDayNumber('2001-03-31'); day += 1) {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-03-01', '2026-11-20')).toBe(264);
    expect(daysBetween('2026-11-20', '2026-03-01')).toBe(-264);
  });

  it.each([
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['20261120', false],
    ['2026-11-20', true],
  ])('isIsoDate(%p) is %p', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('memoDayNumber', () => {
  it('gives what toDayNumber gives, the first time and again, past the memo bound too', () => {
    // 60,000 days is more dates than the memo holds, so it is cleared on the way and filled again.
    for (let round = 0; round < 2; round += 1) {
      for (let day = -20_000; day < 40_000; day += 1) {
        const date = fromDayNumber(day);
        if (memoDayNumber(date) !== day) throw new Error(`${date}: ${memoDayNumber(date)} instead of ${day}`);
      }
    }
    expect(memoDayNumber('2026-11-20')).toBe(toDayNumber('2026-11-20'));
    expect(memoDayNumber('1970-01-01')).toBe(0);
    expect(memoDayNumber('2000-02-29')).toBe(11_016);
  });
});
