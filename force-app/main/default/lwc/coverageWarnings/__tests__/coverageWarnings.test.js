import {
  ACCOUNT,
  EMPTY,
  PLAN,
  flush,
  flushDelivery,
  mountCard,
  stateOf as state,
} from '../../contactPlanData/__tests__/support/cardTesting';
import CoverageWarnings from 'c/coverageWarnings';
import { graphql } from 'lightning/graphql';
import { analyzePlan, buildPlan, loadPlan, publish, subscribe, withRelationship } from 'c/contactPlanData';
import { groupWarnings, summarize } from '../warningList';

const CLEO = '003000000000003AAA';
const EVA = '003000000000005AAA';
const WES = '005000000000003AAA';

/** The map's edit of Cleo × Wes to S, published as the map publishes it. */
function publishCleoSatisfied() {
  const built = buildPlan(PLAN.uiapi.query, ACCOUNT, '2026-11-20');
  const plan = withRelationship(built.plan, CLEO, WES, { grade: 'S', gradedOn: '2026-11-20' });
  publish(ACCOUNT, { type: 'planchange', source: 'contactMap', plan, analysis: analyzePlan(plan) });
}

const mount = (props = {}) => mountCard('c-coverage-warnings', CoverageWarnings, props);

const root = (element) => element.shadowRoot;
const headings = (element) => [...root(element).querySelectorAll('section')].map((h) => h.getAttribute('aria-label'));
const rules = (element) => [...root(element).querySelectorAll('li.cp-warning')].map((li) => li.dataset.rule);
/** The shadow root of the advice listed for `rule` (each list item holds one c-coverage-warning-group). */
const adviceOf = (element, rule) =>
  root(element).querySelector(`li[data-rule="${rule}"] c-coverage-warning-group`).shadowRoot;
/** Every match of `selector` inside the card's pieces of advice, in list order. */
const inAdvice = (element, selector) =>
  [...root(element).querySelectorAll('c-coverage-warning-group')].flatMap((group) => [
    ...group.shadowRoot.querySelectorAll(selector),
  ]);

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 20, 10, 0), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
  jest.useRealTimers();
});

describe('groupWarnings', () => {
  const plan = {
    contacts: [{ id: 'c1', name: 'Ada' }],
    members: [{ id: 'm1', name: 'Uma' }],
  };
  const warnings = [
    { rule: 'FEW_OPEN', severity: 'medium', message: 'Open more doors' },
    { rule: 'UNCOVERED_BUYER', severity: 'critical', contactId: 'c1', message: 'Cover Ada' },
    { rule: 'BELOW_SATISFIED', severity: 'high', contactId: 'c1', memberId: 'm1', message: 'Lift it' },
  ];

  it('orders by severity and names the cell each warning points at', () => {
    const groups = groupWarnings(warnings, plan);
    expect(groups.map((g) => g.heading)).toEqual(['Critical (1)', 'High (1)', 'Medium (1)']);
    expect(groups[1].rules[0].single).toMatchObject({ linkLabel: 'Show in map: Uma and Ada', hasTarget: true });
    expect(groups[2].rules[0]).toMatchObject({ isSingle: true, title: 'Open more doors', badgeText: 'Few open' });
    expect(groups[2].rules[0].single.hasTarget).toBe(false);
    expect(groups[0].badgeClass).toBe('slds-badge cp-badge cp-badge_critical');
  });

  it('drops severities below the floor and caps the advice shown', () => {
    expect(groupWarnings(warnings, plan, 'high').map((g) => g.code)).toEqual(['critical', 'high']);
    expect(groupWarnings(warnings, plan, 'low', 1).map((g) => g.code)).toEqual(['critical']);
  });

  it("keeps the advice whose warnings an edit left alone, and rebuilds the rest from the new analysis's words", () => {
    const before = groupWarnings(warnings, plan);
    // A new analysis: new warning objects, the same words but for the one the edit changed.
    const after = warnings.map((w) => ({
      ...w,
      message: w.rule === 'BELOW_SATISFIED' ? 'Lift it to Satisfied' : w.message,
    }));
    const groups = groupWarnings(after, plan);
    expect(groups[0].rules[0]).toBe(before[0].rules[0]);
    expect(groups[2].rules[0]).toBe(before[2].rules[0]);
    expect(groups[1].rules[0]).not.toBe(before[1].rules[0]);
    expect(groups[1].rules[0].title).toBe('Lift it to Satisfied');
    // Another plan's names: rebuilt, though the warnings read the same.
    const renamed = { ...plan, contacts: [{ id: 'c1', name: 'Ada King' }] };
    const [critical] = groupWarnings(
      after.map((w) => ({ ...w })),
      renamed,
    );
    expect(critical.rules[0].single.name).toBe('Ada King');
  });

  it("keys each entry by its rule and cell, so a warning leaving the group keeps the others' keys", () => {
    const people = {
      contacts: ['Ada', 'Ben', 'Cleo'].map((name, i) => ({ id: `c${i}`, name })),
      members: [{ id: 'm1', name: 'Uma' }],
    };
    const single = ['c0', 'c1', 'c2'].map((id) => ({
      rule: 'SINGLE_THREADED',
      severity: 'medium',
      contactId: id,
      message: `Build a second relationship with ${id}`,
    }));
    const [before] = groupWarnings(single, people);
    expect(before.rules[0].items.map((item) => item.key)).toEqual([
      'SINGLE_THREADED:c0:',
      'SINGLE_THREADED:c1:',
      'SINGLE_THREADED:c2:',
    ]);
    // The edit's analysis drops Ada's warning and keeps the other two as the same objects: their entries are kept.
    const [after] = groupWarnings(single.slice(1), people);
    expect(after.rules[0]).not.toBe(before.rules[0]);
    expect(after.rules[0].items).toEqual([before.rules[0].items[1], before.rules[0].items[2]]);
    expect(after.rules[0].items[0]).toBe(before.rules[0].items[1]);
    expect(after.rules[0].people.map((p) => p.key)).toEqual(['SINGLE_THREADED:c1:', 'SINGLE_THREADED:c2:']);
    // Two warnings of one rule and cell still get keys of their own.
    const [twice] = groupWarnings([...single, { ...single[0], message: 'Again' }], people);
    expect(twice.rules[0].items.map((item) => item.key)).toEqual([
      'SINGLE_THREADED:c0:',
      'SINGLE_THREADED:c1:',
      'SINGLE_THREADED:c2:',
      'SINGLE_THREADED:c0::2',
    ]);
  });

  it("writes a large group's first people on demand, keyed and counted as its whole list is", () => {
    const contacts = Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, name: `Person ${i}` }));
    const forty = { contacts, members: [{ id: 'm1', name: 'Uma' }] };
    // Forty named warnings, one about nobody, and a second warning on c3 (numbered key).
    const long = [
      { rule: 'SINGLE_THREADED', severity: 'medium', message: 'Nobody' },
      ...contacts.map((c) => ({ rule: 'SINGLE_THREADED', severity: 'medium', contactId: c.id, message: c.name })),
      { rule: 'SINGLE_THREADED', severity: 'medium', contactId: 'c3', message: 'Again' },
    ];
    const [group] = groupWarnings(long, forty)[0].rules;
    expect(group.count).toBe(42);
    expect(group.peopleCount).toBe(41);
    const first = group.firstPeople(12);
    expect(first.map((p) => p.name)).toEqual(contacts.slice(0, 12).map((c) => c.name));
    expect(first).toEqual(group.people.slice(0, 12));
    expect(group.people.length).toBe(41);
    expect(group.people[40].key).toBe('SINGLE_THREADED:c3::2');
    expect(group.items.length).toBe(42);
    // Asked twice, the same entries (the card hands them to its child unchanged).
    expect(group.firstPeople(12)).toBe(first);
  });

  it('gives one piece of advice per rule with everyone it names, the rule naming most people first', () => {
    const people = {
      contacts: ['Ada', 'Ben', 'Cleo'].map((name, i) => ({ id: `c${i}`, name })),
      members: [{ id: 'm1', name: 'Uma' }],
    };
    const many = [
      { rule: 'STALE_GRADE', severity: 'high', contactId: 'c0', memberId: 'm1', message: 'Refresh Uma and Ada' },
      ...['c0', 'c1', 'c2'].map((id) => ({
        rule: 'SINGLE_THREADED',
        severity: 'high',
        contactId: id,
        message: `Build a second relationship with ${id}`,
      })),
    ];
    const [high] = groupWarnings(many, people);
    expect(high.heading).toBe('High (4)');
    expect(high.rules.map((r) => r.rule)).toEqual(['SINGLE_THREADED', 'STALE_GRADE']);
    expect(high.rules[0]).toMatchObject({
      isGroup: true,
      count: 3,
      badgeText: 'Single-threaded × 3',
      title: 'A buyer known by exactly one person on the team.',
      detailsLabel: 'What to do for each (3)',
    });
    expect(high.rules[0].people.map((p) => p.name)).toEqual(['Ada', 'Ben', 'Cleo']);
    expect(high.rules[0].people.map((p) => p.personLabel)).toEqual([
      'Show Ada in the map',
      'Show Ben in the map',
      'Show Cleo in the map',
    ]);
    expect(summarize(many, people)).toMatchObject({
      total: 4,
      counts: [{ key: 'high', text: '4 high', badgeClass: 'slds-badge cp-badge cp-badge_high' }],
      top: { rule: 'SINGLE_THREADED' },
    });
  });
});

describe('c-coverage-warnings', () => {
  it('lists the account warnings by severity with what to do', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    expect(headings(element)).toEqual(['High (3)', 'Medium (2)']);
    expect(rules(element)).toEqual(['UNCOVERED_BUYER', 'SINGLE_THREADED', 'SENIOR_GAP', 'BELOW_SATISFIED', 'FEW_OPEN']);
    expect(root(element).querySelector('.cp-score').textContent).toBe('Coverage score 35');
    expect(inAdvice(element, '.cp-message')[0].textContent.length).toBeGreaterThan(10);
  });

  it('fills in a frame after its wire delivered, so the map beside it shows first', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    expect(state(element, 'lightning-spinner')).not.toBeNull();
    expect(rules(element)).toEqual([]);
    await flushDelivery();
    expect(state(element, 'lightning-spinner')).toBeNull();
    expect(rules(element)).toHaveLength(5);
  });

  it('keeps a plan the map published before its delivery was taken (the newer one)', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    publishCleoSatisfied();
    await flushDelivery();
    expect(state(element, 'lightning-spinner')).toBeNull();
    expect(rules(element)).not.toContain('BELOW_SATISFIED');
    expect(root(element).querySelector('.cp-score').textContent).toBe('Coverage score 41');
  });

  it('follows the map: a grade change there updates the list at once', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    publishCleoSatisfied();
    await flush();
    expect(rules(element)).not.toContain('BELOW_SATISFIED');
    expect(root(element).querySelector('.cp-score').textContent).toBe('Coverage score 41');
  });

  it('hands each unchanged piece of advice the same object on an edit, so LWC renders only the changed ones again', async () => {
    const element = mount();
    // A page's own answer (a copy): its plan and analysis are built here, not taken from an earlier test's cache.
    const answer = JSON.parse(JSON.stringify(PLAN));
    graphql.emit(answer);
    await flushDelivery();
    const given = () =>
      Object.fromEntries(
        [...root(element).querySelectorAll('li.cp-warning')].map((li) => [
          li.dataset.rule,
          li.querySelector('c-coverage-warning-group').advice,
        ]),
      );
    const before = given();
    // As the map edits: from the plan the page read (the same objects the card shows), analysed from the last analysis.
    const shown = loadPlan(answer.uiapi.query, ACCOUNT, '2026-11-20').plan;
    const plan = withRelationship(shown, CLEO, WES, { grade: 'S', gradedOn: '2026-11-20' });
    publish(ACCOUNT, { type: 'planchange', source: 'contactMap', plan, analysis: analyzePlan(plan) });
    await flush();
    const after = given();
    const kept = Object.keys(after).filter((rule) => after[rule] === before[rule]);
    expect(Object.keys(before)).toEqual([
      'UNCOVERED_BUYER',
      'SINGLE_THREADED',
      'SENIOR_GAP',
      'BELOW_SATISFIED',
      'FEW_OPEN',
    ]);
    // The edit cleared the one BELOW_SATISFIED warning; the other rules' warnings read as before.
    expect(Object.keys(after)).toEqual(['UNCOVERED_BUYER', 'SINGLE_THREADED', 'SENIOR_GAP', 'FEW_OPEN']);
    expect(kept).toEqual(Object.keys(after));
    // The rep's toggle on one rule gives that rule, and only it, a new object.
    const group = root(element).querySelector('li[data-rule="SINGLE_THREADED"] c-coverage-warning-group');
    group.dispatchEvent(new CustomEvent('detailstoggle', { detail: { key: after.SINGLE_THREADED.key, open: true } }));
    await flush();
    const toggled = given();
    expect(Object.keys(toggled).filter((rule) => toggled[rule] !== after[rule])).toEqual(['SINGLE_THREADED']);
    expect(toggled.SINGLE_THREADED.detailsOpen).toBe(true);
  });

  it('links a warning to its cell through the page channel and a bubbling event', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    const sent = [];
    const stop = subscribe(ACCOUNT, (message) => sent.push(message));
    const selected = jest.fn();
    element.addEventListener('cellselect', selected);
    const item = root(element).querySelector('li[data-rule="BELOW_SATISFIED"]');
    const link = adviceOf(element, 'BELOW_SATISFIED').querySelector('lightning-button.cp-show');
    expect(item.dataset.count).toBe('1');
    expect(link.getAttribute('aria-label')).toBe('Show in map: Wes Tan and Cleo Marsh');
    link.click();
    expect(sent).toEqual([{ type: 'focuscell', contactId: CLEO, memberId: WES }]);
    expect(selected.mock.calls[0][0].detail).toEqual({ contactId: CLEO, memberId: WES });
    const uncovered = adviceOf(element, 'UNCOVERED_BUYER').querySelector('lightning-button.cp-show');
    uncovered.click();
    expect(sent[1]).toEqual({ type: 'focuscell', contactId: EVA, memberId: undefined });
    stop();
  });

  it('honours the App Builder severity floor', async () => {
    const element = mount({ minSeverity: 'high' });
    graphql.emit(PLAN);
    await flushDelivery();
    expect(headings(element)).toEqual(['High (3)']);
  });

  it('shows the clear state for an account without warnings', async () => {
    const element = mount();
    graphql.emit(EMPTY);
    await flushDelivery();
    expect(state(element, '.cp-empty').textContent).toBe(
      'No contacts on this account yet, so there is nothing to check.',
    );
    expect(root(element).querySelectorAll('li')).toHaveLength(0);
  });

  it('shows an error and a toast when loading fails, and the access message without a toast', async () => {
    const element = mount();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    graphql.emitErrors([{ message: 'Timeout' }]);
    await flush();
    expect(state(element, '.cp-error').textContent).toBe('The warnings could not load: Timeout');
    expect(toast).toHaveBeenCalledTimes(1);
    graphql.emitErrors([{ message: 'Cannot query field Coverage_Snapshot__c on type Query' }]);
    await flush();
    expect(state(element, '.cp-no-permission')).not.toBeNull();
    expect(toast).toHaveBeenCalledTimes(1);
  });
});

describe('c-coverage-warnings when the org refuses a supplementary list', () => {
  it('lists the warnings of the plan read without it, with no error and no toast', async () => {
    const element = mount();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    graphql.emitErrors([{ message: 'Insufficient privileges', path: ['uiapi', 'query', 'AccountTeamMember'] }]);
    await flush();
    expect(state(element, '.cp-error')).toBeNull();
    expect(Object.keys(graphql.getLastConfig().variables)).not.toContain('teamAfter');
    const core = JSON.parse(JSON.stringify(PLAN));
    delete core.uiapi.query.AccountTeamMember;
    graphql.emit(core);
    await flushDelivery();
    const { AccountTeamMember, ...lists } = PLAN.uiapi.query;
    const expected = analyzePlan(buildPlan(lists, ACCOUNT, '2026-11-20').plan).warnings;
    expect(AccountTeamMember).toBeTruthy();
    expect(expected.length).toBeGreaterThan(0);
    expect(rules(element).sort()).toEqual(expected.map((warning) => warning.rule).sort());
    expect(toast).not.toHaveBeenCalled();
  });
});

describe('c-coverage-warnings on an account with more rows than a page', () => {
  /** The fixture in two pages: the first without the relationships, the second with only them. */
  function pages() {
    const first = JSON.parse(JSON.stringify(PLAN));
    const second = JSON.parse(JSON.stringify(PLAN));
    const roles = first.uiapi.query.Relationship__c;
    first.uiapi.query.Relationship__c = { edges: [], pageInfo: { hasNextPage: true, endCursor: 'roles-0' } };
    // The paged lists are done on the second page; the lists that are not paged come whole with every page.
    ['Contact', 'AccountTeamMember', 'Contact_Blueprint__c'].forEach((list) => {
      second.uiapi.query[list] = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    });
    second.uiapi.query.Relationship__c = { ...roles, pageInfo: { hasNextPage: false, endCursor: 'roles-1' } };
    return [first, second];
  }

  it('asks for the next page with its cursor and shows the warnings of all pages together', async () => {
    const whole = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    const expected = rules(whole);
    document.body.removeChild(whole);

    const element = mount();
    const [first, second] = pages();
    graphql.emit(first);
    await flushDelivery();
    expect(graphql.getLastConfig().variables).toMatchObject({ accountId: ACCOUNT, relationshipAfter: 'roles-0' });
    expect(rules(element)).toEqual([]);
    expect(state(element, 'lightning-spinner')).not.toBeNull();
    graphql.emit(second);
    await flushDelivery();
    expect(rules(element)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('c-coverage-warnings with many warnings', () => {
  it('shows the first warnings and the rest on request', async () => {
    const element = mount({ maxItems: 2 });
    graphql.emit(PLAN);
    await flushDelivery();
    expect(rules(element)).toEqual(['UNCOVERED_BUYER', 'SINGLE_THREADED']);
    const more = root(element).querySelector('lightning-button.cp-show-all');
    expect(more.label).toBe('Show 3 more');
    more.click();
    await flush();
    expect(rules(element)).toHaveLength(5);
    expect(root(element).querySelector('lightning-button.cp-show-all')).toBeNull();
  });
});

describe('c-coverage-warnings as the summary strip', () => {
  it('shows the counts by severity and the most important advice in one line', async () => {
    const element = mount({ variant: 'summary' });
    graphql.emit(PLAN);
    await flushDelivery();
    const strip = root(element).querySelector('.cp-summary');
    expect([...strip.querySelectorAll('.cp-badge')].map((b) => b.textContent)).toEqual(['3 high', '2 medium']);
    expect(strip.querySelector('.cp-summary-top').textContent).toMatch(/^Most important: /);
    expect(root(element).querySelector('lightning-card')).toBeNull();
  });
});

describe('c-coverage-warnings with one rule about many people', () => {
  // Twenty people without a second relationship: one piece of advice, its people cut short, its details on demand.
  function manyPeople() {
    const plan = buildPlan(PLAN.uiapi.query, ACCOUNT, '2026-11-20').plan;
    const contacts = Array.from({ length: 20 }, (_, i) => ({
      id: `003M000000000${String(i).padStart(2, '0')}AAA`,
      name: `Person ${i}`,
    }));
    const warnings = contacts.map((contact) => ({
      rule: 'SINGLE_THREADED',
      severity: 'medium',
      contactId: contact.id,
      message: `Build a second relationship with ${contact.name}.`,
    }));
    return { plan: { ...plan, contacts }, analysis: { ...analyzePlan(plan), warnings } };
  }

  it('names twelve people, lists everyone on request, and writes the details only when opened', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    publish(ACCOUNT, { type: 'planchange', source: 'contactMap', ...manyPeople() });
    await flush();
    const people = () => inAdvice(element, 'button.cp-person').map((b) => b.textContent.trim());
    expect(people()).toEqual(Array.from({ length: 12 }, (_, i) => `Person ${i}`));
    expect(inAdvice(element, 'li.cp-detail').length).toBe(0);

    const more = inAdvice(element, 'button.cp-everyone')[0];
    expect(more.textContent.trim()).toBe('and 8 more');
    more.click();
    await flush();
    expect(people().length).toBe(20);
    expect(inAdvice(element, 'button.cp-everyone')).toEqual([]);

    const details = inAdvice(element, 'details.cp-details')[0];
    details.open = true;
    details.dispatchEvent(new CustomEvent('toggle'));
    await flush();
    const items = inAdvice(element, 'li.cp-detail').map((li) => li.textContent);
    expect(items.length).toBe(20);
    expect(items[19]).toBe('Build a second relationship with Person 19.');
  });
});
