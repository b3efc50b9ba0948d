// Paging and reading of GraphQL lists for the components that run their own query (My relationships, the coverage
// trend, the org chart). UI API GraphQL answers at most 2,000 rows a list: the wire re-runs the same query with each
// list's `after` cursor until no list has a next page, and the pages are appended here by record Id.

/** The value of a UI API field (`{ value }`), or undefined when the field or its value is absent. */
export function valueOf(field) {
  return field && field.value !== null && field.value !== undefined ? field.value : undefined;
}

/** The nodes of one list of an answer (`uiapi.query`), in answer order. */
export function nodesOf(answer, list) {
  const connection = answer && answer[list];
  return ((connection && connection.edges) || []).map((edge) => edge.node);
}

/**
 * One component's walk through the pages of its query. `lists` maps each paged list to its cursor variable;
 * `cursors` are the variables for the page the wire should deliver next; `receive` returns the whole answer once
 * the last page is in, else undefined.
 */
export class ListPager {
  constructor(lists) {
    this.lists = lists;
    this.cursors = ListPager.firstPage(lists);
    this.sofar = undefined;
    this.complete = false;
  }

  static firstPage(lists) {
    return Object.fromEntries(Object.values(lists).map((name) => [name, null]));
  }

  get onFirstPage() {
    return Object.values(this.cursors).every((cursor) => !cursor);
  }

  receive(page) {
    if (!page) return undefined;
    if (this.complete && !this.onFirstPage) {
      // The last page came again (a refresh): read every page afresh.
      this.restart();
      return undefined;
    }
    this.sofar = this.onFirstPage || !this.sofar ? page : this.append(page);
    const infos = Object.entries(this.lists).map(([list, name]) => [name, page[list] && page[list].pageInfo]);
    const more = infos.some(([, info]) => info && info.hasNextPage);
    this.complete = !more;
    if (more) {
      // A list that is done keeps its last cursor, so the next page repeats none of its rows.
      this.cursors = Object.fromEntries(
        infos.map(([name, info]) => [name, (info && info.endCursor) || this.cursors[name] || null]),
      );
      return undefined;
    }
    return this.sofar;
  }

  restart() {
    this.cursors = ListPager.firstPage(this.lists);
    this.complete = false;
    this.sofar = undefined;
  }

  append(page) {
    const merged = { ...page };
    for (const list of Object.keys(this.lists)) {
      const before = (this.sofar[list] && this.sofar[list].edges) || [];
      const ids = new Set(before.map((edge) => edge.node.Id));
      const added = ((page[list] && page[list].edges) || []).filter((edge) => !ids.has(edge.node.Id));
      merged[list] = { ...page[list], edges: [...before, ...added] };
    }
    return merged;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short day for a sentence: `2026-12-09` → `9 Dec` (the year only when it is not `thisYear`). */
export function shortDay(iso, thisYear) {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  const text = `${day} ${MONTHS[month - 1]}`;
  return thisYear && Number(thisYear) !== year ? `${text} ${year}` : text;
}
