import { describeKeySuggestion, keyCandidates, type KeyCandidate } from './keys';
import {
  choiceFor,
  describeLeverage,
  leverageChoices,
  leverageChoicesOf,
  openTargetCount,
  openTargets,
  type LeverageChoice,
} from './leverage';
import { buildReach, type Reach } from './reach';
import type { CoverageContext } from './rules/context';
import type { AccountAnalysis, KeySuggestion, LeverageProposal } from './types';

// The plan panel's view of an analysis (issue #12): an account has hundreds of key suggestions and leverage
// proposals, the panel shows the first few. An analysis whose two lists are worked out when first read
// (analyzeTypedPlan, reanalyzeTypedPlan) keeps what they are made from, so these functions put into words only the
// entries asked for; any other analysis (eager, copied, made by hand) answers from its lists. Both give the same.

/** Where an analysis' key suggestions and leverage come from; each part is worked out once, when first needed. */
export interface PlanSource {
  context: CoverageContext;
  reach(): Reach;
  keyCandidates(): KeyCandidate[];
  leverageChoices(): LeverageChoice[];
  /** How many targets have a way in, found without choosing one. */
  openTargetCount(): number;
}

const SOURCE = Symbol('plans');

export function planSource(context: CoverageContext): PlanSource {
  let reach: Reach | undefined;
  let candidates: KeyCandidate[] | undefined;
  let choices: LeverageChoice[] | undefined;
  let count: number | undefined;
  const source: PlanSource = {
    context,
    reach: () => (reach ??= buildReach(context)),
    keyCandidates: () => (candidates ??= keyCandidates(context, source.reach())),
    leverageChoices: () => (choices ??= leverageChoices(context, source.reach())),
    openTargetCount: () => (count ??= openTargetCount(context, source.reach())),
  };
  return source;
}

/** Keeps `source` on `analysis`, out of sight of JSON, copies and equality (a non-enumerable symbol). */
export function keepPlanSource(analysis: AccountAnalysis, source: PlanSource): void {
  Object.defineProperty(analysis, SOURCE, { value: source, enumerable: false });
}

/** The analysis' source while the list `name` is still to be worked out (read or set, the list is the answer). */
function pendingSource(analysis: AccountAnalysis, name: 'keySuggestions' | 'leverage'): PlanSource | undefined {
  const source = (analysis as { [SOURCE]?: PlanSource })[SOURCE];
  return source && Object.getOwnPropertyDescriptor(analysis, name)?.get ? source : undefined;
}

const firstOf = <T>(list: readonly T[], limit: number): T[] => (limit > 0 ? list.slice(0, limit) : list.slice());

/** `analysis.keySuggestions.slice(0, limit)` (0: all of them). */
export function firstKeySuggestions(analysis: AccountAnalysis, limit: number): KeySuggestion[] {
  const source = pendingSource(analysis, 'keySuggestions');
  if (!source) return firstOf(analysis.keySuggestions, limit);
  // The first few are found without the rest: each urgency's pass stops once they are.
  const candidates = limit > 0 ? keyCandidates(source.context, source.reach(), limit) : source.keyCandidates();
  return candidates.map((candidate) => describeKeySuggestion(source.context, candidate));
}

/** The leverage proposals that open one target: a contact nobody knows, or a weak cell. */
export interface LeverageTarget {
  contactId: string;
  targetMemberId?: string;
  proposals: LeverageProposal[];
}

function targetOf(
  contactId: string,
  targetMemberId: string | undefined,
  proposals: LeverageProposal[],
): LeverageTarget {
  return targetMemberId === undefined ? { contactId, proposals } : { contactId, targetMemberId, proposals };
}

/** analysis.leverage grouped by target, in the order of its first proposal. */
function groupedLeverage(leverage: readonly LeverageProposal[]): LeverageTarget[] {
  const byTarget = new Map<string, LeverageTarget>();
  for (const proposal of leverage) {
    const key = `${proposal.contactId}\u0000${proposal.targetMemberId ?? ''}`;
    const found = byTarget.get(key);
    if (found) found.proposals.push(proposal);
    else byTarget.set(key, targetOf(proposal.contactId, proposal.targetMemberId, [proposal]));
  }
  return [...byTarget.values()];
}

/** The first `limit` targets of `analysis.leverage` (0: all), each with its proposals in the list's order. */
export function leverageTargets(analysis: AccountAnalysis, limit: number): LeverageTarget[] {
  const source = pendingSource(analysis, 'leverage');
  if (!source) return firstOf(groupedLeverage(analysis.leverage), limit);
  const { context } = source;
  return openTargets(context, source.reach(), limit).map((target) => {
    const choice = choiceFor(context, source.reach(), target) as LeverageChoice;
    return targetOf(target.contactId, target.memberId, describeLeverage(context, choice));
  });
}

/** How many targets `analysis.leverage` opens. */
export function leverageTargetCount(analysis: AccountAnalysis): number {
  const source = pendingSource(analysis, 'leverage');
  return source ? source.openTargetCount() : groupedLeverage(analysis.leverage).length;
}

/**
 * The proposals of `analysis.leverage` for `contactId` that open the cell with `memberId` or the contact as a whole
 * (a buyer nobody knows, whom a suggestion pairs with the member best placed), in the list's order.
 */
export function leverageOpening(analysis: AccountAnalysis, contactId: string, memberId?: string): LeverageProposal[] {
  const opens = (targetContactId: string, targetMemberId: string | undefined): boolean =>
    targetContactId === contactId && (targetMemberId === undefined || targetMemberId === memberId);
  const source = pendingSource(analysis, 'leverage');
  if (!source) return analysis.leverage.filter((proposal) => opens(proposal.contactId, proposal.targetMemberId));
  return leverageChoicesOf(source.context, source.reach(), contactId, (target) =>
    opens(target.contactId, target.memberId),
  ).flatMap((choice) => describeLeverage(source.context, choice));
}
