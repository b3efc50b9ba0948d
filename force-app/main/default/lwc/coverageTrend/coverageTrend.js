import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { afterNextPaint, cardStateOf, today } from 'c/contactPlanData';
import { ListPager, receivePages } from 'c/contactPlanLists';
import { COVERAGE_TREND_QUERY, TREND_LISTS, trendVariables } from './query';
import { CHART, buildTrend } from './trend';

const STATE_WORDS = {
  loadingLabel: 'Loading the coverage trend',
  errorLabel: 'The coverage trend could not load',
  emptyText: 'No coverage history yet: the nightly sync records the score once a day.',
};

/** The account's coverage score over the last 90 days, with the days it changed and which warnings moved it. */
export default class CoverageTrend extends LightningElement {
  @api recordId;

  pager = new ListPager(TREND_LISTS);
  cursors = this.pager.cursors;
  trend;
  errors;
  loaded = false;
  chart = CHART;

  /** The trend asks the org only once the page painted: see connectedCallback. */
  asking = false;

  // The page's first frame waits on the plan's query (the map and the panels beside it); the trend, further down, asks
  // once that frame painted, so the org answers the plan's query first. An undefined query makes the wire wait
  // (GraphQL API Developer Guide, "GraphQL Wire Adapter Best Practices").
  connectedCallback() {
    afterNextPaint(() => {
      this.asking = true;
    });
  }

  get trendQuery() {
    return this.asking ? COVERAGE_TREND_QUERY : undefined;
  }

  @wire(graphql, { query: '$trendQuery', variables: '$variables' })
  wiredTrend(delivery) {
    receivePages(this, delivery, (answer) => {
      this.trend = buildTrend(answer, today());
    });
  }

  // The window start comes from the same "today" the trend is built with, so the org answers the warnings it names.
  get variables() {
    return { ...trendVariables(this.recordId, today()), ...this.cursors };
  }

  get cardState() {
    return cardStateOf(this, STATE_WORDS, this.isEmpty);
  }

  get ready() {
    return Boolean(this.trend) && !this.errors;
  }

  get isEmpty() {
    return this.ready && this.trend.empty;
  }

  get hasTrend() {
    return this.ready && !this.trend.empty;
  }

  get hasChanges() {
    return this.hasTrend && this.trend.changes.length > 0;
  }

  get viewBox() {
    return `0 0 ${CHART.width} ${CHART.height}`;
  }

  get baseline() {
    return CHART.height - CHART.bottom;
  }

  get axisEnd() {
    return CHART.width - CHART.right;
  }

  get labelY() {
    return CHART.height - 6;
  }

  get rightLabelX() {
    return CHART.width - CHART.right;
  }

  get markers() {
    return this.hasTrend ? this.trend.points.filter((point) => point.changed) : [];
  }

  get singlePoint() {
    return this.hasTrend && this.trend.points.length === 1 ? this.trend.points[0] : undefined;
  }
}
