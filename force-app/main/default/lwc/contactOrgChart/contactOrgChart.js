import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { cardStateOf } from 'c/contactPlanData';
import { ListPager, receivePages } from 'c/contactPlanLists';
import { CHART_LISTS, ORG_CHART_QUERY } from './query';
import { buildOrgChart } from './orgTree';

const STATE_WORDS = {
  loadingLabel: 'Loading the org chart',
  errorLabel: 'The org chart could not load',
  emptyText: 'This account has no contacts yet.',
};

/**
 * The account's contacts by reporting line (Reports To), each with buyer roles, seniority and the best relationship
 * grade on our side; uncovered buyers are marked as gaps.
 */
export default class ContactOrgChart extends LightningElement {
  @api recordId;
  /** Shows only buyers and the managers above them (a long chart's short form). */
  buyersOnly = false;

  pager = new ListPager(CHART_LISTS);
  cursors = this.pager.cursors;
  chart;
  errors;
  loaded = false;

  @wire(graphql, { query: ORG_CHART_QUERY, variables: '$variables' })
  wiredChart(delivery) {
    receivePages(this, delivery, (answer) => {
      this.chart = buildOrgChart(answer);
    });
  }

  get variables() {
    return { accountId: this.recordId, ...this.cursors };
  }

  get cardState() {
    return cardStateOf(this, STATE_WORDS, this.isEmpty);
  }

  get ready() {
    return Boolean(this.chart) && !this.errors;
  }

  get isEmpty() {
    return this.ready && this.chart.count === 0;
  }

  get hasRows() {
    return this.ready && this.chart.count > 0;
  }

  get rows() {
    if (!this.hasRows) return [];
    if (!this.buyersOnly) return this.chart.rows;
    // A buyer and the chain of managers above them, in chart order.
    const keep = new Set();
    const managerOf = new Map();
    const chain = [];
    for (const row of this.chart.rows) {
      chain.length = row.level - 1;
      managerOf.set(row.id, chain[row.level - 2]);
      chain[row.level - 1] = row.id;
    }
    for (const row of this.chart.rows) {
      if (!row.hasRoles) continue;
      for (let at = row.id; at && !keep.has(at); at = managerOf.get(at)) keep.add(at);
    }
    return this.chart.rows.filter((row) => keep.has(row.id));
  }

  get summary() {
    if (!this.hasRows) return '';
    const { count, roots, gaps, loops } = this.chart;
    const parts = [`${count} contacts`, `${roots} without a manager on the account`];
    if (gaps) parts.push(`${gaps} uncovered buyer${gaps === 1 ? '' : 's'}`);
    if (loops) parts.push(`${loops} reports-to loop${loops === 1 ? '' : 's'} cut`);
    return `${parts.join(', ')}.`;
  }

  get filterLabel() {
    return this.buyersOnly ? 'Show everyone' : 'Show buyers and their managers';
  }

  handleFilter() {
    this.buyersOnly = !this.buyersOnly;
  }
}
