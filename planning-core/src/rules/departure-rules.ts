import { toDayNumber } from '../dates';
import type { Settings } from '../settings';
import type { AccountPlan, Departure, Severity, Warning } from '../types';
import { memberName, type CoverageRule } from './context';

/** The graded relationships a departed contact took along: the ones that make it a loss. */
const gradedOf = (departure: Departure) => departure.relationships.filter((r) => r.grade !== undefined);

/**
 * How much the departure costs the account: a Power buyer or a Trust/Open relationship gone is `high` (the way in
 * left with them), any other buyer or a Satisfied relationship `medium`, the rest (weak grades on a non-buyer) `low`.
 */
export function departureSeverity(departure: Departure): Severity {
  const roles = departure.roles ?? [];
  const grades = gradedOf(departure).map((r) => r.grade);
  if (roles.includes('Power') || grades.some((g) => g === 'T' || g === 'O')) return 'high';
  if (roles.length > 0 || grades.includes('S')) return 'medium';
  return 'low';
}

/** True while the departure is recent enough to warn about (the day it was seen and `departureWindowDays` after). */
function isRecent(departure: Departure, asOfDay: number, settings: Settings): boolean {
  return asOfDay - toDayNumber(departure.leftOn) <= settings.departureWindowDays;
}

/** The first day after `asOf` on which a departure warning of `plan` stops (its window ends), if any. */
export function departuresChangeOn(plan: AccountPlan, asOfDay: number, settings: Settings): number | undefined {
  let first: number | undefined;
  for (const departure of plan.departures ?? []) {
    if (!gradedOf(departure).length || !isRecent(departure, asOfDay, settings)) continue;
    const ends = toDayNumber(departure.leftOn) + settings.departureWindowDays + 1;
    if (first === undefined || ends < first) first = ends;
  }
  return first;
}

function whatHappened(departure: Departure): string {
  const to = departure.toAccountName;
  switch (departure.reason) {
    case 'moved':
      return to ? `moved to ${to}` : 'moved to another account';
    case 'merged':
      return to ? `was merged into a contact at ${to}` : 'was merged into another contact';
    case 'deleted':
      return 'was deleted from Salesforce';
  }
}

/** CONTACT_LEFT: a contact with relationships left the account (moved, merged away or deleted). */
export const contactLeft: CoverageRule = (context) => {
  const asOfDay = toDayNumber(context.plan.asOf);
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const departure of context.plan.departures ?? []) {
    const graded = gradedOf(departure);
    if (!graded.length || seen.has(departure.contactId) || !isRecent(departure, asOfDay, context.settings)) continue;
    seen.add(departure.contactId);
    const pairs = graded.map((r) => `${memberName(context, r.memberId)} (${r.grade})`).join(', ');
    const follow =
      departure.reason !== 'deleted' && departure.toAccountName
        ? ` and follow them to ${departure.toAccountName}: they already know us there`
        : '';
    warnings.push({
      rule: 'CONTACT_LEFT',
      severity: departureSeverity(departure),
      contactId: departure.contactId,
      message:
        `${departure.name} ${whatHappened(departure)}, taking the relationships with ` +
        `${pairs}: find who takes over their part here${follow}.`,
    });
  }
  return warnings;
};
