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
  /** Contact and member ids in ascending order: a pair's number sorts cells by contact id, then member id. */
  contactIds: string[];
  memberIds: string[];
  contactRank: Map<string, number>;
  memberRank: Map<string, number>;
}

/** A number for a contact–member pair, cheaper to hash than a string; undefined for unknown ids. */
export function pairNumber(people: AccountPeople, contactId: string, memberId: string): number | undefined {
  const contactRank = people.contactRank.get(contactId);
  const memberRank = people.memberRank.get(memberId);
  if (contactRank === undefined || memberRank === undefined) return undefined;
  return contactRank * people.memberIds.length + memberRank;
}

export function pairIds(people: AccountPeople, pair: number): { contactId: string; memberId: string } {
  const width = people.memberIds.length;
  return {
    contactId: people.contactIds[Math.floor(pair / width)] ?? '',
    memberId: people.memberIds[pair % width] ?? '',
  };
}

function ascending(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
  const contactIds = ascending(contacts.keys());
  const memberIds = ascending(members.keys());
  return {
    contacts,
    members,
    contactIds,
    memberIds,
    contactRank: new Map(contactIds.map((id, rank) => [id, rank])),
    memberRank: new Map(memberIds.map((id, rank) => [id, rank])),
  };
}

/**
 * Each contact's buyer roles as the rules see them: its own roles, or when it has none, the roles its opportunity
 * contact roles imply (through `settings.roleMapping`). For callers that display the map (CLI, LWC).
 */
export function resolveBuyerRoles(plan: AccountPlan, settings: Settings): Map<string, BuyerRole[]> {
  const people = resolvePeople(plan, settings);
  return new Map([...people.contacts].map(([id, view]) => [id, view.roles]));
}
