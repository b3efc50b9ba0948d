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

function byRoleThenSeniority(a, b) {
  return (
    roleRank(a) - roleRank(b) || seniorityRank(a.seniority) - seniorityRank(b.seniority) || a.name.localeCompare(b.name)
  );
}

function bySeniority(a, b) {
  return seniorityRank(a.seniority) - seniorityRank(b.seniority) || a.name.localeCompare(b.name);
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
  return plan.contacts
    .filter((contact) => options.filter !== FILTERS.BUYERS || contact.roles.length > 0)
    .filter((contact) => options.filter !== FILTERS.KEY || keyContacts.has(contact.id))
    .filter((contact) => !options.department || contact.department === options.department)
    .sort(byRoleThenSeniority)
    .slice(0, options.maxColumns || undefined);
}

function visibleMembers(plan, analysis, options) {
  const keyMembers = new Set(keyPairs(analysis).map((cell) => cell.memberId));
  return plan.members.filter((member) => options.filter !== FILTERS.KEY || keyMembers.has(member.id)).sort(bySeniority);
}

function describeCell(cell, contact, member) {
  const grade = cell.effective;
  const kind = grade && !cell.manual ? 'suggested ' : '';
  const what = grade ? `${kind}${gradeLabel(grade)}` : 'no relationship';
  const key = cell.key ? ', key intersection' : '';
  return `${member.name} and ${contact.name}: ${what}${key}`;
}

function toCell(cell, contact, member, rowIndex, colIndex) {
  const grade = cell.effective;
  const suggested = Boolean(grade) && !cell.manual;
  return {
    key: `${member.id}:${contact.id}`,
    contactId: contact.id,
    memberId: member.id,
    rowIndex,
    colIndex,
    letter: grade || '',
    grade,
    manual: cell.manual,
    suggested,
    isKey: cell.key,
    reasons: cell.reasons,
    ariaLabel: describeCell(cell, contact, member),
    cssClass: ['cp-cell', grade ? `cp-grade_${grade}` : 'cp-grade_blank', suggested ? 'cp-suggested' : '']
      .filter(Boolean)
      .join(' '),
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
  const cellByPair = new Map(analysis.cells.map((cell) => [`${cell.memberId}:${cell.contactId}`, cell]));
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
  const rows = members.map((member, rowIndex) => ({
    id: member.id,
    name: member.name,
    title: member.title || '',
    badges: rowBadges.get(member.id) || [],
    cells: contacts.map((contact, colIndex) => {
      const cell = cellByPair.get(`${member.id}:${contact.id}`) || { reasons: [], key: false };
      return toCell(cell, contact, member, rowIndex, colIndex);
    }),
  }));
  return { groups: groupColumns(columns), columns, rows };
}

/** The distinct departments of the plan's contacts, sorted, for the department filter. */
export function departments(plan) {
  return [...new Set(plan.contacts.map((contact) => contact.department).filter(Boolean))].sort();
}
