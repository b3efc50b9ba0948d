// The rep's next best moves across their accounts (docs/method.md §1.6.3), as the nightly sync wrote them on their
// cells (Next_Move_Goal__c, Next_Move_Gain__c): largest gain first, each in the core's words without the rep's name.
import { ROLE_INFO } from 'c/planningCore';
import { gradeLabel } from 'c/contactPlanData';
import { nodesOf, valueOf } from 'c/contactPlanLists';

function rolesText(roles) {
  const names = String(roles || '')
    .split(';')
    .filter((code) => ROLE_INFO[code])
    .map((code) => ROLE_INFO[code].name);
  return names.length ? ` (${names.join(', ')})` : '';
}

/** What the move asks of the rep, as the core says it ("from Satisfied to Open with …"); the gain is shown beside it. */
function moveText({ from, goal, contactName, roles, accountName }) {
  const whom = `${contactName}${rolesText(roles)} at ${accountName}`;
  const step = from
    ? `From ${gradeLabel(from)} to ${gradeLabel(goal)} with ${whom}`
    : `A first relationship (${gradeLabel(goal)}) with ${whom}`;
  return step;
}

/**
 * The moves in the Relationship__c list of the answer (`uiapi.query`):
 * [{ key, accountId, contactId, accountName, contactName, gain, gainText, text, where }], largest gain first.
 */
export function buildMoves(answer) {
  const moves = [];
  for (const node of nodesOf(answer, 'Relationship__c')) {
    const goal = valueOf(node.Next_Move_Goal__c);
    const gain = valueOf(node.Next_Move_Gain__c);
    if (!goal || !(gain > 0)) continue;
    const contact = node.Contact__r || {};
    const accountId = valueOf(node.Account__c);
    const contactName = valueOf(contact.Name) || 'A contact no longer in Salesforce';
    const accountName = valueOf(node.Account__r && node.Account__r.Name) || accountId;
    const text = moveText({
      from: valueOf(node.Effective_Grade__c),
      goal,
      contactName,
      roles: valueOf(contact.Buyer_Roles__c),
      accountName,
    });
    moves.push({
      key: node.Id,
      accountId,
      contactId: valueOf(node.Contact__c),
      accountName,
      contactName,
      gain,
      gainText: `+${gain}`,
      text,
      // Read after the button's visible text, so its name starts with what it shows (WCAG 2.5.3, label in name).
      where: `${contactName} at ${accountName}`,
    });
  }
  return moves.sort(
    (a, b) =>
      b.gain - a.gain || a.accountName.localeCompare(b.accountName) || a.contactName.localeCompare(b.contactName),
  );
}
