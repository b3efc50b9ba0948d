// CSV export of the map as shown, for the account review: who the account is and when it was exported, then one row
// per team member and one column per contact (name, title, buyer roles), each cell the effective grade with its marks
// (suggested, key intersection and its horizon, the day gravity lowers a manual grade). Opens in Excel with accents intact (UTF-8 with a byte order mark).
import { GRADES, countdownText } from 'c/contactPlanData';

/** The byte order mark that tells Excel the file is UTF-8 (Sørensen, Geschäftsführer). */
export const BOM = '\uFEFF';

// A cell starting with one of these is read as a formula by spreadsheet programs (OWASP "CSV Injection"): = + - @,
// and tab / carriage return, which some of them skip before looking for the formula sign.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text: neutralised when a spreadsheet would run it (prefixed with '), then quoted per RFC 4180. */
export function csvCell(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function horizonsOf(plan) {
  const horizons = new Map();
  for (const relationship of (plan && plan.relationships) || []) {
    if (relationship.key && relationship.horizonDays) {
      horizons.set(`${relationship.contactId}\u0001${relationship.memberId}`, relationship.horizonDays);
    }
  }
  return horizons;
}

function cellText(cell, horizons) {
  const marks = [];
  if (cell.grade && cell.suggested) marks.push('suggested');
  if (cell.isKey) {
    const days = horizons.get(`${cell.contactId}\u0001${cell.memberId}`);
    marks.push(days ? `key, ${days} days` : 'key');
  }
  // The gravity countdown with the core's ISO day, the CLI table's words: "until 2026-12-09, then I".
  if (cell.dropsOn) {
    const countdown = countdownText(
      { effective: cell.grade, dropsOn: cell.dropsOn, dropsTo: cell.dropsTo },
      { day: (d) => d },
    );
    marks.push(countdown.startsWith(`${cell.grade} `) ? countdown.slice(cell.grade.length + 1) : countdown);
  }
  // A key intersection on a blank cell is a plan too ("reach them"), so it is kept with no grade letter.
  if (!cell.grade) return marks.join(', ');
  return marks.length ? `${cell.grade} (${marks.join(', ')})` : cell.grade;
}

/**
 * Builds the CSV text (RFC 4180, CRLF line ends, with the BOM) from a grid made by buildGrid.
 * `context`: { accountName, date (YYYY-MM-DD), plan } — the plan gives each key intersection's horizon.
 */
export function toCsv(grid, context = {}) {
  const horizons = horizonsOf(context.plan);
  const lines = [
    ['Account', context.accountName || ''],
    ['Exported on', context.date || ''],
    [],
    ['Team member', 'Title', ...grid.columns.map((column) => column.name)],
    ['', 'Contact title', ...grid.columns.map((column) => column.title)],
    ['', 'Buyer roles', ...grid.columns.map((column) => column.roles)],
    ...grid.rows.map((row) => [row.name, row.title, ...row.cells.map((cell) => cellText(cell, horizons))]),
    [],
    [`Grades: ${GRADES.map((grade) => `${grade.code} ${grade.label}`).join(', ')}; blank: no relationship.`],
    ...(grid.rows.some((row) => row.cells.some((cell) => cell.dropsOn))
      ? [['until <day>, then <grade>: gravity lowers the grade that day if nothing new happens.']]
      : []),
  ];
  return BOM + lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The file name for an account's export: contact-map-<account name>-<date>.csv, safe on every file system. */
export function csvFileName(accountName, date) {
  const safe = String(accountName || 'account')
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `contact-map-${safe || 'account'}-${date}.csv`;
}
