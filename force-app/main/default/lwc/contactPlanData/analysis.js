// The components' only door to the planning core (DESIGN §3: LWCs reach the core through planningCore alone).
import { analyzeAccount } from 'c/planningCore';
import { blueprintForCore } from './planBuilder';

/** Runs the core over the plan; returns the AccountAnalysis. */
export function analyzePlan(plan) {
  return analyzeAccount(plan);
}

function cellFor(analysis, contactId, memberId) {
  return analysis.cells.find((cell) => cell.contactId === contactId && cell.memberId === memberId);
}

/** The effective grade and reasons of one pair, as the core sees them. */
export function pairState(analysis, contactId, memberId) {
  const cell = cellFor(analysis, contactId, memberId);
  return cell ? { ...cell } : { contactId, memberId, reasons: [], key: false };
}

/**
 * Asks the core whether a draft blueprint's goal is reachable: analyzes the plan with the draft in place of the
 * pair's other blueprints and returns the core's GOAL_TOO_FAR message for that pair, or undefined when it is fine.
 */
export function goalProblem(plan, draft) {
  const blueprints = plan.blueprints.filter(
    (blueprint) => blueprint.contactId !== draft.contactId || blueprint.memberId !== draft.memberId,
  );
  const candidate = { ...plan, blueprints: [...blueprints, blueprintForCore({ ...draft, status: 'active' })] };
  const warning = analyzeAccount(candidate).warnings.find(
    (w) => w.rule === 'GOAL_TOO_FAR' && w.contactId === draft.contactId && w.memberId === draft.memberId,
  );
  return warning ? warning.message : undefined;
}
