// Pure calendar arithmetic on YYYY-MM-DD strings. Day numbers count days since 1970-01-01 (proleptic Gregorian),
// computed without Date so the core never touches a clock or a time zone.

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the digits text[start..end), or -1 when a character is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** True for a real calendar date written YYYY-MM-DD. Checked by hand: it runs for every date of every plan. */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number of a YYYY-MM-DD date (the caller has validated it). */
export function toDayNumber(date: string): number {
  // Digit by digit: no substrings to allocate. Anything else (the caller did not validate) reads as Number would.
  let year = digits(date, 0, 4);
  let month = digits(date, 5, 7);
  let day = digits(date, 8, 10);
  if (year < 0 || month < 0 || day < 0 || date.length > 10) {
    year = Number(date.slice(0, 4));
    month = Number(date.slice(5, 7));
    day = Number(date.slice(8, 10));
  }
  // Days-from-civil: shift the year so that it starts in March, which puts the leap day last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

// Plans repeat the same dates, within an account and from one account to the next: looking a date up is about twice
// as fast as reading its digits, and a cache per plan missed more often than it hit. Bounded and invisible to
// callers, like the formatting memo below.
const dayNumbers = new Map<string, number>();
const MAX_DAY_MEMO = 50_000;

/** toDayNumber, remembered for dates seen before. */
export function memoDayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = toDayNumber(date);
    if (dayNumbers.size >= MAX_DAY_MEMO) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

// Formatting a date is the slow direction and reasons format the same few hundred dates over and over. The memo is
// invisible to callers (same input, same output) and bounded.
const formatted = new Map<number, string>();
const MAX_MEMO = 50_000;

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  let date = formatted.get(dayNumber);
  if (date === undefined) {
    date = formatDayNumber(dayNumber);
    if (formatted.size >= MAX_MEMO) formatted.clear();
    formatted.set(dayNumber, date);
  }
  return date;
}

function formatDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The date `days` days after `date`. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}
