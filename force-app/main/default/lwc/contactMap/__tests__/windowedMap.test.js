import { ACCOUNT, PLAN, flush, mountCard } from '../../contactPlanData/__tests__/support/cardTesting';
import ContactMap from 'c/contactMap';
import { graphql } from 'lightning/graphql';
import { WINDOW_FROM } from '../rowWindow';

const ROLES = ['Power', 'User', 'Advisor', null];
const CONTACTS = 80;

/** The fixture account with 80 contacts (20 per buyer group) instead of 5: tall enough to render a window of rows. */
function tallAnswer() {
  const answer = JSON.parse(JSON.stringify(PLAN));
  const query = answer.uiapi.query;
  query.Contact.edges = Array.from({ length: CONTACTS }, (_, i) => ({
    node: {
      Id: `0030000000${String(i).padStart(5, '0')}AAA`,
      Name: { value: `Contact ${String(i).padStart(2, '0')}` },
      Title: { value: 'Manager' },
      Department: { value: 'IT' },
      Buyer_Roles__c: { value: ROLES[i % 4] },
      Seniority__c: { value: 'Manager' },
    },
  }));
  query.Relationship__c.edges = [];
  query.Contact_Blueprint__c.edges = [];
  query.OpportunityContactRole.edges = [];
  return answer;
}

const root = (element) => element.shadowRoot;
const contactRows = (element) => [...root(element).querySelectorAll('tbody.cp-band > tr[data-col]')];
const spacers = (element) => [...root(element).querySelectorAll('tbody.cp-band > tr.cp-spacer')];
const focusedContact = (element) => root(element).activeElement && root(element).activeElement.dataset.contact;
const keydown = (target, key, options = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }));

async function mountTall() {
  const element = mountCard('c-contact-map', ContactMap, {});
  graphql.emit(tallAnswer());
  await flush();
  return element;
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 20, 10, 0), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.useRealTimers();
});

describe('c-contact-map with more contact rows than it renders', () => {
  it('renders the rows of the first screen, spacers for the rest, and tells assistive technology the real count', async () => {
    expect(CONTACTS).toBeGreaterThan(WINDOW_FROM);
    const element = await mountTall();
    const rows = contactRows(element);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(CONTACTS);
    // Every contact is either a rendered row or counted in a spacer.
    const skipped = spacers(element).reduce((sum, tr) => sum + Number(tr.dataset.rows), 0);
    expect(rows.length + skipped).toBe(CONTACTS);
    for (const spacer of spacers(element)) {
      expect(spacer.getAttribute('aria-hidden')).toBe('true');
      expect(spacer.querySelector('td').style.height).toBe(`${Number(spacer.dataset.rows) * 43}px`);
    }
    // 1 header row, 4 band headers, 80 contact rows.
    const table = root(element).querySelector('table');
    expect(table.getAttribute('aria-rowcount')).toBe('85');
    expect(rows[0].getAttribute('aria-rowindex')).toBe('3');
    const bandHeads = [...root(element).querySelectorAll('tbody.cp-band-head > tr')];
    expect(bandHeads.map((tr) => tr.getAttribute('aria-rowindex'))).toEqual(['2', '23', '44', '65']);
    // The header row still names every member; the legend counts every contact.
    expect(root(element).querySelectorAll('th.cp-member')).toHaveLength(3);
    expect(root(element).querySelector('p.cp-legend').textContent).toMatch(/^80 contacts × 3 team members\./);
  });

  it('renders the row the arrow keys move to, and keeps the focused row while the window moves', async () => {
    const element = await mountTall();
    const first = root(element).querySelector('td[role="gridcell"][tabindex="0"]');
    first.focus();
    const before = contactRows(element).length;
    const lastId = '003000000000079AAA';
    expect(root(element).querySelector(`tr[data-col] th[data-contact="${lastId}"]`)).toBeNull();
    keydown(first, 'End', { ctrlKey: true });
    await flush();
    // The last contact (an "other" contact, in the last band) is rendered and focused, the first row stays too.
    expect(focusedContact(element)).toBe(lastId);
    expect(root(element).activeElement.getAttribute('tabindex')).toBe('0');
    expect(root(element).querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    expect(contactRows(element).length).toBe(before + 1);
    keydown(root(element).activeElement, 'ArrowUp');
    await flush();
    expect(focusedContact(element)).toBe('003000000000075AAA');
    keydown(root(element).activeElement, 'Home', { ctrlKey: true });
    await flush();
    expect(root(element).activeElement).toBe(first);
  });

  it('renders every row when a band above folds the map under the threshold, and windows again when it unfolds', async () => {
    const element = await mountTall();
    for (const code of ['Power', 'User']) {
      root(element).querySelector(`button.cp-group-toggle[data-group="${code}"]`).click();
      // eslint-disable-next-line no-await-in-loop
      await flush();
    }
    // 40 shown rows: no window.
    expect(root(element).querySelector('table').hasAttribute('aria-rowcount')).toBe(false);
    expect(spacers(element)).toHaveLength(0);
    root(element).querySelector('button.cp-group-toggle[data-group="User"]').click();
    await flush();
    expect(root(element).querySelector('table').getAttribute('aria-rowcount')).toBe('65');
    expect(contactRows(element).length).toBeLessThan(60);
  });

  it('opens the editor on a cell out of the window that another panel points at', async () => {
    const element = await mountTall();
    const { publish } = require('c/contactPlanData');
    publish(ACCOUNT, { type: 'focuscell', contactId: '003000000000078AAA', memberId: '005000000000003AAA' });
    await flush();
    const td = root(element).querySelector('td[data-contact="003000000000078AAA"][data-member="005000000000003AAA"]');
    expect(td).not.toBeNull();
    expect(td.getAttribute('aria-selected')).toBe('true');
    expect(root(element).activeElement).toBe(td);
  });

  it('renders every row for printing and the window again after', async () => {
    const element = await mountTall();
    window.dispatchEvent(new CustomEvent('beforeprint'));
    expect(contactRows(element)).toHaveLength(CONTACTS);
    expect(spacers(element)).toHaveLength(0);
    window.dispatchEvent(new CustomEvent('afterprint'));
    expect(contactRows(element).length).toBeLessThan(CONTACTS);
  });
});
