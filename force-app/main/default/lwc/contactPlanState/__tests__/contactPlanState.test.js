import { createElement } from 'lwc';
import ContactPlanState from 'c/contactPlanState';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(state) {
  const element = createElement('c-contact-plan-state', { is: ContactPlanState });
  element.state = state;
  document.body.appendChild(element);
  return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const shown = (element) =>
  ['lightning-spinner', '.cp-no-permission', '.cp-error', '.cp-empty'].filter((s) => $(element, s) !== null);

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-contact-plan-state', () => {
  it('shows only a spinner named by loadingLabel while loading', () => {
    const element = mount({ loading: true, loadingLabel: 'Loading blueprints', empty: true, emptyText: 'Nothing' });
    expect(shown(element)).toEqual(['lightning-spinner']);
    expect($(element, 'lightning-spinner').alternativeText).toBe('Loading blueprints');
    expect($(element, 'lightning-spinner').size).toBe('small');
  });

  it('shows the access message, not the error, for a permission error', () => {
    const element = mount({ errors: [{ message: 'Insufficient access rights on object Relationship__c' }] });
    expect(shown(element)).toEqual(['.cp-no-permission']);
    expect($(element, '.cp-no-permission').getAttribute('role')).toBe('status');
    expect($(element, '.cp-no-permission').textContent).toContain('Contact Plan User permission set');
  });

  it('shows any other error as an alert that starts with errorLabel', () => {
    const element = mount({
      errors: [{ message: 'Timeout' }, { body: { message: 'Try later' } }],
      errorLabel: 'X failed',
      empty: true,
      emptyText: 'Nothing',
    });
    expect(shown(element)).toEqual(['.cp-error']);
    expect($(element, '.cp-error').getAttribute('role')).toBe('alert');
    expect($(element, '.cp-error').textContent).toBe('X failed: Timeout Try later');
  });

  it('shows the empty text in the chosen tone once loaded without errors', async () => {
    const element = mount({ empty: true, emptyText: 'No key intersections yet.' });
    expect(shown(element)).toEqual(['.cp-empty']);
    expect($(element, '.cp-empty').getAttribute('role')).toBe('status');
    expect($(element, '.cp-empty').textContent).toBe('No key intersections yet.');
    expect($(element, '.cp-empty').className).toBe('cp-empty slds-text-color_weak');
    element.state = { empty: true, emptyText: 'No coverage warnings.', emptyTone: 'success' };
    await flush();
    expect($(element, '.cp-empty').className).toBe('cp-empty slds-text-color_success');
    element.state = { empty: false, emptyText: 'No coverage warnings.' };
    await flush();
    expect(shown(element)).toEqual([]);
  });

  it('shows nothing without a state, and falls back to plain words for the spinner and the error line', async () => {
    const element = mount(undefined);
    expect(shown(element)).toEqual([]);
    element.state = { loading: true };
    await flush();
    expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
    element.state = { errors: [{ message: 'Timeout' }] };
    await flush();
    expect($(element, '.cp-error').textContent).toBe('Could not load: Timeout');
    // Errors without any text are no error: the empty state may show.
    element.state = { errors: [], empty: true, emptyText: 'Nothing yet.' };
    await flush();
    expect(shown(element)).toEqual(['.cp-empty']);
  });
});
