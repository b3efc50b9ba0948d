import { validateBlueprintGoal } from '../blueprint';
import { gradeRank } from '../grades';
import type { Blueprint, Warning } from '../types';
import { contactName, memberName, type CoverageRule } from './context';

/** KEY_WITHOUT_BLUEPRINT: a key intersection with no planned or active blueprint. */
export const keyWithoutBlueprint: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const { cell, pair } of context.details) {
    if (!cell.key || context.activeBlueprints.has(pair)) continue;
    warnings.push({
      rule: 'KEY_WITHOUT_BLUEPRINT',
      severity: 'medium',
      contactId: cell.contactId,
      memberId: cell.memberId,
      message:
        `The key intersection of ${memberName(context, cell.memberId)} with ${contactName(context, cell.contactId)} ` +
        'has no active blueprint: write one with the next grade to reach and how to get there.',
    });
  }
  return warnings;
};

/**
 * GOAL_TOO_FAR: an active blueprint aiming more than one level above the current effective grade, or below it (a
 * goal is today's grade or one level up, §1.6.5).
 */
export const goalTooFar: CoverageRule = (context) => {
  const warnings: Warning[] = [];
  for (const [key, blueprints] of context.activeBlueprints) {
    const first = blueprints[0] as Blueprint;
    const current = context.cellByPair.get(key)?.cell.effective;
    // One warning per pair: the most ambitious goal speaks for the others, else the least ambitious one.
    const boldest = blueprints.reduce((best, next) => (gradeRank(next.goal) < gradeRank(best.goal) ? next : best));
    const meekest = blueprints.reduce((best, next) => (gradeRank(next.goal) > gradeRank(best.goal) ? next : best));
    const tooFar = validateBlueprintGoal(current, boldest.goal);
    const tooLow = validateBlueprintGoal(current, meekest.goal);
    const who = `${memberName(context, first.memberId)} and ${contactName(context, first.contactId)}`;
    let message: string | undefined;
    if (!tooFar.ok && gradeRank(boldest.goal) < gradeRank(current ?? 'I')) {
      message =
        `The blueprint for ${who} aims at ${boldest.goal} from ${current ?? 'blank'}: set the goal to ` +
        `${tooFar.highestAllowed}, one step up, and raise it once that is reached.`;
    } else if (!tooLow.ok) {
      message =
        `The blueprint for ${who} aims at ${meekest.goal}, below today's ${current ?? 'blank'}: set the goal to ` +
        `${tooLow.highestAllowed} or to hold ${current ?? 'I'}.`;
    }
    if (!message) continue;
    warnings.push({
      rule: 'GOAL_TOO_FAR',
      severity: 'medium',
      contactId: first.contactId,
      memberId: first.memberId,
      message,
    });
  }
  return warnings;
};

/** TOO_MANY_KEYS: more key intersections than a team can really work on at once. */
export const tooManyKeys: CoverageRule = (context) => {
  let keys = 0;
  for (const { cell } of context.details) if (cell.key) keys += 1;
  if (keys <= context.settings.maxKeyIntersections) return [];
  return [
    {
      rule: 'TOO_MANY_KEYS',
      severity: 'low',
      message:
        `${keys} key intersections: keep at most ${context.settings.maxKeyIntersections} so each one gets real ` +
        'attention, and let the rest wait for the next 90 days.',
    },
  ];
};
