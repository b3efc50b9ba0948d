// The wiring every panel that reads the account plan shares (the warnings, the plan suggestions, the blueprint): one
// delivery of the plan wire through the panel's own PlanReader, and the map's edited plan followed over the page
// channel. The panel keeps its fields (reactive); these functions set them.
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { today } from './dates';
import { errorMessages, isPermissionError } from './errors';
import { loadPlan } from './planCache';
import { subscribe } from './planEvents';

/**
 * Takes one delivery (`{ data, errors }`) of the plan wire for `card`, a panel with `recordId`, `reader`,
 * `planQuery` and `cursors`: sets the query and cursors the wire runs next, then `errors`, `loaded`, `plan` and
 * `analysis`. An error no permission explains is also a toast titled `failure`. Returns what `loadPlan` built once
 * the last page is in, else undefined.
 */
export function receivePlan(card, { data, errors: delivered }, failure) {
  // The reader names the next page's cursors, or the query without the supplementary lists after the org refused
  // one; the wire re-runs with them. The same query and variables as the other panels' also mean one request,
  // one answer and one analysis for the page.
  const { answer, errors } = card.reader.receive(data, delivered);
  card.planQuery = card.reader.query;
  card.cursors = card.reader.cursors;
  if (errors) {
    card.errors = errors;
    card.loaded = true;
    if (!isPermissionError(errors)) {
      card.dispatchEvent(
        new ShowToastEvent({ title: failure, message: errorMessages(errors).join(' '), variant: 'error' }),
      );
    }
    return undefined;
  }
  if (!answer) return undefined;
  const loaded = loadPlan(answer, card.recordId, today());
  card.errors = undefined;
  card.loaded = true;
  card.plan = loaded.plan;
  card.analysis = loaded.analysis;
  return loaded;
}

/**
 * Follows the map's edits for `card`: every `planchange` about its account (except the card's own, sent as
 * `source`) replaces its `plan` and `analysis`, so it follows a grade change without a reload. `onMessage` then sees
 * every message. Returns the unsubscribe function.
 */
export function followPlan(card, { source, onMessage } = {}) {
  return subscribe(card.recordId, (message) => {
    if (message.type === 'planchange' && (source === undefined || message.source !== source)) {
      card.plan = message.plan;
      card.analysis = message.analysis;
    }
    if (onMessage) onMessage(message);
  });
}
