import { pairNumber, type AccountPeople, type ContactView } from '../account';
import { firstAtOrAfter, type CellDetail } from '../cells';
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

/** The cells of one contact (by rank) in `details`: they sit together, in member order. */
function detailsOfContact(details: readonly CellDetail[], rank: number, width: number): CellDetail[] {
  return details.slice(firstAtOrAfter(details, rank * width), firstAtOrAfter(details, (rank + 1) * width));
}

/**
 * The context of `plan` (the plan of `previous` with some relationships changed) and `details`, its cells: the
 * cells of `changed` pairs are new (undefined: the pair has no cell now), the others are the previous context's.
 * Only the changed places are edited: copying a list is quicker than going over it.
 */
export function updatedContext(
  previous: CoverageContext,
  plan: AccountPlan,
  details: CellDetail[],
  changed: ReadonlyMap<number, CellDetail | undefined>,
): CoverageContext {
  const { people } = previous;
  const width = people.memberIds.length;
  const pairOf = (cell: Cell): number => pairNumber(people, cell.contactId, cell.memberId) as number;
  const cellByPair = new Map(previous.cellByPair);
  const relationships = previous.relationships.slice();
  // The index in `relationships` (in pair order too) of the first relationship whose pair is not below `pair`.
  const relationshipAt = (pair: number): number => {
    let low = 0;
    let high = relationships.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (pairOf(relationships[middle] as Cell) < pair) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const ranks = new Set<number>();
  for (const [pair, detail] of changed) {
    ranks.add(Math.floor(pair / width));
    if (detail) cellByPair.set(pair, detail);
    else cellByPair.delete(pair);
    const at = relationshipAt(pair);
    const present = at < relationships.length && pairOf(relationships[at] as Cell) === pair;
    if (detail?.cell.effective) relationships.splice(at, present ? 1 : 0, detail.cell);
    else if (present) relationships.splice(at, 1);
  }
  const relationshipsByContact = new Map(previous.relationshipsByContact);
  for (const rank of ranks) {
    const contactId = people.contactIds[rank] as string;
    const known = detailsOfContact(details, rank, width)
      .filter((detail) => detail.cell.effective)
      .map((detail) => detail.cell);
    if (known.length > 0) relationshipsByContact.set(contactId, known);
    else relationshipsByContact.delete(contactId);
  }
  return { ...previous, plan, details, cellByPair, relationships, relationshipsByContact };
}

/**
 * `context` seen as if the map held only these contacts (their cells, relationships and blueprints; every member):
 * what the contact-scoped rules (RULE_SCOPES) need to judge them without going over everyone else.
 */
export function contextOfContacts(context: CoverageContext, contactIds: ReadonlySet<string>): CoverageContext {
  const { people } = context;
  const width = people.memberIds.length;
  const ranks: number[] = [];
  const contacts = new Map<string, ContactView>();
  for (const contactId of contactIds) {
    const view = people.contacts.get(contactId);
    const rank = people.contactRank.get(contactId);
    if (view) contacts.set(contactId, view);
    if (rank !== undefined) ranks.push(rank);
  }
  ranks.sort((a, b) => a - b);
  const details: CellDetail[] = [];
  const relationships: Cell[] = [];
  const relationshipsByContact = new Map<string, Cell[]>();
  for (const rank of ranks) {
    for (const detail of detailsOfContact(context.details, rank, width)) details.push(detail);
    const contactId = people.contactIds[rank] as string;
    const known = context.relationshipsByContact.get(contactId);
    if (!known) continue;
    relationshipsByContact.set(contactId, known);
    for (const cell of known) relationships.push(cell);
  }
  const activeBlueprints = new Map<number, Blueprint[]>();
  for (const [pair, blueprints] of context.activeBlueprints)
    if (contactIds.has((blueprints[0] as Blueprint).contactId)) activeBlueprints.set(pair, blueprints);
  return {
    ...context,
    people: { ...people, contacts },
    details,
    relationships,
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
