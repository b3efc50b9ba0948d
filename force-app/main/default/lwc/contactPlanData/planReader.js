// The components' one way to read the account plan over the GraphQL wire: which query and variables to wire next,
// and what an answer means. When the org refuses an optional list (no Account Teams) or one of the sync's result
// fields (the rep's field-level security hides it), the reader asks again without it instead of failing the page;
// any other error is the page's error.
import {
  HIDEABLE_USER_FIELDS,
  PAGE_CURSORS,
  PLAN_LISTS,
  SUPPLEMENTARY_LISTS,
  SYNC_RESULT_FIELDS,
  planQuery,
} from './query';
import { PlanPager } from './planPages';
import { errorMessages } from './errors';

const SUPPLEMENTARY_PATTERN = new RegExp(`\\b(${SUPPLEMENTARY_LISTS.join('|')})\\b`);

// The fields the page can do without: the sync's results, and the team members' title and seniority.
const OPTIONAL_FIELDS = Object.entries({ ...SYNC_RESULT_FIELDS, User: HIDEABLE_USER_FIELDS }).flatMap(
  ([object, fields]) => fields.map((field) => `${object}.${field}`),
);

// "Field 'X' in type 'Y' is undefined" (Salesforce), `Cannot query field "X" on type "Y"` (graphql-js).
const UNDEFINED_FIELD = /Field '([\w]+)' in type '([\w]+)' is undefined|Cannot query field "([\w]+)" on type "([\w]+)"/;

const textsOf = (error) => [
  ...errorMessages([error]),
  ...(Array.isArray(error && error.path) ? [error.path.join('.')] : []),
];

/** True when the errors name a supplementary list, in a message or in the path of the field that failed. */
export function isSupplementaryError(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  return list.some((error) => textsOf(error).some((text) => SUPPLEMENTARY_PATTERN.test(text)));
}

/** The optional sync-result field (Object.Field) an error says the rep cannot see, if any. */
function refusedField(error) {
  for (const text of textsOf(error)) {
    const match = UNDEFINED_FIELD.exec(text);
    if (!match) continue;
    const key = `${match[2] || match[4]}.${match[1] || match[3]}`;
    if (OPTIONAL_FIELDS.includes(key)) return key;
  }
  return undefined;
}

/** The optional list an error names, if any. */
function refusedList(error) {
  return SUPPLEMENTARY_LISTS.find((list) => textsOf(error).some((text) => new RegExp(`\\b${list}\\b`).test(text)));
}

const cursorsOf = (lists) => Object.fromEntries(Object.entries(PAGE_CURSORS).filter(([list]) => lists.includes(list)));

export class PlanReader {
  constructor() {
    this.lists = PLAN_LISTS;
    this.omitted = [];
    this.pager = new PlanPager(cursorsOf(this.lists));
  }

  /** The parsed query the wire should run now. */
  get query() {
    return planQuery(this.lists, this.omitted);
  }

  /** The cursor variables for the page the wire should deliver next. */
  get cursors() {
    return this.pager.cursors;
  }

  /** True once the plan is read without an optional list (the account team). */
  get partial() {
    return this.lists.length < PLAN_LISTS.length;
  }

  /** The optional fields (Object.Field: sync results, member user fields) this rep's answer goes without. */
  get hiddenFields() {
    return this.omitted;
  }

  /**
   * Takes one wire delivery. Returns { answer } once the last page is in, { errors } when the read failed for good,
   * and {} while the wire should deliver more (a next page, or a narrower query's first page).
   */
  receive(data, errors) {
    if (errors) {
      const list = Array.isArray(errors) ? errors : [errors];
      const lists = new Set();
      const fields = new Set();
      const handled = list.every((error) => {
        const field = refusedField(error);
        if (field && !this.omitted.includes(field)) return fields.add(field);
        const optional = refusedList(error);
        if (optional && this.lists.includes(optional)) return lists.add(optional);
        return false;
      });
      if (!handled || (!lists.size && !fields.size)) return { errors };
      this.lists = this.lists.filter((name) => !lists.has(name));
      this.omitted = [...this.omitted, ...fields];
      this.pager = new PlanPager(cursorsOf(this.lists));
      return {};
    }
    if (!data) return {};
    const answer = this.pager.receive(data.uiapi.query);
    return answer ? { answer } : {};
  }
}
