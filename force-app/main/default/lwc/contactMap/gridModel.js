// Pure view model of the contact map: which contacts (columns) and members (rows) show, in what order, with which
// grades and badges. No DOM, so it is tested on its own and reused by the CSV export.
import {
  BUYER_ROLES,
  NO_ROLE,
  RULE_LABELS,
  countdownText,
  gradeLabel,
  seniorityRank,
  severityRank,
} from 'c/contactPlanData';

export const FILTERS = { ALL: 'all', BUYERS: 'buyers', KEY: 'key' };
export const ALL_DEPARTMENTS = '';
const BADGE_RULES = new Set(['UNCOVERED_BUYER', 'SINGLE_THREADED', 'OVER_COVERED', 'SENIOR_GAP']);

function primaryRole(contact) {
  return BUYER_ROLES.find((role) => contact.roles.includes(role.code)) || NO_ROLE;
}

function roleRank(contact) {
  const rank = BUYER_ROLES.indexOf(primaryRole(contact));
  return rank === -1 ? BUYER_ROLES.length : rank;
}

// One collator for all name comparisons: String#localeCompare sets one up per call, which made sorting 100 contacts
// the slowest step of building the grid.
const compareNames = new Intl.Collator().compare;

/** Sorts people by the numbers `ranksOf` gives each (worked out once per person), then by name. */
function sortByRanks(people, ranksOf) {
  const ranked = people.map((person) => ({ person, ranks: ranksOf(person) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < a.ranks.length; i += 1) if (a.ranks[i] !== b.ranks[i]) return a.ranks[i] - b.ranks[i];
    return compareNames(a.person.name, b.person.name);
  });
  return ranked.map((entry) => entry.person);
}

function badgesBy(warnings, pick) {
  const badges = new Map();
  for (const warning of warnings) {
    const id = pick(warning);
    if (!id || !BADGE_RULES.has(warning.rule)) continue;
    if (!badges.has(id)) badges.set(id, []);
    badges.get(id).push({
      key: `${warning.rule}:${id}`,
      rule: warning.rule,
      label: RULE_LABELS[warning.rule],
      severity: warning.severity,
      title: warning.message,
      // SLDS badge markup rather than lightning-badge: a wide map has hundreds of them in its headers.
      cssClass: `slds-badge cp-badge cp-badge_${warning.severity}`,
    });
  }
  badges.forEach((list) => list.sort((a, b) => severityRank(a.severity) - severityRank(b.severity)));
  return badges;
}

/** A lighter badge for roles a contact holds only through opportunity contact roles (the sync found them there). */
function impliedRolesBadge(contact) {
  const names = BUYER_ROLES.filter((role) => contact.roles.includes(role.code));
  return {
    key: `implied:${contact.id}`,
    rule: 'IMPLIED_ROLES',
    label: names.map((role) => role.code).join('/'),
    title: `${names.map((role) => role.label).join(', ')}: from opportunity contact roles`,
    cssClass: 'slds-badge cp-badge cp-badge_implied',
  };
}

function keyPairs(analysis) {
  return analysis.cells.filter((cell) => cell.key);
}

function visibleContacts(plan, analysis, options) {
  const keyContacts = new Set(keyPairs(analysis).map((cell) => cell.contactId));
  const shown = plan.contacts
    .filter((contact) => options.filter !== FILTERS.BUYERS || contact.roles.length > 0)
    .filter((contact) => options.filter !== FILTERS.KEY || keyContacts.has(contact.id))
    .filter((contact) => !options.department || contact.department === options.department);
  const sorted = sortByRanks(shown, (contact) => [roleRank(contact), seniorityRank(contact.seniority)]);
  return options.maxColumns ? sorted.slice(0, options.maxColumns) : sorted;
}

function visibleMembers(plan, analysis, options) {
  const keyMembers = new Set(keyPairs(analysis).map((cell) => cell.memberId));
  const shown = plan.members.filter((member) => options.filter !== FILTERS.KEY || keyMembers.has(member.id));
  return sortByRanks(shown, (member) => [seniorityRank(member.seniority)]);
}

function describeCell(cell, contact, member, countdown, nextMove) {
  const grade = cell.effective;
  const kind = grade && !cell.manual ? 'suggested ' : '';
  const what = grade ? `${kind}${gradeLabel(grade)}` : 'no relationship';
  const key = cell.key ? ', key intersection' : '';
  const drops = countdown ? `, ${countdown}` : '';
  const move = nextMove ? `, next best move: +${nextMove.gain}` : '';
  return `${member.name} and ${contact.name}: ${what}${key}${drops}${move}`;
}

function cellClass(grade, suggested, isKey, drops, nextMove) {
  let cssClass = grade ? `cp-cell cp-grade_${grade}` : 'cp-cell cp-grade_blank';
  if (suggested) cssClass += ' cp-suggested';
  if (isKey) cssClass += ' cp-key';
  if (drops) cssClass += ' cp-drops';
  if (nextMove) cssClass += ' cp-next-move';
  return cssClass;
}

const NO_CELL = { key: false };

/** Everything toCell reads, as one string: two cells with the same inputs render the same. */
function cellInputs(cell, contact, member, nextMove) {
  return [
    cell.effective,
    cell.manual,
    cell.key,
    cell.dropsOn,
    cell.dropsTo,
    contact.name,
    member.name,
    nextMove ? nextMove.gain : '',
    nextMove ? nextMove.why : '',
  ].join('\u0001');
}

function toCell(cell, contact, member, nextMove) {
  const grade = cell.effective;
  const suggested = Boolean(grade) && !cell.manual;
  const isKey = Boolean(cell.key);
  // The countdown (docs/method.md §1.4.3): the cell shows a small mark, its tooltip and label say when and to what.
  const countdown = countdownText(cell);
  return {
    contactId: contact.id,
    memberId: member.id,
    letter: grade || '',
    grade,
    suggested,
    isKey,
    dropsOn: countdown ? cell.dropsOn : undefined,
    dropsTo: countdown ? cell.dropsTo : undefined,
    countdown,
    shortCountdown: countdown ? countdownText(cell, { short: true }) : '',
    nextMoveGain: nextMove ? nextMove.gain : undefined,
    title: [countdown, nextMove ? nextMove.why : ''].filter(Boolean).join('\n'),
    ariaLabel: describeCell(cell, contact, member, countdown, nextMove),
    cssClass: cellClass(grade, suggested, isKey, Boolean(countdown), nextMove),
  };
}

function groupColumns(columns) {
  const groups = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && last.code === column.roleCode) {
      last.span += 1;
    } else {
      groups.push({
        code: column.roleCode,
        key: `group:${column.roleCode}`,
        label: column.roleLabel,
        coaching: column.coaching,
        helpLabel: `Coaching for ${column.roleLabel}`,
        tipId: `coaching-${column.roleCode}`,
        span: 1,
      });
    }
  }
  return groups;
}

/** The cells of a view by pair, with the inputs they were built from. */
function builtCells(view) {
  const built = new Map();
  if (!view) return built;
  for (const row of view.rows) for (const cell of row.cells) built.set(`${cell.contactId}\u0001${cell.memberId}`, cell);
  return built;
}

/**
 * Builds { groups, columns, rows } for the map. `options`: { filter: FILTERS.*, department, maxColumns,
 * rolesImplied (ids of the contacts whose roles are implied, not their own) }.
 * Cells carry the effective grade (manual after gravity, else suggested); a blank grade stays blank.
 * With `previous` (the view shown), a cell whose inputs did not change is that view's cell object itself: an edit
 * rebuilds the few cells it changed, and the grid's DOM patch skips the others at a glance.
 */
export function buildGrid(plan, analysis, options = {}, previous = undefined) {
  const before = builtCells(previous);
  const cellsByMember = new Map();
  for (const cell of analysis.cells) {
    if (!cellsByMember.has(cell.memberId)) cellsByMember.set(cell.memberId, new Map());
    cellsByMember.get(cell.memberId).set(cell.contactId, cell);
  }
  const columnBadges = badgesBy(analysis.warnings, (w) => w.contactId);
  const rowBadges = badgesBy(analysis.warnings, (w) => (w.contactId ? undefined : w.memberId));
  const contacts = visibleContacts(plan, analysis, options);
  const members = visibleMembers(plan, analysis, options);

  const columns = contacts.map((contact) => {
    const role = primaryRole(contact);
    const column = {
      id: contact.id,
      name: contact.name,
      title: contact.title || '',
      seniority: contact.seniority || '',
      department: contact.department || '',
      roleCode: role.code,
      roleLabel: role.label,
      roles: contact.roles.join(', '),
      coaching: role.coaching,
      badges: columnBadges.get(contact.id) || [],
    };
    if (options.rolesImplied && options.rolesImplied.has(contact.id) && contact.roles.length) {
      column.badges = [impliedRolesBadge(contact), ...column.badges];
    }
    return column;
  });
  // The next best moves (docs/method.md §1.6.3) are marked on their cells, blank ones included.
  const moves = new Map((analysis.nextMoves || []).map((move) => [`${move.contactId}\u0001${move.memberId}`, move]));
  const rows = members.map((member) => {
    const cells = cellsByMember.get(member.id) || new Map();
    return {
      id: member.id,
      name: member.name,
      title: member.title || '',
      badges: rowBadges.get(member.id) || [],
      cells: contacts.map((contact) => {
        const pair = `${contact.id}\u0001${member.id}`;
        const cell = cells.get(contact.id) || NO_CELL;
        const inputs = cellInputs(cell, contact, member, moves.get(pair));
        const shown = before.get(pair);
        return shown && shown.inputs === inputs ? shown : { ...toCell(cell, contact, member, moves.get(pair)), inputs };
      }),
    };
  });
  return { groups: groupColumns(columns), columns, rows };
}

/** The distinct departments of the plan's contacts, sorted, for the department filter. */
export function departments(plan) {
  return [...new Set(plan.contacts.map((contact) => contact.department).filter(Boolean))].sort();
}
