// The account's contacts as a reporting tree (Contact.ReportsToId), flattened depth first for a list the page can
// render at any size. Contacts without a manager on the account are roots; a loop in ReportsTo is cut at the contact
// whose manager link closes it, who becomes a root marked as such. Grades and gaps are what the sync wrote.
import { GRADE_INFO, gradeRank, parseSeniority, seniorityRank, SENIORITY_LABELS } from 'c/planningCore';
import { BUYER_ROLES } from 'c/contactPlanData';
import { nodesOf, valueOf } from 'c/contactPlanLists';

const ROLE_NAMES = Object.fromEntries(BUYER_ROLES.map((role) => [role.code, role.label]));

function bestGrades(answer) {
  const best = new Map();
  for (const node of nodesOf(answer, 'Relationship__c')) {
    const contactId = valueOf(node.Contact__c);
    const grade = valueOf(node.Effective_Grade__c);
    if (!contactId || !grade) continue;
    const member = valueOf(node.Team_Member__r && node.Team_Member__r.Name) || 'a team member';
    const known = best.get(contactId);
    if (!known) best.set(contactId, { grade, members: [member], count: 1 });
    else {
      known.count += 1;
      if (gradeRank(grade) < gradeRank(known.grade)) Object.assign(known, { grade, members: [member] });
      else if (grade === known.grade) known.members.push(member);
    }
  }
  return best;
}

/**
 * The managers of `contacts` (id → contact) with every loop in ReportsTo cut: returns id → manager id (absent for
 * roots) and the set of contacts whose link was cut.
 */
export function managersWithoutLoops(contacts) {
  const managers = new Map();
  for (const contact of contacts.values()) {
    const manager = contact.reportsTo;
    if (manager && manager !== contact.id && contacts.has(manager)) managers.set(contact.id, manager);
  }
  const cut = new Set();
  const done = new Set();
  for (const id of contacts.keys()) {
    const path = [];
    const onPath = new Set();
    let at = id;
    while (at && !done.has(at)) {
      if (onPath.has(at)) {
        // The last contact on the path points back into it: cut its link.
        const closer = path[path.length - 1];
        managers.delete(closer);
        cut.add(closer);
        break;
      }
      path.push(at);
      onPath.add(at);
      at = managers.get(at);
    }
    path.forEach((p) => done.add(p));
  }
  return { managers, cut };
}

const bySeniorityThenName = (a, b) => a.seniorityRank - b.seniorityRank || a.name.localeCompare(b.name);

/** The org chart of the answer (`uiapi.query`): { rows (depth first, with levels), count, roots, gaps, loops }. */
export function buildOrgChart(answer) {
  const grades = bestGrades(answer);
  const gaps = new Map(nodesOf(answer, 'Coverage_Warning__c').map((n) => [valueOf(n.Contact__c), n]));
  const contacts = new Map();
  for (const node of nodesOf(answer, 'Contact')) {
    const title = valueOf(node.Title) || '';
    const seniority = valueOf(node.Seniority__c) || parseSeniority(title);
    const roles = (valueOf(node.Buyer_Roles__c) || '').split(';').filter(Boolean);
    contacts.set(node.Id, {
      id: node.Id,
      name: valueOf(node.Name) || 'Unnamed contact',
      title,
      reportsTo: valueOf(node.ReportsToId),
      seniority,
      seniorityRank: seniorityRank(seniority),
      roles,
    });
  }
  const { managers, cut } = managersWithoutLoops(contacts);
  const children = new Map();
  const roots = [];
  for (const contact of contacts.values()) {
    const manager = managers.get(contact.id);
    if (manager) children.set(manager, [...(children.get(manager) || []), contact]);
    else roots.push(contact);
  }
  roots.sort(bySeniorityThenName);
  const rows = [];
  // Depth first without recursion: a deep chain of 500 contacts stays within the stack.
  const stack = roots
    .slice()
    .reverse()
    .map((contact) => ({ contact, level: 1 }));
  while (stack.length) {
    const { contact, level } = stack.pop();
    const reports = (children.get(contact.id) || []).sort(bySeniorityThenName);
    const best = grades.get(contact.id);
    const gap = gaps.get(contact.id);
    const manager = managers.get(contact.id);
    const managerName = manager ? contacts.get(manager).name : '';
    const loopManager = cut.has(contact.id) ? contacts.get(contact.reportsTo) : undefined;
    rows.push({
      key: contact.id,
      id: contact.id,
      name: contact.name,
      title: contact.title,
      level,
      indentStyle: `padding-left: ${(level - 1) * 1.25}rem`,
      reportCount: reports.length,
      reportsText: managerName ? `reports to ${managerName}` : 'no manager on this account',
      seniorityLabel: SENIORITY_LABELS[contact.seniority] || contact.seniority,
      roles: contact.roles.map((code) => ({ key: code, label: ROLE_NAMES[code] || code })),
      hasRoles: contact.roles.length > 0,
      grade: best ? best.grade : '',
      gradeText: best ? best.grade : '–',
      gradeTitle: best
        ? `Best relationship: ${GRADE_INFO[best.grade].name}, ${best.members.join(', ')} (${best.count} on our side)`
        : 'No relationship on our side',
      gradeClass: `cp-grade cp-grade_${best ? best.grade : 'blank'}`,
      isGap: Boolean(gap),
      gapText: gap ? 'Gap: nobody on our side knows this buyer' : '',
      rowClass: `cp-node${gap ? ' cp-node_gap' : ''}${loopManager ? ' cp-node_loop' : ''}`,
      loopText: loopManager
        ? `Reports-to loop: ${contact.name} → ${loopManager.name} leads back here; shown at the top`
        : '',
    });
    for (let i = reports.length - 1; i >= 0; i -= 1) stack.push({ contact: reports[i], level: level + 1 });
  }
  return { rows, count: rows.length, roots: roots.length, gaps: rows.filter((r) => r.isGap).length, loops: cut.size };
}
