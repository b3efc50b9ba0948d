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
  analyzePlan,
  blueprintForCore,
  loadPlan,
  checkGoal,
  errorMessages,
  gradeLabel,
  isPermissionError,
  pairKey,
  publish,
  strategyAdvice,
  subscribe,
  today,
} from 'c/contactPlanData';
import { addDays, draftFromRecord, draftProblems, newDraft, toFields } from './blueprintDraft';

const SOURCE = 'contactBlueprint';

/** lightning-input reports a checkbox's new state in the change event's detail. */
function checkedOf(event) {
  return event.detail && typeof event.detail.checked === 'boolean' ? event.detail.checked : event.target.checked;
}
const ACTIVE = new Set(['planned', 'active']);
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
  unsubscribe;

  @wire(graphql, { query: '$planQuery', variables: '$variables' })
  wiredPlan({ data, errors: delivered }) {
    // The reader names the next page's cursors, or the query without the supplementary lists after the org refused
    // one; the wire re-runs with them. The same query and variables as the other panels' also mean one request,
    // one answer and one analysis for the page.
    const { answer, errors } = this.reader.receive(data, delivered);
    this.planQuery = this.reader.query;
    this.cursors = this.reader.cursors;
    if (errors) {
      this.errors = errors;
      this.loaded = true;
      if (!isPermissionError(errors)) this.toast('error', 'Could not load the blueprints', errorMessages(errors));
      return;
    }
    if (!answer) return;
    const loaded = loadPlan(answer, this.recordId, today());
    this.errors = undefined;
    this.loaded = true;
    this.records = loaded.blueprints;
    this.relationshipIds = loaded.relationshipIds;
    this.plan = loaded.plan;
    this.analysis = loaded.analysis;
  }

  get variables() {
    return { accountId: this.recordId, ...this.cursors };
  }

  connectedCallback() {
    this.unsubscribe = subscribe(this.recordId, (message) => {
      if (message.type === 'planchange' && message.source !== SOURCE) {
        this.plan = message.plan;
        this.analysis = message.analysis;
        if (message.relationshipIds) this.relationshipIds = message.relationshipIds;
      }
    });
  }

  disconnectedCallback() {
    if (this.unsubscribe) this.unsubscribe();
  }

  // ----- states -----

  get isLoading() {
    return !this.loaded;
  }

  get ready() {
    return Boolean(this.analysis) && !this.errors;
  }

  // ----- the list of key intersections -----

  nameOf(list, id) {
    const found = list.find((entry) => entry.id === id);
    return found ? found.name : id;
  }

  cellOf(contactId, memberId) {
    return this.analysis.cells.find((cell) => cell.contactId === contactId && cell.memberId === memberId);
  }

  recordFor(contactId, memberId) {
    const records = this.records.filter((r) => r.contactId === contactId && r.memberId === memberId);
    return records.find((r) => ACTIVE.has(r.status)) || records[records.length - 1];
  }

  get pairs() {
    if (!this.ready) return [];
    const keys = new Map();
    this.plan.relationships.filter((r) => r.key).forEach((r) => keys.set(pairKey(r.contactId, r.memberId), r));
    this.records
      .filter((r) => this.showClosed || ACTIVE.has(r.status))
      .forEach((r) => {
        if (!keys.has(pairKey(r.contactId, r.memberId))) keys.set(pairKey(r.contactId, r.memberId), r);
      });
    return [...keys.values()].map((r) => {
      const cell = this.cellOf(r.contactId, r.memberId) || {};
      const record = this.recordFor(r.contactId, r.memberId);
      const contactName = this.nameOf(this.plan.contacts, r.contactId);
      const memberName = this.nameOf(this.plan.members, r.memberId);
      const status = record ? record.status : 'no blueprint';
      return {
        key: pairKey(r.contactId, r.memberId),
        contactId: r.contactId,
        memberId: r.memberId,
        horizonDays: r.horizonDays,
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
    return this.pairs.map((pair) => ({ label: pair.label, value: pair.key }));
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

  get savedSummary() {
    const record = this.selectedPair && this.selectedPair.record;
    if (!record) return undefined;
    return {
      goal: `${record.goal}: ${gradeLabel(record.goal)}`,
      status: record.status,
      strategies:
        record.strategies.map((code) => (STRATEGIES.find((s) => s.code === code) || { name: code }).name).join(', ') ||
        'none yet',
      due: record.dueDate || 'not set',
      tactics: record.tactics || '',
    };
  }

  handlePairChange(event) {
    this.selectedKey = event.detail.value;
    this.draft = undefined;
    this.showErrors = false;
  }

  // ----- the form -----

  get gradeOptions() {
    return GRADES.map((grade) => ({ label: `${grade.code}: ${grade.label}`, value: grade.code }));
  }

  get horizonOptions() {
    return HORIZON_OPTIONS;
  }

  get statusOptions() {
    return BLUEPRINT_STATUSES;
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
    return 'A relationship moves up one level at a time, so the goal is at most one level above today.';
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
    const advice = strategyAdvice(this.plan, this.analysis, this.selectedPair.contactId, this.selectedPair.memberId);
    return advice.map((strategy) => ({
      ...strategy,
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
    const proposed = GRADES[Math.max(0, GRADES.findIndex((g) => g.code === (pair.current || 'I')) - 1)].code;
    const horizon = pair.horizonDays || 90;
    this.draft = newDraft(pair, proposed, addDays(today(), horizon));
    this.showErrors = false;
  }

  handleEdit() {
    this.draft = draftFromRecord(this.selectedPair.record);
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
      this.draft = undefined;
      this.showErrors = false;
      this.toast('success', successTitle, []);
    } catch (error) {
      this.toast('error', 'Could not save the blueprint', errorMessages(error));
    } finally {
      this.saving = false;
    }
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
