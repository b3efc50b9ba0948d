import { cellAt, patchGrid, placePopover, renderMembersAsRows } from '../gridDom';
import { fromScreen, screenOrder, toScreen } from '../keyboard';

function boxed(rect) {
  const node = document.createElement('div');
  node.getBoundingClientRect = () => ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height });
  return node;
}

const VIEWPORT = { width: 900, height: 900 };
const POPOVER = { left: 0, top: 0, width: 384, height: 400 };

describe('placePopover', () => {
  it('puts the editor below its cell when it fits', () => {
    const popover = boxed(POPOVER);
    const placed = placePopover(popover, boxed({ left: 100, top: 100, width: 40, height: 36 }), VIEWPORT);
    expect(placed).toEqual({ top: 144, left: 100, placement: 'below' });
    expect(popover.style.top).toBe('144px');
  });

  it('puts it above a cell near the bottom of the window', () => {
    const placed = placePopover(boxed(POPOVER), boxed({ left: 100, top: 700, width: 40, height: 36 }), VIEWPORT);
    expect(placed).toEqual({ top: 292, left: 100, placement: 'above' });
  });

  it('puts it beside a cell when neither above nor below fits, and never off screen', () => {
    const tall = boxed({ ...POPOVER, height: 600 });
    const right = placePopover(tall, boxed({ left: 100, top: 400, width: 40, height: 36 }), VIEWPORT);
    expect(right).toEqual({ top: 292, left: 148, placement: 'right' });
    const left = placePopover(tall, boxed({ left: 800, top: 400, width: 40, height: 36 }), VIEWPORT);
    expect(left).toEqual({ top: 292, left: 408, placement: 'left' });
  });

  it('keeps a cell at the right edge from pushing the editor off screen', () => {
    const placed = placePopover(boxed(POPOVER), boxed({ left: 880, top: 100, width: 40, height: 36 }), VIEWPORT);
    expect(placed.left).toBe(900 - 8 - 384);
  });
});

describe('screen order', () => {
  const view = {
    rows: [{ id: 'm1' }, { id: 'm2' }],
    columns: [
      { id: 'c1', roleCode: 'Power' },
      { id: 'c2', roleCode: 'User' },
      { id: 'c3', roleCode: 'User' },
      { id: 'c4', roleCode: 'None' },
    ],
  };

  it('lists members down and contacts across in the members-as-rows layout', () => {
    const order = screenOrder(view, false);
    expect(order).toEqual({ rows: [0, 1], cols: [0, 1, 2, 3] });
    expect(toScreen({ row: 1, col: 2 }, order, false)).toEqual({ row: 1, col: 2 });
  });

  it('lists contacts of unfolded groups down and members across in the contacts-as-rows layout', () => {
    const order = screenOrder(view, true, new Set(['User']));
    expect(order).toEqual({ rows: [0, 3], cols: [0, 1] });
    // Member 1 and contact 3 (the fourth) is on screen row 1, column 1, and back.
    expect(toScreen({ row: 1, col: 3 }, order, true)).toEqual({ row: 1, col: 1 });
    expect(fromScreen({ row: 1, col: 1 }, order, true)).toEqual({ row: 1, col: 3 });
    // A contact in a folded group maps to the next shown one.
    expect(toScreen({ row: 0, col: 1 }, order, true)).toEqual({ row: 1, col: 0 });
  });
});

describe('patchGrid', () => {
  const cell = (contactId, memberId, letter) => ({
    contactId,
    memberId,
    letter,
    cssClass: letter ? `cp-cell cp-grade_${letter}` : 'cp-cell cp-grade_blank',
    ariaLabel: `${memberId} and ${contactId}: ${letter || 'no relationship'}`,
    title: '',
  });
  const view = (grades, badges = []) => ({
    columns: [
      { id: 'c1', name: 'Ada', roleCode: 'Power', badges },
      { id: 'c2', name: 'Gil', roleCode: 'User', badges: [] },
    ],
    rows: [
      { id: 'm1', name: 'Uma', badges: [], cells: [cell('c1', 'm1', grades[0]), cell('c2', 'm1', grades[1])] },
      { id: 'm2', name: 'Raj', badges: [], cells: [cell('c1', 'm2', grades[2]), cell('c2', 'm2', grades[3])] },
    ],
  });

  function rendered(first) {
    const table = document.createElement('table');
    const head = document.createElement('tr');
    const body = document.createElement('tbody');
    table.append(head, body);
    const cells = renderMembersAsRows(head, body, first);
    return { table, cells };
  }

  it('updates only the cells that changed, in place, and keeps the marks other code added', () => {
    const before = view(['S', '', 'O', 'I']);
    const { table, cells } = rendered(before);
    const edited = cellAt(cells, { row: 0, col: 1 });
    const untouched = cellAt(cells, { row: 1, col: 0 });
    edited.classList.add('cp-selected');
    untouched.setAttribute('aria-label', 'marked by the test');

    expect(patchGrid(table, cells, before, view(['S', 'T', 'O', 'I']))).toBe(true);

    expect(cellAt(cells, { row: 0, col: 1 })).toBe(edited);
    expect(table.contains(edited)).toBe(true);
    expect(edited.textContent).toBe('T');
    expect([...edited.classList].sort()).toEqual(['cp-cell', 'cp-grade_T', 'cp-selected']);
    expect(edited.getAttribute('aria-label')).toBe('m1 and c2: T');
    // An unchanged cell is not written at all.
    expect(untouched.getAttribute('aria-label')).toBe('marked by the test');
  });

  it('redraws a header whose coverage badges changed', () => {
    const before = view(['S', '', 'O', 'I']);
    const { table, cells } = rendered(before);
    const badge = { cssClass: 'cp-badge', title: 'Only one relationship', rule: 'SINGLE_THREADED', label: '1' };
    patchGrid(table, cells, before, view(['S', '', 'O', 'I'], [badge]));
    const header = table.querySelector('th.cp-contact[data-contact="c1"]');
    expect(header.querySelector('[data-rule]').getAttribute('data-rule')).toBe('SINGLE_THREADED');
    expect(table.querySelectorAll('th.cp-contact').length).toBe(2);
  });

  it('refuses, changing nothing, when the people or their order differ', () => {
    const before = view(['S', '', 'O', 'I']);
    const { table, cells } = rendered(before);
    const reordered = view(['S', '', 'O', 'I']);
    reordered.columns.reverse();
    expect(patchGrid(table, cells, before, reordered)).toBe(false);
    expect(patchGrid(table, cells, undefined, before)).toBe(false);
    expect(cellAt(cells, { row: 0, col: 0 }).textContent).toBe('S');
  });
});
