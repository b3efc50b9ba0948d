// Arrow-key movement through the grid (WAI-ARIA grid pattern): returns the next { row, col }, clamped to the grid.
export function nextPosition(key, position, size, ctrlKey = false) {
  const last = { row: size.rows - 1, col: size.cols - 1 };
  const clamp = (value, max) => Math.max(0, Math.min(max, value));
  switch (key) {
    case 'ArrowRight':
      return { row: position.row, col: clamp(position.col + 1, last.col) };
    case 'ArrowLeft':
      return { row: position.row, col: clamp(position.col - 1, last.col) };
    case 'ArrowDown':
      return { row: clamp(position.row + 1, last.row), col: position.col };
    case 'ArrowUp':
      return { row: clamp(position.row - 1, last.row), col: position.col };
    case 'Home':
      return ctrlKey ? { row: 0, col: 0 } : { row: position.row, col: 0 };
    case 'End':
      return ctrlKey ? last : { row: position.row, col: last.col };
    default:
      return undefined;
  }
}

/**
 * The map's cells in screen order: `rows` and `cols` list the logical indices (member index, contact index) that show,
 * top to bottom and left to right. Contacts as rows: screen rows are the contacts of unfolded groups, columns the
 * members; otherwise rows are the members and columns the contacts.
 */
export function screenOrder(view, contactsAsRows, collapsed = new Set()) {
  const members = view.rows.map((_, index) => index);
  if (!contactsAsRows) return { rows: members, cols: view.columns.map((_, index) => index) };
  const contacts = [];
  view.columns.forEach((column, index) => {
    if (!collapsed.has(column.roleCode)) contacts.push(index);
  });
  return { rows: contacts, cols: members };
}

function nearestIndex(list, value) {
  const exact = list.indexOf(value);
  if (exact !== -1) return exact;
  const after = list.findIndex((entry) => entry > value);
  return after === -1 ? list.length - 1 : after;
}

/** A logical { row: member, col: contact } as a screen { row, col } in `order` (the nearest shown cell if hidden). */
export function toScreen(position, order, contactsAsRows) {
  const [screenRow, screenCol] = contactsAsRows ? [position.col, position.row] : [position.row, position.col];
  return { row: nearestIndex(order.rows, screenRow), col: nearestIndex(order.cols, screenCol) };
}

/** A screen { row, col } in `order` back to the logical { row: member, col: contact }. */
export function fromScreen(screen, order, contactsAsRows) {
  const first = order.rows[screen.row];
  const second = order.cols[screen.col];
  return contactsAsRows ? { row: second, col: first } : { row: first, col: second };
}
