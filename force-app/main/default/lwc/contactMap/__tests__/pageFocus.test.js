/* eslint-disable @lwc/lwc/no-unexpected-wire-adapter-usages -- the test adapter's emit stands for the platform delivering the page reference */
// The map opened from My relationships: the page state names the cell (c__contactId, c__memberId) and the map
// focuses it once the plan is in, whichever arrives first.
import { ACCOUNT, PLAN, flush, mountCard } from '../../contactPlanData/__tests__/support/cardTesting';
import ContactMap from 'c/contactMap';
import { graphql } from 'lightning/graphql';
import { CurrentPageReference } from 'lightning/navigation';

const CLEO = '003000000000003AAA';
const WES = '005000000000003AAA';

const cellOf = (element, contactId, memberId) =>
  element.shadowRoot.querySelector(`td[data-contact="${contactId}"][data-member="${memberId}"]`);
const pageRef = (state) => ({
  type: 'standard__recordPage',
  attributes: { recordId: ACCOUNT, objectApiName: 'Account', actionName: 'view' },
  state,
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-contact-map opened on a cell', () => {
  it('focuses and selects the cell the page state names, the state arriving before the plan', async () => {
    const element = mountCard('c-contact-map', ContactMap);
    CurrentPageReference.emit(pageRef({ c__contactId: CLEO, c__memberId: WES }));
    await flush();
    graphql.emit(PLAN);
    await flush();
    expect(element.shadowRoot.activeElement).toBe(cellOf(element, CLEO, WES));
    expect(cellOf(element, CLEO, WES).getAttribute('aria-selected')).toBe('true');
  });

  it('also when the plan is in first, and leaves the map alone without such state', async () => {
    const element = mountCard('c-contact-map', ContactMap);
    graphql.emit(PLAN);
    await flush();
    CurrentPageReference.emit(pageRef({}));
    await flush();
    expect(element.shadowRoot.querySelectorAll('td[aria-selected="true"]')).toHaveLength(0);
    CurrentPageReference.emit(pageRef({ c__contactId: CLEO, c__memberId: WES }));
    await flush();
    expect(cellOf(element, CLEO, WES).getAttribute('aria-selected')).toBe('true');
  });
});

describe('c-contact-map grid and org chart', () => {
  it('toggles between the grid and the org chart, and a cell to focus brings the grid back', async () => {
    const element = mountCard('c-contact-map', ContactMap);
    graphql.emit(PLAN);
    await flush();
    const toggle = element.shadowRoot.querySelector('lightning-button-stateful.cp-view-toggle');
    expect(toggle.selected).toBe(false);
    toggle.click();
    await flush();
    expect(element.shadowRoot.querySelector('c-contact-org-chart').recordId).toBe(ACCOUNT);
    expect(element.shadowRoot.querySelector('table.cp-grid')).toBeNull();
    expect(toggle.selected).toBe(true);
    toggle.click();
    await flush();
    expect(element.shadowRoot.querySelector('c-contact-org-chart')).toBeNull();
    expect(cellOf(element, CLEO, WES)).not.toBeNull();
    toggle.click();
    await flush();
    element.focusCell(CLEO, WES);
    await flush();
    expect(element.shadowRoot.querySelector('c-contact-org-chart')).toBeNull();
    expect(element.shadowRoot.activeElement).toBe(cellOf(element, CLEO, WES));
  });
});
