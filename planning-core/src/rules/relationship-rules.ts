import { gradeName } from '../grades';
import type { Grade, Severity, Warning } from '../types';
import { contactName, memberName, type CoverageRule } from './context';

const BELOW_SATISFIED: Partial<Record<Grade, { severity: Severity; advice: string }>> = {
  I: {
    severity: 'medium',
    advice: 'give them a concrete reason to value us by bringing an idea tied to one of their priorities',
  },
  D: {
    severity: 'high',
    advice: 'find out exactly what went wrong, own it, and fix it with one small step they can see',
  },
  M: {
    severity: 'critical',
    advice:
      'they are working to replace us, so get a senior sponsor in front of them this week and agree a recovery plan',
  },
};

/** BELOW_SATISFIED: a relationship graded I, D or M after gravity. */
export const belowSatisfied: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const cell of context.relationships) {
    const level = cell.effective ? BELOW_SATISFIED[cell.effective] : undefined;
    if (!level || !cell.effective) continue;
    warnings.push({
      rule: 'BELOW_SATISFIED',
      severity: level.severity,
      contactId: cell.contactId,
      memberId: cell.memberId,
      message:
        `${contactName(context, cell.contactId)} is ${gradeName(cell.effective)} with ` +
        `${memberName(context, cell.memberId)}: ${level.advice}.`,
    });
  }
  return warnings;
};

/** STALE_GRADE: gravity lowered a manual grade because nothing happened for too long. */
export const staleGrade: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const { cell, slipped } of context.details) {
    if (!slipped) continue;
    warnings.push({
      rule: 'STALE_GRADE',
      severity: 'low',
      contactId: cell.contactId,
      memberId: cell.memberId,
      message:
        `${memberName(context, cell.memberId)}'s ${slipped.from} with ${contactName(context, cell.contactId)} has ` +
        `slipped to ${slipped.to} after ${slipped.quietDays} days without a touch: meet them, then re-grade.`,
    });
  }
  return warnings;
};
