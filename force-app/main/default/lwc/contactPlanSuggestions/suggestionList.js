// The method's plan for the account as a rep acts on it: the core's key-intersection suggestions, most urgent first,
// each with the introductions (leverage) that can open it, and every introduction path by the cell it opens.
// The core puts into words only the entries a panel asks for (a large account has hundreds of each).
import { cellOf, gradeLabel, nameOf, pairKey } from 'c/contactPlanData';
import { firstKeySuggestions, leverageOpening, leverageTargetCount, leverageTargets } from 'c/planningCore';

function introduction(plan, proposal, index) {
  const via = nameOf(plan.members, proposal.viaMemberId);
  return {
    key: `${proposal.contactId}:${proposal.targetMemberId || ''}:${proposal.viaMemberId}:${index}`,
    viaMemberId: proposal.viaMemberId,
    viaContactId: proposal.viaContactId,
    text: `${proposal.why}: ask ${via} for an introduction.`,
  };
}

/** How many introductions an entry lists before "and N more" (the map marks them all when the path is shown). */
export const INTRODUCTIONS_SHOWN = 3;

/** The first few introductions and the words for the rest: { shownIntroductions, moreIntroductions }. */
function introductionSummary(list) {
  const more = list.length - INTRODUCTIONS_SHOWN;
  return {
    shownIntroductions: list.slice(0, INTRODUCTIONS_SHOWN),
    moreIntroductions: more > 0 ? `and ${more} more ${more === 1 ? 'way' : 'ways'} in` : '',
  };
}

function introductionsFor(plan, analysis, contactId, memberId) {
  return leverageOpening(analysis, contactId, memberId || undefined).map((proposal, index) =>
    introduction(plan, proposal, index),
  );
}

// The panel's getters run on every render; each list is built once per analysis (a changed plan always brings a new
// analysis object, and an equal plan read back after a save brings the same one: the analysis alone is the key).
const built = { suggestions: new WeakMap(), paths: new WeakMap() };

function once(cache, plan, analysis, limit, build) {
  const entry = cache.get(analysis);
  if (entry && entry.limit === limit) return entry.value;
  const value = build(plan, analysis, limit);
  cache.set(analysis, { limit, value });
  return value;
}

/**
 * [{ key, contactId, memberId, title, why, canMark, markLabel, introductions }] from the core's keySuggestions, the
 * first `limit` of them (0: all). Only those shown are built: a large account has hundreds.
 */
export function keySuggestions(plan, analysis, limit = 0) {
  return once(built.suggestions, plan, analysis, limit, buildKeySuggestions);
}

function buildKeySuggestions(plan, analysis, limit) {
  return firstKeySuggestions(analysis, limit).map((suggestion) => {
    const contactName = nameOf(plan.contacts, suggestion.contactId);
    const memberName = suggestion.memberId ? nameOf(plan.members, suggestion.memberId) : undefined;
    const cell = suggestion.memberId ? cellOf(analysis, suggestion.contactId, suggestion.memberId) : undefined;
    const grade = cell && cell.effective ? `${cell.effective}: ${gradeLabel(cell.effective)}` : 'no relationship yet';
    const introductions = introductionsFor(plan, analysis, suggestion.contactId, suggestion.memberId);
    return {
      key: pairKey(suggestion.contactId, suggestion.memberId || ''),
      contactId: suggestion.contactId,
      memberId: suggestion.memberId || '',
      title: memberName ? `${memberName} → ${contactName} (${grade})` : `${contactName} (nobody on the team yet)`,
      why: suggestion.why,
      // A suggestion without a member ("add a team member who can reach them") has no cell to mark.
      canMark: Boolean(suggestion.memberId),
      markLabel: 'Make key and plan',
      markTitle: memberName ? `Mark ${memberName} and ${contactName} as a key intersection and open its blueprint` : '',
      introductions,
      ...introductionSummary(introductions),
      hasIntroductions: introductions.length > 0,
    };
  });
}

const counted = new WeakMap();

/** How many cells the introduction paths open (the number of paths), counted once per analysis. */
export function introductionPathCount(analysis) {
  if (!counted.has(analysis)) counted.set(analysis, leverageTargetCount(analysis));
  return counted.get(analysis);
}

/**
 * The introduction paths grouped by the cell they open, the first `limit` of them (0: all):
 * [{ key, contactId, memberId, title, introductions, cells }], `cells` being what the map marks
 * ({ contactId, memberId, role: 'target' | 'door' }).
 */
export function introductionPaths(plan, analysis, limit = 0) {
  return once(built.paths, plan, analysis, limit, buildIntroductionPaths);
}

function buildIntroductionPaths(plan, analysis, limit) {
  return leverageTargets(analysis, limit).map((target) => {
    const [proposal] = target.proposals;
    const list = target.proposals.map((entry, index) => introduction(plan, entry, index));
    const contactName = nameOf(plan.contacts, proposal.contactId);
    const memberName = proposal.targetMemberId ? nameOf(plan.members, proposal.targetMemberId) : undefined;
    const cell = memberName ? cellOf(analysis, proposal.contactId, proposal.targetMemberId) : undefined;
    const targets = memberName
      ? [{ contactId: proposal.contactId, memberId: proposal.targetMemberId, role: 'target' }]
      : plan.members.map((member) => ({ contactId: proposal.contactId, memberId: member.id, role: 'target' }));
    const doors = list.map((item) => ({ contactId: item.viaContactId, memberId: item.viaMemberId, role: 'door' }));
    return {
      key: pairKey(target.contactId, target.targetMemberId || ''),
      contactId: proposal.contactId,
      memberId: proposal.targetMemberId || '',
      title: memberName
        ? `${memberName} with ${contactName} (${cell && cell.effective ? gradeLabel(cell.effective) : 'blank'})`
        : `${contactName}, whom nobody knows yet`,
      showLabel: `Show the way to ${contactName} on the map`,
      introductions: list,
      ...introductionSummary(list),
      cells: [...targets, ...doors],
    };
  });
}

/**
 * The account's next best moves (docs/method.md §1.6.3), largest gain first, in the core's words (the CLI table shows
 * the same `why`): [{ key, contactId, memberId, gain, text, gainText }].
 */
export function nextMoves(analysis) {
  return (analysis.nextMoves || []).map((move) => ({
    key: pairKey(move.contactId, move.memberId),
    contactId: move.contactId,
    memberId: move.memberId,
    gain: move.gain,
    gainText: `+${move.gain}`,
    text: move.why,
  }));
}
