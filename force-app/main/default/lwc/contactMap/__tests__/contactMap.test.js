import {
  ACCOUNT,
  EMPTY,
  PLAN,
  flush,
  flushFrame,
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
const cell = (element, contactId, memberId) =>
  root(element).querySelector(`td[role="gridcell"][data-contact="${contactId}"][data-member="${memberId}"]`);
/** Where a cell is on screen: its row among the grid's body rows, its column after the row header. */
const screenPositionOf = (td) => {
  const bodyRows = [...td.getRootNode().querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('td'));
  return { row: bodyRows.indexOf(td.parentElement), col: td.cellIndex - 1 };
};
const columnBadges = (element, contactId) =>
  [...root(element).querySelectorAll(`th[data-contact="${contactId}"] .cp-badge`)].map((b) => b.textContent);
/** The cell editor while it is open (closed, it stays in the document, hidden). */
const editor = (element) => {
  const popover = root(element).querySelector('.cp-popover');
  return popover && !popover.hidden ? popover.querySelector('c-contact-map-cell-editor') : null;
};
const summaryScore = (element) =>
  root(element).querySelector('c-contact-map-summary').shadowRoot.querySelector('.cp-score-value').textContent;

async function openCell(element, contactId, memberId) {
  cell(element, contactId, memberId).click();
  await flush();
  return editor(element);
}

/** Picks a grade in the editor; the map writes it once the edit has painted, a frame later. */
async function chooseGrade(element, grade) {
  editor(element).shadowRoot.querySelector(`button[data-grade="${grade}"]`).click();
  await flush();
  await flushFrame();
}

const keydown = (target, key, options = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options });
  target.dispatchEvent(event);
  return event;
};

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
    const controls = [...root(element).querySelectorAll('c-contact-plan-select, lightning-button.cp-export')];
    expect(controls.map((control) => control.disabled)).toEqual([true, true, true]);
    graphql.emit(PLAN);
    await flush();
    expect(state(element, 'lightning-spinner')).toBeNull();
    expect(controls.map((control) => control.disabled)).toEqual([false, false, false]);
    const departmentOptions = root(element).querySelector('c-contact-plan-select.cp-department').options;
    expect(departmentOptions.map((option) => option.label)).toContain('IT');
  });

  it('lays contacts down, in bands per buyer role, and team members across when contacts outnumber members', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    expect(root(element).querySelector('table').getAttribute('aria-label')).toBe(
      'Client contact map: contacts by team members',
    );
    const groups = [...root(element).querySelectorAll('th.cp-group .cp-group-name')].map((span) => span.textContent);
    // Eva is both Evangelist and User: she sits with the User buyers, the first of her roles in role order.
    expect(groups).toEqual(['Power Buyer', 'User Buyer', 'Advisor Buyer', 'Other contacts']);
    const counts = [...root(element).querySelectorAll('th.cp-group .cp-group-count')].map((span) => span.textContent);
    expect(counts).toEqual(['1 contact', '2 contacts', '1 contact', '1 contact']);
    const contacts = [...root(element).querySelectorAll('th.cp-contact')].map((th) => th.dataset.contact);
    expect(contacts).toEqual([ADA, EVA, '003000000000002AAA', CLEO, '003000000000004AAA']);
    expect([...root(element).querySelectorAll('th.cp-contact')].map((th) => th.getAttribute('role'))).toEqual(
      Array(5).fill('rowheader'),
    );
    const members = [...root(element).querySelectorAll('th.cp-member')].map((th) => th.dataset.member);
    expect(members).toEqual([UMA, '005000000000002AAA', WES]);
    expect(root(element).querySelectorAll('td[role="gridcell"]')).toHaveLength(15);
    // Each band's rows follow its header; Ada's row holds her three cells, one per member, in member order.
    const adaRow = root(element).querySelector(`th[data-contact="${ADA}"]`).parentElement;
    expect([...adaRow.querySelectorAll('td')].map((td) => td.dataset.member)).toEqual(members);
    expect(root(element).querySelector('p.cp-legend').textContent).toMatch(/^5 contacts × 3 team members\./);
  });

  it('lays team members down and contacts across when the team is at least as large', async () => {
    const element = mount({ defaultFilter: 'key' });
    graphql.emit(PLAN);
    await flush();
    expect(root(element).querySelector('table').getAttribute('aria-label')).toBe(
      'Client contact map: team members by contacts',
    );
    expect(root(element).querySelector('th.cp-contact').getAttribute('role')).toBe('columnheader');
    expect(root(element).querySelector('th.cp-member').getAttribute('role')).toBe('rowheader');
    expect(root(element).querySelectorAll('thead th.cp-group')).toHaveLength(1);
  });

  it('folds a buyer group away and back, and the arrow keys skip its rows', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const toggle = root(element).querySelector('button.cp-group-toggle[data-group="User"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await flush();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const band = root(element).querySelector('tbody.cp-band[data-group="User"]');
    expect(band.classList.contains('cp-band_collapsed')).toBe(true);
    expect(root(element).querySelector('p.cp-legend').textContent).toMatch(/2 in folded groups/);
    // Down from Ada (Power) goes to Cleo (Advisor): Eva's and Ben's rows are folded away.
    cell(element, ADA, UMA).focus();
    keydown(cell(element, ADA, UMA), 'ArrowDown');
    await flush();
    expect(root(element).activeElement).toBe(cell(element, CLEO, UMA));
    toggle.click();
    await flush();
    expect(band.classList.contains('cp-band_collapsed')).toBe(false);
  });

  it('gives each buyer group its coaching as SLDS help text, a frame after the grid', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    // The first frame keeps their places: the grid shows first.
    expect(root(element).querySelectorAll('th.cp-group lightning-helptext')).toHaveLength(0);
    expect(root(element).querySelectorAll('th.cp-group .cp-help-space')).toHaveLength(4);
    expect(root(element).querySelectorAll('th.cp-group .cp-chevron-space')).toHaveLength(4);
    await flushFrame();
    expect(root(element).querySelectorAll('th.cp-group .cp-help-space')).toHaveLength(0);
    expect(root(element).querySelectorAll('th.cp-group lightning-icon')).toHaveLength(4);
    const help = [...root(element).querySelectorAll('th.cp-group lightning-helptext')];
    expect(help.map((h) => h.alternativeText)).toEqual([
      'Coaching for Power Buyer',
      'Coaching for User Buyer',
      'Coaching for Advisor Buyer',
      'Coaching for Other contacts',
    ]);
    expect(help[0].content).toMatch(/^Owns the budget .* Watch: .* Watch out for: /);
  });

  it('turns off the SLDS row hover, which painted over the grade colours', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    expect(root(element).querySelector('table').classList.contains('slds-no-row-hover')).toBe(true);
  });

  it('scrolls back to the top left corner when a filter changes', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const scroller = root(element).querySelector('.cp-scroller');
    scroller.scrollTop = 120;
    scroller.scrollLeft = 40;
    root(element)
      .querySelector('c-contact-plan-select.cp-filter')
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'buyers' } }));
    await flush();
    expect([scroller.scrollTop, scroller.scrollLeft]).toEqual([0, 0]);
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
    expect(blank.getAttribute('aria-label')).toBe('Uma Patel and Eva Lindqvist: no relationship, next best move: +14');
  });

  it('badges the roles the sync found in opportunity contact roles, lighter and named so, not a rep’s own', async () => {
    const DAN = '003000000000004AAA';
    // The page's own answer: no activities or opportunities; Implied_Buyer_Roles__c as the sync wrote it.
    const query = JSON.parse(JSON.stringify(PLAN.uiapi.query));
    ['Task', 'Event', 'EventRelation', 'Opportunity', 'OpportunityTeamMember', 'OpportunityContactRole'].forEach(
      (list) => delete query[list],
    );
    for (const { node } of query.Contact.edges) {
      node.Implied_Buyer_Roles__c = { value: node.Id === DAN ? 'Power;Advisor' : node.Id === ADA ? 'User' : null };
    }
    const element = mount();
    graphql.emit({ uiapi: { query } });
    await flush();
    const badges = [...root(element).querySelectorAll(`th[data-contact="${DAN}"] .cp-badge_implied`)];
    expect(badges.map((b) => [b.textContent, b.title])).toEqual([
      ['Power/Advisor', 'Power Buyer, Advisor Buyer: from opportunity contact roles'],
    ]);
    expect(columnBadges(element, DAN)[0]).toBe('Power/Advisor');
    expect(root(element).querySelectorAll(`th[data-contact="${ADA}"] .cp-badge_implied`)).toHaveLength(0);
    expect(root(element).querySelectorAll('.cp-badge_implied')).toHaveLength(1);
  });

  it('puts coverage badges on the contacts the rules point at and fills the summary', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    expect(columnBadges(element, EVA)).toEqual(['Uncovered']);
    expect(columnBadges(element, ADA)).toEqual(expect.arrayContaining(['Single-threaded', 'Senior gap']));
    expect(columnBadges(element, CLEO)).toEqual([]);
    expect(summaryScore(element)).toBe('35');
  });

  it('keeps the pickers’ options through a grade edit, so they do not render again', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const pickers = [...root(element).querySelectorAll('c-contact-plan-select')];
    const before = pickers.map((picker) => picker.options);
    await openCell(element, CLEO, WES);
    await chooseGrade(element, 'S');
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('S');
    pickers.forEach((picker, i) => expect(picker.options).toBe(before[i]));
    expect(before[1].map((option) => option.label)).toContain('IT');
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

  it('shows at once after an edit when gravity will lower the new grade: mark, tooltip, label and the editor', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    await openCell(element, CLEO, WES);
    await chooseGrade(element, 'S');
    // Graded S today (20 Nov 2026): with no new activity gravity shows it as I from 18 Feb 2027 (90 days).
    const td = cell(element, CLEO, WES);
    expect(td.classList.contains('cp-drops')).toBe(true);
    expect(td.dataset.dropsOn).toBe('2027-02-18');
    expect(td.getAttribute('title')).toBe('S until Feb 18, 2027, then I');
    expect(td.getAttribute('aria-label')).toBe('Wes Tan and Cleo Marsh: Satisfied, S until Feb 18, 2027, then I');
    // It was a next best move; made, it is flagged no more.
    expect(td.classList.contains('cp-next-move')).toBe(false);
    const opened = await openCell(element, CLEO, WES);
    expect(opened.shadowRoot.querySelector('.cp-countdown-text').textContent).toBe('S until Feb 18, 2027, then I');
    // Cleared, the grade has no countdown any more, and the cell is a next best move again.
    opened.shadowRoot.querySelector('lightning-button.cp-clear').click();
    await flush();
    expect(cell(element, CLEO, WES).classList.contains('cp-drops')).toBe(false);
    expect(cell(element, CLEO, WES).getAttribute('title')).toBe(
      'Wes Tan: a first relationship (Satisfied) with Cleo Marsh (Advisor Buyer): +6',
    );
  });

  it('flags the next best moves on their cells', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const flagged = [...root(element).querySelectorAll('td.cp-next-move')];
    expect(flagged.map((td) => [td.dataset.contact, td.dataset.member])).toEqual(
      expect.arrayContaining([
        [ADA, UMA],
        [EVA, UMA],
        [CLEO, WES],
      ]),
    );
    expect(flagged).toHaveLength(3);
    const ada = cell(element, ADA, UMA);
    expect(ada.getAttribute('title')).toBe(
      'Uma Patel: a first relationship (Satisfied) with Ada Lovelace (Power Buyer): +34',
    );
    expect(ada.getAttribute('aria-label')).toBe('Uma Patel and Ada Lovelace: no relationship, next best move: +34');
  });

  it('opens the cell of a next best move the plan panel points at', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    publish(ACCOUNT, { type: 'focuscell', contactId: CLEO, memberId: WES });
    await flush();
    expect(editor(element).cell).toMatchObject({ contactName: 'Cleo Marsh', memberName: 'Wes Tan' });
    expect(editor(element).shadowRoot.querySelector('.cp-next-move-text').textContent).toBe(
      'Next best move: Wes Tan: from Indifferent to Satisfied with Cleo Marsh (Advisor Buyer): +6',
    );
  });

  it('shows a grade edit at once and writes it only after that frame has painted', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    await openCell(element, CLEO, WES);
    editor(element).shadowRoot.querySelector('button[data-grade="S"]').click();
    await flush();
    // The task of the click changed the map and the score; the request waits for the frame that shows them.
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('S');
    expect(summaryScore(element)).toBe('41');
    expect(updateRecord).not.toHaveBeenCalled();
    await flushFrame();
    expect(updateRecord).toHaveBeenCalledTimes(1);
    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a01000000000003AAA', Grade__c: 'S', Graded_On__c: '2026-11-20' },
    });
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
        Pair_Key__c: `${ACCOUNT}:${EVA}:${UMA}`,
        Grade__c: 'O',
        Graded_On__c: '2026-11-20',
      },
    });
    expect(columnBadges(element, EVA)).toEqual(['Single-threaded']);

    // The second edit of the same pair updates the record just created.
    await openCell(element, EVA, UMA);
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
    await flushFrame();
    expect(root(element).activeElement).toBe(cell(element, CLEO, WES));
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
    await flushFrame();

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

    const horizon = editor(element).shadowRoot.querySelector('lightning-radio-group.cp-horizon');
    horizon.dispatchEvent(new CustomEvent('change', { detail: { value: '30' } }));
    await flush();
    await flushFrame();
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
    const filter = root(element).querySelector('c-contact-plan-select.cp-filter');
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'buyers' } }));
    await flush();
    expect(root(element).querySelectorAll('th.cp-contact')).toHaveLength(4);
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'key' } }));
    await flush();
    expect(root(element).querySelectorAll('td[role="gridcell"]')).toHaveLength(1);
    expect(root(element).querySelector('th.cp-contact').dataset.contact).toBe('003000000000002AAA');
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'all' } }));
    root(element)
      .querySelector('c-contact-plan-select.cp-department')
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
    expect(screenPositionOf(focusable()[0])).toEqual({ row: 0, col: 0 });
    const firstCell = focusable()[0];
    focusable()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await flush();
    focusable()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await flush();
    expect(focusable()).toHaveLength(1);
    expect(screenPositionOf(focusable()[0])).toEqual({ row: 1, col: 1 });
    // Contacts are rows here: right went to the next member, down to the next contact (Eva).
    expect(focusable()[0].dataset).toMatchObject({ contact: EVA, member: '005000000000002AAA' });
    expect(root(element).activeElement).toBe(focusable()[0]);
    // Moving only passes the tabindex on: the rows stay the same elements.
    expect(root(element).querySelector('tbody td[role="gridcell"]')).toBe(firstCell);
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
    // Until the account record arrives the file is named after the id; csv.test.js covers the named file.
    expect(clicks[0].download).toBe(`contact-map-${ACCOUNT}-2026-11-20.csv`);
    const csv = decodeURIComponent(clicks[0].href.split(',').slice(1).join(','));
    expect(csv.startsWith('\uFEFFAccount,')).toBe(true);
    expect(csv.split('\r\n')[3]).toBe(
      'Team member,Title,Ada Lovelace,Eva Lindqvist,Ben Okafor,Cleo Marsh,Dan Whitfield',
    );
    expect(csv).toMatch(/\r\nWes Tan,[^,\r\n]*,,,,I,\r\n/);
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

  it('falls back to the plan without the account team when the org has no Account Teams, with a calm notice', async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);
    await flush();
    expect(graphql.getLastConfig().query).toContain('AccountTeamMember(');
    graphql.emitErrors([{ message: "Validation error: Field 'AccountTeamMember' in type 'RecordQuery' is undefined" }]);
    await flush();
    const fallback = graphql.getLastConfig();
    expect(fallback.query).not.toContain('AccountTeamMember');
    expect(fallback.query).toContain('Relationship__c(');
    expect(Object.keys(fallback.variables)).not.toContain('teamAfter');
    expect(state(element, 'lightning-spinner')).not.toBeNull();

    const core = JSON.parse(JSON.stringify(PLAN));
    delete core.uiapi.query.AccountTeamMember;
    graphql.emit(core);
    await flush();
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('I');
    expect(cell(element, ADA, '005000000000002AAA').textContent.trim()).toBe('S');
    const notices = root(element).querySelectorAll('.cp-partial');
    expect(notices).toHaveLength(1);
    expect(notices[0].getAttribute('role')).toBe('status');
    expect(notices[0].textContent).toMatch(/account team could not be read here/);
    expect(state(element, '.cp-error')).toBeNull();
    expect(handler).not.toHaveBeenCalled();
  });

  it('reads the plan without a sync field the rep may not see, and says so', async () => {
    const element = mount();
    await flush();
    expect(graphql.getLastConfig().query).toContain('Touches_90d__c');
    graphql.emitErrors([
      { message: "Validation error: Field 'Touches_90d__c' in type 'Relationship__c' is undefined" },
    ]);
    await flush();
    const narrower = graphql.getLastConfig().query;
    expect(narrower).not.toContain('Touches_90d__c');
    expect(narrower).toContain('Last_Touch__c');
    graphql.emit(PLAN);
    await flush();
    expect(root(element).querySelector('table')).not.toBeNull();
    const notices = [...root(element).querySelectorAll('.cp-partial')].map((n) => n.textContent);
    expect(notices).toEqual([
      expect.stringMatching(/hidden from you by field-level security \(Relationship__c.Touches_90d__c\)/),
    ]);
  });

  it('keeps the error state, without a fallback, when the failure is not about those lists', async () => {
    const element = mount();
    await flush();
    const first = graphql.getLastConfig().query;
    expect(first).toContain('AccountTeamMember(');
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
    expect(root(element).querySelectorAll('[role="columnheader"]')).toHaveLength(4);
    // Five contacts and four buyer-group bands head rows; three members and the corner head columns.
    expect(root(element).querySelectorAll('th.cp-contact[role="rowheader"]')).toHaveLength(5);
    expect(root(element).querySelectorAll('th.cp-group[role="rowheader"]')).toHaveLength(4);
    root(element)
      .querySelectorAll('td[role="gridcell"]')
      .forEach((td) => expect(td.getAttribute('aria-label')).toMatch(/ and /));
    root(element)
      .querySelectorAll('c-contact-plan-select')
      .forEach((box) => expect(box.label).toBeTruthy());
    await flushFrame();
    const help = root(element).querySelectorAll('lightning-helptext');
    expect(help).toHaveLength(4);
    help.forEach((h) => expect(h.alternativeText).toMatch(/^Coaching for /));
    expect(root(element).querySelector('lightning-button.cp-export').label).toBe('Export CSV');

    await openCell(element, CLEO, WES);
    const editorRoot = editor(element).shadowRoot;
    expect(editorRoot.querySelector('section').getAttribute('aria-label')).toBe('Wes Tan and Cleo Marsh');
    editorRoot
      .querySelectorAll('lightning-radio-group, lightning-input, lightning-button')
      .forEach((c) => expect(c.label).toBeTruthy());
    editorRoot.querySelectorAll('button[data-grade]').forEach((b) => expect(b.textContent).toMatch(/^[TOSIDM]\S/));
    expect(editorRoot.querySelector('lightning-button-icon').alternativeText).toBe('Close the cell editor');
  });

  it('puts focus back on the cell after a grade is chosen in the editor, and closes it', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const target = cell(element, CLEO, WES);
    target.focus();
    keydown(target, 'Enter');
    await flush();
    // The editor takes focus, on the rep's current grade (Cleo/Wes is graded I).
    expect(editor(element).shadowRoot.activeElement.dataset.grade).toBe('I');
    await chooseGrade(element, 'O');
    expect(editor(element)).toBeNull();
    expect(root(element).activeElement).toBe(cell(element, CLEO, WES));
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('O');
  });

  it('gives focus back to a cell the rep picked a grade for without scrolling it, and scrolls to a cell moved to', async () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    try {
      const element = mount();
      graphql.emit(PLAN);
      await flush();
      await openCell(element, CLEO, WES);
      const target = cell(element, CLEO, WES);
      const focusCalls = jest.spyOn(target, 'focus');
      await chooseGrade(element, 'O');
      expect(root(element).activeElement).toBe(target);
      // The editor sat beside the cell, so the cell is in view: scrolling it would lay the page out in the edit's frame.
      expect(focusCalls).toHaveBeenCalledWith({ preventScroll: true });
      expect(scrolled).not.toHaveBeenCalled();
      keydown(target, 'ArrowDown');
      await flush();
      expect(scrolled).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest' });
    } finally {
      delete Element.prototype.scrollIntoView;
    }
  });

  it('leaves focus where the rep put it if they moved on before the frame that returns it to the cell', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const elsewhere = document.createElement('button');
    document.body.appendChild(elsewhere);
    await openCell(element, CLEO, WES);
    keydown(editor(element).shadowRoot.querySelector('button[data-grade="T"]'), 'Escape');
    await flush();
    elsewhere.focus();
    await flushFrame();
    expect(document.activeElement).toBe(elsewhere);
    expect(root(element).activeElement).toBeNull();
  });

  it('closes the editor on Escape with focus back on the cell', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    await openCell(element, CLEO, WES);
    keydown(editor(element).shadowRoot.querySelector('button[data-grade="T"]'), 'Escape');
    await flush();
    expect(editor(element)).toBeNull();
    // Focus lands on the cell at the start of the next frame.
    await flushFrame();
    expect(root(element).activeElement).toBe(cell(element, CLEO, WES));
  });

  it('keeps the closed editor in the document, hidden, and shows the next cell in it', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    expect(root(element).querySelector('.cp-popover')).toBeNull();
    const first = await openCell(element, CLEO, WES);
    expect(first.cell).toMatchObject({ contactName: 'Cleo Marsh', memberName: 'Wes Tan' });
    keydown(first.shadowRoot.querySelector('button[data-grade="T"]'), 'Escape');
    await flush();
    const popover = root(element).querySelector('.cp-popover');
    expect(popover.hidden).toBe(true);
    expect(popover.querySelector('c-contact-map-cell-editor')).toBe(first);
    const next = await openCell(element, EVA, WES);
    expect(next).toBe(first);
    expect(popover.hidden).toBe(false);
    expect(next.cell).toMatchObject({ contactId: EVA, memberId: WES });
  });

  it('sets a grade by typing its letter on a focused cell, and clears it with Delete', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    const target = cell(element, CLEO, WES);
    target.focus();
    const typed = keydown(target, 't');
    expect(typed.defaultPrevented).toBe(true);
    await flush();
    await flushFrame();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a01000000000003AAA', Grade__c: 'T', Graded_On__c: '2026-11-20' },
    });
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('T');
    expect(root(element).activeElement).toBe(cell(element, CLEO, WES));
    keydown(cell(element, CLEO, WES), 'Delete');
    await flush();
    await flushFrame();
    expect(updateRecord).toHaveBeenLastCalledWith({
      fields: { Id: 'a01000000000003AAA', Grade__c: null, Graded_On__c: null },
    });
    expect(root(element).activeElement).toBe(cell(element, CLEO, WES));
    // Other letters and modified keys do nothing.
    expect(keydown(cell(element, CLEO, WES), 'x').defaultPrevented).toBe(false);
    expect(keydown(cell(element, CLEO, WES), 't', { ctrlKey: true }).defaultPrevented).toBe(false);
  });

  it('writes two quick edits one after the other, so the last grade is the one the org keeps', async () => {
    let finishFirst;
    updateRecord.mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)));
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    keydown(cell(element, CLEO, WES), 't');
    await flush();
    await flushFrame();
    expect(updateRecord).toHaveBeenCalledTimes(1);
    keydown(cell(element, CLEO, WES), 's');
    await flush();
    await flushFrame();
    // The second write waits for the first to finish, though its frame has painted.
    expect(cell(element, CLEO, WES).textContent.trim()).toBe('S');
    expect(updateRecord).toHaveBeenCalledTimes(1);
    finishFirst({});
    await flush();
    await flushFrame();
    expect(updateRecord.mock.calls.map(([{ fields }]) => fields.Grade__c)).toEqual(['T', 'S']);
  });

  it("updates the record a pair's first edit created when a second edit follows at once", async () => {
    let finishCreate;
    createRecord.mockImplementationOnce(() => new Promise((resolve) => (finishCreate = resolve)));
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    keydown(cell(element, EVA, UMA), 'o');
    await flush();
    await flushFrame();
    keydown(cell(element, EVA, UMA), 't');
    await flush();
    await flushFrame();
    finishCreate({ id: 'a01000000000009AAA' });
    await flush();
    await flushFrame();
    expect(createRecord).toHaveBeenCalledTimes(1);
    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a01000000000009AAA', Grade__c: 'T', Graded_On__c: '2026-11-20' },
    });
  });

  it('offers to accept the suggested grade, and says what each grade means', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flush();
    await openCell(element, ADA, '005000000000002AAA');
    const editorRoot = editor(element).shadowRoot;
    const accept = editorRoot.querySelector('lightning-button.cp-accept');
    expect(accept.label).toBe('Accept the suggestion: S Satisfied');
    expect(editorRoot.querySelector('button[data-grade="S"] .cp-grade-name').textContent).toBe('Satisfied (suggested)');
    const meanings = [...editorRoot.querySelectorAll('.cp-grade-meaning')].map((m) => m.textContent);
    expect(meanings).toHaveLength(6);
    meanings.forEach((meaning) => expect(meaning.length).toBeGreaterThan(10));
    accept.click();
    await flush();
    await flushFrame();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: expect.any(String), Grade__c: 'S', Graded_On__c: '2026-11-20' },
    });
    expect(root(element).activeElement).toBe(cell(element, ADA, '005000000000002AAA'));
  });
});
