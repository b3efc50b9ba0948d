import {
  ACCOUNT,
  EMPTY,
  PLAN,
  flush,
  mountCard,
  stateOf as state,
} from '../../contactPlanData/__tests__/support/cardTesting';
import ContactMap from 'c/contactMap';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { publish, subscribe } from 'c/contactPlanData';

// The query documents as text, so a test can read which lists the wire asked for.
jest.mock('lightning/graphql', () => {
  const actual = jest.requireActual('lightning/graphql');
  actual.gql.mockImplementation((strings, ...values) => String.raw({ raw: strings }, ...values));
  return actual;
});

const ADA = '003000000000001AAA';
const CLEO = '003000000000003AAA';
const EVA = '003000000000005AAA';
const UMA = '005000000000001AAA';
const WES = '005000000000003AAA';

const mount = (props = {}) => mountCard('c-contact-map', ContactMap, props);

const root = (element) => element.shadowRoot;
function cell(element, contactId, memberId) {
  const col = [...root(element).querySelectorAll('th.cp-contact')].findIndex((th) => th.dataset.contact === contactId);
  const row = [...root(element).querySelectorAll('th.cp-member')].findIndex((th) => th.dataset.member === memberId);
  return root(element).querySelectorAll('tbody tr')[row].cells[col + 1];
}
const positionOf = (td) => ({ row: td.parentElement.sectionRowIndex, col: td.cellIndex - 1 });
const columnBadges = (element, contactId) =>
  [...root(element).querySelectorAll(`th[data-contact="${contactId}"] .cp-badge`)].map((b) => b.textContent);
const editor = (element) => root(element).querySelector('c-contact-map-cell-editor');
const summaryScore = (element) =>
  root(element).querySelector('c-contact-map-summary').shadowRoot.querySelector('.cp-score-value').textContent;

async function openCell(element, contactId, memberId) {
  cell(element, contactId, memberId).click();
  await flush();
  return editor(element);
}

async function chooseGrade(element, grade) {
  const combobox = editor(element).shadowRoot.querySelector('lightning-combobox.cp-grade');
  combobox.dispatchEvent(new CustomEvent('change', { detail: { value: grade } }));
  await flush();
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 20, 10, 0), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
  jest.useRealTimers();
});

describe('c-contact-map', () => {
  it('shows a spinner and the disabled filters until the data arrives', async () => {
    const element = mount();
    expect(state(element, 'lightning-spinner')).not.toBeNull();
    const controls = [...root(element).querySelectorAll('lightning-combobox, lightning-button.cp-export')];
    expect(controls.map((control) => control.disabled)).toEqual([true, true, true]);
    graphql.emit(PLAN);
    await flush();
    expect(state(element, 'lightning-spinner')).toBeNull();
    expect(controls.map((control) => control.disabled)).toEqual([false, false, false]);
    const departmentOptions = root(element).querySelector('lightning-combobox.cp-department').options;
    expect(departmentOptions.map((option) => option.label)).toContain('IT');
  });

  it('renders contacts across, grouped by buyer role, and team members down', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const groups = [...root(element).querySelectorAll('th.cp-group .cp-group-name')].map((span) => span.textContent);
    // Eva is both Evangelist and User: she sits with the User buyers, the first of her roles in role order.
    expect(groups).toEqual(['Power Buyer', 'User Buyer', 'Advisor Buyer', 'Other contacts']);
    const contacts = [...root(element).querySelectorAll('th.cp-contact')].map((th) => th.dataset.contact);
    expect(contacts).toEqual([ADA, EVA, '003000000000002AAA', CLEO, '003000000000004AAA']);
    const members = [...root(element).querySelectorAll('th.cp-member')].map((th) => th.dataset.member);
    expect(members).toEqual([UMA, '005000000000002AAA', WES]);
    expect(root(element).querySelectorAll('td[role="gridcell"]')).toHaveLength(15);
  });

  it('gives each buyer-role group its coaching text on hover and focus', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const buttons = [...root(element).querySelectorAll('th.cp-group button.cp-help-button')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Coaching for Power Buyer',
      'Coaching for User Buyer',
      'Coaching for Advisor Buyer',
      'Coaching for Other contacts',
    ]);
    const tip = root(element).querySelector(`[id="${buttons[0].getAttribute('aria-describedby')}"]`);
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toMatch(/^Owns the budget .* Watch: .* Watch out for: /);
    // Hover and focus show it through CSS: the tooltip sits beside the button in the same .cp-help wrapper.
    expect(tip.parentElement).toBe(buttons[0].parentElement);
  });

  it('hides a coaching tip on Escape while focus stays on its button, until focus or pointer leaves', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const [button, other] = root(element).querySelectorAll('th.cp-group button.cp-help-button');
    const help = button.parentElement;
    button.focus();
    const otherKey = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
    button.dispatchEvent(otherKey);
    expect(help.classList.contains('cp-tip-dismissed')).toBe(false);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    button.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    expect(help.classList.contains('cp-tip-dismissed')).toBe(true);
    expect(root(element).activeElement).toBe(button);
    // The pointer leaving while focus stays keeps it hidden; focus moving on lets it show again next time.
    help.dispatchEvent(new MouseEvent('mouseleave'));
    expect(help.classList.contains('cp-tip-dismissed')).toBe(true);
    other.focus();
    expect(help.classList.contains('cp-tip-dismissed')).toBe(false);
  });

  it('shows effective grades, marks suggested ones, and leaves blanks blank', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const cleoWes = cell(element, CLEO, WES);
    expect(cleoWes.textContent.trim()).toBe('I');
    expect(cleoWes.className).toContain('cp-grade_I');
    const adaVictor = cell(element, ADA, '005000000000002AAA');
    expect(adaVictor.textContent.trim()).toBe('S');
    expect(adaVictor.className).toContain('cp-suggested');
    expect(adaVictor.getAttribute('aria-label')).toBe('Victor Hugo and Ada Lovelace: suggested Satisfied');
    const blank = cell(element, EVA, UMA);
    expect(blank.textContent.trim()).toBe('');
    expect(blank.getAttribute('aria-label')).toBe('Uma Patel and Eva Lindqvist: no relationship');
  });

  it('puts coverage badges on the columns the rules point at and fills the summary', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    expect(columnBadges(element, EVA)).toEqual(['Uncovered']);
    expect(columnBadges(element, ADA)).toEqual(expect.arrayContaining(['Single-threaded', 'Senior gap']));
    expect(columnBadges(element, CLEO)).toEqual([]);
    expect(summaryScore(element)).toBe('35');
  });

  it('saves a changed grade with today as the graded date and recomputes the warnings at once', async () => {
    const element = mount();
    const seen = [];
    const stop = subscribe(ACCOUNT, (message) => seen.push(message));
    graphql.emit(PLAN);
    await flush();
    await openCell(element, CLEO, WES);
    await chooseGrade(element, 'S');

    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a01000000000003AAA', Grade__c: 'S', Graded_On__c: '2026-11-20' },
    });
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('S');
    const latest = seen[seen.length - 1].analysis;
    expect(latest.warnings.some((w) => w.rule === 'BELOW_SATISFIED')).toBe(false);
    expect(summaryScore(element)).toBe('41');
    stop();
  });

  it('creates the relationship with its pair key when the pair has none, and the badge moves', async () => {
    createRecord.mockResolvedValue({ id: 'a01000000000009AAA' });
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    await openCell(element, EVA, UMA);
    await chooseGrade(element, 'O');

    expect(createRecord).toHaveBeenCalledWith({
      apiName: 'Relationship__c',
      fields: {
        Account__c: ACCOUNT,
        Contact__c: EVA,
        Team_Member__c: UMA,
        Pair_Key__c: `${EVA}:${UMA}`,
        Grade__c: 'O',
        Graded_On__c: '2026-11-20',
      },
    });
    expect(columnBadges(element, EVA)).toEqual(['Single-threaded']);

    // The second edit of the same pair updates the record just created.
    await chooseGrade(element, 'S');
    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a01000000000009AAA', Grade__c: 'S', Graded_On__c: '2026-11-20' },
    });
  });

  it('clears a grade back to blank', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    await openCell(element, CLEO, WES);
    editor(element).shadowRoot.querySelector('lightning-button.cp-clear').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a01000000000003AAA', Grade__c: null, Graded_On__c: null },
    });
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('');
  });

  it('marks a key intersection with a horizon and warns until it has a blueprint', async () => {
    const element = mount();
    const seen = [];
    const stop = subscribe(ACCOUNT, (message) => seen.push(message));
    graphql.emit(PLAN);
    await flush();
    await openCell(element, CLEO, WES);
    const toggle = editor(element).shadowRoot.querySelector('lightning-input.cp-key-toggle');
    toggle.checked = true;
    toggle.dispatchEvent(new CustomEvent('change'));
    await flush();

    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a01000000000003AAA', Key_Intersection__c: true, Focus_Horizon__c: '90' },
    });
    expect(cell(element, CLEO, WES).classList.contains('cp-key')).toBe(true);
    expect(cell(element, CLEO, WES).getAttribute('aria-label')).toBe(
      'Wes Tan and Cleo Marsh: Indifferent, key intersection',
    );
    const warnings = seen[seen.length - 1].analysis.warnings;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'KEY_WITHOUT_BLUEPRINT', contactId: CLEO, memberId: WES }),
      ]),
    );

    const horizon = editor(element).shadowRoot.querySelector('lightning-combobox.cp-horizon');
    horizon.dispatchEvent(new CustomEvent('change', { detail: { value: '30' } }));
    await flush();
    expect(updateRecord).toHaveBeenLastCalledWith({
      fields: { Id: 'a01000000000003AAA', Key_Intersection__c: true, Focus_Horizon__c: '30' },
    });
    stop();
  });

  it('rolls the grade back and shows a toast when the save fails', async () => {
    updateRecord.mockRejectedValueOnce({ body: { message: 'Insufficient access rights on cross-reference id' } });
    const element = mount();
    const toasts = [];
    element.addEventListener(ShowToastEvent.eventName || 'lightning__showtoast', (event) => toasts.push(event.detail));
    graphql.emit(PLAN);
    await flush();
    await openCell(element, CLEO, WES);
    await chooseGrade(element, 'T');
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('I');
    expect(toasts).toEqual([
      expect.objectContaining({ variant: 'error', message: 'Insufficient access rights on cross-reference id' }),
    ]);
  });

  it('shows the reasons of the selected grade', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    await openCell(element, ADA, '005000000000002AAA');
    const reasons = editor(element).shadowRoot.querySelectorAll('.cp-reasons li');
    expect(reasons.length).toBeGreaterThan(0);
    expect(editor(element).shadowRoot.querySelector('.cp-effective').textContent).toBe(
      'Effective grade: S: Satisfied (suggested from activity)',
    );
  });

  it('filters buyers only, key intersections only, and by department', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const filter = root(element).querySelector('lightning-combobox.cp-filter');
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'buyers' } }));
    await flush();
    expect(root(element).querySelectorAll('th.cp-contact')).toHaveLength(4);
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'key' } }));
    await flush();
    expect(root(element).querySelectorAll('td[role="gridcell"]')).toHaveLength(1);
    expect(root(element).querySelector('th.cp-contact').dataset.contact).toBe('003000000000002AAA');
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'all' } }));
    root(element)
      .querySelector('lightning-combobox.cp-department')
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'IT' } }));
    await flush();
    expect(root(element).querySelectorAll('th.cp-contact')).toHaveLength(2);
  });

  it('starts with the filter set in App Builder', async () => {
    const element = mount({ defaultFilter: 'buyers' });
    graphql.emit(PLAN);
    await flush();
    expect(root(element).querySelectorAll('th.cp-contact')).toHaveLength(4);
  });

  it('moves focus with the arrow keys using a roving tabindex', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const focusable = () => [...root(element).querySelectorAll('td[tabindex="0"]')];
    expect(focusable()).toHaveLength(1);
    expect(positionOf(focusable()[0])).toEqual({ row: 0, col: 0 });
    const firstCell = focusable()[0];
    focusable()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await flush();
    focusable()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await flush();
    expect(focusable()).toHaveLength(1);
    expect(positionOf(focusable()[0])).toEqual({ row: 1, col: 1 });
    expect(root(element).activeElement).toBe(focusable()[0]);
    // Moving only passes the tabindex on: the rows stay the same elements.
    expect(root(element).querySelector('tbody td')).toBe(firstCell);
    expect(firstCell.getAttribute('tabindex')).toBe('-1');
    focusable()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();
    expect(editor(element).cell).toMatchObject({ contactId: EVA, memberId: '005000000000002AAA' });
  });

  it('focuses the cell a warning points at', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    publish(ACCOUNT, { type: 'focuscell', contactId: CLEO, memberId: WES });
    await flush();
    expect(root(element).activeElement).toBe(cell(element, CLEO, WES));
    expect(cell(element, CLEO, WES).getAttribute('aria-selected')).toBe('true');
    expect(root(element).querySelectorAll('td[aria-selected]')).toHaveLength(1);
  });

  it('exports the map as CSV', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const clicks = [];
    const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click() {
      clicks.push({ href: this.href, download: this.download });
    });
    root(element).querySelector('lightning-button.cp-export').click();
    spy.mockRestore();
    expect(clicks).toHaveLength(1);
    expect(clicks[0].download).toBe(`contact-map-${ACCOUNT}.csv`);
    const csv = decodeURIComponent(clicks[0].href.split(',').slice(1).join(','));
    expect(csv.split('\r\n')[0]).toBe('Team member,Ada Lovelace,Eva Lindqvist,Ben Okafor,Cleo Marsh,Dan Whitfield');
    expect(csv).toContain('\r\nWes Tan,,,,I,\r\n');
  });

  it('reads an answer that comes in pages and shows the map once the last page is in', async () => {
    const first = JSON.parse(JSON.stringify(PLAN));
    const second = JSON.parse(JSON.stringify(PLAN));
    const relationships = first.uiapi.query.Relationship__c;
    first.uiapi.query.Relationship__c = { edges: [], pageInfo: { hasNextPage: true, endCursor: 'rel-0' } };
    Object.keys(second.uiapi.query).forEach((list) => {
      second.uiapi.query[list] = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    });
    second.uiapi.query.Relationship__c = { ...relationships, pageInfo: { hasNextPage: false, endCursor: 'rel-1' } };
    const element = mount();
    graphql.emit(first);
    await flush();
    const cursors = Object.entries(graphql.getLastConfig().variables).filter(([name]) => name !== 'accountId');
    expect(cursors.filter(([, cursor]) => cursor)).toEqual([[expect.any(String), 'rel-0']]);
    expect(root(element).querySelector('table')).toBeNull();
    graphql.emit(second);
    await flush();
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('I');
  });

  it('says so when the account has no contacts', async () => {
    const element = mount();
    graphql.emit(EMPTY);
    await flush();
    expect(state(element, '.cp-empty').textContent).toBe(
      'This account has no contacts yet. Add contacts to start the map.',
    );
    expect(root(element).querySelector('table')).toBeNull();
  });

  it('shows an error and a toast when the query fails', async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);
    graphql.emitErrors([{ message: 'Service unavailable' }]);
    await flush();
    expect(state(element, '.cp-error').textContent).toContain('Service unavailable');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0][0].detail).toMatchObject({ variant: 'error' });
  });

  it('falls back to the plan without invitees, teams and roles when the org refuses one of those lists', async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);
    await flush();
    expect(graphql.getLastConfig().query).toContain('EventRelation(');
    graphql.emitErrors([{ message: 'Cannot query field "EventRelation" on type "Query".' }]);
    await flush();
    const fallback = graphql.getLastConfig();
    for (const list of ['EventRelation', 'OpportunityTeamMember', 'OpportunityContactRole', 'inviteeAfter']) {
      expect(fallback.query).not.toContain(list);
    }
    expect(fallback.query).toContain('Relationship__c(');
    expect(Object.keys(fallback.variables)).not.toContain('contactRoleAfter');
    expect(state(element, 'lightning-spinner')).not.toBeNull();

    const core = JSON.parse(JSON.stringify(PLAN));
    ['EventRelation', 'OpportunityTeamMember', 'OpportunityContactRole'].forEach(
      (list) => delete core.uiapi.query[list],
    );
    graphql.emit(core);
    await flush();
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('I');
    expect(cell(element, ADA, '005000000000002AAA').textContent.trim()).toBe('S');
    const notices = root(element).querySelectorAll('.cp-partial');
    expect(notices).toHaveLength(1);
    expect(notices[0].getAttribute('role')).toBe('status');
    expect(notices[0].textContent).toMatch(/invitees, opportunity teams and contact roles could not be read/);
    expect(notices[0].textContent).toMatch(/may differ from the nightly sync/);
    expect(state(element, '.cp-error')).toBeNull();
    expect(handler).not.toHaveBeenCalled();
  });

  it('keeps the error state, without a fallback, when the failure is not about those lists', async () => {
    const element = mount();
    await flush();
    const first = graphql.getLastConfig().query;
    expect(first).toContain('EventRelation(');
    graphql.emitErrors([{ message: 'Cannot query field "Relationship__c" on type "Query".' }]);
    await flush();
    expect(graphql.getLastConfig().query).toBe(first);
    expect(state(element, '.cp-no-permission')).not.toBeNull();
    expect(root(element).querySelector('.cp-partial')).toBeNull();
  });

  it('shows no notice when every list was read', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    expect(root(element).querySelector('table')).not.toBeNull();
    expect(root(element).querySelector('.cp-partial')).toBeNull();
  });

  it('explains missing access instead of failing', async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);
    // Without the permission set the objects are unknown to the user's GraphQL schema.
    graphql.emitErrors([{ message: 'Cannot query field Relationship__c on type Query' }]);
    await flush();
    expect(state(element, '.cp-no-permission')).not.toBeNull();
    expect(state(element, '.cp-error')).toBeNull();
    expect(handler).not.toHaveBeenCalled();
  });

  it('gives every control and cell an accessible name and the grid its roles', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const grid = root(element).querySelector('table');
    expect(grid.getAttribute('role')).toBe('grid');
    expect(grid.getAttribute('aria-label')).toBeTruthy();
    expect(root(element).querySelectorAll('[role="columnheader"]').length).toBeGreaterThan(5);
    expect(root(element).querySelectorAll('[role="rowheader"]')).toHaveLength(3);
    root(element)
      .querySelectorAll('td[role="gridcell"]')
      .forEach((td) => expect(td.getAttribute('aria-label')).toMatch(/ and /));
    root(element)
      .querySelectorAll('lightning-combobox')
      .forEach((box) => expect(box.label).toBeTruthy());
    root(element)
      .querySelectorAll('button.cp-help-button')
      .forEach((help) => expect(help.getAttribute('aria-label')).toMatch(/^Coaching for /));
    expect(root(element).querySelector('lightning-button.cp-export').label).toBe('Export CSV');

    await openCell(element, CLEO, WES);
    const editorRoot = editor(element).shadowRoot;
    expect(editorRoot.querySelector('section').getAttribute('aria-label')).toBe('Wes Tan and Cleo Marsh');
    editorRoot.querySelectorAll('lightning-combobox, lightning-input').forEach((c) => expect(c.label).toBeTruthy());
    expect(editorRoot.querySelector('lightning-button-icon').alternativeText).toBe('Close the cell editor');
  });
});
