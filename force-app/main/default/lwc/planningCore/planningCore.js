// GENERATED FILE, do not edit: built from planning-core/src by scripts/build-planning-core-lwc.js.
// Rebuild with `npm run build:lwc-core`; the LWC tests fail while this file is stale.

// planning-core/src/types.ts
var GRADES = ["T", "O", "S", "I", "D", "M"];
var BUYER_ROLES = ["Power", "User", "Advisor", "Evangelist"];
var SENIORITIES = ["Executive", "VP", "Director", "Manager", "Staff"];
var STRATEGIES = ["RECIPROCITY", "COMMITMENT", "SOCIAL_PROOF", "LIKING", "AUTHORITY", "SCARCITY"];
var TOUCH_KINDS = ["meeting", "call", "email", "other"];
var BLUEPRINT_STATUSES = ["planned", "active", "done", "dropped"];
var OPPORTUNITY_STAGES = ["open", "won", "lost"];
var HORIZONS = [30, 60, 90];
var SEVERITIES = ["critical", "high", "medium", "low"];
var RULES = [
  "BELOW_SATISFIED",
  "UNCOVERED_BUYER",
  "SINGLE_THREADED",
  "OVER_COVERED",
  "SENIOR_GAP",
  "TRUST_INFLATION",
  "FEW_OPEN",
  "NO_POWER_BUYER",
  "STALE_GRADE",
  "KEY_WITHOUT_BLUEPRINT",
  "GOAL_TOO_FAR",
  "TOO_MANY_KEYS"
];
export {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  GRADES,
  HORIZONS,
  OPPORTUNITY_STAGES,
  RULES,
  SENIORITIES,
  SEVERITIES,
  STRATEGIES,
  TOUCH_KINDS
};
