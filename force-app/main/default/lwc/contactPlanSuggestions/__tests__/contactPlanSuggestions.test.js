import {
  ACCOUNT,
  EMPTY,
  PLAN,
  flush,
  flushDelivery,
  flushFrame,
  mountCard,
  stateOf as state,
} from '../../contactPlanData/__tests__/support/cardTesting';
import ContactPlanSuggestions from 'c/contactPlanSuggestions';
import { graphql } from 'lightning/graphql';
import { analyzePlan, buildPlan, publish, subscribe, withRelationship } from 'c/contactPlanData';
import { introductionPaths, keySuggestions, nextMoves } from '../suggestionList';

const mount = (props = {}) => mountCard('c-contact-plan-suggestions', ContactPlanSuggestions, props);
const root = (element) => element.shadowRoot;

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 20, 10, 0), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
  jest.useRealTimers();
});

const ADA = '003000000000001AAA';
const CLEO = '003000000000003AAA';
const EVA = '003000000000005AAA';
const UMA = '005000000000001AAA';
const VICTOR = '005000000000002AAA';
const WES = '005000000000003AAA';

const $ = (element, selector) => root(element).querySelector(selector);
const $$ = (element, selector) => [...root(element).querySelectorAll(selector)];

describe('keySuggestions and introductionPaths', () => {
  const plan = buildPlan(PLAN.uiapi.query, ACCOUNT, '2026-11-20').plan;
  const analysis = analyzePlan(plan);

  it('gives each suggestion its cell, the core reason and the introductions that open it', () => {
    expect(keySuggestions(plan, analysis)).toEqual([
      expect.objectContaining({
        contactId: CLEO,
        memberId: WES,
        title: 'Wes Tan → Cleo Marsh (I: Indifferent)',
        why: 'Cleo Marsh is Indifferent with Wes Tan: make moving it up to Satisfied a focus for the next 30 days.',
        canMark: true,
        introductions: [
          expect.objectContaining({
            viaMemberId: VICTOR,
            viaContactId: CLEO,
            text: 'Victor Hugo has an Open relationship with Cleo Marsh: ask Victor Hugo for an introduction.',
          }),
        ],
      }),
    ]);
  });

  it('groups introduction paths by the cell they open and names the cells the map marks', () => {
    const [path] = introductionPaths(plan, analysis);
    expect(path).toMatchObject({ contactId: CLEO, memberId: WES, title: 'Wes Tan with Cleo Marsh (Indifferent)' });
    expect(path.cells).toEqual([
      { contactId: CLEO, memberId: WES, role: 'target' },
      { contactId: CLEO, memberId: VICTOR, role: 'door' },
    ]);
  });

  it('offers no button for a buyer nobody can reach yet (no member to pair with)', () => {
    const lonely = { ...analysis, keySuggestions: [{ contactId: CLEO, why: 'Cleo is a Power buyer nobody knows.' }] };
    expect(keySuggestions(plan, lonely)[0]).toMatchObject({
      canMark: false,
      title: 'Cleo Marsh (nobody on the team yet)',
    });
  });
});

describe('nextMoves', () => {
  it("lists the core's next best moves in its words, largest gain first", () => {
    const plan = buildPlan(PLAN.uiapi.query, ACCOUNT, '2026-11-20').plan;
    const analysis = analyzePlan(plan);
    expect(nextMoves(analysis)).toEqual([
      expect.objectContaining({
        contactId: ADA,
        memberId: UMA,
        gain: 34,
        text: 'Uma Patel: a first relationship (Satisfied) with Ada Lovelace (Power Buyer): +34',
      }),
      expect.objectContaining({
        contactId: EVA,
        memberId: UMA,
        gain: 14,
        text: 'Uma Patel: a first relationship (Satisfied) with Eva Lindqvist (User Buyer, Evangelist): +14',
      }),
      expect.objectContaining({
        contactId: CLEO,
        memberId: WES,
        gain: 6,
        text: 'Wes Tan: from Indifferent to Satisfied with Cleo Marsh (Advisor Buyer): +6',
      }),
    ]);
  });
});

describe('c-contact-plan-suggestions', () => {
  it("lists the next best moves and focuses a move's cell on the map in one click", async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    const sent = [];
    const stop = subscribe(ACCOUNT, (message) => sent.push(message));
    const moves = $$(element, 'button.cp-move-show');
    expect(moves.map((button) => button.textContent.trim())).toEqual([
      'Uma Patel: a first relationship (Satisfied) with Ada Lovelace (Power Buyer): +34',
      'Uma Patel: a first relationship (Satisfied) with Eva Lindqvist (User Buyer, Evangelist): +14',
      'Wes Tan: from Indifferent to Satisfied with Cleo Marsh (Advisor Buyer): +6',
    ]);
    moves[2].click();
    await flush();
    expect(sent).toEqual([{ type: 'focuscell', contactId: CLEO, memberId: WES }]);
    stop();
  });

  it('follows the map: a move made leaves the list, the next one moves up', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    const built = buildPlan(PLAN.uiapi.query, ACCOUNT, '2026-11-20').plan;
    const plan = withRelationship(built, ADA, UMA, { grade: 'S', gradedOn: '2026-11-20' });
    const moveMade = 'Uma Patel: a first relationship (Satisfied) with Ada Lovelace (Power Buyer): +34';
    publish(ACCOUNT, { type: 'planchange', source: 'contactMap', plan, analysis: analyzePlan(plan) });
    // Until the frame that shows the map's new score and warnings has painted, the card still shows the plan before.
    await flush();
    expect($$(element, 'button.cp-move-show').map((button) => button.textContent.trim())).toContain(moveMade);
    await flushFrame();
    const texts = $$(element, 'button.cp-move-show').map((button) => button.textContent.trim());
    expect(texts).not.toContain(moveMade);
    expect(texts[0]).toMatch(/^Uma Patel: a first relationship \(Satisfied\) with Eva Lindqvist/);
  });

  it('shows the suggestions with their introductions', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    expect($$(element, '.cp-suggestion .cp-why').map((p) => p.textContent)).toEqual([
      'Cleo Marsh is Indifferent with Wes Tan: make moving it up to Satisfied a focus for the next 30 days.',
    ]);
    expect($(element, '.cp-suggestion .cp-introduction').textContent).toBe(
      'Victor Hugo has an Open relationship with Cleo Marsh: ask Victor Hugo for an introduction.',
    );
    expect($(element, 'button.cp-mark').textContent.trim()).toBe('Make key and plan');
  });

  it('makes a suggestion key with the chosen horizon and opens its blueprint, in one click', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    const sent = [];
    const stop = subscribe(ACCOUNT, (message) => sent.push(message));
    $(element, 'c-contact-plan-select.cp-horizon').dispatchEvent(
      new CustomEvent('change', { detail: { value: '60' } }),
    );
    await flush();
    $(element, 'button.cp-mark').click();
    expect(sent).toEqual([
      { type: 'setkey', contactId: CLEO, memberId: WES, key: true, horizon: '60' },
      { type: 'openblueprint', contactId: CLEO, memberId: WES },
    ]);
    stop();
  });

  it('marks an introduction path on the map and takes it off again', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    const sent = [];
    const stop = subscribe(ACCOUNT, (message) => sent.push(message));
    const show = $(element, 'button.cp-path-show');
    expect(show.textContent.trim()).toBe('Show the way to Cleo Marsh on the map');
    show.click();
    await flush();
    expect(sent[0]).toEqual({
      type: 'highlight',
      cells: [
        { contactId: CLEO, memberId: WES, role: 'target' },
        { contactId: CLEO, memberId: VICTOR, role: 'door' },
      ],
    });
    expect(sent[1]).toEqual({ type: 'focuscell', contactId: CLEO, memberId: WES });
    expect($(element, 'button.cp-path-show').getAttribute('aria-pressed')).toBe('true');
    $(element, 'button.cp-path-show').click();
    await flush();
    expect(sent[2]).toEqual({ type: 'highlight', cells: [] });
    expect($(element, 'button.cp-path-show').getAttribute('aria-pressed')).toBe('false');
    stop();
  });

  it('follows the map: a suggestion made key leaves the list', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    const built = buildPlan(PLAN.uiapi.query, ACCOUNT, '2026-11-20').plan;
    const plan = withRelationship(built, CLEO, WES, { key: true, horizonDays: 30 });
    publish(ACCOUNT, { type: 'planchange', source: 'contactMap', plan, analysis: analyzePlan(plan) });
    await flushFrame();
    expect($$(element, '.cp-suggestion')).toHaveLength(0);
  });

  it('says so, neutrally, for an account without contacts', async () => {
    const element = mount();
    graphql.emit(EMPTY);
    await flushDelivery();
    expect(state(element, '.cp-empty').textContent).toBe(
      'No contacts on this account yet, so there is nothing to plan.',
    );
  });
});

describe('c-contact-plan-suggestions on a large account', () => {
  // Eight weak cells with a way in each, and one of them with five: more than a rep reads at once.
  function largeAnalysis() {
    const plan = buildPlan(PLAN.uiapi.query, ACCOUNT, '2026-11-20').plan;
    const analysis = analyzePlan(plan);
    const leverage = [];
    for (let i = 0; i < 8; i += 1) {
      leverage.push({ contactId: `003L0000000000${i}AAA`, viaMemberId: UMA, why: `Door ${i}` });
    }
    for (let i = 0; i < 4; i += 1)
      leverage.push({ contactId: '003L00000000000AAA', viaMemberId: VICTOR, why: `Side ${i}` });
    return { plan, analysis: { ...analysis, leverage } };
  }

  it('lists as many introduction paths as suggestions, the rest one click away, and sums up long introductions', async () => {
    const element = mount({ maxSuggestions: 5 });
    graphql.emit(PLAN);
    await flushDelivery();
    publish(ACCOUNT, { type: 'planchange', source: 'contactMap', ...largeAnalysis() });
    await flushFrame();
    expect($$(element, 'li.cp-path').length).toBe(5);
    const first = $(element, 'li.cp-path');
    expect([...first.querySelectorAll('.cp-introduction')].map((li) => li.textContent)).toEqual([
      'Door 0: ask Uma Patel for an introduction.',
      'Side 0: ask Victor Hugo for an introduction.',
      'Side 1: ask Victor Hugo for an introduction.',
    ]);
    expect(first.querySelector('.cp-more').textContent).toBe('and 2 more ways in');
    const all = $(element, 'button.cp-all-paths');
    expect(all.textContent.trim()).toBe('Show all 8 introduction paths');
    all.click();
    await flush();
    expect($$(element, 'li.cp-path').length).toBe(8);
    expect($(element, 'button.cp-all-paths')).toBeNull();
  });
});
