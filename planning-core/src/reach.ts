import type { Cell, Grade, Opportunity } from './types';
import type { CoverageContext } from './rules/context';

/** A strong relationship (T or O) that could open a door to someone else. */
export interface Door {
  cell: Cell;
  grade: Grade;
}

/** Who on the team holds strong relationships, indexed by contact, department and open opportunity. */
export interface Reach {
  byContact: Map<string, Door[]>;
  /** Lower-cased department → the strong relationships with contacts in it. */
  byDepartment: Map<string, Door[]>;
  /** Contact id → its department's key (see departmentKey), for contacts with a department. */
  departmentOf: Map<string, string>;
  /** Contact id → the open opportunities where the contact holds a role. */
  openOpportunitiesByContact: Map<string, Opportunity[]>;
  /** Opportunity id → the strong relationships with contacts on it. */
  byOpportunity: Map<string, Door[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Best grade first, then member id, then contact id. */
function compareDoors(a: Door, b: Door): number {
  if (a.grade !== b.grade) return a.grade === 'T' ? -1 : 1;
  if (a.cell.memberId !== b.cell.memberId) return a.cell.memberId < b.cell.memberId ? -1 : 1;
  return a.cell.contactId < b.cell.contactId ? -1 : a.cell.contactId > b.cell.contactId ? 1 : 0;
}

export function departmentKey(department: string | undefined): string | undefined {
  const key = department?.trim().toLowerCase();
  return key ? key : undefined;
}

export function buildReach(context: CoverageContext): Reach {
  const departmentOf = new Map<string, string>();
  for (const [contactId, view] of context.people.contacts) {
    const key = departmentKey(view.contact.department);
    if (key) departmentOf.set(contactId, key);
  }
  const byContact = new Map<string, Door[]>();
  const byDepartment = new Map<string, Door[]>();
  for (const cell of context.relationships) {
    if (cell.effective !== 'T' && cell.effective !== 'O') continue;
    const door = { cell, grade: cell.effective };
    push(byContact, cell.contactId, door);
    const department = departmentOf.get(cell.contactId);
    if (department) push(byDepartment, department, door);
  }
  const openOpportunitiesByContact = new Map<string, Opportunity[]>();
  const byOpportunity = new Map<string, Door[]>();
  for (const opportunity of context.plan.opportunities) {
    if (opportunity.stage !== 'open') continue;
    const seen = new Set<string>();
    for (const { contactId } of opportunity.contactRoles) {
      if (seen.has(contactId) || !context.people.contacts.has(contactId)) continue;
      seen.add(contactId);
      push(openOpportunitiesByContact, contactId, opportunity);
      for (const door of byContact.get(contactId) ?? []) push(byOpportunity, opportunity.id, door);
    }
  }
  for (const doors of [...byContact.values(), ...byDepartment.values(), ...byOpportunity.values()]) {
    doors.sort(compareDoors);
  }
  return { byContact, byDepartment, departmentOf, openOpportunitiesByContact, byOpportunity };
}
