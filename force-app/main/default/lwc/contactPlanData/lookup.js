// Lookups by id into a plan or an analysis. Panels ask for cells and names inside loops over the whole account
// (2,000 pairs × every suggestion), so each list is indexed once, the first time it is asked, and the index lives as
// long as the list does (plans and analyses are replaced, never mutated, on every edit).
import { pairKey } from './planBuilder';

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

/** The analysed cell of a pair, or undefined. */
export function cellOf(analysis, contactId, memberId) {
  return indexOf(analysis.cells, (cell) => pairKey(cell.contactId, cell.memberId)).get(pairKey(contactId, memberId));
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

/** Leverage proposals grouped by the contact they open, in the core's order. */
export function leverageFor(analysis, contactId) {
  let byContact = indexes.get(analysis.leverage);
  if (!byContact) {
    byContact = new Map();
    for (const proposal of analysis.leverage) {
      if (!byContact.has(proposal.contactId)) byContact.set(proposal.contactId, []);
      byContact.get(proposal.contactId).push(proposal);
    }
    indexes.set(analysis.leverage, byContact);
  }
  return byContact.get(contactId) || [];
}
