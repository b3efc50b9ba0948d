import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { HORIZON_OPTIONS, PlanReader, cardStateOf, followPlan, publish, receivePlan } from 'c/contactPlanData';
import { introductionPathCount, introductionPaths, keySuggestions, nextMoves } from './suggestionList';

// The paths as shown (with the pressed one marked), per analysis: the template reads them several times a render.
// Kept outside the component's fields, which are reactive and must not change while it renders.
const SHOWN_PATHS = new WeakMap();
const STATE_WORDS = { loadingLabel: 'Loading the plan', errorLabel: 'The plan could not load' };

/**
 * The method's plan on the page (docs/method.md §1.6): the 30/60/90-day key-intersection suggestions with the
 * introductions that can open them, one click to make a suggestion key and open its blueprint, and the introduction
 * paths, each of which the map can mark (the T/O relationship that opens the door and the cell it opens).
 */
export default class ContactPlanSuggestions extends LightningElement {
  @api recordId;
  /** App Builder: show at most this many suggestions, and as many introduction paths at first (0 = all). */
  @api maxSuggestions = 5;

  plan;
  analysis;
  errors;
  loaded = false;
  reader = new PlanReader();
  planQuery = this.reader.query;
  cursors = this.reader.cursors;
  horizon = '30';
  shownPath;
  allPaths = false;
  unsubscribe;

  @wire(graphql, { query: '$planQuery', variables: '$variables' })
  wiredPlan(delivery) {
    receivePlan(this, delivery, 'Could not load the plan');
  }

  get variables() {
    return { accountId: this.recordId, ...this.cursors };
  }

  connectedCallback() {
    // A frame after the map's edit: this card is neither the score nor the warnings, and it never writes the plan
    // (a suggestion made key goes to the map, which saves it), so it follows once the new score and warnings painted.
    this.unsubscribe = followPlan(this, { afterPaint: true });
  }

  disconnectedCallback() {
    if (this.unsubscribe) this.unsubscribe();
  }

  get ready() {
    return Boolean(this.analysis) && !this.errors;
  }

  get suggestions() {
    if (!this.ready) return [];
    return keySuggestions(this.plan, this.analysis, this.limit);
  }

  get hasSuggestions() {
    return this.suggestions.length > 0;
  }

  get paths() {
    if (!this.ready) return [];
    const state = `${this.shownPath}|${this.allPaths}|${this.limit}`;
    const remembered = SHOWN_PATHS.get(this.analysis);
    if (remembered && remembered.state === state) return remembered.value;
    const value = introductionPaths(this.plan, this.analysis, this.allPaths ? 0 : this.limit).map((path) => ({
      ...path,
      pressed: path.key === this.shownPath ? 'true' : 'false',
      buttonClass:
        path.key === this.shownPath
          ? 'slds-button slds-button_brand cp-path-show'
          : 'slds-button slds-button_neutral cp-path-show',
    }));
    SHOWN_PATHS.set(this.analysis, { state, value });
    return value;
  }

  /** The cells whose goal grade would raise the coverage score the most (the map marks them too). */
  get moves() {
    return this.ready ? nextMoves(this.analysis) : [];
  }

  get hasMoves() {
    return this.moves.length > 0;
  }

  get hasPaths() {
    return this.pathCount > 0;
  }

  /** App Builder's maximum, 0 for all. */
  get limit() {
    return Math.max(0, Number(this.maxSuggestions) || 0);
  }

  /**
   * The paths listed (`paths`) are as many as suggestions until the rep asks for all: a large account has hundreds,
   * and listing them all made this panel three times the size of the map in the DOM.
   */
  get pathCount() {
    return this.ready ? introductionPathCount(this.analysis) : 0;
  }

  get hasHiddenPaths() {
    return this.pathCount > this.paths.length;
  }

  get allPathsLabel() {
    return `Show all ${this.pathCount} introduction paths`;
  }

  handleAllPaths() {
    this.allPaths = true;
  }

  get isEmpty() {
    return this.ready && !this.hasMoves && !this.hasSuggestions && !this.hasPaths;
  }

  get cardState() {
    return cardStateOf(this, { ...STATE_WORDS, emptyText: this.emptyText }, this.isEmpty);
  }

  get emptyText() {
    return this.plan && this.plan.contacts.length === 0
      ? 'No contacts on this account yet, so there is nothing to plan.'
      : 'No suggestions: every weak or uncovered relationship already has a plan.';
  }

  get horizonOptions() {
    return HORIZON_OPTIONS;
  }

  handleHorizon(event) {
    this.horizon = event.detail.value;
  }

  /** One click: the map saves the pair as key with the chosen horizon, then the blueprint opens on it. */
  handleMark(event) {
    const { contact, member } = event.currentTarget.dataset;
    publish(this.recordId, { type: 'setkey', contactId: contact, memberId: member, key: true, horizon: this.horizon });
    publish(this.recordId, { type: 'openblueprint', contactId: contact, memberId: member });
  }

  /** One click on a next best move: the map focuses its cell and opens it. */
  handleShowMove(event) {
    const { contact, member } = event.currentTarget.dataset;
    publish(this.recordId, { type: 'focuscell', contactId: contact, memberId: member });
  }

  /** Marks (or unmarks) one introduction path on the map and moves focus to the cell it opens. */
  handleShowPath(event) {
    const key = event.currentTarget.dataset.key;
    const path = this.paths.find((p) => p.key === key);
    if (!path) return;
    if (this.shownPath === key) {
      this.shownPath = undefined;
      publish(this.recordId, { type: 'highlight', cells: [] });
      return;
    }
    this.shownPath = key;
    publish(this.recordId, { type: 'highlight', cells: path.cells });
    publish(this.recordId, { type: 'focuscell', contactId: path.contactId, memberId: path.memberId || undefined });
  }
}
