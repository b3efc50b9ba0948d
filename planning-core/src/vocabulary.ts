// The words people see for the core's codes, in one place: the picklists (npm run vocabulary), the LWC labels and
// the docs take them from here. Codes never change with their labels.
import { GRADE_INFO } from './grades';
import { ROLE_INFO } from './roles';
import { RULE_INFO } from './rules/info';
import { STRATEGY_INFO } from './strategies';
import type {
  BlueprintStatus,
  BuyerRole,
  DepartureReason,
  Grade,
  HorizonDays,
  Rule,
  Seniority,
  Severity,
  Strategy,
} from './types';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const SENIORITY_LABELS: Readonly<Record<Seniority, string>> = {
  Executive: 'Executive',
  VP: 'Vice President',
  Director: 'Director',
  Manager: 'Manager',
  Staff: 'Staff',
};

export const BLUEPRINT_STATUS_LABELS: Readonly<Record<BlueprintStatus, string>> = {
  planned: 'Planned',
  active: 'Active',
  done: 'Done',
  dropped: 'Dropped',
};

export const DEPARTURE_REASON_LABELS: Readonly<Record<DepartureReason, string>> = {
  moved: 'Moved to another account',
  merged: 'Merged into another contact',
  deleted: 'Deleted',
};

export function horizonLabel(days: HorizonDays): string {
  return `${days} days`;
}

/** The label of a grade where a code must stay visible next to its name (picklists): "T – Trust". */
export function gradeCodeLabel(grade: Grade): string {
  return `${grade} – ${GRADE_INFO[grade].name}`;
}

export const roleLabel = (role: BuyerRole): string => ROLE_INFO[role].name;
export const ruleLabel = (rule: Rule): string => RULE_INFO[rule].label;
export const strategyLabel = (strategy: Strategy): string => STRATEGY_INFO[strategy].name;
