// The components' one way to read the account plan over the GraphQL wire: which query and variables to wire next,
// and what an answer means. When the org refuses one of the supplementary lists (not exposed to GraphQL, or not
// readable by this rep), the reader switches once to the query without them instead of failing the whole page.
import { ACCOUNT_PLAN_QUERY, CORE_PLAN_QUERY, PAGE_CURSORS, SUPPLEMENTARY_LISTS } from './query';
import { PlanPager } from './planPages';
import { errorMessages } from './errors';

const SUPPLEMENTARY_PATTERN = new RegExp(`\\b(${SUPPLEMENTARY_LISTS.join('|')})\\b`);

const CORE_CURSORS = Object.fromEntries(
  Object.entries(PAGE_CURSORS).filter(([list]) => !SUPPLEMENTARY_LISTS.includes(list)),
);

/** True when the errors name a supplementary list, in a message or in the path of the field that failed. */
export function isSupplementaryError(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  const paths = list.filter((error) => error && Array.isArray(error.path)).map((error) => error.path.join('.'));
  return [...errorMessages(errors), ...paths].some((text) => SUPPLEMENTARY_PATTERN.test(text));
}

export class PlanReader {
  constructor() {
    this.supplementary = true;
    this.pager = new PlanPager();
  }

  /** The parsed query the wire should run now. */
  get query() {
    return this.supplementary ? ACCOUNT_PLAN_QUERY : CORE_PLAN_QUERY;
  }

  /** The cursor variables for the page the wire should deliver next. */
  get cursors() {
    return this.pager.cursors;
  }

  /** True once the plan is read without the supplementary lists (suggested grades count activity owners only). */
  get partial() {
    return !this.supplementary;
  }

  /**
   * Takes one wire delivery. Returns { answer } once the last page is in, { errors } when the read failed for good,
   * and {} while the wire should deliver more (a next page, or the fallback query's first page).
   */
  receive(data, errors) {
    if (errors) {
      if (this.supplementary && isSupplementaryError(errors)) {
        this.supplementary = false;
        this.pager = new PlanPager(CORE_CURSORS);
        return {};
      }
      return { errors };
    }
    if (!data) return {};
    const answer = this.pager.receive(data.uiapi.query);
    return answer ? { answer } : {};
  }
}
