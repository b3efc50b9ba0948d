import { malformedQuery } from '../errors';

/** A half-open range of calendar days, `[start, end)`, as `YYYY-MM-DD` strings. */
export interface DayRange {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const monthStart = (year: number, month: number): number => Date.UTC(year, month, 1);

/**
 * Resolves a SOQL date literal (`TODAY`, `LAST_N_DAYS:30`, `THIS_QUARTER`, …) against `today`. Weeks start on
 * Sunday and the fiscal year on January 1st, as in a default org; the org time zone is GMT.
 */
export function dateLiteralRange(literal: string, today: string): DayRange {
  const t = dayMs(today);
  const date = new Date(t);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const quarter = Math.floor(month / 3);
  const weekStart = t - date.getUTCDay() * DAY_MS;
  const days = (from: number, to: number): DayRange => ({ start: toDay(from), end: toDay(to) });
  const months = (fromMonth: number, count: number): DayRange => ({
    start: toDay(monthStart(year, fromMonth)),
    end: toDay(monthStart(year, fromMonth + count)),
  });
  const [rawName, rawN] = literal.toUpperCase().split(':');
  const name = (rawName ?? '').replace('_FISCAL_', '_').replace('FISCAL_', '');
  const n = rawN === undefined ? undefined : Number(rawN);
  if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw malformedQuery(`invalid date literal ${literal}`);
  const need = (): number => {
    if (n === undefined) throw malformedQuery(`date literal ${literal} needs a number`);
    return n;
  };
  switch (name) {
    case 'TODAY':
      return days(t, t + DAY_MS);
    case 'YESTERDAY':
      return days(t - DAY_MS, t);
    case 'TOMORROW':
      return days(t + DAY_MS, t + 2 * DAY_MS);
    case 'LAST_90_DAYS':
      return days(t - 90 * DAY_MS, t + DAY_MS);
    case 'NEXT_90_DAYS':
      return days(t + DAY_MS, t + 91 * DAY_MS);
    case 'LAST_N_DAYS':
      return days(t - need() * DAY_MS, t + DAY_MS);
    case 'NEXT_N_DAYS':
      return days(t + DAY_MS, t + (need() + 1) * DAY_MS);
    case 'N_DAYS_AGO':
      return days(t - need() * DAY_MS, t - (need() - 1) * DAY_MS);
    case 'THIS_WEEK':
      return days(weekStart, weekStart + 7 * DAY_MS);
    case 'LAST_WEEK':
      return days(weekStart - 7 * DAY_MS, weekStart);
    case 'NEXT_WEEK':
      return days(weekStart + 7 * DAY_MS, weekStart + 14 * DAY_MS);
    case 'LAST_N_WEEKS':
      return days(weekStart - 7 * need() * DAY_MS, weekStart);
    case 'NEXT_N_WEEKS':
      return days(weekStart + 7 * DAY_MS, weekStart + 7 * (need() + 1) * DAY_MS);
    case 'N_WEEKS_AGO':
      return days(weekStart - 7 * need() * DAY_MS, weekStart - 7 * (need() - 1) * DAY_MS);
    case 'THIS_MONTH':
      return months(month, 1);
    case 'LAST_MONTH':
      return months(month - 1, 1);
    case 'NEXT_MONTH':
      return months(month + 1, 1);
    case 'LAST_N_MONTHS':
      return months(month - need(), need());
    case 'NEXT_N_MONTHS':
      return months(month + 1, need());
    case 'N_MONTHS_AGO':
      return months(month - need(), 1);
    case 'THIS_QUARTER':
      return months(quarter * 3, 3);
    case 'LAST_QUARTER':
      return months(quarter * 3 - 3, 3);
    case 'NEXT_QUARTER':
      return months(quarter * 3 + 3, 3);
    case 'LAST_N_QUARTERS':
      return months(quarter * 3 - 3 * need(), 3 * need());
    case 'NEXT_N_QUARTERS':
      return months(quarter * 3 + 3, 3 * need());
    case 'N_QUARTERS_AGO':
      return months(quarter * 3 - 3 * need(), 3);
    case 'THIS_YEAR':
      return months(0, 12);
    case 'LAST_YEAR':
      return months(-12, 12);
    case 'NEXT_YEAR':
      return months(12, 12);
    case 'LAST_N_YEARS':
      return months(-12 * need(), 12 * need());
    case 'NEXT_N_YEARS':
      return months(12, 12 * need());
    case 'N_YEARS_AGO':
      return months(-12 * need(), 12);
    default:
      throw malformedQuery(`unsupported date literal ${literal}`);
  }
}
