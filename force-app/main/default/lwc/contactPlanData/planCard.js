// The wiring every panel that reads the account plan shares (the warnings, the plan suggestions, the blueprint): one
// delivery of the plan wire through the panel's own PlanReader, and the map's edited plan followed over the page
// channel. The panel keeps its fields (reactive); these functions set them.
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { today } from './dates';
import { errorMessages, isPermissionError } from './errors';
import { loadPlan } from './planCache';
import { subscribe } from './planEvents';

// The answer each panel takes after the next paint (receivePlan): a later delivery or an error replaces it.
const PENDING = new WeakMap();

/**
 * Takes one delivery (`{ data, errors }`) of the plan wire for `card`, a panel with `recordId`, `reader`, `planQuery`
 * and `cursors`: sets the query and cursors the wire runs next; on a failure sets `errors` and `loaded` (and, unless a
 * permission explains it, shows a toast titled `failure`). Returns the complete answer once the last page is in, else
 * undefined. The map takes the answer from here at once; the panels beside it through receivePlan.
 */
export function readDelivery(card, { data, errors: delivered }, failure) {
  // The reader names the next page's cursors, or the query without the supplementary lists after the org refused
  // one; the wire re-runs with them. The same query and variables as the other panels' also mean one request,
  // one answer and one analysis for the page.
  const { answer, errors } = card.reader.receive(data, delivered);
  card.planQuery = card.reader.query;
  card.cursors = card.reader.cursors;
  if (errors) {
    PENDING.delete(card);
    card.errors = errors;
    card.loaded = true;
    if (!isPermissionError(errors)) {
      card.dispatchEvent(
        new ShowToastEvent({ title: failure, message: errorMessages(errors).join(' '), variant: 'error' }),
      );
    }
    return undefined;
  }
  return answer;
}

/**
 * readDelivery for a panel beside the map: once the answer is complete, sets `errors`, `loaded`, `plan` and
 * `analysis`, and `onLoad` gets what `loadPlan` built.
 *
 * The answer is taken only once the frame in progress has painted. Every panel's wire delivers the same answer in one
 * task, so every panel would render in the frame the rep waits for; the panels beside the map (the warnings, the
 * plan, the blueprint) fill in a frame later and the map shows first. Errors are shown at once. A plan the card took
 * meanwhile (a map edit it follows) is newer and wins.
 */
export function receivePlan(card, delivery, failure, { onLoad } = {}) {
  const answer = readDelivery(card, delivery, failure);
  if (!answer) return;
  // `followed`: the card took a newer plan meanwhile (a map edit it follows), which it keeps.
  const take = (followed) => {
    const loaded = loadPlan(answer, card.recordId, today());
    card.errors = undefined;
    card.loaded = true;
    if (!followed) {
      card.plan = loaded.plan;
      card.analysis = loaded.analysis;
    }
    if (onLoad) onLoad(loaded);
  };
  const pending = { base: card.plan };
  PENDING.set(card, pending);
  afterNextPaint(() => {
    if (PENDING.get(card) !== pending) return;
    PENDING.delete(card);
    take(card.plan !== pending.base);
  });
}

/**
 * Runs `task` in the task after the next animation frame, that is once the browser painted what the current task
 * changed. Without animation frames (no window), in the next task.
 */
export function afterNextPaint(task) {
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  const later = () => setTimeout(task, 0);
  if (typeof requestAnimationFrame === 'function') {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    requestAnimationFrame(later);
  } else {
    later();
  }
}

/**
 * Follows the map's edits for `card`: every `planchange` about its account (except the card's own, sent as
 * `source`) replaces its `plan` and `analysis`, so it follows a grade change without a reload. `onMessage` then sees
 * every message. Returns the unsubscribe function.
 *
 * `afterPaint`: the card takes the plan only once the frame in progress has painted (the latest of the changes
 * published meanwhile). A grade edit re-renders every card on the page in one task; a card that is neither the
 * score nor the warnings can follow a frame later, so that frame shows the rep the new score and warnings sooner.
 * Only for a card that never writes the plan back (a card that did could publish one without the edit), and whose
 * other messages do not need the new plan at once. A plan the card received meanwhile (its own wire) wins.
 */
export function followPlan(card, { source, onMessage, afterPaint = false } = {}) {
  let pending;
  const take = (message) => {
    card.plan = message.plan;
    card.analysis = message.analysis;
  };
  const takeLatest = () => {
    const { base, message } = pending;
    pending = undefined;
    if (card.plan === base) take(message);
  };
  return subscribe(card.recordId, (message) => {
    if (message.type === 'planchange' && (source === undefined || message.source !== source)) {
      if (!afterPaint) {
        take(message);
      } else {
        if (!pending) {
          pending = { base: card.plan };
          afterNextPaint(takeLatest);
        }
        pending.message = message;
      }
    }
    if (onMessage) onMessage(message);
  });
}
