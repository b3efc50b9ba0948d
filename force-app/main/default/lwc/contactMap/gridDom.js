// The parts of the map grid with one element per contact, member or cell, written straight into `lwc:dom="manual"`
// elements: the header row and the body rows. A 100 × 20 map has 2,000 cells and 100 contact headers; through the
// template each one costs the engine a vnode, a diff and a patch per binding, which in the UI benchmark rendered slower
// than these DOM calls, and each move of the roving tabindex or the selection re-rendered the whole grid. Here a move
// touches the two cells concerned. Text goes in through textContent and attributes through setAttribute: nothing is
// parsed as HTML.
//
// Two layouts of the same view (`buildGrid`: columns are contacts, rows are members, `rows[r].cells[c]`):
// - members as rows (contacts across, grouped by buyer role in the header), when the team is at least as large;
// - contacts as rows (members across), when contacts outnumber members: a tall map scrolls down inside the card
//   instead of running thousands of pixels sideways; each buyer group is then a band of rows with its own header.
// Every cell carries its logical position (data-row = member index, data-col = contact index), so the map keeps one
// notion of "which cell" whatever the layout.

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const name of Object.keys(attributes)) node.setAttribute(name, attributes[name]);
  if (text) node.textContent = text;
  return node;
}

function badge(spec) {
  return element('span', { class: spec.cssClass, title: spec.title, 'data-rule': spec.rule }, spec.label);
}

function weak(text, extra = '') {
  return element('div', { class: `slds-text-body_small slds-text-color_weak cp-sub ${extra}`.trim() }, text);
}

/** A header's first line: the name, then its coverage badges beside it (one line where they fit: compact rows). */
function nameLine(name, badges, nameAttributes) {
  const line = element('div', { class: 'cp-head-line' });
  line.appendChild(element('span', nameAttributes, name));
  for (const spec of badges) line.appendChild(badge(spec));
  return line;
}

function memberHeader(row, role, scope) {
  const th = element('th', { role, scope, class: 'cp-member', 'data-member': row.id });
  th.appendChild(nameLine(row.name, row.badges, { class: 'cp-name' }));
  if (row.title) th.appendChild(weak(row.title));
  return th;
}

function contactHeader(column, role, scope) {
  const th = element('th', { role, scope, class: 'cp-contact', 'data-contact': column.id });
  th.appendChild(nameLine(column.name, column.badges, { class: 'cp-name cp-contact-name', title: column.roles }));
  const sub = [column.title, column.seniority].filter(Boolean).join(' · ');
  if (sub) th.appendChild(weak(sub));
  return th;
}

function replaceChildren(parent, fragment) {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  parent.appendChild(fragment);
}

function gridCell(cell, row, col) {
  const td = document.createElement('td');
  td.setAttribute('role', 'gridcell');
  td.setAttribute('class', cell.cssClass);
  td.setAttribute('tabindex', '-1');
  td.setAttribute('aria-label', cell.ariaLabel);
  td.setAttribute('data-row', String(row));
  td.setAttribute('data-col', String(col));
  td.setAttribute('data-contact', cell.contactId);
  td.setAttribute('data-member', cell.memberId);
  // The countdown and the next best move as a tooltip; the aria-label says both for screen readers.
  if (cell.title) td.setAttribute('title', cell.title);
  if (cell.dropsOn) td.setAttribute('data-drops-on', cell.dropsOn);
  if (cell.letter) td.textContent = cell.letter;
  return td;
}

const positionKey = (row, col) => `${row}:${col}`;

/** The parts of a cell that gridCell writes; two cells with the same signature look the same. */
function cellSignature(cell) {
  return `${cell.cssClass}\u0001${cell.ariaLabel}\u0001${cell.title}\u0001${cell.dropsOn || ''}\u0001${cell.letter}`;
}

/** Brings a rendered cell up to date with `cell`; the classes other code adds (selection, highlight) stay. */
function updateCell(td, previous, cell) {
  const before = new Set(previous.cssClass.split(' '));
  const after = new Set(cell.cssClass.split(' '));
  for (const name of before) if (!after.has(name)) td.classList.remove(name);
  for (const name of after) if (!before.has(name)) td.classList.add(name);
  if (previous.ariaLabel !== cell.ariaLabel) td.setAttribute('aria-label', cell.ariaLabel);
  if (previous.title !== cell.title) {
    if (cell.title) td.setAttribute('title', cell.title);
    else td.removeAttribute('title');
  }
  if (previous.dropsOn !== cell.dropsOn) {
    if (cell.dropsOn) td.setAttribute('data-drops-on', cell.dropsOn);
    else td.removeAttribute('data-drops-on');
  }
  if (previous.letter !== cell.letter) td.textContent = cell.letter;
}

const sameIds = (a, b) => a.length === b.length && a.every((entry, i) => entry.id === b[i].id);
const headerSignature = (entry) =>
  JSON.stringify([entry.name, entry.title, entry.seniority, entry.roles, entry.badges]);

/**
 * Updates the rendered grid from view `previous` to view `next` in place, touching only the cells and headers that
 * changed: a grade edit changes a handful of the 2,000 cells, and rewriting them all (then laying the table out again
 * to put focus back) cost a rep's edit the better part of a second. Returns false, changing nothing, when the two
 * views do not have the same contacts and members in the same order (a filter, a new person): then render afresh.
 */
export function patchGrid(table, cells, previous, next) {
  if (!previous || !sameIds(previous.columns, next.columns) || !sameIds(previous.rows, next.rows)) return false;
  if (previous.columns.some((column, c) => column.roleCode !== next.columns[c].roleCode)) return false;
  next.rows.forEach((row, r) => {
    const before = previous.rows[r];
    // An edit's view keeps the rows (and the cell lists) it did not change.
    if (row === before || row.cells === before.cells) return;
    row.cells.forEach((cell, c) => {
      const old = before.cells[c];
      if (old === cell || cellSignature(old) === cellSignature(cell)) return;
      const td = cells.get(positionKey(r, c));
      if (td) updateCell(td, old, cell);
    });
  });
  const replaceHeaders = (list, oldList, selector, make) => {
    list.forEach((entry, i) => {
      if (entry === oldList[i] || headerSignature(entry) === headerSignature(oldList[i])) return;
      for (const th of table.querySelectorAll(selector)) {
        if (th.dataset.contact === entry.id || th.dataset.member === entry.id) {
          th.replaceWith(make(entry, th.getAttribute('role'), th.getAttribute('scope')));
        }
      }
    });
  };
  replaceHeaders(next.columns, previous.columns, 'th.cp-contact', contactHeader);
  replaceHeaders(next.rows, previous.rows, 'th.cp-member', memberHeader);
  return true;
}

/**
 * Members as rows: fills the header row (the corner, then one header per contact) and the body (a member header, then
 * one gridcell per contact). Returns the cells by position (see `cellAt`).
 */
export function renderMembersAsRows(headerRow, tbody, view) {
  const header = document.createDocumentFragment();
  header.appendChild(element('th', { role: 'columnheader', scope: 'col', class: 'cp-corner' }, 'Team member'));
  for (const column of view.columns) header.appendChild(contactHeader(column, 'columnheader', 'col'));
  replaceChildren(headerRow, header);

  const cells = new Map();
  const body = document.createDocumentFragment();
  view.rows.forEach((row, r) => {
    const tr = element('tr', { role: 'row' });
    tr.appendChild(memberHeader(row, 'rowheader', 'row'));
    row.cells.forEach((cell, c) => {
      const td = gridCell(cell, r, c);
      cells.set(positionKey(r, c), td);
      tr.appendChild(td);
    });
    body.appendChild(tr);
  });
  replaceChildren(tbody, body);
  return cells;
}

/** One contact's row in the contacts-as-rows layout: its header, then one gridcell per member (registered in `cells`). */
function contactRow(view, column, c, cells) {
  const tr = element('tr', { role: 'row', 'data-col': String(c) });
  tr.appendChild(contactHeader(column, 'rowheader', 'row'));
  view.rows.forEach((row, r) => {
    const td = gridCell(row.cells[c], r, c);
    cells.set(positionKey(r, c), td);
    tr.appendChild(td);
  });
  return tr;
}

/** A row standing for `count` rows that are not rendered, as tall as they would be: the scrollbar stays true. */
function spacerRow(count, rowHeight, colspan) {
  const tr = element('tr', { class: 'cp-spacer', 'aria-hidden': 'true', 'data-rows': String(count) });
  const td = element('td', { colspan: String(colspan) });
  td.style.height = `${Math.round(count * rowHeight)}px`;
  tr.appendChild(td);
  return tr;
}

/**
 * Fills one band with the rows `window.shows(c)` lets through and spacers for the rest. Rows already in the band stay
 * where they are (never taken out and put back): the focused cell keeps focus while the window moves.
 */
function fillWindowedBand(tbody, view, columns, window, cells) {
  const existing = new Map();
  for (const tr of tbody.children) if (tr.dataset.col) existing.set(Number(tr.dataset.col), tr);
  const colspan = view.rows.length + 1;
  const desired = [];
  let skipped = 0;
  const flush = () => {
    if (skipped) desired.push(spacerRow(skipped, window.rowHeight, colspan));
    skipped = 0;
  };
  for (const c of columns) {
    if (!window.shows(c)) {
      skipped += 1;
      continue;
    }
    flush();
    let tr = existing.get(c);
    if (tr) {
      for (const td of tr.children) if (td.dataset.row) cells.set(positionKey(Number(td.dataset.row), c), td);
    } else {
      tr = contactRow(view, view.columns[c], c, cells);
    }
    tr.setAttribute('aria-rowindex', String(window.rowIndex.get(c)));
    desired.push(tr);
  }
  flush();
  const keep = new Set(desired);
  for (const child of [...tbody.children]) if (!keep.has(child)) tbody.removeChild(child);
  // Kept rows are in the same order in both lists, so new rows and spacers only ever go in before the next kept one.
  let cursor = tbody.firstChild;
  for (const node of desired) {
    if (node === cursor) cursor = cursor.nextSibling;
    else tbody.insertBefore(node, cursor);
  }
}

/**
 * Contacts as rows: fills the header row (the corner, then one header per member) and one body per buyer group (the
 * `bodies` elements carry data-group = the group's role code): a contact header, then one gridcell per member.
 * With `window` ({ shows(contactIndex), rowHeight, rowIndex: Map contact index → aria-rowindex, refill }) only the
 * rows it lets through are rendered (rowWindow.js); `refill` (the same view, the window moved) keeps the header row and
 * the rows already rendered. Returns the cells by position.
 */
export function renderContactsAsRows(headerRow, bodies, view, window = undefined) {
  if (!window || !window.refill) {
    const header = document.createDocumentFragment();
    header.appendChild(element('th', { role: 'columnheader', scope: 'col', class: 'cp-corner' }, 'Contact'));
    for (const row of view.rows) header.appendChild(memberHeader(row, 'columnheader', 'col'));
    replaceChildren(headerRow, header);
  }

  const cells = new Map();
  for (const tbody of bodies) {
    const columns = [];
    view.columns.forEach((column, c) => {
      if (column.roleCode === tbody.dataset.group) columns.push(c);
    });
    if (window) {
      if (!window.refill) replaceChildren(tbody, document.createDocumentFragment());
      fillWindowedBand(tbody, view, columns, window, cells);
      continue;
    }
    const fragment = document.createDocumentFragment();
    for (const c of columns) fragment.appendChild(contactRow(view, view.columns[c], c, cells));
    replaceChildren(tbody, fragment);
  }
  return cells;
}

/** The cell at logical { row, col } (row = member index, col = contact index), if it is rendered. */
export function cellAt(cells, position) {
  return cells ? cells.get(positionKey(position.row, position.col)) : undefined;
}

/** A cell's logical { row, col }, read from its data attributes. */
export function positionOf(td) {
  return { row: Number(td.dataset.row), col: Number(td.dataset.col) };
}

/** Makes `td` the one cell in the tab order (roving tabindex); `previous` drops out of it. */
export function makeActive(td, previous) {
  if (previous && previous !== td) previous.setAttribute('tabindex', '-1');
  if (td) td.setAttribute('tabindex', '0');
}

/** Marks `td` as the selected cell (the one the editor shows); `previous` loses the mark. */
export function makeSelected(td, previous) {
  if (previous && previous !== td) {
    previous.removeAttribute('aria-selected');
    previous.classList.remove('cp-selected');
  }
  if (td) {
    td.setAttribute('aria-selected', 'true');
    td.classList.add('cp-selected');
  }
}

/**
 * Places the floating editor next to `anchor` (the selected cell), inside the viewport: below the cell when it fits,
 * else above, else beside it; never wider or taller than the viewport. Returns { top, left, placement }.
 */
export function placePopover(popover, anchor, viewport, margin = 8) {
  const cell = anchor.getBoundingClientRect();
  const box = popover.getBoundingClientRect();
  const width = Math.min(box.width, viewport.width - 2 * margin);
  const height = Math.min(box.height, viewport.height - 2 * margin);
  const clamp = (value, size, room) => Math.max(margin, Math.min(value, room - margin - size));
  let placement;
  let top;
  let left = clamp(cell.left, width, viewport.width);
  if (cell.bottom + margin + height <= viewport.height - margin) {
    placement = 'below';
    top = cell.bottom + margin;
  } else if (cell.top - margin - height >= margin) {
    placement = 'above';
    top = cell.top - margin - height;
  } else {
    top = clamp(cell.top, height, viewport.height);
    const rightRoom = viewport.width - margin - cell.right - margin;
    placement = rightRoom >= width || rightRoom >= cell.left - 2 * margin ? 'right' : 'left';
    left = clamp(placement === 'right' ? cell.right + margin : cell.left - margin - width, width, viewport.width);
  }
  popover.style.top = `${Math.round(top)}px`;
  popover.style.left = `${Math.round(left)}px`;
  popover.style.maxHeight = `${viewport.height - 2 * margin}px`;
  popover.style.maxWidth = `${viewport.width - 2 * margin}px`;
  popover.dataset.placement = placement;
  return { top, left, placement };
}
