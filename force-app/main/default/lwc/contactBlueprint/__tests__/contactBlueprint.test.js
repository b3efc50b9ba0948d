import {
  ACCOUNT,
  EMPTY,
  PLAN,
  flush,
  flushDelivery,
  mountCard,
  stateOf as state,
} from '../../contactPlanData/__tests__/support/cardTesting';
import ContactBlueprint from 'c/contactBlueprint';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { analyzePlan, buildPlan, publish, subscribe, withRelationship } from 'c/contactPlanData';
import { addDays, draftProblems, toFields } from '../blueprintDraft';

const BEN_VICTOR = '003000000000002AAA:005000000000002AAA';
const CLEO_WES = '003000000000003AAA:005000000000003AAA';

/** The fixture with Cleo × Wes (graded I, no blueprint) also marked as a key intersection. */
function planWithSecondKey() {
  const data = JSON.parse(JSON.stringify(PLAN));
  const node = data.uiapi.query.Relationship__c.edges.find((e) => e.node.Id === 'a01000000000003AAA').node;
  node.Key_Intersection__c.value = true;
  return data;
}

const mount = () => mountCard('c-contact-blueprint', ContactBlueprint);

const root = (element) => element.shadowRoot;
const $ = (element, selector) => root(element).querySelector(selector);
/** The loading, error and empty states live in the c-contact-plan-state child. */

async function choosePair(element, key) {
  $(element, 'lightning-combobox.cp-pair').dispatchEvent(new CustomEvent('change', { detail: { value: key } }));
  await flush();
}

async function setField(element, selector, value) {
  $(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

/** Records every scrollIntoView call until the test ends (jsdom has no scrollIntoView of its own). */
function recordScrolls() {
  const scrolled = [];
  Element.prototype.scrollIntoView = function remember(options) {
    scrolled.push({ className: this.className, options });
  };
  return scrolled;
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 20, 10, 0), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
  delete Element.prototype.scrollIntoView;
  jest.useRealTimers();
});

describe('blueprintDraft', () => {
  it('maps a draft to the record fields with picklist API values', () => {
    expect(
      toFields({
        goal: 'O',
        strategies: ['LIKING', 'SCARCITY'],
        tactics: 'Lunch',
        resources: '',
        horizonDays: 30,
        dueDate: '2026-12-20',
        status: 'active',
        investsOwnTime: true,
        teachesUs: false,
        showsUsefulness: true,
      }),
    ).toEqual({
      Goal_Grade__c: 'O',
      Influence_Strategies__c: 'LIKING;SCARCITY',
      Tactics__c: 'Lunch',
      Resources__c: null,
      Due_Date__c: '2026-12-20',
      Status__c: 'active',
      Invests_Own_Time__c: true,
      Teaches_Us__c: false,
      Shows_Usefulness__c: true,
    });
  });

  it('adds days across month and year ends and reports missing goals', () => {
    expect(addDays('2026-11-20', 90)).toBe('2027-02-18');
    expect(draftProblems({ goal: undefined }, '')).toEqual([{ field: 'goal', message: 'Choose a goal grade.' }]);
    expect(draftProblems({ goal: 'T', dueDate: 'soon' }, 'too far')).toEqual([
      { field: 'goal', message: 'too far' },
      { field: 'dueDate', message: 'Enter the due date as a date.' },
    ]);
  });
});

describe('c-contact-blueprint', () => {
  it('lists the key intersections with their grade and blueprint status', async () => {
    const element = mount();
    graphql.emit(planWithSecondKey());
    await flushDelivery();
    expect($(element, 'lightning-combobox.cp-pair').options).toEqual([
      { label: 'Victor Hugo → Ben Okafor (S, active)', value: BEN_VICTOR },
      { label: 'Wes Tan → Cleo Marsh (I, no blueprint)', value: CLEO_WES },
    ]);
  });

  it('keeps the pair picker’s options while a map edit leaves every pair’s label as it was', async () => {
    const element = mount();
    graphql.emit(planWithSecondKey());
    await flushDelivery();
    const picker = $(element, 'lightning-combobox.cp-pair');
    const before = picker.options;
    const { plan } = buildPlan(planWithSecondKey().uiapi.query, ACCOUNT, '2026-11-20');
    const edit = (next) =>
      publish(ACCOUNT, { type: 'planchange', source: 'contactMap', plan: next, analysis: analyzePlan(next) });
    // Ada × Uma is no key intersection: the picker keeps its very array, so the combobox does not render again.
    edit(withRelationship(plan, '003000000000001AAA', '005000000000001AAA', { grade: 'D', gradedOn: '2026-11-20' }));
    await flush();
    expect(picker.options).toBe(before);
    // Cleo × Wes is one, and its grade is in its label.
    edit(withRelationship(plan, '003000000000003AAA', '005000000000003AAA', { grade: 'S', gradedOn: '2026-11-20' }));
    await flush();
    expect(picker.options).not.toBe(before);
    expect(picker.options[1]).toEqual({ label: 'Wes Tan → Cleo Marsh (S, no blueprint)', value: CLEO_WES });
  });

  it('shows the saved blueprint of a pair and completes it', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    await choosePair(element, BEN_VICTOR);
    expect($(element, '.cp-current strong').textContent).toBe('S: Satisfied');
    expect($(element, '.cp-saved').textContent).toContain('Reciprocity, Liking');
    $(element, 'lightning-button.cp-complete').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: expect.objectContaining({ Id: 'a02000000000001AAA', Status__c: 'done', Goal_Grade__c: 'O' }),
    });
  });

  it('creates a blueprint: goal one level up, suggested strategies, and the warning clears', async () => {
    createRecord.mockResolvedValue({ id: 'a02000000000002AAA' });
    const element = mount();
    const sent = [];
    const stop = subscribe(ACCOUNT, (message) => sent.push(message));
    graphql.emit(planWithSecondKey());
    await flushDelivery();
    await choosePair(element, CLEO_WES);
    $(element, 'lightning-button.cp-create').click();
    await flush();

    expect($(element, 'lightning-combobox.cp-goal').value).toBe('S');
    const suggested = [...root(element).querySelectorAll('.cp-strategy')]
      .filter((div) => div.querySelector('.cp-suggested'))
      .map((div) => div.dataset.code);
    expect(suggested).toEqual(['RECIPROCITY', 'SOCIAL_PROOF']);
    expect($(element, '.cp-strategy[data-code="RECIPROCITY"] .cp-why').textContent).toBe(
      'Why here: Cleo Marsh is Indifferent with Wes Tan; give them something useful first so we stand out from other ' +
        'suppliers.',
    );
    // Only the goals the core allows from I: one level up or hold.
    expect($(element, 'lightning-combobox.cp-goal').options.map((o) => o.value)).toEqual(['S', 'I']);

    const reciprocity = $(element, '.cp-strategy[data-code="RECIPROCITY"] lightning-input');
    reciprocity.checked = true;
    reciprocity.dispatchEvent(new CustomEvent('change'));
    await setField(element, 'lightning-textarea.cp-tactics', 'Share the logistics benchmark');
    const invest = [...root(element).querySelectorAll('.cp-invest lightning-input')].find(
      (i) => i.name === 'teachesUs',
    );
    invest.checked = true;
    invest.dispatchEvent(new CustomEvent('change'));
    await flush();
    $(element, 'lightning-button.cp-save').click();
    await flush();

    expect(createRecord).toHaveBeenCalledWith({
      apiName: 'Contact_Blueprint__c',
      fields: {
        Relationship__c: 'a01000000000003AAA',
        Goal_Grade__c: 'S',
        Influence_Strategies__c: 'RECIPROCITY',
        Tactics__c: 'Share the logistics benchmark',
        Resources__c: null,
        Due_Date__c: '2027-02-18',
        Status__c: 'planned',
        Invests_Own_Time__c: false,
        Teaches_Us__c: true,
        Shows_Usefulness__c: false,
      },
    });
    const last = sent.filter((m) => m.type === 'planchange').pop();
    // A key intersection saved without a horizon gets the blueprint's (90 days) on the relationship, through the map.
    expect(sent.filter((m) => m.type === 'setkey')).toEqual([
      { type: 'setkey', contactId: '003000000000003AAA', memberId: '005000000000003AAA', key: true, horizon: '90' },
    ]);
    expect(last.analysis.warnings.filter((w) => w.rule === 'KEY_WITHOUT_BLUEPRINT')).toEqual([]);
    expect($(element, 'lightning-combobox.cp-pair').options[1].label).toBe('Wes Tan → Cleo Marsh (I, planned)');
    stop();
  });

  it('refuses a goal more than one level up with the core reason, and accepts one level', async () => {
    const element = mount();
    graphql.emit(planWithSecondKey());
    await flushDelivery();
    await choosePair(element, CLEO_WES);
    $(element, 'lightning-button.cp-create').click();
    await flush();
    await setField(element, 'lightning-combobox.cp-goal', 'O');

    expect($(element, '.cp-goal-error').textContent).toMatch(/Satisfied/);
    expect($(element, 'lightning-button.cp-save').disabled).toBe(true);
    $(element, 'lightning-button.cp-save').click();
    await flush();
    expect(createRecord).not.toHaveBeenCalled();

    await setField(element, 'lightning-combobox.cp-goal', 'S');
    expect($(element, '.cp-goal-error')).toBeNull();
    expect($(element, 'lightning-button.cp-save').disabled).toBe(false);
  });

  it('edits a saved blueprint and updates it in place; the horizon goes to the key intersection', async () => {
    const element = mount();
    const sent = [];
    const stop = subscribe(ACCOUNT, (message) => sent.push(message));
    graphql.emit(PLAN);
    await flushDelivery();
    await choosePair(element, BEN_VICTOR);
    $(element, 'lightning-button.cp-edit').click();
    await flush();
    await setField(element, 'lightning-combobox.cp-status', 'active');
    await setField(element, 'lightning-combobox.cp-horizon', '30');
    expect($(element, 'lightning-combobox.cp-horizon').value).toBe('30');
    $(element, 'lightning-button.cp-save').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: expect.objectContaining({
        Id: 'a02000000000001AAA',
        Influence_Strategies__c: 'RECIPROCITY;LIKING',
        Invests_Own_Time__c: true,
      }),
    });
    expect(updateRecord.mock.calls[0][0].fields).not.toHaveProperty('Horizon__c');
    expect(sent.filter((m) => m.type === 'setkey')).toEqual([
      { type: 'setkey', contactId: '003000000000002AAA', memberId: '005000000000002AAA', key: true, horizon: '30' },
    ]);
    expect(createRecord).not.toHaveBeenCalled();
    stop();
  });

  it('takes the horizon from the key intersection, not the blueprint record', async () => {
    const data = JSON.parse(JSON.stringify(PLAN));
    const blueprint = data.uiapi.query.Contact_Blueprint__c.edges[0].node;
    blueprint.Horizon__c.value = '30';
    const element = mount();
    graphql.emit(data);
    await flushDelivery();
    await choosePair(element, BEN_VICTOR);
    expect($(element, '.cp-saved-horizon').textContent).toMatch(/60/);
    $(element, 'lightning-button.cp-edit').click();
    await flush();
    expect($(element, 'lightning-combobox.cp-horizon').value).toBe('60');
  });

  it('shows everything saved: goal, horizon, due date, strategies, tactics, people and the three invest checks', async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    await choosePair(element, BEN_VICTOR);
    const saved = $(element, '.cp-saved');
    expect(saved.querySelector('.cp-saved-goal').textContent).toBe('O: Open');
    expect(saved.querySelector('.cp-saved-resources').textContent.length).toBeGreaterThan(0);
    const checks = [...saved.querySelectorAll('.cp-saved-invest li')];
    expect(checks.map((li) => li.textContent.trim())).toEqual([
      'It invests our own time',
      'It teaches us about the client',
      'It shows (not tells) that we are useful beyond the current work',
    ]);
    expect(checks[0].dataset.done).toBe('true');
  });

  it('opens the blueprint of a key cell the rep selects in the map, and starts one for a new key intersection', async () => {
    // Only the plan panel's request scrolls the card into view: a cell selected in the map has its editor open there.
    const scrolled = recordScrolls();
    const element = mount();
    graphql.emit(planWithSecondKey());
    await flushDelivery();
    publish(ACCOUNT, { type: 'cellselected', contactId: '003000000000002AAA', memberId: '005000000000002AAA' });
    await flush();
    expect($(element, 'lightning-combobox.cp-pair').value).toBe(BEN_VICTOR);
    expect($(element, 'form')).toBeNull();
    expect(scrolled).toEqual([]);
    // A cell that is not key leaves the choice alone.
    publish(ACCOUNT, { type: 'cellselected', contactId: '003000000000001AAA', memberId: '005000000000001AAA' });
    await flush();
    expect($(element, 'lightning-combobox.cp-pair').value).toBe(BEN_VICTOR);
    publish(ACCOUNT, { type: 'openblueprint', contactId: '003000000000003AAA', memberId: '005000000000003AAA' });
    await flush();
    expect($(element, 'lightning-combobox.cp-pair').value).toBe(CLEO_WES);
    expect($(element, 'lightning-combobox.cp-goal').value).toBe('S');
    expect(scrolled).toEqual([{ className: 'slds-var-m-top_small cp-current', options: { block: 'nearest' } }]);
  });

  it("refuses a goal below today's grade", async () => {
    const element = mount();
    graphql.emit(PLAN);
    await flushDelivery();
    await choosePair(element, BEN_VICTOR);
    $(element, 'lightning-button.cp-edit').click();
    await flush();
    expect($(element, 'lightning-combobox.cp-goal').options.map((o) => o.value)).toEqual(['O', 'S']);
    await setField(element, 'lightning-combobox.cp-goal', 'I');
    expect($(element, '.cp-goal-error').textContent).toMatch(/below today's Satisfied/);
    expect($(element, 'lightning-button.cp-save').disabled).toBe(true);
  });

  it('shows the empty state without key intersections', async () => {
    const element = mount();
    graphql.emit(EMPTY);
    await flushDelivery();
    expect(state(element, '.cp-empty').textContent).toContain('No key intersections yet.');
    expect($(element, 'lightning-combobox.cp-pair')).toBeNull();
  });

  it('shows an error and a toast when loading fails', async () => {
    const element = mount();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    graphql.emitErrors([{ message: 'Timeout' }]);
    await flush();
    expect(state(element, '.cp-error').textContent).toBe('The blueprints could not load: Timeout');
    expect(toast).toHaveBeenCalledTimes(1);
  });

  it('gives every form control a label and groups checkboxes under legends', async () => {
    const element = mount();
    graphql.emit(planWithSecondKey());
    await flushDelivery();
    await choosePair(element, CLEO_WES);
    $(element, 'lightning-button.cp-create').click();
    await flush();
    const controls = root(element).querySelectorAll('lightning-combobox, lightning-input, lightning-textarea');
    expect(controls.length).toBe(16);
    controls.forEach((control) => expect(control.label).toBeTruthy());
    const legends = [...root(element).querySelectorAll('fieldset legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Influence strategies', 'Invest in the relationship']);
    expect($(element, 'form').getAttribute('aria-label')).toBe('Blueprint');
  });
});
