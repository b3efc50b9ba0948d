import { createElement } from 'lwc';
import ContactPlanState from 'c/contactPlanState';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(props) {
  const element = createElement('c-contact-plan-state', { is: ContactPlanState });
  Object.assign(element, props);
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
    });
    expect(shown(element)).toEqual(['.cp-error']);
    expect($(element, '.cp-error').getAttribute('role')).toBe('alert');
    expect($(element, '.cp-error').textContent).toBe('X failed: Timeout Try later');
  });

  it('shows the empty text in the chosen tone once loaded without errors', async () => {
    const element = mount({ empty: true, emptyText: 'No key intersections yet.' });
    expect(shown(element)).toEqual(['.cp-empty']);
    expect($(element, '.cp-empty').textContent).toBe('No key intersections yet.');
    expect($(element, '.cp-empty').className).toContain('slds-text-color_weak');
    element.emptyTone = 'success';
    await flush();
    expect($(element, '.cp-empty').className).toContain('slds-text-color_success');
    element.empty = false;
    await flush();
    expect(shown(element)).toEqual([]);
  });
});
