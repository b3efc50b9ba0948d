// The first load's warm-up (planWarmUp.js): the sample account goes through the same reader and core as the org's
// answer, once a page, in the task after the map connects, and never when the page analysed a plan already.
jest.mock('c/planningCore', () => {
  const actual = jest.requireActual('c/planningCore');
  return { ...actual, reanalyzeTypedPlan: jest.fn(actual.reanalyzeTypedPlan) };
});

const ASOF = '2026-11-20';

/** A fresh copy of the page's modules: the warm-up runs once a page. */
function freshPage() {
  jest.resetModules();
  const core = require('c/planningCore');
  core.reanalyzeTypedPlan.mockClear();
  return {
    core,
    ...require('../planWarmUp'),
    ...require('../planBuilder'),
    analyzePlan: require('../analysis').analyzePlan,
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('the sample account', () => {
  it('reads like an org answer: every list, no notice, and an analysis with warnings', () => {
    const { buildPlan, sampleAnswer } = freshPage();
    const { reanalyzeTypedPlan } = jest.requireActual('c/planningCore');
    const built = buildPlan(sampleAnswer(ASOF).uiapi.query, '001000000000001AAA', ASOF);
    const { plan } = built;
    expect(plan.contacts.map((c) => [c.name, c.roles, c.seniority])).toEqual([
      ['Contact 1', ['Power'], 'Executive'],
      ['Contact 2', ['User'], 'Director'],
      ['Contact 3', ['Advisor'], 'Manager'],
      ['Contact 4', [], 'Staff'],
    ]);
    // The lists of the page's query, in its order; the members' users once, in the User list, none nested in a pair.
    const { PLAN_LISTS } = require('../query');
    const query = sampleAnswer(ASOF).uiapi.query;
    expect(Object.keys(query)).toEqual(PLAN_LISTS);
    expect(query.Relationship__c.edges.filter((e) => 'Team_Member__r' in e.node)).toEqual([]);
    expect(query.User.edges.map((e) => e.node.Id)).toEqual(
      [1, 2, 3].map((n) => `005${String(n).padStart(12, '0')}AAA`),
    );
    expect(plan.members.map((m) => [m.name, m.title, m.seniority])).toEqual([
      ['Member 1', 'Regional Vice President', 'VP'],
      ['Member 2', 'Account Executive', undefined],
      ['Member 3', 'Solution Engineer', 'Staff'],
    ]);
    expect(plan.relationships).toHaveLength(5);
    expect(plan.blueprints).toEqual([expect.objectContaining({ goal: 'T', status: 'active' })]);
    expect(built.notices || []).toEqual([]);
    const { analysis } = reanalyzeTypedPlan(undefined, plan);
    expect(analysis.cells.filter((c) => c.effective)).toHaveLength(5);
    expect(analysis.warnings.map((w) => w.rule)).toContain('BELOW_SATISFIED');
  });
});

describe('warmUpPlanPath', () => {
  it('reads and analyses the sample once a page, in the next task, and hands it to the panel', () => {
    const { core, warmUpPlanPath } = freshPage();
    const panel = jest.fn();
    warmUpPlanPath(ASOF, panel);
    warmUpPlanPath(ASOF, panel);
    expect(core.reanalyzeTypedPlan).not.toHaveBeenCalled();
    jest.runOnlyPendingTimers();
    expect(core.reanalyzeTypedPlan).toHaveBeenCalledTimes(1);
    expect(core.reanalyzeTypedPlan.mock.calls[0][0]).toBeUndefined();
    expect(panel).toHaveBeenCalledTimes(1);
    const [plan, analysis] = panel.mock.calls[0];
    expect(plan.contacts).toHaveLength(4);
    expect(analysis.cells).toHaveLength(5);
  });

  it('does nothing once the page analysed a plan of its own', () => {
    const { core, warmUpPlanPath, buildPlan, sampleAnswer, analyzePlan } = freshPage();
    const panel = jest.fn();
    warmUpPlanPath(ASOF, panel);
    analyzePlan(buildPlan(sampleAnswer(ASOF).uiapi.query, '001000000000001AAA', ASOF).plan);
    core.reanalyzeTypedPlan.mockClear();
    jest.runOnlyPendingTimers();
    // Only the edit path's warm-up (analysis.js) re-analyses, from the page's own plan; no full analysis of the sample.
    expect(core.reanalyzeTypedPlan.mock.calls.filter(([previous]) => previous === undefined)).toEqual([]);
    expect(panel).not.toHaveBeenCalled();
  });
});
