import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { PlanReader, cardStateOf, followPlan, publish, receivePlan, warmEditPathToo } from 'c/contactPlanData';
import { groupWarnings, summarize } from './warningList';

/** How many people a rule group names before "and N more". */
const PEOPLE_SHOWN = 12;
// The groups as listed (people cut short, details open or not), per grouping: kept out of the component's reactive
// fields, which must not change while it renders.
const SHOWN_GROUPS = new WeakMap();
// Each rule group as listed, with the rep's toggles it was listed with.
const SHOWN_RULES = new WeakMap();
const NO_ENTRIES = [];
const STATE_WORDS = { loadingLabel: 'Loading coverage warnings', errorLabel: 'The warnings could not load' };

/**
 * The account's coverage warnings as advice a rep reads once: by severity, most severe first, one entry per rule with
 * the people it names (each a link to their cell in the map). `variant="summary"` is the one-line strip above the map.
 */
export default class CoverageWarnings extends LightningElement {
  @api recordId;
  /** App Builder: hide warnings below this severity (critical, high, medium, low). */
  @api minSeverity = 'low';
  /** App Builder: show at most this many pieces of advice (one per rule and severity) until the rep asks (0 = all). */
  @api maxItems = 20;
  /** App Builder: `list` (the card) or `summary` (one line of counts and the most important advice, above the map). */
  @api variant = 'list';

  plan;
  analysis;
  errors;
  loaded = false;
  reader = new PlanReader();
  planQuery = this.reader.query;
  cursors = this.reader.cursors;
  showAll = false;
  /** Rule groups (by key) whose every person is listed, and whose per-person details are open. */
  everyone = new Set();
  openDetails = new Set();
  unsubscribe;

  @wire(graphql, { query: '$planQuery', variables: '$variables' })
  wiredPlan(delivery) {
    receivePlan(this, delivery, 'Could not load the coverage warnings');
  }

  get variables() {
    return { accountId: this.recordId, ...this.cursors };
  }

  connectedCallback() {
    this.unsubscribe = followPlan(this);
    // Once the page is idle, the grouping runs on the core's warm-up edits of the plan shown (the result is dropped).
    this.stopEditWarmUp = warmEditPathToo((plan, analysis) => {
      if (this.analysis && this.plan && plan.contacts === this.plan.contacts) this.groupsOf(analysis, plan);
    });
  }

  disconnectedCallback() {
    if (this.unsubscribe) this.unsubscribe();
    if (this.stopEditWarmUp) this.stopEditWarmUp();
  }

  /** How many pieces of advice the card lists (0 = all). */
  get groupLimit() {
    return this.showAll ? 0 : Number(this.maxItems) || 0;
  }

  /** Groups the warnings as this card does (the list with and without its cap; the strip's summary). */
  groupsOf(analysis, plan) {
    if (this.isSummary) {
      summarize(analysis.warnings, plan);
      return;
    }
    groupWarnings(analysis.warnings, plan, this.minSeverity, 0);
    groupWarnings(analysis.warnings, plan, this.minSeverity, this.groupLimit);
  }

  get groups() {
    if (!this.analysis || this.errors) return [];
    const groups = groupWarnings(this.analysis.warnings, this.plan, this.minSeverity, this.groupLimit);
    const state = `${[...this.everyone].join(',')}|${[...this.openDetails].join(',')}`;
    const remembered = SHOWN_GROUPS.get(groups);
    if (remembered && remembered.state === state) return remembered.value;
    const value = groups.map((group) => ({ ...group, rules: group.rules.map((rule) => this.shownRule(rule)) }));
    SHOWN_GROUPS.set(groups, { state, value });
    return value;
  }

  /**
   * A rule as listed: the first few people (all of them once the rep asks), and its per-person advice only while its
   * details are open. On a large account one rule can name a hundred people, and the lists made this card as large as
   * the map in the DOM.
   */
  shownRule(rule) {
    // A rule group an edit left alone (warningList keeps it) is listed as before while its toggles stay as they were.
    const toggles = `${this.everyone.has(rule.key)}|${this.openDetails.has(rule.key)}`;
    const shown = SHOWN_RULES.get(rule);
    if (shown && shown.toggles === toggles) return shown.value;
    const value = this.listedRule(rule);
    SHOWN_RULES.set(rule, { toggles, value });
    return value;
  }

  listedRule(rule) {
    const everyone = this.everyone.has(rule.key) || rule.peopleCount <= PEOPLE_SHOWN;
    const detailsOpen = this.openDetails.has(rule.key);
    return {
      key: rule.key,
      rule: rule.rule,
      count: rule.count,
      isSingle: rule.isSingle,
      isGroup: rule.isGroup,
      title: rule.title,
      badgeText: rule.badgeText,
      single: rule.single,
      hasPeople: rule.hasPeople,
      detailsLabel: rule.detailsLabel,
      people: rule.hasPeople ? rule.firstPeople(everyone ? Infinity : PEOPLE_SHOWN) : NO_ENTRIES,
      morePeopleLabel: everyone ? '' : `and ${rule.peopleCount - PEOPLE_SHOWN} more`,
      morePeopleTitle: everyone ? '' : `Show all ${rule.peopleCount} people this advice is about`,
      detailsOpen,
      // The entries are written (and rendered) only while the rep has them open.
      items: detailsOpen ? rule.items : NO_ENTRIES,
    };
  }

  handleEveryone(event) {
    this.everyone = new Set([...this.everyone, event.detail.key]);
  }

  handleDetailsToggle(event) {
    const { key, open } = event.detail;
    const opened = new Set(this.openDetails);
    if (open) opened.add(key);
    else opened.delete(key);
    this.openDetails = opened;
  }

  get isSummary() {
    return this.variant === 'summary';
  }

  get summary() {
    return summarize(this.analysis.warnings, this.plan);
  }

  get shownCount() {
    return this.groups.reduce((sum, group) => sum + group.count, 0);
  }

  /** How many warnings the hidden advice covers. */
  get hiddenCount() {
    if (!this.analysis || this.errors || this.showAll) return 0;
    return (
      groupWarnings(this.analysis.warnings, this.plan, this.minSeverity, 0).reduce((n, g) => n + g.count, 0) -
      this.shownCount
    );
  }

  get cardState() {
    const words = { ...STATE_WORDS, emptyText: this.emptyText, emptyTone: this.emptyTone };
    return cardStateOf(this, words, this.isClear);
  }

  get emptyText() {
    return this.plan && this.plan.contacts.length === 0
      ? 'No contacts on this account yet, so there is nothing to check.'
      : 'No coverage warnings. The map is in good shape.';
  }

  get emptyTone() {
    return this.plan && this.plan.contacts.length === 0 ? undefined : 'success';
  }

  get hasHidden() {
    return this.hiddenCount > 0;
  }

  get showAllLabel() {
    return `Show ${this.hiddenCount} more`;
  }

  handleShowAll() {
    this.showAll = true;
  }

  get hasWarnings() {
    return this.groups.length > 0;
  }

  get isClear() {
    return Boolean(this.analysis) && !this.errors && !this.hasWarnings;
  }

  get cardTitle() {
    const total = this.analysis && !this.errors ? this.analysis.warnings.length : 0;
    return `Coverage warnings (${total})`;
  }

  get scoreText() {
    return this.analysis && !this.errors ? `Coverage score ${this.analysis.score}` : '';
  }

  /** A rule group's link or person (the group's `show` event): the map focuses that cell. */
  handleShow(event) {
    const { contactId, memberId } = event.detail;
    const detail = { contactId: contactId || undefined, memberId: memberId || undefined };
    publish(this.recordId, { type: 'focuscell', ...detail });
    this.dispatchEvent(new CustomEvent('cellselect', { detail, bubbles: true, composed: true }));
  }
}
