// Paging of the account plan query: UI API GraphQL answers at most 2000 rows a list, so an account with more tasks
// (or events, contacts…) is read page by page. The wire re-runs the same query with `after` cursors; the pages are
// appended here until no list has a next page.
import { PAGE_CURSORS } from './query';

/** Cursor variables that ask every list (of `pageCursors`, list → cursor variable) for its first page. */
export function firstPageCursors(pageCursors = PAGE_CURSORS) {
  return Object.fromEntries(Object.values(pageCursors).map((name) => [name, null]));
}

function isFirstPage(cursors) {
  return Object.values(cursors).every((cursor) => !cursor);
}

/**
 * Cursor variables for the page after `page`, or undefined when no list has more. A list that is done keeps the last
 * cursor it gave, so the next page repeats none of its rows.
 */
export function nextPageCursors(cursors, page, pageCursors = PAGE_CURSORS) {
  const infos = Object.entries(pageCursors).map(([object, name]) => [name, page[object] && page[object].pageInfo]);
  if (!infos.some(([, info]) => info && info.hasNextPage)) return undefined;
  return Object.fromEntries(infos.map(([name, info]) => [name, (info && info.endCursor) || cursors[name] || null]));
}

// Every component of the page walks the same pages; remembering each append lets them share one answer object,
// so the plan is built and analyzed once (planCache keys on the answer).
const appended = new WeakMap();

/** The answer so far with the rows of one more page added to each paged list (the page's other lists replace). */
export function appendPage(sofar, page) {
  const known = appended.get(sofar) || new WeakMap();
  appended.set(sofar, known);
  if (known.has(page)) return known.get(page);
  const merged = { ...page };
  for (const object of Object.keys(PAGE_CURSORS)) {
    if (!sofar[object]) continue;
    const before = sofar[object].edges || [];
    const ids = new Set(before.map((edge) => edge.node.Id));
    const added = ((page[object] && page[object].edges) || []).filter((edge) => !ids.has(edge.node.Id));
    merged[object] = { ...page[object], edges: [...before, ...added] };
  }
  known.set(page, merged);
  return merged;
}

/**
 * One component's walk through the pages. `cursors` are the variables for the page the wire should deliver next;
 * `receive` takes the page it delivered and returns the whole answer once the last page is in, else undefined.
 */
export class PlanPager {
  /** `pageCursors`: the paged lists of the query the wire runs, each with its cursor variable. */
  constructor(pageCursors = PAGE_CURSORS) {
    this.pageCursors = pageCursors;
    this.cursors = firstPageCursors(pageCursors);
    this.sofar = undefined;
    this.complete = false;
  }

  receive(page) {
    if (this.complete && !isFirstPage(this.cursors)) {
      // The wire delivered the last page again (a refresh after a record write): read every page afresh.
      this.cursors = firstPageCursors(this.pageCursors);
      this.complete = false;
      this.sofar = undefined;
      return undefined;
    }
    this.sofar = isFirstPage(this.cursors) || !this.sofar ? page : appendPage(this.sofar, page);
    const next = nextPageCursors(this.cursors, page, this.pageCursors);
    this.complete = !next;
    if (next) this.cursors = next;
    return this.complete ? this.sofar : undefined;
  }
}
