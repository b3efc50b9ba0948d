import { GRADES, type BuyerRole, type Grade, type Severity } from './types';
import { DEFAULT_ROLE_MAPPING } from './roles';

/** Every window, threshold and weight of the method (docs/method.md §1.4–§1.6), with the documented defaults. */
export interface Settings {
  /** Window in which a meeting counts towards a suggested S. */
  meetingWindowDays: number;
  /** Window in which touches are counted towards a suggested S. */
  touchWindowDays: number;
  /** Touches needed in `touchWindowDays` (with a meeting) for a suggested S. */
  minRecentTouches: number;
  /** Without a meeting in this window, touches only suggest I. */
  noMeetingWindowDays: number;
  /** A Closed Won opportunity this recent, with the contact in a role and the member on it, suggests S. */
  wonWindowDays: number;
  /** A manual T/O/S drops one level for every full period of this many days without a touch or re-grade. */
  gravityStepDays: number;
  /** Gravity never pulls a grade below this one. */
  gravityFloor: Grade;
  /** OVER_COVERED fires above this many relationships on one contact. */
  maxRelationshipsPerContact: number;
  /** TRUST_INFLATION and FEW_OPEN look only at accounts with at least this many relationships. */
  mixMinRelationships: number;
  /** TRUST_INFLATION needs at least this many T relationships… */
  trustInflationMinTrust: number;
  /** …and a T share above this fraction. */
  trustInflationMaxShare: number;
  /** FEW_OPEN fires when the O share is below this fraction. */
  fewOpenMinShare: number;
  /** TOO_MANY_KEYS fires above this many key intersections. */
  maxKeyIntersections: number;
  /** At most this many leverage proposals per weak or blank target. */
  leveragePerTarget: number;
  /** Next best moves (docs/method.md §1.6.3): at most this many per account; 0 leaves them out. */
  nextMovesPerAccount: number;
  /** An open opportunity closing within this many days counts as a renewal deadline (suggests SCARCITY). */
  renewalWindowDays: number;
  /** CONTACT_LEFT fires for this many days after a contact with relationships left the account. */
  departureWindowDays: number;
  /** A relationship a contact brings from another account suggests a grade for this many days after it was known. */
  historyWindowDays: number;
  /** Coverage score: how much a contact holding each buyer role counts (a contact with several takes the highest). */
  scoreRoleWeights: Record<BuyerRole, number>;
  /** Coverage score: how much a contact without a buyer role counts, once someone has a relationship with them. */
  scoreOtherContactWeight: number;
  /** Coverage score: the share of a person's seat that one warning of each severity on them takes (0..1). */
  scorePersonShares: Record<Severity, number>;
  /** Coverage score: the points one account-wide warning of each severity takes off the total. */
  scoreAccountPoints: Record<Severity, number>;
  /** Salesforce OpportunityContactRole.Role (lower case) → buyer role; null means "no buyer role". */
  roleMapping: Readonly<Record<string, BuyerRole | null>>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  meetingWindowDays: 90,
  touchWindowDays: 90,
  minRecentTouches: 2,
  noMeetingWindowDays: 180,
  wonWindowDays: 365,
  gravityStepDays: 90,
  gravityFloor: 'I',
  maxRelationshipsPerContact: 3,
  mixMinRelationships: 4,
  trustInflationMinTrust: 2,
  trustInflationMaxShare: 0.25,
  fewOpenMinShare: 0.3,
  maxKeyIntersections: 6,
  leveragePerTarget: 3,
  renewalWindowDays: 90,
  nextMovesPerAccount: 3,
  departureWindowDays: 90,
  historyWindowDays: 365,
  scoreRoleWeights: Object.freeze({ Power: 2, User: 1, Advisor: 1, Evangelist: 1 }),
  scoreOtherContactWeight: 0.5,
  scorePersonShares: Object.freeze({ critical: 1, high: 0.6, medium: 0.3, low: 0.1 }),
  scoreAccountPoints: Object.freeze({ critical: 20, high: 10, medium: 5, low: 2 }),
  roleMapping: DEFAULT_ROLE_MAPPING,
});

/**
 * How far back activities can still matter to any rule (the evidence horizon, in days before asOf, inclusive): the
 * longest of the touch, meeting, no-meeting and won windows and the quiet time after which gravity has pulled any
 * grade to its floor. Older activities change no grade, warning or score, so a reader need not fetch them; docs/method.md
 * §1.4–§1.6 name the windows.
 */
export function evidenceHorizonDays(settings: Settings): number {
  const levelsToFloor = Math.max(0, GRADES.indexOf(settings.gravityFloor));
  return Math.max(
    settings.touchWindowDays,
    settings.meetingWindowDays,
    settings.noMeetingWindowDays,
    settings.wonWindowDays,
    levelsToFloor * settings.gravityStepDays,
  );
}

/** The defaults with `overrides` on top; the score's per-role and per-severity tables merge entry by entry. */
export function resolveSettings(overrides: Partial<Settings> = {}): Settings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return {
    ...DEFAULT_SETTINGS,
    ...defined,
    scoreRoleWeights: { ...DEFAULT_SETTINGS.scoreRoleWeights, ...overrides.scoreRoleWeights },
    scorePersonShares: { ...DEFAULT_SETTINGS.scorePersonShares, ...overrides.scorePersonShares },
    scoreAccountPoints: { ...DEFAULT_SETTINGS.scoreAccountPoints, ...overrides.scoreAccountPoints },
  };
}
