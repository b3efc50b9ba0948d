import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { CurrentPageReference } from 'lightning/navigation';
import { createRecord, getRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
  GRADES,
  PlanReader,
  afterNextPaint,
  analyzePlan,
  cardStateOf,
  loadPlan,
  errorMessages,
  freshnessText,
  readNotices,
  readDelivery,
  cellOf,
  entryOf,
  pairKey,
  recordPairKey,
  publish,
  subscribe,
  today,
  warmEditPathToo,
  warmUpPlanPath,
  withRelationship,
} from 'c/contactPlanData';
import { ALL_DEPARTMENTS, FILTERS, buildGrid, departments } from './gridModel';
import {
  cellAt,
  makeActive,
  makeSelected,
  patchGrid,
  placePopover,
  positionOf,
  renderContactsAsRows,
  renderMembersAsRows,
} from './gridDom';
import { fromScreen, nextPosition, screenOrder, toScreen } from './keyboard';
import {
  FIRST_OVERSCAN_ROWS,
  ROW_ESTIMATE,
  WINDOW_FROM,
  covers,
  estimatedBands,
  firstViewHeight,
  rowIndexes,
  rowsInView,
} from './rowWindow';
import { csvFileName, toCsv } from './csv';

// The department picker's options by the plan's contacts list (the same list from edit to edit).
const DEPARTMENT_OPTIONS = new WeakMap();
// The cell each map's editor showed last (kept out of its reactive fields: the template reads it while rendering).
const LAST_EDITOR_CELL = new WeakMap();
const IN_VIEW = 'in view';
const NO_CONTACTS = [];
const SOURCE = 'contactMap';

/** Resolves in the task after the next animation frame, once the browser painted what the current task changed. */
function nextPaint() {
  return new Promise((resolve) => {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    const later = () => setTimeout(resolve, 0);
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  });
}

/**
 * Focuses `td` (in view, so without scrolling) at the start of the next frame, before that frame's style pass. Focus
 * makes the browser bring the page's styles up to date on the spot: done in the rep's click, after the map rendered
 * but before the panels beside it did, the page's styles were worked out twice for the edit's frame.
 */
function focusInViewNextFrame(td, stillWanted) {
  const focus = () => {
    if (td.isConnected && stillWanted(td)) td.focus({ preventScroll: true });
  };
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(focus);
  else focus();
}

const GRADE_CODES = new Set(GRADES.map((grade) => grade.code));
const STATE_WORDS = { loadingLabel: 'Loading the contact map', errorLabel: 'The contact map could not load' };

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
  /** True when the plan was read without an optional list (the org has no Account Teams, say). */
  partialPlan = false;
  /** What the page could not read (an optional list, sync fields hidden from this rep), one calm line each. */
  readNotices = [];
  /** Where the suggestions come from: "from activity up to the sync of …", or that no sync has run yet. */
  freshness = '';
  filter;
  department = ALL_DEPARTMENTS;
  active = { row: 0, col: 0 };
  selected;
  saving = false;
  /** The editor was opened once: it stays in the document from then on (see `editorMounted`). */
  editorOpened = false;
  /** The rep's writes, one after the other (saveRelationship). */
  writes = Promise.resolve();
  /** Focus goes to the active cell once the rows are current: true (scrolled into view) or IN_VIEW (it is in view). */
  focusPending = false;
  /** Cells the plan panel marks: [{ contactId, memberId, role: 'door' | 'target' }]. */
  highlight = [];
  view;
  unsubscribe;
  /** Buyer groups (role codes) folded away by the rep, in the contacts-as-rows layout. */
  collapsed = new Set();
  /** Set by a filter change: the next render scrolls the map back to its top left corner. */
  scrollReset = false;
  // What the manual parts show: the table they were written into, the view and layout they were written from, the
  // cells by position, the active and selected cells.
  table;
  bodyView;
  bodyLayout;
  cells;
  activeTd;
  selectedTd;
  boundReposition;
  sizeObserver;
  // A tall map renders the rows in view (rowWindow.js): the rendered rows per band, the rows' measured height, where
  // the map was last scrolled to, and whether the page is printing (every row then).
  windowRanges;
  rowHeight = ROW_ESTIMATE;
  rowsMeasured = false;
  lastScrollTop = 0;
  printing = false;
  refilling = false;
  renderedWindowed = false;
  renderedCollapsed = '';
  /**
   * The band heads' fold chevrons and coaching help (lightning-icon, lightning-helptext) render a frame after the
   * first grid, in space kept for them: ten base components were a third of the map's first render.
   */
  decorated = false;
  decorating = false;
  boundPrint;

  /** The account's name, for the CSV export's first line and file name. */
  @wire(getRecord, { recordId: '$recordId', fields: ['Account.Name'] })
  wiredAccount({ data }) {
    const name = data && data.fields && data.fields.Name;
    this.accountName = name && name.value ? name.value : undefined;
  }

  accountName;

  /** The cell the page was opened on (My relationships links to `c__contactId` / `c__memberId`), until it is shown. */
  focusFromPage;

  @wire(CurrentPageReference)
  wiredPageReference(pageRef) {
    const state = (pageRef && pageRef.state) || {};
    if (state.c__contactId || state.c__memberId) {
      this.focusFromPage = { contactId: state.c__contactId, memberId: state.c__memberId };
      this.focusPageCell();
    }
  }

  focusPageCell() {
    if (!this.focusFromPage || !this.plan) return;
    const { contactId, memberId } = this.focusFromPage;
    this.focusFromPage = undefined;
    this.focusCell(contactId, memberId);
  }

  @wire(graphql, { query: '$planQuery', variables: '$variables' })
  wiredPlan(delivery) {
    // The map takes the answer at once (the panels beside it a frame later: planCard.js).
    const answer = readDelivery(this, delivery, 'Could not load the contact map');
    if (!answer) return;
    const loaded = loadPlan(answer, this.recordId, today());
    this.errors = undefined;
    this.relationshipIds = loaded.relationshipIds;
    this.snapshots = loaded.snapshots;
    this.rolesImplied = loaded.rolesImplied;
    this.partialPlan = this.reader.partial;
    this.readNotices = readNotices({ partial: this.reader.partial, hiddenFields: this.reader.hiddenFields });
    this.freshness = freshnessText(loaded);
    this.loaded = true;
    this.setPlan(loaded.plan, loaded.analysis);
    this.focusPageCell();
  }

  get variables() {
    return { accountId: this.recordId, ...this.cursors };
  }

  connectedCallback() {
    // Once the page is idle, the grid model builds the core's warm-up edits of the plan shown (the result is dropped).
    this.stopEditWarmUp = warmEditPathToo((plan, analysis) => {
      if (this.view && this.plan && plan.contacts === this.plan.contacts) {
        buildGrid(plan, analysis, this.gridOptions, this.view);
      }
    });
    // While the plan's query is on its way, the reader, the core and the grid model run once on a small account.
    warmUpPlanPath(today(), (plan, analysis) => buildGrid(plan, analysis, {}));
    this.boundPrint = (event) => {
      this.printing = event.type === 'beforeprint';
      if (this.table && this.table.isConnected && this.bodyView === this.view) this.renderRows(this.table);
    };
    window.addEventListener('beforeprint', this.boundPrint);
    window.addEventListener('afterprint', this.boundPrint);
    this.filter = Object.values(FILTERS).includes(this.defaultFilter) ? this.defaultFilter : FILTERS.ALL;
    this.unsubscribe = subscribe(this.recordId, (message) => {
      if (message.type === 'focuscell') this.focusCell(message.contactId, message.memberId);
      // The plan panel marks a suggestion key and the blueprint changes a horizon through the map, the one writer of
      // Relationship__c on the page (docs/method.md §1.6.5: the horizon lives on the relationship only).
      if (message.type === 'setkey') this.saveKey(message.contactId, message.memberId, message.key, message.horizon);
      // The plan panel shows which strong relationship can open which weak or blank cell.
      if (message.type === 'highlight') {
        this.highlight = message.cells || [];
        this.showHighlight();
      }
      // Another panel changed the plan (e.g. saved a blueprint): adopt it so later edits build on it.
      if (message.type === 'planchange' && message.source !== SOURCE) {
        this.plan = message.plan;
        this.analysis = message.analysis;
        if (message.relationshipIds) this.relationshipIds = message.relationshipIds;
        this.refreshView();
      }
    });
  }

  disconnectedCallback() {
    if (this.unsubscribe) this.unsubscribe();
    if (this.stopEditWarmUp) this.stopEditWarmUp();
    window.removeEventListener('beforeprint', this.boundPrint);
    window.removeEventListener('afterprint', this.boundPrint);
    this.stopRepositioning();
    if (this.sizeObserver) this.sizeObserver.disconnect();
    this.sizeObserver = undefined;
  }

  renderedCallback() {
    const table = this.template.querySelector('table.cp-grid');
    const layout = this.layoutKey;
    const current = table === this.table && this.bodyLayout === layout;
    if (current && this.bodyView !== this.view && patchGrid(table, this.cells, this.bodyView, this.view)) {
      // Same people in the same order (a grade edit, a new analysis): the changed cells were updated in place.
      this.bodyView = this.view;
    } else if (table && (table !== this.table || this.bodyView !== this.view || this.bodyLayout !== layout)) {
      // Rewriting the rows drops the focused cell from the document: focus would fall to <body>, so it moves to the
      // new cell at the same place.
      if (this.gridHasFocus()) this.focusPending = true;
      this.windowRanges = undefined;
      this.renderRows(table);
      this.observeSizes(table);
    } else if (current && (this.windowed || this.renderedWindowed) && this.collapsedKey !== this.renderedCollapsed) {
      // A band of a tall map was folded or unfolded: the rows below it moved, or the map is no longer tall.
      if (this.gridHasFocus()) this.focusPending = true;
      this.windowRanges = undefined;
      this.renderRows(table);
    }
    if (this.scrollReset) {
      this.scrollReset = false;
      const scroller = this.refs && this.refs.scroller;
      if (scroller) {
        scroller.scrollTop = 0;
        scroller.scrollLeft = 0;
      }
    }
    if (table && !this.decorating) {
      this.decorating = true;
      afterNextPaint(() => {
        this.decorated = true;
      });
    }
    this.showCellState();
    this.positionEditor();
    if (this.focusEditorPending) {
      const editor = this.template.querySelector('c-contact-map-cell-editor');
      if (editor) {
        this.focusEditorPending = false;
        editor.focus();
      }
    }
  }

  /**
   * Writes the rows of the current view (all of them, or the window of a tall map). Afresh, or with `refill` (the same
   * view, the window moved) keeping the rows that stay in the document.
   */
  renderRows(table, refill = false) {
    const headerRow = table.querySelector('tr.cp-columns');
    this.table = table;
    if (this.contactsAsRows) {
      const window = this.rowWindow();
      const bands = [...table.querySelectorAll('tbody.cp-band')];
      this.cells = renderContactsAsRows(headerRow, bands, this.view, window && { ...window, refill });
    } else {
      this.cells = renderMembersAsRows(headerRow, table.querySelector('tbody.cp-body'), this.view);
    }
    this.bodyView = this.view;
    this.bodyLayout = this.layoutKey;
    // Cells a fresh render replaced have left the document; cells a refill kept still carry their marks.
    if (this.activeTd && !this.activeTd.isConnected) this.activeTd = undefined;
    if (this.selectedTd && !this.selectedTd.isConnected) this.selectedTd = undefined;
    this.showHighlight();
  }

  // ----- the row window of a tall map -----

  /** Contacts as rows with more than WINDOW_FROM shown rows: only the rows in view (and some either side) render. */
  get windowed() {
    return this.contactsAsRows && !this.printing && this.order.rows.length > WINDOW_FROM;
  }

  get collapsedKey() {
    return [...this.collapsed].sort().join(',');
  }

  /** The bands' geometry: estimated, then (once the rows have been laid out) where the bands really start. */
  bandGeometry() {
    const bands = estimatedBands(this.view.groups, this.collapsed, this.rowHeight);
    if (!this.rowsMeasured || !this.table) return bands;
    const bodies = this.table.querySelectorAll('tbody.cp-band');
    bodies.forEach((tbody, k) => {
      if (bands[k] && bands[k].count) bands[k].top = this.table.offsetTop + tbody.offsetTop;
    });
    return bands;
  }

  /**
   * The window for renderContactsAsRows, or undefined when every row renders. The active and selected cells' rows
   * always render, so focus and the editor's anchor never leave the document. Also writes the grid's ARIA row count
   * and the band headers' row indexes: assistive technology learns how many rows there are, not how many render.
   */
  rowWindow() {
    const table = this.table;
    this.renderedCollapsed = this.collapsedKey;
    this.renderedWindowed = this.windowed;
    if (!this.windowed) {
      this.windowRanges = undefined;
      if (table) table.removeAttribute('aria-rowcount');
      return undefined;
    }
    const bands = this.bandGeometry();
    if (!this.windowRanges) {
      // Before the first layout the scroll box's height is unknown: its CSS bounds it. The first frame renders what it
      // shows and a few rows more; the first scroll brings the full overscan.
      const top = this.scrollReset ? 0 : this.lastScrollTop;
      const viewport = { top, height: firstViewHeight(window.innerHeight) };
      this.windowRanges = rowsInView(bands, viewport, this.rowHeight, FIRST_OVERSCAN_ROWS);
    }
    const shown = new Set([this.clampedActive().col]);
    const selected = this.selectedPosition();
    if (selected) shown.add(selected.col);
    for (const band of bands) {
      const range = this.windowRanges.get(band.code);
      if (!band.count || !range) continue;
      for (let i = range.first; i < range.end; i += 1) shown.add(band.start + i);
    }
    const indexes = rowIndexes(bands);
    table.setAttribute('aria-rowcount', String(indexes.count));
    table.querySelectorAll('tbody.cp-band-head').forEach((head, k) => {
      const band = bands[k];
      const row = head.querySelector('tr');
      if (band && row) row.setAttribute('aria-rowindex', String(indexes.bands.get(band.code)));
    });
    return { shows: (c) => shown.has(c), rowHeight: this.rowHeight, rowIndex: indexes.contacts };
  }

  /** The same view, another window: rows that stay are kept, the others come and go. */
  refillRows() {
    const table = this.table;
    if (!table || !table.isConnected || !this.windowed) return;
    this.refilling = true;
    try {
      this.renderRows(table, true);
      this.showCellState();
    } finally {
      this.refilling = false;
    }
  }

  /** The rendered rows' average height; true when it differs from the one the spacers were sized by. */
  measureRows() {
    let total = 0;
    let count = 0;
    for (const tr of this.table.querySelectorAll('tbody.cp-band > tr[data-col]')) {
      const height = tr.offsetHeight;
      if (height > 0) {
        total += height;
        count += 1;
      }
    }
    if (!count) return false;
    this.rowsMeasured = true;
    const average = total / count;
    if (Math.abs(average - this.rowHeight) < 0.5) return false;
    this.rowHeight = average;
    return true;
  }

  /** After a scroll or a resize: brings in the rows that came into view (with some to spare), if any are missing. */
  updateWindow() {
    if (!this.windowed || !this.table || !this.table.isConnected || this.bodyView !== this.view) return;
    const scroller = this.refs && this.refs.scroller;
    if (!scroller) return;
    const resized = this.measureRows();
    this.lastScrollTop = scroller.scrollTop;
    const bands = this.bandGeometry();
    const viewport = { top: scroller.scrollTop, height: scroller.clientHeight || window.innerHeight };
    if (!resized && covers(this.windowRanges, rowsInView(bands, viewport, this.rowHeight, 2))) return;
    this.windowRanges = rowsInView(bands, viewport, this.rowHeight);
    this.refillRows();
  }

  /**
   * The scroll hints follow the map's box and the table's size. A ResizeObserver reports after layout, so reading the
   * scroll sizes there forces no extra layout of a 2,000-cell table (reading them in renderedCallback did, and tripled
   * the first render). The sticky offsets need no measuring: the header rows have fixed heights (contactMap.css).
   */
  observeSizes(table) {
    if (typeof ResizeObserver === 'undefined') return;
    if (this.sizeObserver) this.sizeObserver.disconnect();
    const scroller = this.refs && this.refs.scroller;
    this.sizeObserver = new ResizeObserver(() => {
      this.updateScrollHints();
      this.updateWindow();
    });
    if (scroller) this.sizeObserver.observe(scroller);
    this.sizeObserver.observe(table);
  }

  /** Focus is on the page's body, a cell or the (hidden) editor: nothing the rep chose to focus since. */
  focusMayMoveTo() {
    const active = this.template.activeElement;
    if (!active) return !document.activeElement || document.activeElement === document.body;
    if (active.getAttribute('role') === 'gridcell') return true;
    const editor = this.template.querySelector('c-contact-map-cell-editor');
    return active === editor || Boolean(this.refs && this.refs.popover && this.refs.popover.contains(active));
  }

  gridHasFocus() {
    const active = this.template.activeElement;
    return Boolean(active && active.getAttribute && active.getAttribute('role') === 'gridcell');
  }

  /** Puts the roving tabindex, the selection mark and any pending focus on the cells; the rows must be current. */
  showCellState() {
    if (!this.table || !this.table.isConnected || this.bodyView !== this.view || this.bodyLayout !== this.layoutKey) {
      return;
    }
    const active = cellAt(this.cells, this.clampedActive());
    if (!active && this.windowed && !this.refilling) {
      // The arrow keys or a warning moved to a row out of the window: it renders (refillRows comes back here).
      this.refillRows();
      return;
    }
    makeActive(active, this.activeTd);
    this.activeTd = active;
    const position = this.selectedPosition();
    const selected = position ? cellAt(this.cells, position) : undefined;
    if (position && !selected && this.windowed && !this.refilling) {
      this.refillRows();
      return;
    }
    makeSelected(selected, this.selectedTd);
    this.selectedTd = selected;
    if (!this.focusPending) return;
    const inView = this.focusPending === IN_VIEW;
    this.focusPending = false;
    if (!active) return;
    if (inView) {
      // Scrolling a cell into view lays the page out on the spot, inside the frame that shows a grade edit. Focus
      // lands unless the rep moved on meanwhile (another cell active, or focus taken elsewhere than the editor).
      focusInViewNextFrame(active, (td) => td === this.activeTd && this.focusMayMoveTo());
      return;
    }
    active.focus();
    if (active.scrollIntoView) active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** The cells in screen order: contacts of folded groups are left out. */
  get order() {
    return screenOrder(this.view, this.contactsAsRows, this.collapsed);
  }

  /** The active position, moved onto a shown cell if a filter or a folded group hid it. */
  clampedActive() {
    const order = this.order;
    if (!order.rows.length || !order.cols.length) return this.active;
    const screen = toScreen(this.active, order, this.contactsAsRows);
    return fromScreen(
      {
        row: Math.max(0, Math.min(screen.row, order.rows.length - 1)),
        col: Math.max(0, Math.min(screen.col, order.cols.length - 1)),
      },
      order,
      this.contactsAsRows,
    );
  }

  // ----- layout -----

  /** Contacts become rows when they outnumber the team members: the map then scrolls down, not sideways. */
  get contactsAsRows() {
    return Boolean(this.view) && this.view.columns.length > this.view.rows.length;
  }

  get layoutKey() {
    return this.contactsAsRows ? 'contacts-as-rows' : 'members-as-rows';
  }

  get gridLabel() {
    return this.contactsAsRows
      ? 'Client contact map: contacts by team members'
      : 'Client contact map: team members by contacts';
  }

  /** One band per buyer group in the contacts-as-rows layout: its header row (fold button, coaching) and its rows. */
  get groupBands() {
    const colspan = this.view.rows.length + 1;
    return this.view.groups.map((group) => {
      const expanded = !this.collapsed.has(group.code);
      return {
        ...group,
        bodyKey: `${group.key}:rows`,
        colspan,
        expanded: String(expanded),
        chevron: expanded ? 'utility:chevrondown' : 'utility:chevronright',
        countText: group.span === 1 ? '1 contact' : `${group.span} contacts`,
        bodyClass: expanded ? 'cp-band' : 'cp-band cp-band_collapsed',
      };
    });
  }

  get shownText() {
    const contacts = this.view.columns.length;
    const members = this.view.rows.length;
    const folded = this.view.columns.filter((column) => this.collapsed.has(column.roleCode)).length;
    const foldedText = this.contactsAsRows && folded ? ` (${folded} in folded groups)` : '';
    return `${contacts} ${contacts === 1 ? 'contact' : 'contacts'}${foldedText} × ${members} team ${
      members === 1 ? 'member' : 'members'
    }.`;
  }

  scrollHints = '';

  get scrollerClass() {
    return `cp-scroller ${this.scrollHints}`.trim();
  }

  handleScroll() {
    this.updateScrollHints();
    this.updateWindow();
    this.positionEditor();
  }

  /** Shadows on the edges where more of the map lies beyond view: a scroll affordance also where scrollbars overlay. */
  updateScrollHints() {
    const scroller = this.refs && this.refs.scroller;
    if (!scroller) return;
    const hints = [];
    if (scroller.scrollTop > 0) hints.push('cp-more-above');
    // A pixel or two of borders below the last row is not "more".
    if (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) hints.push('cp-more-below');
    if (scroller.scrollLeft > 0) hints.push('cp-more-left');
    if (scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 2) hints.push('cp-more-right');
    for (const hint of ['cp-more-above', 'cp-more-below', 'cp-more-left', 'cp-more-right']) {
      scroller.classList.toggle(hint, hints.includes(hint));
    }
  }

  handleGroupToggle(event) {
    const code = event.currentTarget.dataset.group;
    const collapsed = new Set(this.collapsed);
    if (collapsed.has(code)) collapsed.delete(code);
    else collapsed.add(code);
    this.collapsed = collapsed;
  }

  // ----- the floating editor -----

  /** Keeps the editor beside its cell, inside the viewport, while the map or the page scrolls. */
  positionEditor() {
    const popover = this.refs && this.refs.popover;
    if (!popover || !this.selectedTd) {
      this.stopRepositioning();
      return;
    }
    placePopover(popover, this.selectedTd, { width: window.innerWidth, height: window.innerHeight });
    if (!this.boundReposition) {
      this.boundReposition = () => this.positionEditor();
      window.addEventListener('resize', this.boundReposition);
      window.addEventListener('scroll', this.boundReposition, true);
    }
    // The editor is placed before its content has its final size (reasons, countdown and the next move arrive with
    // it); placed by its first, smaller box it could hang below the window. It is placed again whenever it resizes.
    if (typeof ResizeObserver !== 'undefined' && this.observedPopover !== popover) {
      if (this.popoverObserver) this.popoverObserver.disconnect();
      this.popoverObserver = new ResizeObserver(() => this.positionEditor());
      this.popoverObserver.observe(popover);
      this.observedPopover = popover;
    }
  }

  stopRepositioning() {
    if (this.popoverObserver) this.popoverObserver.disconnect();
    this.popoverObserver = undefined;
    this.observedPopover = undefined;
    if (!this.boundReposition) return;
    window.removeEventListener('resize', this.boundReposition);
    window.removeEventListener('scroll', this.boundReposition, true);
    this.boundReposition = undefined;
  }

  selectedPosition() {
    if (!this.selected) return undefined;
    const col = this.view.columns.findIndex((column) => column.id === this.selected.contactId);
    const row = this.view.rows.findIndex((r) => r.id === this.selected.memberId);
    return col === -1 || row === -1 ? undefined : { row, col };
  }

  setPlan(plan, analysis = analyzePlan(plan)) {
    // The same analysis: the plan read back after a save, equal to the one shown; nothing on the page changes.
    if (analysis === this.analysis) {
      this.plan = plan;
      return;
    }
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

  get cardState() {
    return cardStateOf(this, { ...STATE_WORDS, emptyText: this.emptyText }, this.isEmpty);
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

  /** The map card shows the account's org chart (c-contact-org-chart) instead of the grid. */
  chartView = false;

  get showGrid() {
    return this.hasMap && !this.chartView;
  }

  handleViewToggle() {
    this.chartView = !this.chartView;
    this.selected = undefined;
  }

  get gridOptions() {
    return {
      filter: this.filter,
      department: this.department,
      maxColumns: Number(this.maxColumns) || 0,
      rolesImplied: this.rolesImplied,
    };
  }

  get grid() {
    return buildGrid(this.plan, this.analysis, this.gridOptions, this.view);
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

  /** One array per contacts list: a new one would render the picker again on every grade edit. */
  get departmentOptions() {
    const contacts = this.plan ? this.plan.contacts : NO_CONTACTS;
    let options = DEPARTMENT_OPTIONS.get(contacts);
    if (!options) {
      options = [
        { label: 'All departments', value: ALL_DEPARTMENTS },
        ...departments(contacts).map((name) => ({ label: name, value: name })),
      ];
      DEPARTMENT_OPTIONS.set(contacts, options);
    }
    return options;
  }

  get gradeCounts() {
    return this.analysis.gradeCounts;
  }

  get score() {
    return this.analysis.score;
  }

  /**
   * The editor stays in the document once opened, hidden while no cell is selected: taking it out of the document on
   * every grade edit (some 60 elements, base components among them) cost ~3 ms of the frame that shows the edit, and
   * opening the next cell now updates it instead of building it again. Hidden, it keeps the cell it last showed.
   */
  get editorMounted() {
    return this.editorOpened && this.hasMap;
  }

  get editorHidden() {
    return !this.selected;
  }

  /** A hidden editor is not told about saves: its controls (base components) would render again for nothing. */
  get editorSaving() {
    return Boolean(this.selected) && this.saving;
  }

  get editorCell() {
    const cell = this.selectedCell;
    if (cell) LAST_EDITOR_CELL.set(this, cell);
    return LAST_EDITOR_CELL.get(this);
  }

  get selectedCell() {
    if (!this.selected) return undefined;
    const { contactId, memberId } = this.selected;
    const contact = entryOf(this.plan.contacts, contactId);
    const member = entryOf(this.plan.members, memberId);
    const cell = cellOf(this.analysis, contactId, memberId) || {};
    const relationship = this.plan.relationships.find((r) => r.contactId === contactId && r.memberId === memberId);
    return {
      contactId,
      memberId,
      contactName: contact ? contact.name : contactId,
      memberName: member ? member.name : memberId,
      manual: cell.manual,
      suggested: cell.suggested,
      effective: cell.effective,
      dropsOn: cell.dropsOn,
      dropsTo: cell.dropsTo,
      nextMove: this.nextMoveText(contactId, memberId),
      reasons: cell.reasons || [],
      isKey: Boolean(relationship && relationship.key),
      horizon: relationship && relationship.horizonDays ? String(relationship.horizonDays) : '',
    };
  }

  /** The core's words for the next best move on this cell, if it is one. */
  nextMoveText(contactId, memberId) {
    const move = (this.analysis.nextMoves || []).find((m) => m.contactId === contactId && m.memberId === memberId);
    return move ? move.why : '';
  }

  // ----- filters and export -----

  handleFilterChange(event) {
    this.filter = event.detail.value;
    this.active = { row: 0, col: 0 };
    this.scrollReset = true;
    this.refreshView();
  }

  handleDepartmentChange(event) {
    this.department = event.detail.value;
    this.active = { row: 0, col: 0 };
    this.scrollReset = true;
    this.refreshView();
  }

  handleExport() {
    const link = document.createElement('a');
    const date = today();
    const name = this.accountName || this.recordId;
    const csv = toCsv(this.view, { accountName: name, date, plan: this.plan });
    link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
    link.download = csvFileName(name, date);
    link.click();
  }

  // ----- grid navigation -----

  handleGridKeydown(event) {
    const cell = event.target.closest('td[role="gridcell"]');
    if (!cell) return;
    const position = positionOf(cell);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(position, { focusEditor: true });
      return;
    }
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    const letter = typeof event.key === 'string' && event.key.length === 1 ? event.key.toUpperCase() : '';
    if (!modified && GRADE_CODES.has(letter)) {
      event.preventDefault();
      this.gradeCell(position, letter);
      return;
    }
    if (!modified && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      this.gradeCell(position, undefined);
      return;
    }
    const order = this.order;
    const screen = toScreen(position, order, this.contactsAsRows);
    const size = { rows: order.rows.length, cols: order.cols.length };
    const next = nextPosition(event.key, screen, size, event.ctrlKey);
    if (!next) return;
    event.preventDefault();
    this.active = fromScreen(next, order, this.contactsAsRows);
    this.focusPending = true;
    this.showCellState();
  }

  /** One listener for the whole grid: with 2,000 cells, a listener per cell costs more than the lookup. */
  handleGridClick(event) {
    const cell = event.target.closest('td[role="gridcell"]');
    if (!cell) return;
    this.select(positionOf(cell), { focusEditor: true });
  }

  select(position, { focusEditor = false } = {}) {
    this.active = position;
    this.selected = { contactId: this.view.columns[position.col].id, memberId: this.view.rows[position.row].id };
    this.editorOpened = true;
    this.showCellState();
    if (focusEditor) this.focusEditorPending = true;
    // The blueprint panel opens the blueprint of a key cell the rep selects.
    publish(this.recordId, { type: 'cellselected', ...this.selected });
  }

  /** Marks the cells the plan panel points at: `door` (a T/O relationship that can open) and `target` cells. */
  showHighlight() {
    (this.highlightedTds || []).forEach((td) => td.classList.remove('cp-lever-door', 'cp-lever-target'));
    this.highlightedTds = [];
    if (!this.cells || !this.view) return;
    for (const mark of this.highlight || []) {
      const col = this.view.columns.findIndex((column) => column.id === mark.contactId);
      const row = this.view.rows.findIndex((r) => r.id === mark.memberId);
      const td = col === -1 || row === -1 ? undefined : cellAt(this.cells, { row, col });
      if (td) {
        td.classList.add(mark.role === 'door' ? 'cp-lever-door' : 'cp-lever-target');
        this.highlightedTds.push(td);
      }
    }
  }

  focusEditorPending = false;

  /** Typing a grade letter (or Delete) on a cell: sets (or clears) the rep's grade there; focus stays on the cell. */
  gradeCell(position, grade) {
    this.active = position;
    this.selected = undefined;
    // The rep typed on this cell: it is in view.
    this.focusPending = IN_VIEW;
    const contactId = this.view.columns[position.col].id;
    const memberId = this.view.rows[position.row].id;
    return this.saveGrade(contactId, memberId, grade);
  }

  handleEditorClose() {
    this.closeEditor();
  }

  /** Closes the editor and puts focus back on its cell (never on <body>). */
  closeEditor() {
    const open = Boolean(this.selected);
    this.selected = undefined;
    // The cell is in view, as the editor beside it was.
    this.focusPending = open ? IN_VIEW : true;
    // An open editor is hidden by the render this change brings, whose renderedCallback then moves focus: focusing
    // the cell now would lay the page out as it was, only for that render to change it again in the same frame.
    if (!open) this.showCellState();
  }

  /** Moves focus to the cell a warning points at (or the first cell of its column or row). */
  @api
  focusCell(contactId, memberId) {
    if (!this.plan) return;
    // A cell is shown in the grid: leave the org chart.
    this.chartView = false;
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
    if (contactId && memberId) {
      this.selected = { contactId, memberId };
      this.editorOpened = true;
    }
    this.focusPending = true;
    this.showCellState();
  }

  // ----- edits -----

  /** A grade chosen in the editor (or the suggestion accepted): saved, the editor closes, focus is on the cell. */
  async handleGradeChange(event) {
    const { contactId, memberId } = this.selected;
    this.closeEditor();
    await this.saveGrade(contactId, memberId, event.detail.grade || undefined);
  }

  async saveGrade(contactId, memberId, grade) {
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
    await this.saveKey(contactId, memberId, key, horizon);
  }

  async saveKey(contactId, memberId, key, horizon) {
    const horizonDays = key && horizon ? Number(horizon) : undefined;
    await this.saveRelationship(
      contactId,
      memberId,
      { key, horizonDays },
      { Key_Intersection__c: key, Focus_Horizon__c: horizonDays ? String(horizonDays) : null },
    );
  }

  /**
   * Applies the change to the plan at once (warnings recompute), then writes it once the change has painted; rolls
   * back when the write fails.
   */
  async saveRelationship(contactId, memberId, planChanges, fields) {
    const before = this.plan;
    this.setPlan(withRelationship(before, contactId, memberId, planChanges));
    const key = pairKey(contactId, memberId);
    this.saving = true;
    // The writes go one after the other, in the order of the edits: two in flight at once may reach the org in either
    // order (the rep's last grade must be the one saved), and a pair's second edit must update the record its first
    // edit created. Starting the write (Lightning Data Service builds and sends the request) inside the rep's click
    // held back the frame with the new score and warnings; a frame later the rep already sees the edit.
    const write = async () => {
      await nextPaint();
      const id = this.relationshipIds.get(key);
      if (id) {
        await updateRecord({ fields: { Id: id, ...fields } });
        return;
      }
      const created = await createRecord({
        apiName: 'Relationship__c',
        fields: {
          Account__c: this.recordId,
          Contact__c: contactId,
          Team_Member__c: memberId,
          Pair_Key__c: recordPairKey(this.recordId, contactId, memberId),
          ...fields,
        },
      });
      this.relationshipIds = new Map(this.relationshipIds).set(key, created.id);
      this.publishPlan();
    };
    const written = this.writes.then(write);
    const settled = written.catch(() => undefined);
    this.writes = settled;
    try {
      await written;
    } catch (error) {
      this.setPlan(before);
      this.toast('error', 'Could not save the change', errorMessages(error));
    } finally {
      if (this.writes === settled) this.saving = false;
    }
  }

  toast(variant, title, messages) {
    this.dispatchEvent(new ShowToastEvent({ title, message: messages.join(' '), variant }));
  }
}
