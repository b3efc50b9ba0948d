// The parts of the map grid with one element per contact or per cell, written straight into `lwc:dom="manual"`
// elements: the row of contact headers and the body rows. A 100 × 20 map has 2,000 cells and 100 contact headers;
// through the template each one costs the engine a vnode, a diff and a patch per binding, which in the UI benchmark
// rendered slower than these DOM calls, and each move of the roving tabindex or the selection re-rendered the whole
// grid. Here a move touches the two cells concerned. Text goes in through textContent and attributes through
// setAttribute: nothing is parsed as HTML.

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const name of Object.keys(attributes)) node.setAttribute(name, attributes[name]);
  if (text) node.textContent = text;
  return node;
}

function badge(spec) {
  return element('span', { class: spec.cssClass, title: spec.title, 'data-rule': spec.rule }, spec.label);
}

function rowHeader(row) {
  const th = element('th', { role: 'rowheader', scope: 'row', class: 'cp-member', 'data-member': row.id });
  th.appendChild(element('div', {}, row.name));
  th.appendChild(element('div', { class: 'slds-text-body_small slds-text-color_weak' }, row.title));
  for (const spec of row.badges) th.appendChild(badge(spec));
  return th;
}

function columnHeader(column) {
  const th = element('th', { role: 'columnheader', scope: 'col', class: 'cp-contact', 'data-contact': column.id });
  th.appendChild(element('div', { class: 'cp-contact-name', title: column.roles }, column.name));
  th.appendChild(element('div', { class: 'slds-text-body_small slds-text-color_weak' }, column.title));
  th.appendChild(element('div', { class: 'slds-text-body_small slds-text-color_weak' }, column.seniority));
  for (const spec of column.badges) th.appendChild(badge(spec));
  return th;
}

function replaceChildren(parent, fragment) {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  parent.appendChild(fragment);
}

/** Fills the header row: the corner over the member names, then one header per contact (`columns` from buildGrid). */
export function renderColumns(tr, columns) {
  const fragment = document.createDocumentFragment();
  fragment.appendChild(element('th', { role: 'columnheader', scope: 'col', class: 'cp-corner' }, 'Team member'));
  for (const column of columns) fragment.appendChild(columnHeader(column));
  replaceChildren(tr, fragment);
}

function gridCell(cell) {
  const td = document.createElement('td');
  td.setAttribute('role', 'gridcell');
  td.setAttribute('class', cell.cssClass);
  td.setAttribute('tabindex', '-1');
  td.setAttribute('aria-label', cell.ariaLabel);
  if (cell.letter) td.textContent = cell.letter;
  return td;
}

/** Replaces the body's rows with the grid's (`rows` from buildGrid): a row header, then one gridcell per column. */
export function renderRows(tbody, rows) {
  const fragment = document.createDocumentFragment();
  for (const row of rows) {
    const tr = element('tr', { role: 'row' });
    tr.appendChild(rowHeader(row));
    for (const cell of row.cells) tr.appendChild(gridCell(cell));
    fragment.appendChild(tr);
  }
  replaceChildren(tbody, fragment);
}

/** The cell at { row, col } of the grid (col 0 is the first contact), if there is one. */
export function cellAt(tbody, position) {
  const tr = tbody.rows[position.row];
  return tr ? tr.cells[position.col + 1] : undefined;
}

/** A body cell's { row, col } from its place in the table (cell 0 of each row is the member's header). */
export function positionOf(td) {
  return { row: td.parentElement.sectionRowIndex, col: td.cellIndex - 1 };
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
