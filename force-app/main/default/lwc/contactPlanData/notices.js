// What the page says about where its suggestions come from and what it could not read: calm, one line each.

const pad = (n) => String(n).padStart(2, '0');

/** An API datetime (2026-12-01T02:00:00.000+0000) as the rep's local "2026-12-01 02:00", or undefined. */
export function formatSyncTime(value) {
  if (!value) return undefined;
  const date = new Date(String(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(date.getTime())) return undefined;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** How fresh the suggested grades are: from the account's last sync, or why there are none yet. */
export function freshnessText({ syncedAt, evidence }) {
  if (evidence === 'activity') return '';
  const when = formatSyncTime(syncedAt);
  if (when) return `Suggested grades are from activity up to the sync of ${when}.`;
  return (
    'The nightly sync has not analyzed this account yet: the map shows your grades and the warnings that need no ' +
    'activity; suggested grades, and buyer roles from opportunity contact roles, follow after the next sync.'
  );
}

/** The notices for what this rep's page had to read without (an optional list, hidden sync fields). */
export function readNotices({ partial, hiddenFields = [] }) {
  const notices = [];
  if (partial) {
    notices.push(
      'The account team could not be read here, so the map shows the team members who have a relationship record ' +
        'on this account.',
    );
  }
  const userFields = hiddenFields.filter((field) => field.startsWith('User.'));
  const syncFields = hiddenFields.filter((field) => !field.startsWith('User.'));
  if (userFields.length) {
    notices.push(
      `Some team member details are hidden from you by field-level security (${userFields.join(', ')}), so the ` +
        'map shows team members without them; a seniority not shown counts as read from the title, or Staff.',
    );
  }
  if (syncFields.length) {
    const what = syncFields.some((field) => field.startsWith('Contact.'))
      ? 'suggested grades, their reasons and the buyer roles implied by opportunity contact roles'
      : 'suggested grades and their reasons';
    notices.push(
      `Some results of the nightly sync are hidden from you by field-level security (${syncFields.join(', ')}), ` +
        `so ${what} may be incomplete.`,
    );
  }
  return notices;
}
