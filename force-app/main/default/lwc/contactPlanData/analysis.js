// The components' only door to the planning core (README "Layout": LWCs reach the core through planningCore alone).
import {
  allowedBlueprintGoals,
  daysBetween,
  reanalyzeTypedPlan,
  resolveSeniority,
  suggestStrategies,
  validateBlueprintGoal,
} from 'c/planningCore';
import { STRATEGIES } from './labels';
import { cellOf, entryOf } from './lookup';

// The last plan analysed and its analysis, as the core's state for the next edit (its JSON is worked out only when a
// plan read from the org is compared).
let last;
// Whether the core's re-analysis ran on this page (an edit, or the warm-up below), and whether the warm-up is planned.
let editPathRan = false;
let warmUpScheduled = false;

/**
 * Runs the core over a plan made by planBuilder (or withRelationship / blueprintForCore); returns the AccountAnalysis.
 * Those plans take every value from restricted picklists, date fields or checked lists, so the core checks their ids
 * and references but skips its per-field parse (a third of the first analysis in the browser). A rep's edit
 * (withRelationship of the plan analysed last) is re-analysed from the last analysis: only what the changed pairs
 * reach is worked out again, with the same result as a full analysis.
 */
export function analyzePlan(plan) {
  const previous = last && last.state;
  const state = reanalyzeTypedPlan(previous, plan);
  last = { plan, analysis: state.analysis, state };
  if (previous) editPathRan = true;
  else warmEditPath(state);
  return state.analysis;
}

/** True once the page analysed a plan of its own (planWarmUp.js then has nothing left to do). */
export function hasAnalysedPlan() {
  return last !== undefined;
}

// A page's first edit ran the core's re-analysis for the first time, and V8 compiles a function when it is first
// called and optimizes it only once it ran a few times: the rep's first click cost twice the next one (issue #12, one
// frame). Once the page is idle after its first analysis, the core re-analyses copies of the plan a few times, one
// relationship copied each time (an equal plan, as a re-read after a save), each in its own idle time; the views that
// asked (`warmEditPathToo`) build their edit from each result too. The core and those views are pure, so nothing but
// the compiled code stays.
const WARM_UP_ROUNDS = 3;
const editWarmUps = new Set();

/**
 * Runs `view(plan, analysis)` on each of the edit path's warm-up analyses (a copy equal to the page's plan), to drop
 * what it builds: a view that works out an edit incrementally runs that code before the rep's first edit. Returns
 * the function that stops it.
 */
export function warmEditPathToo(view) {
  editWarmUps.add(view);
  return () => editWarmUps.delete(view);
}

function warmEditPath(state) {
  const { relationships } = state.plan;
  if (warmUpScheduled || editPathRan || relationships.length === 0) return;
  warmUpScheduled = true;
  let round = 0;
  const warmOnce = () => {
    if (editPathRan) return;
    const at = round % relationships.length;
    const copy = { ...state.plan, relationships: relationships.map((r, i) => (i === at ? { ...r } : r)) };
    const warm = reanalyzeTypedPlan(state, copy);
    for (const view of editWarmUps) view(copy, warm.analysis);
    round += 1;
    if (round < WARM_UP_ROUNDS) whenIdle(warmOnce);
    else editPathRan = true;
  };
  whenIdle(warmOnce);
}

function whenIdle(task) {
  // Safari has no requestIdleCallback.
  if (typeof window !== 'undefined' && window.requestIdleCallback) window.requestIdleCallback(task, { timeout: 2000 });
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  else setTimeout(task, 200);
}

/**
 * A plan just read from the org, and its analysis: { plan, analysis }. After a rep's edit is saved the org's answer
 * arrives again, read into a new plan equal to the edited one: the plan already shown and the analysis the edit made
 * serve it, so the panels, seeing the same objects, keep what they built, and the rep's next edit starts from the
 * shown plan's own lists (the views' caches are keyed by them: new equal lists made the next edit rebuild every
 * warning group and header order). Comparing costs two JSON texts, so it is done here and not on every edit.
 */
export function analyzeReadPlan(plan) {
  if (last && last.plan.relationships.length === plan.relationships.length) {
    if (last.json === undefined) last.json = JSON.stringify(last.plan);
    if (last.json === JSON.stringify(plan)) return { plan: last.plan, analysis: last.analysis };
  }
  return { plan, analysis: analyzePlan(plan) };
}

/** The core's rule for a blueprint goal: { ok } or { ok: false, message } (at most one level above `current`). */
export function checkGoal(current, goal) {
  return validateBlueprintGoal(current, goal);
}

/** The goals a blueprint may set from `current` (today's grade or one level up), best first: the core decides. */
export function allowedGoals(current) {
  return allowedBlueprintGoals(current);
}

/** Days from the plan date to the nearest open opportunity where the contact holds a role, if any. */
function renewalInDays(plan, contactId) {
  const days = plan.opportunities
    .filter((opportunity) => opportunity.stage === 'open')
    .filter((opportunity) => opportunity.contactRoles.some((role) => role.contactId === contactId))
    .map((opportunity) => daysBetween(plan.asOf, opportunity.closeDate))
    .filter((d) => d >= 0);
  return days.length ? Math.min(...days) : undefined;
}

/**
 * The six influence strategies with our explanation and example tactics, and the ones the core suggests for this
 * pair's situation: [{ code, label, explanation, tactics, suggested, why, reason }], suggested first.
 */
export function strategyAdvice(plan, analysis, contactId, memberId) {
  const contact = entryOf(plan.contacts, contactId) || { roles: [] };
  const cell = cellOf(analysis, contactId, memberId) || {};
  const suggestions = suggestStrategies({
    current: cell.effective,
    roles: contact.roles,
    seniority: resolveSeniority(contact),
    renewalInDays: renewalInDays(plan, contactId),
  });
  const why = new Map(suggestions.map((s) => [s.strategy, s.why]));
  const advice = STRATEGIES.map((strategy) => ({
    ...strategy,
    suggested: why.has(strategy.code),
    why: why.has(strategy.code) ? `Suggested: ${why.get(strategy.code)}.` : '',
    reason: why.get(strategy.code) || '',
  }));
  return [...advice.filter((a) => a.suggested), ...advice.filter((a) => !a.suggested)];
}
