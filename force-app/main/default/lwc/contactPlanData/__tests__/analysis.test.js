// The edit path's warm-up (analysis.js): once idle after a page's first analysis, the core re-analyses unchanged
// copies of the plan (three rounds) so the rep's first edit runs compiled code; the results are dropped.
jest.mock('c/planningCore', () => {
  const actual = jest.requireActual('c/planningCore');
  return { ...actual, reanalyzeTypedPlan: jest.fn(actual.reanalyzeTypedPlan) };
});

const response = require('./data/accountPlan.json');

const ACCOUNT = '001000000000001AAA';
const BEN = '003000000000002AAA';
const VICTOR = '005000000000002AAA';

/** A fresh copy of the page's modules: analysis.js keeps the last analysis and the warm-up flag per page. */
function freshPage() {
  jest.resetModules();
  const core = require('c/planningCore');
  core.reanalyzeTypedPlan.mockClear();
  const { analyzePlan } = require('../analysis');
  const { buildPlan, withRelationship } = require('../planBuilder');
  const plan = buildPlan(response.uiapi.query, ACCOUNT, '2026-11-20').plan;
  return { core, analyzePlan, withRelationship, plan };
}

describe('the edit path warm-up', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('re-analyses equal plans in three idle times after the first analysis, one relationship copied each', () => {
    const { core, analyzePlan, plan } = freshPage();
    analyzePlan(plan);
    expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(1);
    for (let round = 1; round <= 3; round += 1) {
      jest.runOnlyPendingTimers();
      expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(1 + round);
      const [state, warmPlan] = core.reanalyzeTypedPlan.mock.calls[round];
      expect(state.plan).toBe(plan);
      expect(warmPlan).not.toBe(plan);
      const copied = warmPlan.relationships.filter((r, i) => r !== plan.relationships[i]);
      expect(copied).toEqual([plan.relationships[round - 1]]);
      expect(JSON.stringify(warmPlan)).toBe(JSON.stringify(plan));
    }
    // Nothing more is scheduled: three rounds a page.
    jest.runOnlyPendingTimers();
    expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(4);
  });

  it('hands each warm-up analysis to the views that asked, until they stop', () => {
    const { analyzePlan, plan } = freshPage();
    const { warmEditPathToo } = require('../analysis');
    const seen = [];
    const stop = warmEditPathToo((warmPlan, analysis) => seen.push({ warmPlan, analysis }));
    const shown = analyzePlan(plan);
    jest.runOnlyPendingTimers();
    expect(seen.length).toBe(1);
    expect(seen[0].warmPlan.contacts).toBe(plan.contacts);
    expect(JSON.stringify(seen[0].analysis)).toBe(JSON.stringify(shown));
    stop();
    jest.runOnlyPendingTimers();
    expect(seen.length).toBe(1);
  });

  it('leaves the next edit’s analysis equal to a full analysis of the edited plan', () => {
    const { core, analyzePlan, withRelationship, plan } = freshPage();
    analyzePlan(plan);
    jest.runOnlyPendingTimers();
    const edited = withRelationship(plan, BEN, VICTOR, { grade: 'D', gradedOn: '2026-11-20' });
    const analysis = analyzePlan(edited);
    const full = jest.requireActual('c/planningCore').reanalyzeTypedPlan(undefined, edited).analysis;
    expect(JSON.stringify(analysis)).toBe(JSON.stringify(full));
    expect(analysis.cells.find((c) => c.contactId === BEN && c.memberId === VICTOR).effective).toBe('D');
    // The first analysis, one warm-up, the edit; the edit stops the warm-up's later rounds.
    expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(3);
    jest.runOnlyPendingTimers();
    expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(3);
  });

  it('is not needed once the rep edited before the page was idle', () => {
    const { core, analyzePlan, withRelationship, plan } = freshPage();
    analyzePlan(plan);
    analyzePlan(withRelationship(plan, BEN, VICTOR, { grade: 'O', gradedOn: '2026-11-20' }));
    jest.runOnlyPendingTimers();
    expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(2);
  });

  it('has nothing to warm on an account without relationships', () => {
    const { core, analyzePlan, plan } = freshPage();
    analyzePlan({ ...plan, relationships: [], blueprints: [] });
    jest.runOnlyPendingTimers();
    expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(1);
  });
});
