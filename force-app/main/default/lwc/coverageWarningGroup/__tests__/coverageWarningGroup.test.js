import { createElement } from 'lwc';
import CoverageWarningGroup from 'c/coverageWarningGroup';
import { flush } from '../../contactPlanData/__tests__/support/cardTesting';

function person(contactId, name) {
  return {
    key: `SINGLE_THREADED:${contactId}:`,
    contactId,
    memberId: '',
    name,
    hasTarget: true,
    personLabel: `Show ${name} in the map`,
    message: `Build a second relationship with ${name}.`,
  };
}

const ADA = person('c1', 'Ada');
const BEN = person('c2', 'Ben');

/** A rule group naming Ada and Ben, as the card lists it. */
const GROUP = {
  key: 'medium:SINGLE_THREADED',
  rule: 'SINGLE_THREADED',
  count: 2,
  isSingle: false,
  isGroup: true,
  title: 'A buyer known by exactly one person on the team.',
  badgeText: 'Single-threaded × 2',
  people: [ADA, BEN],
  hasPeople: true,
  morePeopleLabel: 'and 3 more',
  morePeopleTitle: 'Show all 5 people this advice is about',
  detailsLabel: 'What to do for each (2)',
  detailsOpen: false,
  items: [ADA, BEN],
  single: ADA,
};

/** One warning of a rule: its own sentence and a link to its cell. */
const SINGLE = {
  key: 'high:BELOW_SATISFIED',
  rule: 'BELOW_SATISFIED',
  count: 1,
  isSingle: true,
  isGroup: false,
  title: 'Lift Wes and Cleo to Satisfied.',
  badgeText: 'Below satisfied',
  people: [],
  hasPeople: false,
  morePeopleLabel: '',
  detailsOpen: false,
  items: [],
  single: {
    contactId: 'c3',
    memberId: 'm1',
    hasTarget: true,
    linkLabel: 'Show in map: Wes and Cleo',
  },
};

function mount(advice) {
  const element = createElement('c-coverage-warning-group', { is: CoverageWarningGroup });
  element.advice = advice;
  document.body.appendChild(element);
  return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-coverage-warning-group', () => {
  it('names the people of a rule and tells the card which one the rep picked', () => {
    const element = mount(GROUP);
    const shown = jest.fn();
    element.addEventListener('show', shown);
    expect($(element, '.cp-rule').textContent).toBe('Single-threaded × 2');
    expect($(element, '.cp-message').textContent).toBe('A buyer known by exactly one person on the team.');
    expect($(element, 'lightning-button.cp-show')).toBeNull();
    const buttons = $$(element, 'button.cp-person');
    expect(buttons.map((b) => b.textContent.trim())).toEqual(['Ada', 'Ben']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Show Ada in the map', 'Show Ben in the map']);
    buttons[1].click();
    expect(shown).toHaveBeenCalledTimes(1);
    expect(shown.mock.calls[0][0].detail).toEqual({ contactId: 'c2', memberId: '' });
    // The card's own handler turns the event into the page's cellselect; this one stays inside the card.
    expect(shown.mock.calls[0][0].bubbles).toBe(false);
  });

  it("asks the card for everyone, and for the details the rep opens or closes, by the rule group's key", () => {
    const element = mount(GROUP);
    const everyone = jest.fn();
    const toggled = jest.fn();
    element.addEventListener('everyone', everyone);
    element.addEventListener('detailstoggle', toggled);
    const more = $(element, 'button.cp-everyone');
    expect(more.textContent.trim()).toBe('and 3 more');
    expect(more.title).toBe('Show all 5 people this advice is about');
    more.click();
    expect(everyone.mock.calls[0][0].detail).toEqual({ key: 'medium:SINGLE_THREADED' });
    const details = $(element, 'details.cp-details');
    expect(details.querySelector('summary').textContent).toBe('What to do for each (2)');
    expect($$(element, 'li.cp-detail')).toEqual([]);
    details.open = true;
    details.dispatchEvent(new CustomEvent('toggle'));
    expect(toggled.mock.calls[0][0].detail).toEqual({ key: 'medium:SINGLE_THREADED', open: true });
  });

  it('lists what to do for each person once the card says the details are open', async () => {
    const element = mount(GROUP);
    element.advice = { ...GROUP, detailsOpen: true };
    await flush();
    expect($$(element, 'li.cp-detail').map((li) => li.textContent)).toEqual([
      'Build a second relationship with Ada.',
      'Build a second relationship with Ben.',
    ]);
  });

  it("links a single warning to its cell with the link's visible words first", () => {
    const element = mount(SINGLE);
    const shown = jest.fn();
    element.addEventListener('show', shown);
    const link = $(element, 'lightning-button.cp-show');
    expect(link.getAttribute('aria-label')).toBe('Show in map: Wes and Cleo');
    expect($(element, '.cp-people')).toBeNull();
    expect($(element, 'details')).toBeNull();
    link.click();
    expect(shown.mock.calls[0][0].detail).toEqual({ contactId: 'c3', memberId: 'm1' });
  });
});
