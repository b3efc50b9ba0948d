import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
  PlanReader,
  BLUEPRINT_STATUSES,
  GRADES,
  HORIZON_OPTIONS,
  STRATEGIES,
  allowedGoals,
  analyzePlan,
  blueprintForCore,
  cardStateOf,
  followPlan,
  checkGoal,
  errorMessages,
  gradeLabel,
  cellOf,
  nameOf,
  pairKey,
  publish,
  receivePlan,
  strategyAdvice,
  today,
} from 'c/contactPlanData';
import { addDays, draftFromRecord, draftProblems, newDraft, toFields } from './blueprintDraft';

const SOURCE = 'contactBlueprint';
const STATE_WORDS = {
  loadingLabel: 'Loading blueprints',
  errorLabel: 'The blueprints could not load',
  emptyText: 'No key intersections yet. Mark a cell of the contact map as key to plan it here.',
};

/** A YYYY-MM-DD date in the user's locale (the date itself, with no time zone shift). */
function formatDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** lightning-input reports a checkbox's new state in the change event's detail. */
function checkedOf(event) {
  return event.detail && typeof event.detail.checked === 'boolean' ? event.detail.checked : event.target.checked;
}
const ACTIVE = new Set(['planned', 'active']);
// The pairs as last built, per card: kept outside the component's reactive fields, which must not change in a render.
const PAIRS = new WeakMap();
// The pickers' options as last handed out, per card and picker. A new options array makes lightning-combobox render
// again (it rebuilds its list box), and every grade edit on the map renders this card: an equal list keeps its array.
const OPTIONS = new WeakMap();

function keptOptions(card, picker, options) {
  let kept = OPTIONS.get(card);
  if (!kept) OPTIONS.set(card, (kept = {}));
  const before = kept[picker];
  const same =
    before &&
    before.length === options.length &&
    before.every((option, i) => option.label === options[i].label && option.value === options[i].value);
  if (same) return before;
  kept[picker] = options;
  return options;
}

const INVEST_CHECKS = [
  { name: 'investsOwnTime', label: 'It invests our own time' },
  { name: 'teachesUs', label: 'It teaches us about the client' },
  { name: 'showsUsefulness', label: 'It shows (not tells) that we are useful beyond the current work' },
];

/** The blueprint for each key intersection: where the relationship is, where it should go, and how. */
export default class ContactBlueprint extends LightningElement {
  @api recordId;
  /** App Builder: also list done and dropped blueprints. */
  @api showClosed = false;

  plan;
  analysis;
  records = [];
  relationshipIds = new Map();
  errors;
  loaded = false;
  reader = new PlanReader();
  planQuery = this.reader.query;
  cursors = this.reader.cursors;
  selectedKey;
  draft;
  showErrors = false;
  saving = false;
  revealPending = false;
  unsubscribe;

  @wire(graphql, { query: '$planQuery', variables: '$variables' })
  wiredPlan(delivery) {
    // Beside the map: it fills in a frame after the map shows (planCard.js).
    receivePlan(this, delivery, 'Could not load the blueprints', {
      onLoad: (loaded) => {
        this.records = loaded.blueprints;
        this.relationshipIds = loaded.relationshipIds;
      },
    });
  }

  get variables() {
    return { accountId: this.recordId, ...this.cursors };
  }

  connectedCallback() {
    this.unsubscribe = followPlan(this, { source: SOURCE, onMessage: (message) => this.handlePlanMessage(message) });
  }

  handlePlanMessage(message) {
    if (message.type === 'planchange' && message.source !== SOURCE && message.relationshipIds) {
      this.relationshipIds = message.relationshipIds;
    }
    // The rep selected a cell in the map: a key cell opens its blueprint here.
    if (message.type === 'cellselected') this.openPair(message.contactId, message.memberId, false);
    // The plan panel made a suggestion key: open it with a new blueprint ready to fill in.
    if (message.type === 'openblueprint') this.openPair(message.contactId, message.memberId, true);
  }

  disconnectedCallback() {
    if (this.unsubscribe) this.unsubscribe();
  }

  /** Selects the pair's blueprint when the pair is a key intersection (or has one); `start` opens a new draft. */
  openPair(contactId, memberId, start) {
    if (!this.ready) return;
    const key = pairKey(contactId, memberId);
    const pair = this.pairs.find((p) => p.key === key);
    if (!pair) return;
    if (this.selectedKey === key && (this.draft || !start)) return;
    this.selectedKey = key;
    this.draft = undefined;
    this.showErrors = false;
    if (start && !pair.record) this.handleCreate();
    // Only the plan panel's "open the blueprint" brings this card into view. A cell selected in the map keeps the page
    // still: the map's editor is open beside that cell, and scrolling to this card would carry it out of the window.
    if (start) this.revealPending = true;
  }

  renderedCallback() {
    if (!this.revealPending) return;
    this.revealPending = false;
    const card = this.template.querySelector('.cp-current');
    if (card && card.scrollIntoView) card.scrollIntoView({ block: 'nearest' });
  }

  // ----- states -----

  get cardState() {
    return cardStateOf(this, STATE_WORDS, this.isEmpty);
  }

  get ready() {
    return Boolean(this.analysis) && !this.errors;
  }

  // ----- the list of key intersections -----

  recordFor(contactId, memberId) {
    const records = this.records.filter((r) => r.contactId === contactId && r.memberId === memberId);
    return records.find((r) => ACTIVE.has(r.status)) || records[records.length - 1];
  }

  /**
   * The key intersections and the pairs with a blueprint, built once per plan, analysis, records and options: some
   * twenty getters read them each render, and every grade edit elsewhere on the map renders this card again.
   */
  get pairs() {
    if (!this.ready) return [];
    const inputs = [this.plan, this.analysis, this.records, this.relationshipIds, this.showClosed];
    const remembered = PAIRS.get(this);
    if (remembered && remembered.inputs.every((input, i) => input === inputs[i])) return remembered.value;
    const value = this.buildPairs();
    PAIRS.set(this, { inputs, value });
    return value;
  }

  buildPairs() {
    const keys = new Map();
    this.plan.relationships.filter((r) => r.key).forEach((r) => keys.set(pairKey(r.contactId, r.memberId), r));
    this.records
      .filter((r) => this.showClosed || ACTIVE.has(r.status))
      .forEach((r) => {
        if (!keys.has(pairKey(r.contactId, r.memberId))) keys.set(pairKey(r.contactId, r.memberId), r);
      });
    return [...keys.values()].map((r) => {
      const cell = cellOf(this.analysis, r.contactId, r.memberId) || {};
      const record = this.recordFor(r.contactId, r.memberId);
      const contactName = nameOf(this.plan.contacts, r.contactId);
      const memberName = nameOf(this.plan.members, r.memberId);
      const status = record ? record.status : 'no blueprint';
      const relationship = this.plan.relationships.find(
        (rel) => rel.contactId === r.contactId && rel.memberId === r.memberId,
      );
      return {
        key: pairKey(r.contactId, r.memberId),
        contactId: r.contactId,
        memberId: r.memberId,
        // One horizon: the key intersection's, never the blueprint record's old copy.
        horizonDays: relationship && relationship.key ? relationship.horizonDays : undefined,
        isKey: Boolean(relationship && relationship.key),
        relationshipId: this.relationshipIds.get(pairKey(r.contactId, r.memberId)),
        current: cell.effective,
        label: `${memberName} → ${contactName} (${cell.effective || 'blank'}, ${status})`,
        contactName,
        memberName,
        record,
      };
    });
  }

  get hasPairs() {
    return this.pairs.length > 0;
  }

  get isEmpty() {
    return this.ready && !this.hasPairs;
  }

  get pairOptions() {
    return keptOptions(
      this,
      'pair',
      this.pairs.map((pair) => ({ label: pair.label, value: pair.key })),
    );
  }

  get selectedPair() {
    return this.pairs.find((pair) => pair.key === this.selectedKey);
  }

  get currentText() {
    const pair = this.selectedPair;
    if (!pair) return '';
    return pair.current ? `${pair.current}: ${gradeLabel(pair.current)}` : 'No relationship yet';
  }

  get canCreate() {
    return Boolean(this.selectedPair) && !this.selectedPair.record && !this.draft;
  }

  get canEdit() {
    return Boolean(this.selectedPair) && Boolean(this.selectedPair.record) && !this.draft;
  }

  get horizonText() {
    const pair = this.selectedPair;
    const option = pair && HORIZON_OPTIONS.find((o) => o.value === String(pair.horizonDays));
    return option ? option.label : 'not set';
  }

  /** Everything the saved blueprint holds, so the rep sees what was saved without opening the form. */
  get savedSummary() {
    const record = this.selectedPair && this.selectedPair.record;
    if (!record) return undefined;
    const status = BLUEPRINT_STATUSES.find((s) => s.value === record.status);
    return {
      goal: `${record.goal}: ${gradeLabel(record.goal)}`,
      status: status ? status.label : record.status,
      horizon: this.horizonText,
      strategies:
        record.strategies.map((code) => (STRATEGIES.find((s) => s.code === code) || { name: code }).name).join(', ') ||
        'none yet',
      due: record.dueDate ? formatDate(record.dueDate) : 'not set',
      tactics: record.tactics || 'none yet',
      resources: record.resources || 'none yet',
      invest: INVEST_CHECKS.map((check) => ({
        key: check.name,
        label: check.label,
        done: Boolean(record[check.name]),
        text: `${record[check.name] ? 'Yes' : 'Not yet'}: ${check.label}`,
        iconName: record[check.name] ? 'utility:check' : 'utility:dash',
        iconText: record[check.name] ? 'Yes' : 'Not yet',
      })),
    };
  }

  handlePairChange(event) {
    this.selectedKey = event.detail.value;
    this.draft = undefined;
    this.showErrors = false;
  }

  // ----- the form -----

  /** Only the goals the core allows from today's grade (hold it or one level up), plus a saved goal outside them. */
  get gradeOptions() {
    const allowed = new Set(allowedGoals(this.selectedPair ? this.selectedPair.current : undefined));
    if (this.draft && this.draft.goal) allowed.add(this.draft.goal);
    return keptOptions(
      this,
      'goal',
      GRADES.filter((grade) => allowed.has(grade.code)).map((grade) => ({
        label: `${grade.code}: ${grade.label}`,
        value: grade.code,
      })),
    );
  }

  get horizonOptions() {
    return HORIZON_OPTIONS;
  }

  get statusOptions() {
    return BLUEPRINT_STATUSES;
  }

  /** A closed blueprint of a pair that is no longer key has no horizon to change. */
  get horizonDisabled() {
    return !this.selectedPair || !this.selectedPair.isKey;
  }

  /** The browser's print dialog: the print styles show the map and the blueprint, ready to save as PDF. */
  handlePrint() {
    window.print();
  }

  get horizonValue() {
    return this.draft.horizonDays ? String(this.draft.horizonDays) : '';
  }

  get goalCheck() {
    if (!this.draft || !this.draft.goal) return { ok: true };
    return checkGoal(this.selectedPair ? this.selectedPair.current : undefined, this.draft.goal);
  }

  get goalMessage() {
    return this.goalCheck.ok ? '' : this.goalCheck.message;
  }

  get goalHelp() {
    return "A relationship moves up one level at a time: the goal is today's grade (hold it) or one level above, never below.";
  }

  get problems() {
    return this.draft ? draftProblems(this.draft, this.goalMessage) : [];
  }

  get goalError() {
    const problem = this.problems.find((p) => p.field === 'goal');
    return this.showErrors || this.goalMessage ? (problem && problem.message) || '' : '';
  }

  get hasGoalError() {
    return Boolean(this.goalError);
  }

  get strategies() {
    if (!this.selectedPair) return [];
    const pair = this.selectedPair;
    const advice = strategyAdvice(this.plan, this.analysis, pair.contactId, pair.memberId);
    const where = pair.current
      ? `${pair.contactName} is ${gradeLabel(pair.current)} with ${pair.memberName}`
      : `${pair.memberName} has no relationship with ${pair.contactName} yet`;
    return advice.map((strategy) => ({
      ...strategy,
      // Why this strategy for this relationship: the situation, then the core's reason.
      why: strategy.suggested ? `Why here: ${where}; ${strategy.reason}.` : '',
      checked: Boolean(this.draft) && this.draft.strategies.includes(strategy.code),
      describedBy: `why-${strategy.code}`,
    }));
  }

  get investChecks() {
    return INVEST_CHECKS.map((check) => ({ ...check, checked: Boolean(this.draft && this.draft[check.name]) }));
  }

  get saveDisabled() {
    return this.saving || this.problems.length > 0;
  }

  handleCreate() {
    const pair = this.selectedPair;
    // The first goal the core allows is one level up (or holding a Trust).
    const proposed = allowedGoals(pair.current)[0];
    const horizon = pair.horizonDays || 90;
    this.draft = newDraft(pair, proposed, addDays(today(), horizon));
    this.showErrors = false;
  }

  handleEdit() {
    this.draft = { ...draftFromRecord(this.selectedPair.record), horizonDays: this.selectedPair.horizonDays };
    this.showErrors = false;
  }

  handleCancel() {
    this.draft = undefined;
  }

  handleField(event) {
    const name = event.target.name;
    const isCheckbox = event.target.type === 'checkbox';
    let fieldValue = isCheckbox ? checkedOf(event) : event.detail.value;
    if (name === 'horizonDays') fieldValue = fieldValue ? Number(fieldValue) : undefined;
    this.draft = { ...this.draft, [name]: fieldValue };
  }

  handleStrategy(event) {
    const code = event.target.dataset.code;
    const others = this.draft.strategies.filter((s) => s !== code);
    this.draft = { ...this.draft, strategies: checkedOf(event) ? [...others, code] : others };
  }

  async handleSave() {
    this.showErrors = true;
    if (this.problems.length > 0) return;
    await this.save(this.draft, this.draft.id ? 'Blueprint saved' : 'Blueprint created');
  }

  async handleComplete() {
    const base = this.draft || draftFromRecord(this.selectedPair.record);
    await this.save({ ...base, status: 'done' }, 'Blueprint completed');
  }

  async save(draft, successTitle) {
    this.saving = true;
    try {
      let id = draft.id;
      if (id) {
        await updateRecord({ fields: { Id: id, ...toFields(draft) } });
      } else {
        const relationshipId = this.relationshipIds.get(pairKey(draft.contactId, draft.memberId));
        if (!relationshipId) throw new Error('Save the key intersection in the map before planning it.');
        const created = await createRecord({
          apiName: 'Contact_Blueprint__c',
          fields: { Relationship__c: relationshipId, ...toFields(draft) },
        });
        id = created.id;
      }
      this.storeRecord({ ...draft, id });
      this.saveHorizon(draft);
      this.draft = undefined;
      this.showErrors = false;
      this.toast('success', successTitle, []);
    } catch (error) {
      this.toast('error', 'Could not save the blueprint', errorMessages(error));
    } finally {
      this.saving = false;
    }
  }

  /**
   * The horizon is the key intersection's (Relationship__c.Focus_Horizon__c, one source of truth): a change made here
   * goes to the map, the one writer of relationships, which saves it and tells every panel.
   */
  saveHorizon(draft) {
    const pair = this.pairs.find((p) => p.key === pairKey(draft.contactId, draft.memberId));
    if (!pair || !pair.isKey || !draft.horizonDays || draft.horizonDays === pair.horizonDays) return;
    publish(this.recordId, {
      type: 'setkey',
      contactId: draft.contactId,
      memberId: draft.memberId,
      key: true,
      horizon: String(draft.horizonDays),
    });
  }

  /** Keeps the saved blueprint locally and tells the other panels, so KEY_WITHOUT_BLUEPRINT clears at once. */
  storeRecord(record) {
    this.records = [...this.records.filter((r) => r.id !== record.id), record];
    this.plan = { ...this.plan, blueprints: this.records.map(blueprintForCore) };
    this.analysis = analyzePlan(this.plan);
    publish(this.recordId, {
      type: 'planchange',
      source: SOURCE,
      plan: this.plan,
      analysis: this.analysis,
      relationshipIds: this.relationshipIds,
    });
  }

  toast(variant, title, messages) {
    this.dispatchEvent(new ShowToastEvent({ title, message: messages.join(' '), variant }));
  }
}
