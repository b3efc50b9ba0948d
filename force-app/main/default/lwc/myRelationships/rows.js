// What needs the rep, built from what the sync wrote: one row per relationship of theirs that needs attention
// (a contact who left, a grade gravity lowers within the window, a blueprint due or overdue, a grade below Satisfied,
// a key intersection), sorted by urgency. No grade is judged here: effective grades, the day gravity lowers a grade,
// and the warnings are the core's, written by the sync.
import { daysBetween } from 'c/planningCore';
import { RULE_LABELS, gradeLabel, severityRank } from 'c/contactPlanData';
import { nodesOf, shortDay, valueOf } from 'c/contactPlanLists';

/** Gravity countdowns within this many days are shown (docs/method.md §1.4). */
export const DROP_WINDOW_DAYS = 14;
/** Blueprint due dates within this many days count as due now. */
export const DUE_WINDOW_DAYS = 14;

const OPEN_BLUEPRINT = new Set(['planned', 'active']);
const BELOW_SATISFIED = ['M', 'D', 'I'];
// Urgency tiers, most urgent first.
const TIER = { left: 0, dated: 1, below: 2, key: 3 };

const relativeDays = (days) => {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
};

function openBlueprintsByRelationship(answer) {
  const byRelationship = new Map();
  for (const node of nodesOf(answer, 'Contact_Blueprint__c')) {
    const status = valueOf(node.Status__c);
    const relationshipId = valueOf(node.Relationship__c);
    if (!OPEN_BLUEPRINT.has(status) || !relationshipId) continue;
    const due = valueOf(node.Due_Date__c);
    const known = byRelationship.get(relationshipId);
    // The earliest due date stands for the cell; an undated blueprint only when there is no dated one.
    if (!known || (due && (!known.due || due < known.due))) {
      byRelationship.set(relationshipId, { id: node.Id, due, goal: valueOf(node.Goal_Grade__c) });
    }
  }
  return byRelationship;
}

function warningsByCell(answer, userId) {
  const mine = new Map();
  const leavers = new Map();
  for (const node of nodesOf(answer, 'Coverage_Warning__c')) {
    const warning = {
      id: node.Id,
      rule: valueOf(node.Rule__c),
      severity: valueOf(node.Severity__c),
      message: valueOf(node.Message__c) || '',
    };
    const accountId = valueOf(node.Account__c);
    const contactId = valueOf(node.Contact__c);
    if (warning.rule === 'CONTACT_LEFT') {
      if (contactId) leavers.set(`${accountId}:${contactId}`, warning);
    } else if (valueOf(node.Team_Member__c) === userId) {
      const key = `${accountId}:${contactId || ''}`;
      mine.set(key, [...(mine.get(key) || []), warning]);
    }
  }
  return { mine, leavers };
}

/** The reasons one relationship needs the rep, each with its urgency (tier, then a sortable value). */
function reasonsFor(cell, today) {
  const reasons = [];
  if (cell.leaver) {
    reasons.push({
      code: 'left',
      label: 'Left the account',
      tone: 'error',
      urgency: [TIER.left, String(severityRank(cell.leaver.severity))],
    });
  }
  if (cell.dropsOn) {
    const days = daysBetween(today, cell.dropsOn);
    if (days <= DROP_WINDOW_DAYS) {
      reasons.push({
        code: 'drops',
        label: days < 0 ? `Grade dropped ${shortDay(cell.dropsOn)}` : `Drops ${relativeDays(days)}`,
        tone: 'warning',
        urgency: [TIER.dated, cell.dropsOn],
      });
    }
  }
  if (cell.blueprint && cell.blueprint.due) {
    const days = daysBetween(today, cell.blueprint.due);
    if (days < 0) {
      reasons.push({
        code: 'overdue',
        label: `Blueprint overdue since ${shortDay(cell.blueprint.due)}`,
        tone: 'error',
        urgency: [TIER.dated, cell.blueprint.due],
      });
    } else if (days <= DUE_WINDOW_DAYS) {
      reasons.push({
        code: 'due',
        label: `Blueprint due ${relativeDays(days)}`,
        tone: 'warning',
        urgency: [TIER.dated, cell.blueprint.due],
      });
    }
  }
  if (BELOW_SATISFIED.includes(cell.grade)) {
    reasons.push({
      code: 'below',
      label: `Below Satisfied: ${gradeLabel(cell.grade)}`,
      tone: cell.grade === 'I' ? 'warning' : 'error',
      urgency: [TIER.below, String(BELOW_SATISFIED.indexOf(cell.grade))],
    });
  }
  if (cell.key) {
    reasons.push({
      code: 'key',
      label: 'Key intersection',
      tone: 'info',
      urgency: [TIER.key, (cell.blueprint && cell.blueprint.due) || '9999-12-31'],
    });
  }
  return reasons;
}

const compareUrgency = (a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

function gradeText(cell, today) {
  if (!cell.grade) return 'No grade';
  if (cell.dropsOn && daysBetween(today, cell.dropsOn) >= 0) {
    return `${cell.grade} until ${shortDay(cell.dropsOn, today.slice(0, 4))}`;
  }
  return cell.grade;
}

function blueprintText(cell, today) {
  if (!cell.blueprint) return cell.key ? 'No active blueprint' : '';
  if (!cell.blueprint.due) return 'Blueprint, no due date';
  return `Blueprint due ${shortDay(cell.blueprint.due, today.slice(0, 4))}`;
}

const onlyMove = (node) =>
  Boolean(valueOf(node.Next_Move_Goal__c)) &&
  !valueOf(node.Effective_Grade__c) &&
  !valueOf(node.Grade__c) &&
  valueOf(node.Key_Intersection__c) !== true;

/**
 * The rows of My relationships from the whole answer (`uiapi.query`), as of `today` (YYYY-MM-DD), for `userId`:
 * { rows, relationshipCount, accountCount, counts } with `rows` most urgent first.
 */
export function buildRows(answer, today, userId) {
  const blueprints = openBlueprintsByRelationship(answer);
  const { mine, leavers } = warningsByCell(answer, userId);
  // A record the sync holds only for a next best move on a blank cell is no relationship (yet).
  const relationships = nodesOf(answer, 'Relationship__c').filter((node) => !onlyMove(node));
  const accounts = new Set();
  const rows = [];
  for (const node of relationships) {
    const accountId = valueOf(node.Account__c);
    const contactId = valueOf(node.Contact__c);
    accounts.add(accountId);
    const contact = node.Contact__r || {};
    const cell = {
      grade: valueOf(node.Effective_Grade__c),
      key: valueOf(node.Key_Intersection__c) === true,
      dropsOn: valueOf(node.Grade_Drops_On__c),
      blueprint: blueprints.get(node.Id),
      leaver: contactId ? leavers.get(`${accountId}:${contactId}`) : undefined,
    };
    const reasons = reasonsFor(cell, today);
    if (!reasons.length) continue;
    const urgency = reasons.map((reason) => reason.urgency).sort(compareUrgency)[0];
    const contactName = valueOf(contact.Name) || 'A contact no longer in Salesforce';
    const accountName = valueOf(node.Account__r && node.Account__r.Name) || accountId;
    const notes = [...(cell.leaver ? [cell.leaver] : []), ...(mine.get(`${accountId}:${contactId || ''}`) || [])].map(
      (warning) => ({
        key: warning.id,
        label: RULE_LABELS[warning.rule] || warning.rule,
        message: warning.message,
      }),
    );
    rows.push({
      key: node.Id,
      accountId,
      accountName,
      contactId,
      contactName,
      title: valueOf(contact.Title) || '',
      grade: cell.grade || '',
      gradeText: gradeText(cell, today),
      gradeName: cell.grade ? gradeLabel(cell.grade) : 'No relationship grade',
      gradeClass: `cp-grade cp-grade_${cell.grade || 'blank'}`,
      blueprintText: blueprintText(cell, today),
      reasons: reasons.map(({ code, label, tone }) => ({
        key: code,
        code,
        label,
        cssClass: `slds-badge cp-reason cp-reason_${code} cp-tone_${tone}`,
      })),
      notes,
      hasNotes: notes.length > 0,
      urgency,
      // The accessible name starts with the button's visible text (WCAG 2.5.3, label in name).
      linkLabel: `Open in map: ${contactName} at ${accountName}`,
    });
  }
  rows.sort(
    (a, b) =>
      compareUrgency(a.urgency, b.urgency) ||
      a.accountName.localeCompare(b.accountName) ||
      a.contactName.localeCompare(b.contactName),
  );
  const counts = { left: 0, drops: 0, due: 0, overdue: 0, below: 0, key: 0 };
  for (const row of rows) for (const reason of row.reasons) counts[reason.code] += 1;
  return { rows, relationshipCount: relationships.length, accountCount: accounts.size, counts };
}
