// Human labels and coaching text of the Contact Plan vocabulary (codes are the planning core's, see docs/contracts.md).

import {
  BLUEPRINT_STATUSES as CORE_BLUEPRINT_STATUSES,
  BLUEPRINT_STATUS_LABELS,
  GRADE_INFO,
  HORIZONS,
  ROLE_INFO,
  RULES,
  RULE_INFO,
  SENIORITIES as CORE_SENIORITIES,
  SEVERITIES as CORE_SEVERITIES,
  SEVERITY_LABELS,
  STRATEGY_INFO,
  horizonLabel,
} from 'c/planningCore';

// Every code, name, meaning and coaching text comes from the planning core, so the sync, the CLI, the picklists and
// the page use the same words and a new code needs no edit here.
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

export const SENIORITIES = [...CORE_SENIORITIES];

export const SEVERITIES = CORE_SEVERITIES.map((code) => ({ code, label: SEVERITY_LABELS[code] }));

export const RULE_LABELS = Object.fromEntries(RULES.map((code) => [code, RULE_INFO[code].label]));

export const RULE_SUMMARIES = Object.fromEntries(RULES.map((code) => [code, RULE_INFO[code].summary]));

export const STRATEGIES = Object.entries(STRATEGY_INFO).map(([code, info]) => ({
  code,
  name: info.name,
  label: `${info.name} ("${info.nickname}")`,
  explanation: info.explanation,
  tactics: info.tactics,
}));

export const HORIZON_OPTIONS = HORIZONS.map((days) => ({ label: horizonLabel(days), value: String(days) }));

export const BLUEPRINT_STATUSES = CORE_BLUEPRINT_STATUSES.map((value) => ({
  label: BLUEPRINT_STATUS_LABELS[value],
  value,
}));

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
