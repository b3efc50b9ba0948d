import { fromDayNumber } from './dates';
import { gradeRank, lowerBy } from './grades';
import type { Settings } from './settings';
import type { Grade } from './types';

export interface GravityResult {
  effective: Grade;
  reasons: string[];
  /** Whole days since the later of the grading date and the last touch, when either is known. */
  quietDays?: number;
  /** Day number on which gravity lowers the grade next, if it still can. */
  changesOn?: number;
}

/**
 * Gravity (docs/method.md §1.4): a manual T, O or S drops one level for every full `gravityStepDays` since the later of its
 * grading date and the last touch, never below `gravityFloor`. Grades at or below the floor never move. A grade
 * with neither a date nor a touch has nothing to measure from and stays as graded.
 */
export function applyGravity(
  manual: Grade,
  gradedOnDay: number | undefined,
  lastTouchDay: number | undefined,
  asOfDay: number,
  settings: Settings,
): GravityResult {
  const graded = gradedOnDay === undefined ? `graded ${manual}` : `graded ${manual} on ${fromDayNumber(gradedOnDay)}`;
  const referenceDay =
    gradedOnDay === undefined
      ? lastTouchDay
      : lastTouchDay === undefined
        ? gradedOnDay
        : Math.max(gradedOnDay, lastTouchDay);
  if (referenceDay === undefined) {
    return { effective: manual, reasons: [`${graded}; no date to measure gravity from`] };
  }
  const quietDays = Math.max(0, asOfDay - referenceDay);
  const steps = Math.floor(quietDays / settings.gravityStepDays);
  const effective = lowerBy(manual, steps, settings.gravityFloor);
  const reasons = effective === manual ? [graded] : [`${graded}; no touch for ${quietDays} days → ${effective}`];
  if (effective === manual && lastTouchDay !== undefined && (gradedOnDay === undefined || lastTouchDay > gradedOnDay)) {
    reasons.push(`last touch ${fromDayNumber(lastTouchDay)}`);
  }
  const canDropFurther = gradeRank(effective) < gradeRank(settings.gravityFloor);
  const changesOn = canDropFurther ? referenceDay + (steps + 1) * settings.gravityStepDays : undefined;
  return { effective, reasons, quietDays, changesOn };
}

/** The next time gravity lowers a manual grade: the first day at the lower grade, and that grade. */
export interface GravityDrop {
  day: number;
  to: Grade;
}

const NONE_AHEAD = new Float64Array(0);

function touchesAhead(days: readonly number[], asOfDay: number): Float64Array {
  return Float64Array.from(days.filter((day) => day > asOfDay)).sort();
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/**
 * The countdown of docs/method.md §1.4.3: the first day after `asOfDay` on which gravity lowers the effective grade of a
 * manual T, O or S, and the grade it falls to. A scheduled touch (a day after `asOfDay`) counts from its day, as it
 * will once it has passed: it restores the manual grade and restarts the count. Undefined when the grade is at or
 * below the floor, or has no date to measure from and no touch ahead.
 */
export function nextGravityDrop(
  manual: Grade,
  gradedOnDay: number | undefined,
  lastTouchDay: number | undefined,
  scheduledTouchDays: readonly number[],
  asOfDay: number,
  settings: Settings,
): GravityDrop | undefined {
  const floorRank = gradeRank(settings.gravityFloor);
  if (gradeRank(manual) >= floorRank) return undefined;
  const step = settings.gravityStepDays;
  const ahead = scheduledTouchDays.length === 0 ? NONE_AHEAD : touchesAhead(scheduledTouchDays, asOfDay);
  let reference = later(gradedOnDay, lastTouchDay);
  let from = asOfDay;
  for (let i = 0; ; i++) {
    const touch = ahead[i];
    if (reference !== undefined) {
      const steps = Math.floor(Math.max(0, from - reference) / step);
      if (gradeRank(lowerBy(manual, steps, settings.gravityFloor)) < floorRank) {
        const dropDay = reference + (steps + 1) * step;
        if (touch === undefined || dropDay < touch) {
          return { day: dropDay, to: lowerBy(manual, steps + 1, settings.gravityFloor) };
        }
      }
    }
    if (touch === undefined) return undefined;
    reference = later(reference, touch);
    from = touch;
  }
}
