import { createElement } from 'lwc';
import CoverageTrend from 'c/coverageTrend';
import { graphql } from 'lightning/graphql';
import { buildTrend } from '../trend';
import { COVERAGE_TREND_QUERY } from '../query';
import { stateOf } from '../../contactPlanData/__tests__/support/cardTesting';

const TODAY = '2026-12-01';
const v = (value) => ({ value });
const connection = (nodes, pageInfo = { hasNextPage: false, endCursor: null }) => ({
  edges: nodes.map((node) => ({ node })),
  pageInfo,
});

const snapshot = (day, score, { critical = 0, high = 0, medium = 0, low = 0 } = {}) => ({
  Id: `a03${day}`,
  As_Of__c: v(day),
  Score__c: v(score),
  Count_Critical__c: v(critical),
  Count_High__c: v(high),
  Count_Medium__c: v(medium),
  Count_Low__c: v(low),
});

const warning = (id, rule, { first, status = 'Open', modified, contact, member }) => ({
  Id: id,
  Rule__c: v(rule),
  Severity__c: v('high'),
  Status__c: v(status),
  First_Seen__c: v(first),
  Last_Seen__c: v(first),
  LastModifiedDate: v(modified || `${first}T02:00:00.000+0000`),
  Contact__r: contact ? { Name: v(contact) } : null,
  Team_Member__r: member ? { Name: v(member) } : null,
});

// Newest first, as the query orders them; the first is outside the 90-day window (the baseline).
const SNAPSHOTS = [
  snapshot('2026-12-01', 62, { high: 1 }),
  snapshot('2026-11-30', 62, { high: 1 }),
  snapshot('2026-11-20', 55, { high: 2 }),
  snapshot('2026-10-02', 48, { high: 2, medium: 1 }),
  snapshot('2026-09-02', 40, { high: 3 }),
  snapshot('2026-08-01', 30, { high: 4 }),
];

const WARNINGS = [
  warning('a02A', 'SINGLE_THREADED', { first: '2026-11-20', contact: 'Ada Park' }),
  warning('a02B', 'BELOW_SATISFIED', {
    first: '2026-06-01',
    status: 'Resolved',
    modified: '2026-12-01T03:00:00.000+0000',
    contact: 'Ben Cole',
    member: 'Dana Whitfield',
  }),
  warning('a02C', 'UNCOVERED_BUYER', {
    first: '2026-06-01',
    status: 'Resolved',
    modified: '2026-11-20T03:00:00.000+0000',
    contact: 'Cleo Diaz',
  }),
];

const answer = (snapshots = SNAPSHOTS, warnings = WARNINGS) => ({
  uiapi: {
    query: { Coverage_Snapshot__c: connection(snapshots), Coverage_Warning__c: connection(warnings) },
  },
});

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
  const element = createElement('c-coverage-trend', { is: CoverageTrend });
  element.recordId = '001000000000001AAA';
  document.body.appendChild(element);
  return element;
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 11, 1, 9, 0), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.useRealTimers();
});

describe('buildTrend', () => {
  it('keeps the last 90 days (day 90 included) and names what moved the score on each day it changed', () => {
    const trend = buildTrend(answer().uiapi.query, TODAY);
    expect(trend.points.map((p) => [p.day, p.score, p.changed])).toEqual([
      ['2026-09-02', 40, true],
      ['2026-10-02', 48, true],
      ['2026-11-20', 55, true],
      ['2026-11-30', 62, true],
      ['2026-12-01', 62, false],
    ]);
    expect(trend.changes.map((c) => [c.dayText, c.from, c.to, c.deltaText, c.why])).toEqual([
      ['30 Nov', 55, 62, '+7', '1 fewer high warning'],
      ['20 Nov', 48, 55, '+7', 'appeared: Single-threaded (Ada Park); cleared: Uncovered (Cleo Diaz)'],
      ['2 Oct', 40, 48, '+8', '1 fewer high warning; 1 more medium warning'],
      ['2 Sep', 30, 40, '+10', '1 fewer high warning'],
    ]);
    expect(trend.summary).toBe('Coverage score over the last 90 days: 40 on 2 Sep, 62 on 1 Dec; it changed on 4 days.');
  });

  it('places the points on the chart: the window starts at the left axis and 100 is at the top', () => {
    const trend = buildTrend(answer().uiapi.query, TODAY);
    const last = trend.points[trend.points.length - 1];
    expect(Number(last.x)).toBeCloseTo(312, 0);
    expect(trend.polyline.split(' ')).toHaveLength(5);
    const flat = buildTrend(answer([snapshot('2026-12-01', 100)], []).uiapi.query, TODAY);
    expect(flat.points[0].y).toBe('8.0');
    expect(flat.summary).toBe('Coverage score over the last 90 days: 100 on 1 Dec, 100 on 1 Dec; it did not change.');
  });

  it('is empty without snapshots in the window', () => {
    expect(buildTrend(answer([snapshot('2026-01-01', 50)], []).uiapi.query, TODAY)).toMatchObject({ empty: true });
  });
});

describe('c-coverage-trend', () => {
  it('asks the org for its query only once the page painted, after the plan’s query', async () => {
    mount();
    await flush();
    expect(graphql.getLastConfig().query).toBeUndefined();
    jest.advanceTimersByTime(16);
    await flush();
    expect(graphql.getLastConfig().query).toBe(COVERAGE_TREND_QUERY);
    expect(graphql.getLastConfig().variables).toEqual({ accountId: '001000000000001AAA', warningAfter: null });
  });

  it('draws the chart with a text alternative and lists the changes', async () => {
    const element = mount();
    await flush();
    expect(graphql.getLastConfig().variables).toEqual({ accountId: '001000000000001AAA', warningAfter: null });
    graphql.emit(answer());
    await flush();
    const svg = element.shadowRoot.querySelector('svg.cp-chart');
    expect(svg.getAttribute('role')).toBe('img');
    const caption = element.shadowRoot.querySelector('figcaption');
    expect(svg.getAttribute('aria-labelledby')).toBe(caption.id);
    expect(caption.textContent).toMatch(/^Coverage score over the last 90 days: 40 on 2 Sep/);
    expect(element.shadowRoot.querySelectorAll('circle.cp-marker')).toHaveLength(4);
    const rows = [...element.shadowRoot.querySelectorAll('li.cp-change-row')].map((li) => li.dataset.day);
    expect(rows).toEqual(['2026-11-30', '2026-11-20', '2026-10-02', '2026-09-02']);
  });

  it('says calmly that there is no history yet', async () => {
    const element = mount();
    graphql.emit(answer([], []));
    await flush();
    expect(stateOf(element, '.cp-empty').textContent).toBe(
      'No coverage history yet: the nightly sync records the score once a day.',
    );
    expect(element.shadowRoot.querySelector('svg')).toBeNull();
  });
});
