// Querying, paging and reading of GraphQL lists for the components that run their own query (My relationships, the
// coverage trend, the org chart). UI API GraphQL answers at most 2,000 rows a list: the wire re-runs the same query
// with each list's `after` cursor until no list has a next page, and the pages are appended here by record Id.

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

/** Rows a list asks for a page: the most UI API GraphQL answers a list without upperBound paging past 4,000. */
export const PAGE_SIZE = 2000;

/**
 * Takes one delivery (`{ data, errors }`) of the wire of `card`, a component that pages its own query with
 * `card.pager` (a ListPager): sets `cursors` for the page the wire runs next, then `errors` and `loaded`; once the
 * last page is in, `build(answer)` makes what the card shows.
 */
export function receivePages(card, { data, errors }, build) {
  if (errors) {
    card.errors = errors;
    card.loaded = true;
    return;
  }
  if (!data || !data.uiapi) return;
  const answer = card.pager.receive(data.uiapi.query);
  card.cursors = card.pager.cursors;
  if (!answer) return;
  card.errors = undefined;
  build(answer);
  card.loaded = true;
}

/** The selection of field paths (`Name`, `Account__r.Name`) in the UI API shape: `Name { value }`; `Id` is plain. */
function selectionOf(fields) {
  const byHead = new Map();
  for (const path of fields) {
    const [head, ...rest] = path.split('.');
    if (!byHead.has(head)) byHead.set(head, []);
    if (rest.length) byHead.get(head).push(rest.join('.'));
  }
  return [...byHead]
    .map(([head, inner]) => {
      if (head === 'Id') return 'Id';
      return `${head} { ${inner.length ? selectionOf(inner) : 'value'} }`;
    })
    .join(' ');
}

/**
 * One list of a query: `fields` of the rows of `object` that match `where` (GraphQL input text), in `orderBy`
 * order, `first` at a time; a list with a `cursor` variable pages after it and answers its pageInfo.
 */
export function listText(object, { where, orderBy, first = PAGE_SIZE, cursor, fields }) {
  const args = [
    where && `where: ${where}`,
    orderBy && `orderBy: ${orderBy}`,
    `first: ${first}`,
    cursor && `after: $${cursor}`,
  ].filter(Boolean);
  const pageInfo = cursor ? ' pageInfo { hasNextPage endCursor }' : '';
  return `${object}(${args.join(', ')}) { edges { node { ${selectionOf(fields)} } }${pageInfo} }`;
}

/** The text of query `name` over `lists` (listText each), with `params` and a String variable per cursor of `pages`. */
export function queryText(name, params, pages, lists) {
  const variables = [...params, ...Object.values(pages).map((cursor) => `$${cursor}: String`)];
  return `query ${name}(${variables.join(', ')}) { uiapi { query { ${lists.join(' ')} } } }`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short day for a sentence: `2026-12-09` → `9 Dec` (the year only when it is not `thisYear`). */
export function shortDay(iso, thisYear) {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  const text = `${day} ${MONTHS[month - 1]}`;
  return thisYear && Number(thisYear) !== year ? `${text} ${year}` : text;
}
