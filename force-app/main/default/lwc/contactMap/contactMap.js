import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
  PlanReader,
  analyzePlan,
  loadPlan,
  errorMessages,
  isPermissionError,
  pairKey,
  publish,
  subscribe,
  today,
  withRelationship,
} from 'c/contactPlanData';
import { ALL_DEPARTMENTS, FILTERS, buildGrid, departments } from './gridModel';
import { cellAt, makeActive, makeSelected, positionOf, renderColumns, renderRows } from './gridDom';
import { nextPosition } from './keyboard';
import { toCsv } from './csv';

const SOURCE = 'contactMap';

const FILTER_OPTIONS = [
  { label: 'All contacts', value: FILTERS.ALL },
  { label: 'Buyers only', value: FILTERS.BUYERS },
  { label: 'Key intersections only', value: FILTERS.KEY },
];

export default class ContactMap extends LightningElement {
  @api recordId;
  /** App Builder: which contacts show first (all, buyers, key). */
  @api defaultFilter = FILTERS.ALL;
  /** App Builder: the most contact columns the map shows. */
  @api maxColumns = 100;

  plan;
  analysis;
  reader = new PlanReader();
  planQuery = this.reader.query;
  cursors = this.reader.cursors;
  snapshots = [];
  relationshipIds = new Map();
  errors;
  loaded = false;
  /** True when the plan was read without invitees, opportunity teams and contact roles (the org refused one). */
  partialPlan = false;
  filter;
  department = ALL_DEPARTMENTS;
  active = { row: 0, col: 0 };
  selected;
  saving = false;
  focusPending = false;
  view;
  unsubscribe;
  // What the manual tbody shows (the contact headers follow it): the element, the view its rows were written from,
  // its active and selected cells.
  body;
  bodyView;
  activeTd;
  selectedTd;

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
      if (!isPermissionError(errors)) this.toast('error', 'Could not load the contact map', errorMessages(errors));
      return;
    }
    if (!answer) return;
    const loaded = loadPlan(answer, this.recordId, today());
    this.errors = undefined;
    this.relationshipIds = loaded.relationshipIds;
    this.snapshots = loaded.snapshots;
    this.partialPlan = this.reader.partial;
    this.loaded = true;
    this.setPlan(loaded.plan, loaded.analysis);
  }

  get variables() {
    return { accountId: this.recordId, ...this.cursors };
  }

  connectedCallback() {
    this.filter = Object.values(FILTERS).includes(this.defaultFilter) ? this.defaultFilter : FILTERS.ALL;
    this.unsubscribe = subscribe(this.recordId, (message) => {
      if (message.type === 'focuscell') this.focusCell(message.contactId, message.memberId);
      // Another panel changed the plan (e.g. saved a blueprint): adopt it so later edits build on it.
      if (message.type === 'planchange' && message.source !== SOURCE) {
        this.plan = message.plan;
        this.analysis = message.analysis;
        this.refreshView();
      }
    });
  }

  disconnectedCallback() {
    if (this.unsubscribe) this.unsubscribe();
  }

  renderedCallback() {
    const tbody = this.template.querySelector('tbody');
    if (tbody && (tbody !== this.body || this.bodyView !== this.view)) {
      renderColumns(this.template.querySelector('tr.cp-columns'), this.view.columns);
      renderRows(tbody, this.view.rows);
      this.body = tbody;
      this.bodyView = this.view;
      this.activeTd = undefined;
      this.selectedTd = undefined;
    }
    this.showCellState();
  }

  /** Puts the roving tabindex, the selection mark and any pending focus on the cells; the rows must be current. */
  showCellState() {
    if (!this.body || !this.body.isConnected || this.bodyView !== this.view) return;
    const active = cellAt(this.body, this.clampedActive());
    makeActive(active, this.activeTd);
    this.activeTd = active;
    const position = this.selectedPosition();
    const selected = position ? cellAt(this.body, position) : undefined;
    makeSelected(selected, this.selectedTd);
    this.selectedTd = selected;
    if (!this.focusPending) return;
    this.focusPending = false;
    if (active) {
      active.focus();
      if (active.scrollIntoView) active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  clampedActive() {
    const last = { row: this.view.rows.length - 1, col: this.view.columns.length - 1 };
    return {
      row: Math.max(0, Math.min(this.active.row, last.row)),
      col: Math.max(0, Math.min(this.active.col, last.col)),
    };
  }

  selectedPosition() {
    if (!this.selected) return undefined;
    const col = this.view.columns.findIndex((column) => column.id === this.selected.contactId);
    const row = this.view.rows.findIndex((r) => r.id === this.selected.memberId);
    return col === -1 || row === -1 ? undefined : { row, col };
  }

  setPlan(plan, analysis = analyzePlan(plan)) {
    this.plan = plan;
    this.analysis = analysis;
    this.refreshView();
    this.publishPlan();
  }

  publishPlan() {
    publish(this.recordId, {
      type: 'planchange',
      source: SOURCE,
      plan: this.plan,
      analysis: this.analysis,
      relationshipIds: this.relationshipIds,
    });
  }

  // ----- state -----

  get isLoading() {
    return !this.loaded;
  }

  get isEmpty() {
    return Boolean(this.plan) && !this.errors && (this.plan.contacts.length === 0 || this.plan.members.length === 0);
  }

  get emptyText() {
    if (!this.plan) return '';
    return this.plan.contacts.length === 0
      ? 'This account has no contacts yet. Add contacts to start the map.'
      : 'Nobody is on the account team yet. Add team members to start the map.';
  }

  /** The filters and export show while the map loads (disabled), so its arrival only fills them in. */
  get showControls() {
    return this.isLoading || this.hasMap;
  }

  get hasMap() {
    return Boolean(this.plan) && !this.errors && !this.isEmpty;
  }

  get grid() {
    return buildGrid(this.plan, this.analysis, {
      filter: this.filter,
      department: this.department,
      maxColumns: Number(this.maxColumns) || 0,
    });
  }

  /** Rebuilds the view model after a change of plan or filters; the cells' rows follow in renderedCallback. */
  refreshView() {
    if (!this.plan) {
      this.view = undefined;
      return;
    }
    const grid = this.grid;
    this.view = { ...grid, hasCells: grid.rows.length > 0 && grid.columns.length > 0 };
  }

  get filterOptions() {
    return FILTER_OPTIONS;
  }

  get departmentOptions() {
    const names = this.plan ? departments(this.plan) : [];
    return [
      { label: 'All departments', value: ALL_DEPARTMENTS },
      ...names.map((name) => ({ label: name, value: name })),
    ];
  }

  get gradeCounts() {
    return this.analysis.gradeCounts;
  }

  get score() {
    return this.analysis.score;
  }

  get selectedCell() {
    if (!this.selected) return undefined;
    const { contactId, memberId } = this.selected;
    const contact = this.plan.contacts.find((c) => c.id === contactId);
    const member = this.plan.members.find((m) => m.id === memberId);
    const cell = this.analysis.cells.find((c) => c.contactId === contactId && c.memberId === memberId) || {};
    const relationship = this.plan.relationships.find((r) => r.contactId === contactId && r.memberId === memberId);
    return {
      contactId,
      memberId,
      contactName: contact ? contact.name : contactId,
      memberName: member ? member.name : memberId,
      manual: cell.manual,
      suggested: cell.suggested,
      effective: cell.effective,
      reasons: cell.reasons || [],
      isKey: Boolean(relationship && relationship.key),
      horizon: relationship && relationship.horizonDays ? String(relationship.horizonDays) : '',
    };
  }

  // ----- filters and export -----

  handleFilterChange(event) {
    this.filter = event.detail.value;
    this.active = { row: 0, col: 0 };
    this.refreshView();
  }

  handleDepartmentChange(event) {
    this.department = event.detail.value;
    this.active = { row: 0, col: 0 };
    this.refreshView();
  }

  handleExport() {
    const link = document.createElement('a');
    link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(this.view))}`;
    link.download = `contact-map-${this.recordId}.csv`;
    link.click();
  }

  // ----- coaching tips -----

  handleHelpKeydown(event) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.currentTarget.parentElement.classList.add('cp-tip-dismissed');
  }

  handleHelpLeave(event) {
    const help = event.currentTarget;
    if (event.type === 'focusout' && help.contains(event.relatedTarget)) return;
    if (event.type === 'mouseleave' && help.contains(this.template.activeElement)) return;
    help.classList.remove('cp-tip-dismissed');
  }

  // ----- grid navigation -----

  handleGridKeydown(event) {
    const cell = event.target.closest('td');
    if (!cell) return;
    const position = positionOf(cell);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(position);
      return;
    }
    const size = { rows: this.view.rows.length, cols: this.view.columns.length };
    const next = nextPosition(event.key, position, size, event.ctrlKey);
    if (!next) return;
    event.preventDefault();
    this.active = next;
    this.focusPending = true;
    this.showCellState();
  }

  /** One listener for the whole grid: with 2,000 cells, a listener per cell costs more than the lookup. */
  handleGridClick(event) {
    const cell = event.target.closest('td');
    if (!cell || !cell.closest('tbody')) return;
    this.select(positionOf(cell));
  }

  select(position) {
    this.active = position;
    this.selected = { contactId: this.view.columns[position.col].id, memberId: this.view.rows[position.row].id };
    this.showCellState();
  }

  handleEditorClose() {
    this.selected = undefined;
    this.focusPending = true;
    this.showCellState();
  }

  /** Moves focus to the cell a warning points at (or the first cell of its column or row). */
  @api
  focusCell(contactId, memberId) {
    if (!this.plan) return;
    const grid = this.view;
    const col = contactId ? grid.columns.findIndex((column) => column.id === contactId) : 0;
    const row = memberId ? grid.rows.findIndex((r) => r.id === memberId) : 0;
    if (col === -1 || row === -1) {
      const filtered = this.filter !== FILTERS.ALL || this.department !== ALL_DEPARTMENTS;
      if (!filtered) return;
      // The cell is hidden by a filter: show everything, then look again.
      this.filter = FILTERS.ALL;
      this.department = ALL_DEPARTMENTS;
      this.refreshView();
      this.focusCell(contactId, memberId);
      return;
    }
    this.active = { row, col };
    if (contactId && memberId) this.selected = { contactId, memberId };
    this.focusPending = true;
    this.showCellState();
  }

  // ----- edits -----

  async handleGradeChange(event) {
    const { contactId, memberId } = this.selected;
    const grade = event.detail.grade || undefined;
    const gradedOn = grade ? today() : undefined;
    await this.saveRelationship(
      contactId,
      memberId,
      { grade, gradedOn },
      { Grade__c: grade || null, Graded_On__c: gradedOn || null },
    );
  }

  async handleKeyChange(event) {
    const { contactId, memberId } = this.selected;
    const { key, horizon } = event.detail;
    const horizonDays = key && horizon ? Number(horizon) : undefined;
    await this.saveRelationship(
      contactId,
      memberId,
      { key, horizonDays },
      { Key_Intersection__c: key, Focus_Horizon__c: horizonDays ? String(horizonDays) : null },
    );
  }

  /** Applies the change to the plan at once (warnings recompute), then writes it; rolls back when the write fails. */
  async saveRelationship(contactId, memberId, planChanges, fields) {
    const before = this.plan;
    this.setPlan(withRelationship(before, contactId, memberId, planChanges));
    const key = pairKey(contactId, memberId);
    const id = this.relationshipIds.get(key);
    this.saving = true;
    try {
      if (id) {
        await updateRecord({ fields: { Id: id, ...fields } });
      } else {
        const created = await createRecord({
          apiName: 'Relationship__c',
          fields: {
            Account__c: this.recordId,
            Contact__c: contactId,
            Team_Member__c: memberId,
            Pair_Key__c: key,
            ...fields,
          },
        });
        this.relationshipIds = new Map(this.relationshipIds).set(key, created.id);
        this.publishPlan();
      }
    } catch (error) {
      this.setPlan(before);
      this.toast('error', 'Could not save the change', errorMessages(error));
    } finally {
      this.saving = false;
    }
  }

  toast(variant, title, messages) {
    this.dispatchEvent(new ShowToastEvent({ title, message: messages.join(' '), variant }));
  }
}
