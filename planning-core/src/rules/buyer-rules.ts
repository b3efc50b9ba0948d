import { isSeniorLeader } from '../seniority';
import type { Warning } from '../types';
import { contactName, memberName, type CoverageRule } from './context';

/** "Power buyer", "User/Advisor buyer", "Evangelist" (an evangelist is not a buyer by title). */
function describeRoles(roles: readonly string[]): string {
  return roles.length === 1 && roles[0] === 'Evangelist' ? 'Evangelist' : `${roles.join('/')} buyer`;
}

/** UNCOVERED_BUYER: a buyer nobody on the team has a relationship with. */
export const uncoveredBuyer: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const [contactId, view] of context.people.contacts) {
    if (view.roles.length === 0 || context.relationshipsByContact.has(contactId)) continue;
    const power = view.roles.includes('Power');
    warnings.push({
      rule: 'UNCOVERED_BUYER',
      severity: power ? 'critical' : 'high',
      contactId,
      message: power
        ? `Nobody on the team knows ${contactName(context, contactId)} (${describeRoles(view.roles)}), who can decide ` +
          'alone: name an owner and ask someone they trust for an introduction.'
        : `Nobody on the team knows ${contactName(context, contactId)} (${describeRoles(view.roles)}): name an owner ` +
          'and plan a first meeting.',
    });
  }
  return warnings;
};

/** SINGLE_THREADED: a buyer known by exactly one team member. */
export const singleThreaded: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const [contactId, view] of context.people.contacts) {
    const relationships = context.relationshipsByContact.get(contactId);
    const only = relationships?.length === 1 ? relationships[0] : undefined;
    if (view.roles.length === 0 || !only) continue;
    warnings.push({
      rule: 'SINGLE_THREADED',
      severity: view.roles.includes('Power') ? 'high' : 'medium',
      contactId,
      memberId: only.memberId,
      message:
        `${contactName(context, contactId)} (${describeRoles(view.roles)}) is known only by ` +
        `${memberName(context, only.memberId)}: build a second relationship so the account does not hang on one person.`,
    });
  }
  return warnings;
};

/** OVER_COVERED: more team members on one contact than the limit. */
export const overCovered: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const [contactId, relationships] of context.relationshipsByContact) {
    if (relationships.length <= context.settings.maxRelationshipsPerContact) continue;
    warnings.push({
      rule: 'OVER_COVERED',
      severity: 'low',
      contactId,
      message:
        `${contactName(context, contactId)} has ${relationships.length} relationships with our team: agree who leads ` +
        'and move the others towards buyers nobody covers.',
    });
  }
  return warnings;
};

/** SENIOR_GAP: an executive or VP contact we know, but only through people below VP. */
export const seniorGap: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const [contactId, relationships] of context.relationshipsByContact) {
    const view = context.people.contacts.get(contactId);
    if (!view || !isSeniorLeader(view.seniority)) continue;
    const hasSeniorPeer = relationships.some((cell) => {
      const member = context.people.members.get(cell.memberId);
      return member !== undefined && isSeniorLeader(member.seniority);
    });
    if (hasSeniorPeer) continue;
    warnings.push({
      rule: 'SENIOR_GAP',
      severity: view.seniority === 'Executive' ? 'high' : 'medium',
      contactId,
      message:
        `${contactName(context, contactId)} (${view.seniority}) is known only below VP level on our side: bring in ` +
        'one of our executives as a peer.',
    });
  }
  return warnings;
};

/** NO_POWER_BUYER: the account has contacts, but none of them can decide alone. */
export const noPowerBuyer: CoverageRule = (context) => {
  if (context.people.contacts.size === 0) return [];
  for (const view of context.people.contacts.values()) if (view.roles.includes('Power')) return [];
  return [
    {
      rule: 'NO_POWER_BUYER',
      severity: 'high',
      message: 'No contact on this account holds the Power role: find out who can sign alone and add them to the map.',
    },
  ];
};
