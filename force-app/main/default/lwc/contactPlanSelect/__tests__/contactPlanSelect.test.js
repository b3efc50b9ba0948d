import { createElement } from 'lwc';
import ContactPlanSelect from 'c/contactPlanSelect';

const OPTIONS = [
  { label: 'All contacts', value: 'all' },
  { label: 'Buyers only', value: 'buyers' },
];

function mount(props) {
  const element = createElement('c-contact-plan-select', { is: ContactPlanSelect });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

const select = (element) => element.shadowRoot.querySelector('select');

describe('c-contact-plan-select', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('labels a native select and shows the value among the options', () => {
    const element = mount({ label: 'Show', name: 'filter', value: 'buyers', options: OPTIONS });
    const label = element.shadowRoot.querySelector('label');
    expect(label.textContent).toBe('Show');
    expect(label.getAttribute('for')).toBe(select(element).id);
    expect([...select(element).options].map((o) => [o.value, o.textContent, o.selected])).toEqual([
      ['all', 'All contacts', false],
      ['buyers', 'Buyers only', true],
    ]);
    expect(select(element).name).toBe('filter');
  });

  it('tells its owner the value a person picked, in a change event that stays in its owner', () => {
    const element = mount({ label: 'Show', value: 'all', options: OPTIONS });
    const picked = [];
    const outside = jest.fn();
    document.body.addEventListener('change', outside);
    element.addEventListener('change', (event) => picked.push(event.detail.value));
    select(element).value = 'buyers';
    select(element).dispatchEvent(new CustomEvent('change'));
    expect(picked).toEqual(['buyers']);
    expect(outside).not.toHaveBeenCalled();
    document.body.removeEventListener('change', outside);
  });

  it('follows a disabled state and new options from its owner', async () => {
    const element = mount({ label: 'Department', value: '', options: [{ label: 'Any', value: '' }], disabled: true });
    expect(select(element).disabled).toBe(true);
    element.disabled = false;
    element.options = [
      { label: 'Any', value: '' },
      { label: 'IT', value: 'IT' },
    ];
    element.value = 'IT';
    await Promise.resolve();
    expect(select(element).disabled).toBe(false);
    expect(select(element).value).toBe('IT');
    expect(select(element).options).toHaveLength(2);
  });
});
