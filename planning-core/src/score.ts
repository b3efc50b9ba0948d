import { pairIds } from './account';
import type { CoverageContext } from './rules';
import type { Settings } from './settings';
import type { BuyerRole, Warning } from './types';

// The coverage score (docs/method.md §1.5, "The coverage score"): how well the buying centre is covered, as a
// weighted average over its people, so that the size of an account does not decide it.

/** One place in the buying centre as the score counts it. */
export interface ScoreSeat {
  /** The contact holding the seat; absent for the Power seat nobody holds. */
  contactId?: string;
  /** How much the seat counts: its highest buyer role's weight, or the weight of other contacts. */
  weight: number;
  /**
   * 0..1: 0 while nobody on the team has a relationship with the person; otherwise 1, and each warning on them
   * keeps (1 - its severity's share) of it.
   */
  coverage: number;
}

export interface ScoreBreakdown {
  /** The coverage score, 0..100. */
  score: number;
  /** The weighted average coverage of the seats, 0..100, before the account-wide points. */
  coverage: number;
  /** The buying centre's seats, in contact id order; the empty Power seat last. */
  seats: ScoreSeat[];
  /** Points the account-wide warnings (and warnings on people no longer on the map) take off. */
  accountPoints: number;
}

/** The weight of a contact's seat: its highest role weight, or `scoreOtherContactWeight` without a buyer role. */
function seatWeight(roles: readonly BuyerRole[], settings: Settings): number {
  if (roles.length === 0) return settings.scoreOtherContactWeight;
  return Math.max(...roles.map((role) => settings.scoreRoleWeights[role]));
}

/** Contacts a rep has put on the plan: a key intersection or an active blueprint with them. */
function plannedContacts(context: CoverageContext): Set<string> {
  const planned = new Set<string>();
  for (const { cell } of context.details) if (cell.key) planned.add(cell.contactId);
  for (const pair of context.activeBlueprints.keys()) planned.add(pairIds(context.people, pair).contactId);
  return planned;
}

/**
 * The score and how it is made up. The buying centre is every buyer, every other contact someone on the team has a
 * relationship with or a rep has planned for, and every contact a warning points at; when nobody holds the Power
 * role, an empty Power seat stands in for the buyer who can decide alone. Each seat counts its weight. A seat is
 * empty while nobody on the team knows the person; otherwise each warning on them takes its severity's share of what
 * is left of it. A warning about the whole account, or about someone no longer on the map, takes its severity's
 * points off the total.
 */
export function scoreBreakdown(context: CoverageContext, warnings: readonly Warning[]): ScoreBreakdown {
  const { settings, people } = context;
  const kept = new Map<string, number>();
  let accountPoints = 0;
  for (const warning of warnings) {
    if (warning.contactId !== undefined && people.contacts.has(warning.contactId)) {
      const share = settings.scorePersonShares[warning.severity];
      kept.set(warning.contactId, (kept.get(warning.contactId) ?? 1) * (1 - share));
    } else {
      accountPoints += settings.scoreAccountPoints[warning.severity];
    }
  }

  const planned = plannedContacts(context);
  const seats: ScoreSeat[] = [];
  let holdsPower = false;
  for (const contactId of people.contactIds) {
    const view = people.contacts.get(contactId);
    if (!view) continue;
    if (view.roles.includes('Power')) holdsPower = true;
    const known = context.relationshipsByContact.has(contactId);
    if (view.roles.length === 0 && !known && !planned.has(contactId) && !kept.has(contactId)) continue;
    const coverage = known ? (kept.get(contactId) ?? 1) : 0;
    seats.push({ contactId, weight: seatWeight(view.roles, settings), coverage });
  }
  if (!holdsPower) seats.push({ weight: settings.scoreRoleWeights.Power, coverage: 0 });

  return { ...scoreOfSeats(seats, accountPoints), seats, accountPoints };
}

/** The score of `seats` less `accountPoints`; `replace` gives one contact's seat another coverage (next moves). */
export function scoreOfSeats(
  seats: readonly ScoreSeat[],
  accountPoints: number,
  replace?: { contactId: string; coverage: number },
): { score: number; coverage: number } {
  let totalWeight = 0;
  let covered = 0;
  for (const seat of seats) {
    totalWeight += seat.weight;
    const seatCoverage = replace && seat.contactId === replace.contactId ? replace.coverage : seat.coverage;
    covered += seat.weight * seatCoverage;
  }
  const coverage = totalWeight > 0 ? (100 * covered) / totalWeight : 0;
  const score = Math.max(0, Math.min(100, Math.round(coverage - accountPoints)));
  return { score, coverage };
}
