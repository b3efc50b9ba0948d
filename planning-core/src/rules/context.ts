import { pairNumber, type AccountPeople, type ContactView } from '../account';
import type { CellDetail } from '../cells';
import type { Settings } from '../settings';
import type { AccountPlan, Blueprint, Cell, Warning } from '../types';

/** Everything a coverage rule may look at, indexed once per account. */
export interface CoverageContext {
  plan: AccountPlan;
  settings: Settings;
  people: AccountPeople;
  details: CellDetail[];
  /** By pair number (see pairNumber). */
  cellByPair: Map<number, CellDetail>;
  /** Cells with a non-blank effective grade: the account's relationships. */
  relationships: Cell[];
  relationshipsByContact: Map<string, Cell[]>;
  /** Blueprints with status planned or active, by pair number. */
  activeBlueprints: Map<number, Blueprint[]>;
}

export type CoverageRule = (context: CoverageContext) => Warning[];

export function isActiveBlueprint(blueprint: Blueprint): boolean {
  return blueprint.status === 'planned' || blueprint.status === 'active';
}

export function buildContext(
  plan: AccountPlan,
  settings: Settings,
  people: AccountPeople,
  details: CellDetail[],
): CoverageContext {
  const activeBlueprints = activeBlueprintsOf(plan, people);
  const cellByPair = new Map<number, CellDetail>();
  const relationships: Cell[] = [];
  const relationshipsByContact = new Map<string, Cell[]>();
  for (const detail of details) {
    const { cell } = detail;
    cellByPair.set(detail.pair, detail);
    if (!cell.effective) continue;
    relationships.push(cell);
    const list = relationshipsByContact.get(cell.contactId);
    if (list) list.push(cell);
    else relationshipsByContact.set(cell.contactId, [cell]);
  }
  return { plan, settings, people, details, cellByPair, relationships, relationshipsByContact, activeBlueprints };
}

function activeBlueprintsOf(plan: AccountPlan, people: AccountPeople): Map<number, Blueprint[]> {
  const activeBlueprints = new Map<number, Blueprint[]>();
  for (const blueprint of plan.blueprints) {
    const key = pairNumber(people, blueprint.contactId, blueprint.memberId);
    if (!isActiveBlueprint(blueprint) || key === undefined) continue;
    const list = activeBlueprints.get(key);
    if (list) list.push(blueprint);
    else activeBlueprints.set(key, [blueprint]);
  }
  return activeBlueprints;
}

/**
 * The context of `plan` (the plan of `previous` with some relationships changed) and `details`, its cells: the
 * cells of `changed` pairs are new (undefined: the pair has no cell now), the others are the previous context's.
 */
export function updatedContext(
  previous: CoverageContext,
  plan: AccountPlan,
  details: CellDetail[],
  changed: ReadonlyMap<number, CellDetail | undefined>,
): CoverageContext {
  const cellByPair = new Map(previous.cellByPair);
  const contactIds = new Set<string>();
  for (const [pair, detail] of changed) {
    const before = previous.cellByPair.get(pair);
    if (before) contactIds.add(before.cell.contactId);
    if (detail) {
      cellByPair.set(pair, detail);
      contactIds.add(detail.cell.contactId);
    } else cellByPair.delete(pair);
  }
  const relationships: Cell[] = [];
  const relationshipsByContact = new Map(previous.relationshipsByContact);
  for (const contactId of contactIds) relationshipsByContact.delete(contactId);
  for (const { cell } of details) {
    if (!cell.effective) continue;
    relationships.push(cell);
    if (!contactIds.has(cell.contactId)) continue;
    const list = relationshipsByContact.get(cell.contactId);
    if (list) list.push(cell);
    else relationshipsByContact.set(cell.contactId, [cell]);
  }
  return { ...previous, plan, details, cellByPair, relationships, relationshipsByContact };
}

/**
 * `context` seen as if the map held only these contacts (their cells, relationships and blueprints; every member):
 * what the contact-scoped rules (RULE_SCOPES) need to judge them without going over everyone else.
 */
export function contextOfContacts(context: CoverageContext, contactIds: ReadonlySet<string>): CoverageContext {
  const contacts = new Map<string, ContactView>();
  const ranks = new Set<number>();
  for (const contactId of contactIds) {
    const view = context.people.contacts.get(contactId);
    const rank = context.people.contactRank.get(contactId);
    if (view) contacts.set(contactId, view);
    if (rank !== undefined) ranks.add(rank);
  }
  const width = context.people.memberIds.length;
  const details = context.details.filter((detail) => contactIds.has(detail.cell.contactId));
  const relationshipsByContact = new Map<string, Cell[]>();
  for (const [contactId, cells] of context.relationshipsByContact)
    if (contactIds.has(contactId)) relationshipsByContact.set(contactId, cells);
  const activeBlueprints = new Map<number, Blueprint[]>();
  for (const [pair, blueprints] of context.activeBlueprints)
    if (ranks.has(Math.floor(pair / width))) activeBlueprints.set(pair, blueprints);
  return {
    ...context,
    people: { ...context.people, contacts },
    details,
    relationships: context.relationships.filter((cell) => contactIds.has(cell.contactId)),
    relationshipsByContact,
    activeBlueprints,
  };
}

export function contactName(context: CoverageContext, contactId: string): string {
  return context.people.contacts.get(contactId)?.contact.name || contactId;
}

export function memberName(context: CoverageContext, memberId: string): string {
  return context.people.members.get(memberId)?.member.name || memberId;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
