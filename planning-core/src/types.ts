// The JSON contract of the planning core (docs/method.md §1.7). Dates are YYYY-MM-DD strings; ids are opaque.

export const GRADES = ['T', 'O', 'S', 'I', 'D', 'M'] as const;
/** Relationship grade, best first. */
export type Grade = (typeof GRADES)[number];

export const BUYER_ROLES = ['Power', 'User', 'Advisor', 'Evangelist'] as const;
export type BuyerRole = (typeof BUYER_ROLES)[number];

export const SENIORITIES = ['Executive', 'VP', 'Director', 'Manager', 'Staff'] as const;
/** Seniority, most senior first. */
export type Seniority = (typeof SENIORITIES)[number];

export const STRATEGIES = ['RECIPROCITY', 'COMMITMENT', 'SOCIAL_PROOF', 'LIKING', 'AUTHORITY', 'SCARCITY'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const TOUCH_KINDS = ['meeting', 'call', 'email', 'other'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const BLUEPRINT_STATUSES = ['planned', 'active', 'done', 'dropped'] as const;
export type BlueprintStatus = (typeof BLUEPRINT_STATUSES)[number];

export const OPPORTUNITY_STAGES = ['open', 'won', 'lost'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

export const HORIZONS = [30, 60, 90] as const;
export type HorizonDays = (typeof HORIZONS)[number];

/** Why a contact left an account's map (Relationship__c.Closed_Reason__c): docs/method.md §1.6.6. */
export const DEPARTURE_REASONS = ['moved', 'merged', 'deleted'] as const;
export type DepartureReason = (typeof DEPARTURE_REASONS)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULES = [
  'BELOW_SATISFIED',
  'UNCOVERED_BUYER',
  'SINGLE_THREADED',
  'OVER_COVERED',
  'SENIOR_GAP',
  'TRUST_INFLATION',
  'FEW_OPEN',
  'NO_POWER_BUYER',
  'STALE_GRADE',
  'KEY_WITHOUT_BLUEPRINT',
  'GOAL_TOO_FAR',
  'TOO_MANY_KEYS',
  'CONTACT_LEFT',
] as const;
export type Rule = (typeof RULES)[number];

/**
 * A relationship the contact had on another account before coming to this one (docs/method.md §1.6.6): the grade
 * last known there and the day it was last known true (the later of its grading and its last touch).
 */
export interface HistoryEntry {
  accountName: string;
  memberId: string;
  grade: Grade;
  date: string;
}

export interface Contact {
  id: string;
  name: string;
  title?: string;
  seniority?: Seniority;
  roles: BuyerRole[];
  department?: string;
  /** Relationships the contact brings from other accounts; each suggests a grade (at most S) on this one. */
  history?: HistoryEntry[];
}

/** One of the team's relationships a departed contact took along. */
export interface DepartedRelationship {
  memberId: string;
  grade?: Grade;
}

/** A contact who left the account: moved to another account, merged into another contact, or deleted. */
export interface Departure {
  contactId: string;
  name: string;
  roles?: BuyerRole[];
  reason: DepartureReason;
  /** The day the departure was seen. */
  leftOn: string;
  /** Where the contact went (a move or a merge into a contact of another account). */
  toAccountName?: string;
  relationships: DepartedRelationship[];
}

export interface Member {
  id: string;
  name: string;
  title?: string;
  seniority?: Seniority;
}

export interface Relationship {
  contactId: string;
  memberId: string;
  grade?: Grade;
  gradedOn?: string;
  key?: boolean;
  horizonDays?: HorizonDays;
}

export interface Touch {
  contactId: string;
  memberId: string;
  date: string;
  kind: TouchKind;
}

/**
 * What the nightly sync found about one pair's activity, up to that sync's `asOf` (the Relationship__c svc fields
 * Last_Touch__c, Last_Meeting__c, Touches_90d__c, Suggested_Grade__c, Grade_Reasons__c). A plan read from the sync's
 * results carries these instead of touches: the analysis is the same as from the touches on the sync's date.
 */
export interface EvidenceSummary {
  contactId: string;
  memberId: string;
  lastTouch?: string;
  lastMeeting?: string;
  /** Touches in the touch window (settings.touchWindowDays) up to the sync. */
  recentTouches: number;
  /** The grade the evidence suggested at the sync (with a Closed Won opportunity counted), used as is when set. */
  suggested?: Grade;
  /** The reasons of that suggestion. */
  reasons?: string[];
  /** Touches dated after the sync (scheduled meetings): they restart the gravity countdown when they pass. */
  scheduledTouches?: string[];
}

export interface Blueprint {
  contactId: string;
  memberId: string;
  goal: Grade;
  strategies: Strategy[];
  tactics?: string;
  resources?: string;
  horizonDays?: HorizonDays;
  dueDate?: string;
  status: BlueprintStatus;
}

export interface OpportunityContactRole {
  contactId: string;
  role: string;
}

export interface Opportunity {
  id: string;
  stage: OpportunityStage;
  closeDate: string;
  memberIds: string[];
  contactRoles: OpportunityContactRole[];
}

export interface AccountPlan {
  accountId: string;
  /** The account's name, for people (the CLI's table); the analysis never reads it. */
  accountName?: string;
  asOf: string;
  contacts: Contact[];
  members: Member[];
  relationships: Relationship[];
  touches: Touch[];
  blueprints: Blueprint[];
  opportunities: Opportunity[];
  /**
   * Per-pair evidence summaries instead of touches (a plan read from the sync's results). When present, the pairs'
   * evidence comes from these alone: touches and Closed Won opportunities are not read for it.
   */
  evidence?: EvidenceSummary[];
  /** Contacts who left the account with relationships (CONTACT_LEFT); absent counts as none. */
  departures?: Departure[];
}

export interface Cell {
  contactId: string;
  memberId: string;
  manual?: Grade;
  suggested?: Grade;
  effective?: Grade;
  reasons: string[];
  key: boolean;
  /**
   * The gravity countdown (docs/method.md §1.4): for a manual T, O or S, the first day gravity shows it one level
   * lower if nothing new happens (a scheduled touch counts from its day), and the grade it drops to.
   */
  dropsOn?: string;
  dropsTo?: Grade;
}

export interface Warning {
  rule: Rule;
  severity: Severity;
  contactId?: string;
  memberId?: string;
  message: string;
}

export interface KeySuggestion {
  contactId: string;
  memberId?: string;
  why: string;
}

export interface LeverageProposal {
  contactId: string;
  targetMemberId?: string;
  viaMemberId: string;
  /** The contact of the strong (T/O) relationship that opens the door: the target itself, a colleague, a peer. */
  viaContactId: string;
  why: string;
}

/** A cell whose goal grade would raise the coverage score (docs/method.md §1.6.3). */
export interface NextMove {
  contactId: string;
  memberId: string;
  /** The cell's effective grade now; absent for a blank cell or one without a grade. */
  from?: Grade;
  /** One level up (a first relationship aims at S). */
  goal: Grade;
  /** Points the coverage score would gain with the goal grade set today. */
  gain: number;
  why: string;
}

export type GradeCounts = Record<Grade, number>;

export interface AccountAnalysis {
  accountId: string;
  asOf: string;
  cells: Cell[];
  warnings: Warning[];
  score: number;
  gradeCounts: GradeCounts;
  keySuggestions: KeySuggestion[];
  leverage: LeverageProposal[];
  /** The best few next moves, largest gain first. */
  nextMoves: NextMove[];
}
