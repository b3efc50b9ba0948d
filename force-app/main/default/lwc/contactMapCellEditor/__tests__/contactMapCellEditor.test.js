import { createElement } from 'lwc';
import ContactMapCellEditor from 'c/contactMapCellEditor';
import { GRADE_INFO } from 'c/planningCore';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const CELL = {
  contactId: '003000000000001AAA',
  memberId: '005000000000001AAA',
  contactName: 'Ada Lovelace',
  memberName: 'Uma Patel',
  manual: undefined,
  suggested: 'O',
  effective: 'O',
  reasons: ['3 meetings in 90 days'],
  isKey: false,
  horizon: '',
};

function mount(cell = CELL, saving = false) {
  const element = createElement('c-contact-map-cell-editor', { is: ContactMapCellEditor });
  Object.assign(element, { cell, saving });
  document.body.appendChild(element);
  return element;
}

const root = (element) => element.shadowRoot;
const events = (element, name) => {
  const seen = [];
  element.addEventListener(name, (event) => seen.push(event.detail));
  return seen;
};

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-contact-map-cell-editor', () => {
  it("says until when gravity keeps the rep's grade and what it drops to (the user locale, en-US under jest)", async () => {
    const element = mount({ ...CELL, manual: 'S', effective: 'S', dropsOn: '2026-12-09', dropsTo: 'I' });
    await flush();
    expect(root(element).querySelector('.cp-countdown-text').textContent).toBe('S until Dec 9, 2026, then I');
    expect(root(element).querySelector('.cp-countdown').textContent).toContain(
      'gravity lowers a grade without new activity',
    );
  });

  it('shows no countdown for a grade gravity will not lower', async () => {
    const element = mount();
    await flush();
    expect(root(element).querySelector('.cp-countdown')).toBeNull();
    expect(root(element).querySelector('.cp-next-move-text')).toBeNull();
  });

  it('lists every grade with its name and meaning from the planning core', async () => {
    const element = mount();
    await flush();
    const choices = [...root(element).querySelectorAll('button[data-grade]')];
    expect(choices.map((b) => b.dataset.grade)).toEqual(Object.keys(GRADE_INFO));
    choices.forEach((button) => {
      const info = GRADE_INFO[button.dataset.grade];
      expect(button.querySelector('.cp-grade-meaning').textContent).toBe(info.meaning);
      expect(button.querySelector('.cp-grade-name').textContent).toMatch(new RegExp(`^${info.name}`));
    });
    // The suggestion is named as such while the rep has no grade of their own.
    expect(root(element).querySelector('button[data-grade="O"] .cp-grade-name').textContent).toBe('Open (suggested)');
    expect(choices.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('accepts the suggestion as the rep grade', async () => {
    const element = mount();
    const seen = events(element, 'gradechange');
    await flush();
    const accept = root(element).querySelector('lightning-button.cp-accept');
    expect(accept.label).toBe('Accept the suggestion: O Open');
    accept.click();
    expect(seen).toEqual([{ grade: 'O' }]);
  });

  it('offers no accept action without a suggestion, or when the rep grade is the suggestion', async () => {
    const none = mount({ ...CELL, suggested: undefined, effective: undefined });
    const same = mount({ ...CELL, manual: 'O' });
    await flush();
    expect(root(none).querySelector('lightning-button.cp-accept')).toBeNull();
    expect(root(same).querySelector('lightning-button.cp-accept')).toBeNull();
    expect(root(same).querySelector('button[data-grade="O"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('emits the chosen grade, a cleared grade, and close on Escape', async () => {
    const element = mount({ ...CELL, manual: 'S' });
    const grades = events(element, 'gradechange');
    const closes = events(element, 'close');
    await flush();
    root(element).querySelector('button[data-grade="T"]').click();
    root(element).querySelector('lightning-button.cp-clear').click();
    expect(grades).toEqual([{ grade: 'T' }, { grade: undefined }]);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    root(element).querySelector('button[data-grade="T"]').dispatchEvent(escape);
    expect(closes).toHaveLength(1);
  });

  it('takes focus on the rep grade, else the suggestion', async () => {
    const graded = mount({ ...CELL, manual: 'D' });
    await flush();
    graded.focus();
    expect(root(graded).activeElement.dataset.grade).toBe('D');
    const suggested = mount();
    await flush();
    suggested.focus();
    expect(root(suggested).activeElement.dataset.grade).toBe('O');
  });

  it('sets the horizon with buttons, only on a key intersection', async () => {
    const element = mount({ ...CELL, isKey: true, horizon: '60' });
    const keys = events(element, 'keychange');
    await flush();
    const horizon = root(element).querySelector('lightning-radio-group.cp-horizon');
    expect(horizon.type).toBe('button');
    expect(horizon.value).toBe('60');
    expect(horizon.disabled).toBe(false);
    horizon.dispatchEvent(new CustomEvent('change', { detail: { value: '30' } }));
    expect(keys).toEqual([{ key: true, horizon: '30' }]);
    const notKey = mount();
    await flush();
    expect(root(notKey).querySelector('lightning-radio-group.cp-horizon').disabled).toBe(true);
  });

  it('disables the choices while saving', async () => {
    const element = mount(CELL, true);
    await flush();
    const buttons = [...root(element).querySelectorAll('button[data-grade]')];
    expect(buttons.every((b) => b.disabled)).toBe(true);
  });
});
