import { gradeName, gradeRank } from './grades';
import { GRADES, type Grade } from './types';

export type GoalCheck = { ok: true } | { ok: false; highestAllowed: Grade; message: string };

/** Blank cells count as Indifferent when a blueprint sets its goal. */
export const BLANK_COUNTS_AS: Grade = 'I';

/**
 * A relationship moves up one level at a time, so a blueprint's goal is today's effective grade (blank counts as I)
 * or one level above it (docs/method.md §1.6). Holding a grade is a plan too; a goal below today's grade is not (it
 * plans a loss), so both directions are refused and the message names the range allowed.
 */
export function validateBlueprintGoal(current: Grade | null | undefined, goal: Grade): GoalCheck {
  const from = current ?? BLANK_COUNTS_AS;
  const fromRank = gradeRank(from);
  const goalRank = gradeRank(goal);
  const highestAllowed = GRADES[Math.max(fromRank - 1, 0)] as Grade;
  if (goalRank >= fromRank - 1 && goalRank <= fromRank) return { ok: true };
  const today = current ? gradeName(current) : 'no relationship (counts as Indifferent)';
  if (goalRank > fromRank) {
    return {
      ok: false,
      highestAllowed,
      message:
        `A goal of ${gradeName(goal)} is below today's ${today}: ` +
        (highestAllowed === from
          ? `aim to hold ${gradeName(from)}.`
          : `aim for ${gradeName(highestAllowed)}, or to hold ${gradeName(from)}.`),
    };
  }
  return {
    ok: false,
    highestAllowed,
    message: `A goal of ${gradeName(goal)} is more than one step from ${today}: aim for ${gradeName(highestAllowed)} first.`,
  };
}

/** The goals a blueprint may set from today's effective grade, best first: one level up (if any), then hold. */
export function allowedBlueprintGoals(current: Grade | null | undefined): Grade[] {
  return GRADES.filter((goal) => validateBlueprintGoal(current, goal).ok);
}
