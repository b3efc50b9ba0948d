import { createElement } from 'lwc';
import CoverageTrend from 'c/coverageTrend';
import { graphql } from 'lightning/graphql';
import { buildTrend } from '../trend';
import { COVERAGE_TREND_QUERY, COVERAGE_TREND_TEXT, TREND_WARNINGS_WHERE, trendVariables } from '../query';
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
    expect(graphql.getLastConfig().variables).toEqual({
      accountId: '001000000000001AAA',
      windowStart: '2026-09-02',
      resolvedSince: '2026-09-02T00:00:00.000Z',
      warningAfter: null,
    });
  });

  it('draws the chart with a text alternative and lists the changes', async () => {
    const element = mount();
    await flush();
    expect(graphql.getLastConfig().variables).toMatchObject({ accountId: '001000000000001AAA', warningAfter: null });
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

describe('the warnings the trend reads', () => {
  // What TREND_WARNINGS_WHERE asks the org for, in the answer's terms (the emulator's contract test checks that the
  // org answers exactly these).
  const asked = (node, { windowStart, resolvedSince }) =>
    Boolean(
      (node.First_Seen__c.value && node.First_Seen__c.value >= windowStart) ||
      (node.Status__c.value === 'Resolved' && Date.parse(node.LastModifiedDate.value) >= Date.parse(resolvedSince)),
    );

  it('filters by the window start it is given: an old resolved warning and an old open one are not asked for', () => {
    expect(COVERAGE_TREND_TEXT).toContain('$windowStart: Date');
    expect(COVERAGE_TREND_TEXT).toContain('$resolvedSince: DateTime');
    expect(COVERAGE_TREND_TEXT).toContain(TREND_WARNINGS_WHERE);
    expect(TREND_WARNINGS_WHERE).toContain('First_Seen__c: { gte: { value: $windowStart } }');
    expect(TREND_WARNINGS_WHERE).toContain('LastModifiedDate: { gte: { value: $resolvedSince } }');
    expect(TREND_WARNINGS_WHERE).toContain('Status__c: { eq: "Resolved" }');
    const variables = trendVariables('001000000000001AAA', TODAY);
    expect(variables).toEqual({
      accountId: '001000000000001AAA',
      windowStart: '2026-09-02',
      resolvedSince: '2026-09-02T00:00:00.000Z',
    });
    const oldResolved = warning('a02D', 'OVER_COVERED', {
      first: '2026-03-01',
      status: 'Resolved',
      modified: '2026-09-01T23:59:59.000+0000',
    });
    const oldOpen = warning('a02E', 'FEW_OPEN', { first: '2026-09-01', modified: '2026-12-01T02:00:00.000+0000' });
    const resolvedOnDayOne = warning('a02F', 'OVER_COVERED', {
      first: '2026-03-01',
      status: 'Resolved',
      modified: '2026-09-02T00:00:00.000+0000',
    });
    const newOpen = warning('a02G', 'FEW_OPEN', { first: '2026-09-02' });
    expect([oldResolved, oldOpen, resolvedOnDayOne, newOpen].map((w) => asked(w, variables))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    // Of the fixture's warnings every one is asked for: one opened in the window, two resolved in it.
    expect(WARNINGS.every((w) => asked(w, variables))).toBe(true);
  });

  it('names only warnings that moved inside the window, even when the baseline snapshot is older', () => {
    // Baseline 1 Aug, first point 2 Sep (the window's first day): a warning of 20 Aug is before the window.
    const before = warning('a02H', 'SENIOR_GAP', { first: '2026-08-20', contact: 'Eve Fox' });
    const onDayOne = warning('a02I', 'NO_POWER_BUYER', { first: '2026-09-02' });
    const trend = buildTrend(answer(SNAPSHOTS, [before]).uiapi.query, TODAY);
    expect(trend.changes[trend.changes.length - 1]).toMatchObject({ dayText: '2 Sep', why: '1 fewer high warning' });
    const named = buildTrend(answer(SNAPSHOTS, [before, onDayOne]).uiapi.query, TODAY);
    expect(named.changes[named.changes.length - 1]).toMatchObject({ dayText: '2 Sep', appeared: ['No power buyer'] });
  });

  /** Park–Miller generator: every run checks the same histories. */
  const random = (seed) => {
    let state = seed;
    return () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
  };
  const dayOf = (offset) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const RULES = ['SINGLE_THREADED', 'BELOW_SATISFIED', 'UNCOVERED_BUYER', 'OVER_COVERED', 'FEW_OPEN'];

  /** A year of nightly syncs: snapshots with gaps (some long), warnings opening and resolving, newest snapshots first. */
  function history(next) {
    const snapshots = [];
    let score = Math.floor(next() * 100);
    for (let d = 0; d >= -400; d -= 1) {
      if (next() < 0.02) d -= Math.floor(next() * 40);
      if (next() < 0.15) continue;
      if (next() < 0.3) score = Math.max(0, Math.min(100, score + Math.floor(next() * 21) - 10));
      snapshots.push(snapshot(dayOf(d), score, { high: Math.floor(next() * 4), low: Math.floor(next() * 3) }));
    }
    const warnings = Array.from({ length: 20 + Math.floor(next() * 120) }, (_, i) => {
      const first = -Math.floor(next() * 400);
      const resolved = next() < 0.7 ? Math.min(0, first + Math.floor(next() * 200)) : undefined;
      const modifiedDay = resolved ?? Math.min(0, first + Math.floor(next() * 400));
      const time = `${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
      const node = warning(`a02R${i}`, RULES[i % RULES.length], {
        first: dayOf(first),
        status: resolved === undefined ? 'Open' : 'Resolved',
        modified: `${dayOf(modifiedDay)}T${time}:00.000+0000`,
        contact: `Contact ${i}`,
      });
      if (next() < 0.03) node.First_Seen__c = v(null);
      return node;
    });
    return { snapshots: snapshots.slice(0, 91), warnings };
  }

  it('computes the same trend from the warnings it asks for as from all of them, for 300 random histories', () => {
    const next = random(20261201);
    let left = 0;
    let kept = 0;
    for (let run = 0; run < 300; run += 1) {
      const { snapshots, warnings } = history(next);
      const variables = trendVariables('001000000000001AAA', TODAY);
      const filtered = warnings.filter((w) => asked(w, variables));
      left += warnings.length - filtered.length;
      kept += filtered.length;
      const full = buildTrend(answer(snapshots, warnings).uiapi.query, TODAY);
      const read = buildTrend(answer(snapshots, filtered).uiapi.query, TODAY);
      expect(JSON.stringify(read)).toBe(JSON.stringify(full));
    }
    // The histories are long enough that the filter leaves most warnings out, and keeps some.
    expect(left).toBeGreaterThan(kept);
    expect(kept).toBeGreaterThan(0);
  });
});
