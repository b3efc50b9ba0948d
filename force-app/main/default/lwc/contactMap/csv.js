// CSV export of the map as shown: one row per team member, one column per contact, effective grades.

function escape(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function gradeText(cell) {
  if (!cell.grade) return '';
  const marks = [cell.suggested ? 'suggested' : '', cell.isKey ? 'key' : ''].filter(Boolean);
  return marks.length ? `${cell.grade} (${marks.join(', ')})` : cell.grade;
}

/** Builds the CSV text (RFC 4180, CRLF line ends) from a grid made by buildGrid. */
export function toCsv(grid) {
  const header = ['Team member', ...grid.columns.map((column) => column.name)];
  const roles = ['Buyer roles', ...grid.columns.map((column) => column.roles)];
  const lines = [header, roles, ...grid.rows.map((row) => [row.name, ...row.cells.map(gradeText)])];
  return lines.map((line) => line.map(escape).join(',')).join('\r\n') + '\r\n';
}
