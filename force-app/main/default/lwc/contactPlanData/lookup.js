// Lookups by id into a plan or an analysis. Panels ask for names inside loops over the whole account (2,000 pairs ×
// every suggestion), so each list of people is indexed once, the first time it is asked, and the index lives as long
// as the list does (plans are replaced, never mutated, on every edit). Cells are found in the core's order instead:
// every edit brings a new analysis, and indexing its cells cost the panels more than all their lookups.
const indexes = new WeakMap();

function indexOf(list, keyOf) {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const entry of list) if (!index.has(keyOf(entry))) index.set(keyOf(entry), entry);
    indexes.set(list, index);
  }
  return index;
}

/** -1, 0 or 1 as the pair (contactId, memberId) sorts before, with or after `cell`'s. */
function comparePair(cell, contactId, memberId) {
  if (contactId !== cell.contactId) return contactId < cell.contactId ? -1 : 1;
  if (memberId !== cell.memberId) return memberId < cell.memberId ? -1 : 1;
  return 0;
}

/**
 * The analysed cell of a pair, or undefined. The core sorts cells by contact id, then member id, so a binary search
 * finds it without indexing every new analysis' 2,000 cells; a pair it misses is looked for in order, for cells in
 * another order (an analysis made by hand).
 */
export function cellOf(analysis, contactId, memberId) {
  const { cells } = analysis;
  let low = 0;
  let high = cells.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = comparePair(cells[middle], contactId, memberId);
    if (order === 0) return cells[middle];
    if (order > 0) low = middle + 1;
    else high = middle;
  }
  return cells.find((cell) => cell.contactId === contactId && cell.memberId === memberId);
}

/** The entry of `list` (plan contacts or members) with this id, or undefined. */
export function entryOf(list, id) {
  return indexOf(list, (entry) => entry.id).get(id);
}

/** The name of the contact or member with this id; the id itself when the list does not know it. */
export function nameOf(list, id) {
  const found = id ? entryOf(list, id) : undefined;
  return found ? found.name : id;
}
