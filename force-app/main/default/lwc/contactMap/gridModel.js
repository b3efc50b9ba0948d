// Pure view model of the contact map: which contacts (columns) and members (rows) show, in what order, with which
// grades and badges. No DOM, so it is tested on its own and reused by the CSV export.
import { BUYER_ROLES, NO_ROLE, RULE_LABELS, gradeLabel, seniorityRank, severityRank } from 'c/contactPlanData';

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

function describeCell(cell, contact, member) {
  const grade = cell.effective;
  const kind = grade && !cell.manual ? 'suggested ' : '';
  const what = grade ? `${kind}${gradeLabel(grade)}` : 'no relationship';
  const key = cell.key ? ', key intersection' : '';
  return `${member.name} and ${contact.name}: ${what}${key}`;
}

function cellClass(grade, suggested, isKey) {
  let cssClass = grade ? `cp-cell cp-grade_${grade}` : 'cp-cell cp-grade_blank';
  if (suggested) cssClass += ' cp-suggested';
  if (isKey) cssClass += ' cp-key';
  return cssClass;
}

const NO_CELL = { key: false };

function toCell(cell, contact, member) {
  const grade = cell.effective;
  const suggested = Boolean(grade) && !cell.manual;
  const isKey = Boolean(cell.key);
  return {
    contactId: contact.id,
    memberId: member.id,
    letter: grade || '',
    grade,
    suggested,
    isKey,
    ariaLabel: describeCell(cell, contact, member),
    cssClass: cellClass(grade, suggested, isKey),
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

/**
 * Builds { groups, columns, rows } for the map. `options`: { filter: FILTERS.*, department, maxColumns }.
 * Cells carry the effective grade (manual after gravity, else suggested); a blank grade stays blank.
 */
export function buildGrid(plan, analysis, options = {}) {
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
    return {
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
  });
  const rows = members.map((member) => {
    const cells = cellsByMember.get(member.id) || new Map();
    return {
      id: member.id,
      name: member.name,
      title: member.title || '',
      badges: rowBadges.get(member.id) || [],
      cells: contacts.map((contact) => toCell(cells.get(contact.id) || NO_CELL, contact, member)),
    };
  });
  return { groups: groupColumns(columns), columns, rows };
}

/** The distinct departments of the plan's contacts, sorted, for the department filter. */
export function departments(plan) {
  return [...new Set(plan.contacts.map((contact) => contact.department).filter(Boolean))].sort();
}
