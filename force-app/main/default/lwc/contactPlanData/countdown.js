// The gravity countdown in the page's words (docs/method.md §1.4.3): a manual grade the core says gravity will lower
// (the cell's dropsOn / dropsTo) reads "S until 9 Dec, then I", the same words as the CLI table
// (sync-service/src/cli/table.ts). Dates are shown in the user's locale; the CSV keeps the core's ISO dates.
import LOCALE from '@salesforce/i18n/locale';
import { isBetter } from 'c/planningCore';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a map shows a countdown in most of its
// 2,000 cells: one formatter per locale and style.
const formatters = new Map();

function formatterFor(locale, short) {
  const key = `${locale}|${short}`;
  if (!formatters.has(key)) {
    const options = short
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    formatters.set(key, new Intl.DateTimeFormat(locale, options));
  }
  return formatters.get(key);
}

// Formatting is still a few microseconds a call, and a map's cells share a few hundred days: each day's text once.
const days = new Map();
const MAX_DAYS = 5000;

/**
 * A core date (YYYY-MM-DD) in the user's locale: `short` without the year ("9 Dec" in en-GB, "Dec 9" in en-US),
 * else with it ("9 Dec 2026", "Dec 9, 2026"). Anything else is returned as it came.
 */
export function formatDay(isoDate, { short = false, locale = LOCALE } = {}) {
  const key = `${locale}|${short}|${isoDate}`;
  let text = days.get(key);
  if (text === undefined) {
    const match = ISO_DATE.exec(String(isoDate));
    if (!match) return String(isoDate);
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    text = formatterFor(locale, short).format(date);
    if (days.size >= MAX_DAYS) days.clear();
    days.set(key, text);
  }
  return text;
}

/** True when the core says gravity will lower this cell's grade (a manual T, O or S with a day and a grade). */
export function dropsLater(cell) {
  return Boolean(cell && cell.effective && cell.dropsOn && cell.dropsTo);
}

/**
 * The countdown of one analysed cell, or '' when gravity will not lower it. `day` formats the date (the locale's by
 * default); `short` leaves out the year and, when the grade holds until then, what it drops to ("S until 9 Dec").
 * A scheduled touch may first restore a slipped grade: then it reads "drops to I on 9 Dec" (the CLI's words too).
 */
export function countdownText(cell, { short = false, locale = LOCALE, day } = {}) {
  if (!dropsLater(cell)) return '';
  const on = day ? day(cell.dropsOn) : formatDay(cell.dropsOn, { short, locale });
  if (!isBetter(cell.effective, cell.dropsTo)) return `drops to ${cell.dropsTo} on ${on}`;
  return short ? `${cell.effective} until ${on}` : `${cell.effective} until ${on}, then ${cell.dropsTo}`;
}
