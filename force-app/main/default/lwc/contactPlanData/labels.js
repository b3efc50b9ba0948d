// Human labels and coaching text of the Contact Plan vocabulary (codes are the planning core's, see docs/contracts.md).

import { GRADE_INFO, ROLE_INFO, STRATEGY_INFO } from 'c/planningCore';

// Names, meanings and coaching come from the planning core, so the sync, the CLI and the page use the same words.
export const GRADES = Object.entries(GRADE_INFO).map(([code, info]) => ({
  code,
  label: info.name,
  meaning: info.meaning,
}));

export const BUYER_ROLES = Object.entries(ROLE_INFO).map(([code, info]) => ({
  code,
  label: info.name,
  coaching: `${info.who} Watch: ${info.watch} Watch out for: ${info.watchOutFor}`,
}));

export const NO_ROLE = {
  code: 'None',
  label: 'Other contacts',
  coaching: 'No buyer role recorded for these contacts.',
};

export const SENIORITIES = ['Executive', 'VP', 'Director', 'Manager', 'Staff'];

export const SEVERITIES = [
  { code: 'critical', label: 'Critical' },
  { code: 'high', label: 'High' },
  { code: 'medium', label: 'Medium' },
  { code: 'low', label: 'Low' },
];

export const RULE_LABELS = {
  BELOW_SATISFIED: 'Below satisfied',
  UNCOVERED_BUYER: 'Uncovered',
  SINGLE_THREADED: 'Single-threaded',
  OVER_COVERED: 'Over-covered',
  SENIOR_GAP: 'Senior gap',
  TRUST_INFLATION: 'Trust inflation',
  FEW_OPEN: 'Few open',
  NO_POWER_BUYER: 'No power buyer',
  STALE_GRADE: 'Stale grade',
  KEY_WITHOUT_BLUEPRINT: 'Key without blueprint',
  GOAL_TOO_FAR: 'Goal too far',
  TOO_MANY_KEYS: 'Too many keys',
};

export const STRATEGIES = Object.entries(STRATEGY_INFO).map(([code, info]) => ({
  code,
  name: info.name,
  label: `${info.name} ("${info.nickname}")`,
  explanation: info.explanation,
  tactics: info.tactics,
}));

export const HORIZON_OPTIONS = [
  { label: '30 days', value: '30' },
  { label: '60 days', value: '60' },
  { label: '90 days', value: '90' },
];

export const BLUEPRINT_STATUSES = [
  { label: 'Planned', value: 'planned' },
  { label: 'Active', value: 'active' },
  { label: 'Done', value: 'done' },
  { label: 'Dropped', value: 'dropped' },
];

const GRADE_BY_CODE = new Map(GRADES.map((grade) => [grade.code, grade]));

export function gradeLabel(code) {
  const grade = GRADE_BY_CODE.get(code);
  return grade ? grade.label : 'No relationship';
}

export function severityRank(code) {
  const rank = SEVERITIES.findIndex((severity) => severity.code === code);
  return rank === -1 ? SEVERITIES.length : rank;
}

export function seniorityRank(code) {
  const rank = SENIORITIES.indexOf(code);
  return rank === -1 ? SENIORITIES.length : rank;
}
