import { mapOpportunityRole } from './roles';
import { resolveSeniority } from './seniority';
import type { Settings } from './settings';
import { BUYER_ROLES, type AccountPlan, type BuyerRole, type Contact, type Member, type Seniority } from './types';

export interface ContactView {
  contact: Contact;
  /** The contact's own roles, or when it has none, the roles its opportunity contact roles imply. */
  roles: BuyerRole[];
  seniority: Seniority;
}

export interface MemberView {
  member: Member;
  seniority: Seniority;
}

/** The plan's people indexed by id, with roles and seniority resolved once. */
export interface AccountPeople {
  contacts: Map<string, ContactView>;
  members: Map<string, MemberView>;
}

function rolesFromOpportunities(plan: AccountPlan, settings: Settings): Map<string, Set<BuyerRole>> {
  const implied = new Map<string, Set<BuyerRole>>();
  for (const opportunity of plan.opportunities) {
    for (const { contactId, role } of opportunity.contactRoles) {
      const buyerRole = mapOpportunityRole(role, settings.roleMapping);
      if (!buyerRole) continue;
      let roles = implied.get(contactId);
      if (!roles) implied.set(contactId, (roles = new Set()));
      roles.add(buyerRole);
    }
  }
  return implied;
}

export function resolvePeople(plan: AccountPlan, settings: Settings): AccountPeople {
  const implied = rolesFromOpportunities(plan, settings);
  const contacts = new Map<string, ContactView>();
  for (const contact of plan.contacts) {
    const own = contact.roles.length > 0 ? new Set(contact.roles) : (implied.get(contact.id) ?? new Set());
    const roles = BUYER_ROLES.filter((role) => own.has(role));
    contacts.set(contact.id, { contact, roles, seniority: resolveSeniority(contact) });
  }
  const members = new Map<string, MemberView>();
  for (const member of plan.members) members.set(member.id, { member, seniority: resolveSeniority(member) });
  return { contacts, members };
}
