import { gradeName, gradeRank } from './grades';
import { GRADES, type Grade } from './types';

export type GoalCheck = { ok: true } | { ok: false; highestAllowed: Grade; message: string };

/** Blank cells count as Indifferent when a blueprint sets its goal. */
export const BLANK_COUNTS_AS: Grade = 'I';

/**
 * A relationship moves up one level at a time, so a blueprint's goal may be at most one level above the current
 * effective grade (blank counts as I). Goals at or below the current grade are allowed: holding a T is a plan too.
 */
export function validateBlueprintGoal(current: Grade | null | undefined, goal: Grade): GoalCheck {
  const from = current ?? BLANK_COUNTS_AS;
  const fromRank = gradeRank(from);
  if (gradeRank(goal) >= fromRank - 1) return { ok: true };
  const highestAllowed = GRADES[Math.max(fromRank - 1, 0)] as Grade;
  return {
    ok: false,
    highestAllowed,
    message:
      `A goal of ${gradeName(goal)} is more than one step from ${current ? gradeName(current) : 'no relationship (counts as Indifferent)'}: ` +
      `aim for ${gradeName(highestAllowed)} first.`,
  };
}
