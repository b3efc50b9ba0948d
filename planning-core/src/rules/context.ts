import { pairNumber, type AccountPeople } from '../account';
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
  const activeBlueprints = new Map<number, Blueprint[]>();
  for (const blueprint of plan.blueprints) {
    const key = pairNumber(people, blueprint.contactId, blueprint.memberId);
    if (!isActiveBlueprint(blueprint) || key === undefined) continue;
    const list = activeBlueprints.get(key);
    if (list) list.push(blueprint);
    else activeBlueprints.set(key, [blueprint]);
  }
  return { plan, settings, people, details, cellByPair, relationships, relationshipsByContact, activeBlueprints };
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
