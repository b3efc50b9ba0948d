import { createElement } from 'lwc';
import MyRelationships from 'c/myRelationships';
import { graphql } from 'lightning/graphql';
import { buildMoves } from '../moves';
import { buildRows } from '../rows';
import { stateOf } from '../../contactPlanData/__tests__/support/cardTesting';

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const NavigationMixin = (Base) =>
    class extends Base {
      [Navigate](pageRef) {
        mockNavigate(pageRef);
      }
    };
  NavigationMixin.Navigate = Navigate;
  NavigationMixin.GenerateUrl = Symbol('GenerateUrl');
  return { NavigationMixin };
});

// sfdx-lwc-jest resolves @salesforce/user/Id to this id.
const ME = '005000000000000000';
const TODAY = '2026-12-01';
const v = (value) => ({ value });
const connection = (nodes, pageInfo = { hasNextPage: false, endCursor: null }) => ({
  edges: nodes.map((node) => ({ node })),
  pageInfo,
});

function relationship(
  id,
  { account = 'Brightwater', contact, title = '', grade, key = false, dropsOn = null, roles = null, move = null },
) {
  return {
    Id: id,
    Account__c: v(`001${account}`),
    Account__r: { Name: v(account) },
    Contact__c: v(`003${contact}`),
    Contact__r: { Name: v(contact), Title: v(title), Buyer_Roles__c: v(roles) },
    Grade__c: v(grade),
    Effective_Grade__c: v(grade),
    Key_Intersection__c: v(key),
    Last_Touch__c: v(null),
    Grade_Drops_On__c: v(dropsOn),
    Next_Move_Goal__c: v(move && move.goal),
    Next_Move_Gain__c: v(move && move.gain),
  };
}

const RELATIONSHIPS = [
  relationship('a00A', { contact: 'Ada', grade: 'S', dropsOn: '2026-12-05' }),
  relationship('a00B', { contact: 'Ben', grade: 'D', account: 'Harbor Point' }),
  relationship('a00C', { contact: 'Cleo', grade: 'O', key: true }),
  relationship('a00D', { contact: 'Dev', grade: 'T', title: 'CFO' }),
  relationship('a00E', { contact: 'Eva', grade: 'O', account: 'Harbor Point' }),
  relationship('a00F', { contact: 'Finn', grade: 'T', dropsOn: '2027-02-01' }),
  relationship('a00G', { contact: 'Gus', grade: 'I', key: true, account: 'Harbor Point' }),
];

// The sync's next best moves on the rep's cells: two graded cells and one blank cell it holds a record for.
const WITH_MOVES = [
  ...RELATIONSHIPS.map((node) => ({
    ...node,
    ...(node.Id === 'a00B' ? { Next_Move_Goal__c: v('I'), Next_Move_Gain__c: v(8) } : {}),
  })),
  relationship('a00H', { contact: 'Hal', roles: 'Power;Evangelist', grade: 'S', move: { goal: 'O', gain: 12 } }),
  relationship('a00J', { contact: 'Jo', roles: 'Advisor', account: 'Harbor Point', move: { goal: 'S', gain: 5 } }),
  relationship('a00K', { contact: 'Kim', grade: 'S', move: { goal: 'O', gain: 0 } }),
];

const BLUEPRINTS = [
  {
    Id: 'a01C',
    Relationship__c: v('a00C'),
    Goal_Grade__c: v('T'),
    Due_Date__c: v('2026-12-10'),
    Status__c: v('active'),
  },
  {
    Id: 'a01G',
    Relationship__c: v('a00G'),
    Goal_Grade__c: v('S'),
    Due_Date__c: v('2026-11-20'),
    Status__c: v('active'),
  },
  { Id: 'a01X', Relationship__c: v('a00D'), Goal_Grade__c: v('T'), Due_Date__c: v('2026-11-01'), Status__c: v('done') },
];

const WARNINGS = [
  {
    Id: 'a02L',
    Account__c: v('001Harbor Point'),
    Rule__c: v('CONTACT_LEFT'),
    Severity__c: v('high'),
    Message__c: v('Eva moved to Upland Software on 2026-11-28.'),
    Contact__c: v('003Eva'),
    Team_Member__c: v(null),
  },
  {
    Id: 'a02O',
    Account__c: v('001Elsewhere'),
    Rule__c: v('CONTACT_LEFT'),
    Severity__c: v('high'),
    Message__c: v('Someone else left elsewhere.'),
    Contact__c: v('003Zed'),
    Team_Member__c: v(null),
  },
  {
    Id: 'a02B',
    Account__c: v('001Harbor Point'),
    Rule__c: v('BELOW_SATISFIED'),
    Severity__c: v('high'),
    Message__c: v('Ben is Dissatisfied with you: find out why.'),
    Contact__c: v('003Ben'),
    Team_Member__c: v(ME),
  },
];

const answer = (relationships = RELATIONSHIPS, blueprints = BLUEPRINTS, warnings = WARNINGS) => ({
  uiapi: {
    query: {
      Relationship__c: connection(relationships),
      Contact_Blueprint__c: connection(blueprints),
      Coverage_Warning__c: connection(warnings),
    },
  },
});

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(props = {}) {
  const element = createElement('c-my-relationships', { is: MyRelationships });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

const shown = (element) =>
  [...element.shadowRoot.querySelectorAll('li.cp-row')].map((li) => [
    li.querySelector('.cp-contact').textContent,
    [...li.querySelectorAll('.cp-reason')].map((r) => r.dataset.reason).join(','),
  ]);

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 11, 1, 9, 0), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
  jest.useRealTimers();
});

describe('buildRows', () => {
  it('keeps the cells that need the rep, most urgent first, with the day gravity lowers a grade', () => {
    const { rows, relationshipCount, accountCount, counts } = buildRows(answer().uiapi.query, TODAY, ME);
    expect(rows.map((r) => [r.contactName, r.reasons.map((x) => x.code)])).toEqual([
      ['Eva', ['left']],
      ['Gus', ['overdue', 'below', 'key']],
      ['Ada', ['drops']],
      ['Cleo', ['due', 'key']],
      ['Ben', ['below']],
    ]);
    expect(rows[2]).toMatchObject({ gradeText: 'S until 5 Dec', accountName: 'Brightwater' });
    expect(rows[2].reasons[0].label).toBe('Drops in 4 days');
    expect(rows[1].reasons[0].label).toBe('Blueprint overdue since 20 Nov');
    expect(rows[3].blueprintText).toBe('Blueprint due 10 Dec');
    expect(rows[4].notes).toEqual([
      { key: 'a02B', label: 'Below satisfied', message: 'Ben is Dissatisfied with you: find out why.' },
    ]);
    expect(rows[0].notes[0].message).toBe('Eva moved to Upland Software on 2026-11-28.');
    expect({ relationshipCount, accountCount }).toEqual({ relationshipCount: 7, accountCount: 2 });
    expect(counts).toEqual({ left: 1, drops: 1, due: 1, overdue: 1, below: 2, key: 2 });
  });

  it('leaves out grades that drop after the 14-day window and closed blueprints', () => {
    const { rows } = buildRows(answer().uiapi.query, TODAY, ME);
    expect(rows.map((r) => r.contactName)).not.toContain('Finn');
    expect(rows.map((r) => r.contactName)).not.toContain('Dev');
  });

  it('counts the window inclusively: a drop on day 14 is shown, on day 15 it is not', () => {
    const on = (dropsOn) =>
      buildRows(answer([relationship('a00Z', { contact: 'Zoe', grade: 'O', dropsOn })]).uiapi.query, TODAY, ME).rows;
    expect(on('2026-12-15').map((r) => r.reasons[0].label)).toEqual(['Drops in 14 days']);
    expect(on('2026-12-16')).toEqual([]);
  });
});

describe('buildMoves', () => {
  it("lists the rep's next best moves across accounts, largest gain first, in the core's words", () => {
    expect(buildMoves(answer(WITH_MOVES).uiapi.query).map((m) => [m.key, m.text, m.gainText])).toEqual([
      ['a00H', 'From Satisfied to Open with Hal (Power Buyer, Evangelist) at Brightwater', '+12'],
      ['a00B', 'From Dissatisfied to Indifferent with Ben at Harbor Point', '+8'],
      ['a00J', 'A first relationship (Satisfied) with Jo (Advisor Buyer) at Harbor Point', '+5'],
    ]);
  });

  it('does not count a record held only for a move as a relationship, nor list it as a row', () => {
    const { rows, relationshipCount, accountCount } = buildRows(answer(WITH_MOVES).uiapi.query, TODAY, ME);
    expect({ relationshipCount, accountCount }).toEqual({ relationshipCount: 9, accountCount: 2 });
    expect(rows.map((r) => r.contactName)).not.toContain('Jo');
  });
});

describe('c-my-relationships', () => {
  it('shows the next best moves above the rows, capped, each one click from its cell', async () => {
    const element = mount({ maxMoves: 2 });
    graphql.emit(answer(WITH_MOVES));
    await flush();
    const moves = [...element.shadowRoot.querySelectorAll('li.cp-move')];
    expect(moves.map((li) => li.querySelector('.cp-move__text').textContent)).toEqual([
      'From Satisfied to Open with Hal (Power Buyer, Evangelist) at Brightwater',
      'From Dissatisfied to Indifferent with Ben at Harbor Point',
    ]);
    expect(element.shadowRoot.querySelector('.cp-moves-heading').textContent).toBe('Your next best moves');
    expect(shown(element).map(([name]) => name)).toEqual(['Eva', 'Gus', 'Ada', 'Cleo', 'Ben']);
    const open = moves[1].querySelector('button.cp-open');
    expect(open.textContent.replace(/\s+/g, ' ').trim()).toBe('Open in map: Ben at Harbor Point');
    open.click();
    expect(mockNavigate).toHaveBeenCalledWith({
      type: 'standard__recordPage',
      attributes: { recordId: '001Harbor Point', objectApiName: 'Account', actionName: 'view' },
      state: { c__contactId: '003Ben', c__memberId: ME },
    });
  });

  it('a rep whose only cell is a move on a blank cell sees the move, not the empty state', async () => {
    const element = mount();
    graphql.emit(answer([WITH_MOVES[8]], [], []));
    await flush();
    expect(element.shadowRoot.querySelectorAll('li.cp-move')).toHaveLength(1);
    expect(element.shadowRoot.querySelector('.cp-empty')).toBeNull();
  });

  it('asks for the signed-in rep and lists what needs them by urgency', async () => {
    const element = mount();
    await flush();
    expect(graphql.getLastConfig().variables).toEqual({
      userId: ME,
      relationshipAfter: null,
      blueprintAfter: null,
      warningAfter: null,
    });
    graphql.emit(answer());
    await flush();
    expect(shown(element)).toEqual([
      ['Eva', 'left'],
      ['Gus', 'overdue,below,key'],
      ['Ada', 'drops'],
      ['Cleo', 'due,key'],
      ['Ben', 'below'],
    ]);
    expect(element.shadowRoot.querySelector('.cp-summary').textContent).toBe(
      '7 relationships on 2 accounts: 1 left the account, 1 overdue, 1 drop within 14 days, 1 due within 14 days, ' +
        '2 below Satisfied, 2 key intersections.',
    );
  });

  it('opens the cell on its Account page with the contact and the rep in the page state', async () => {
    const element = mount();
    graphql.emit(answer());
    await flush();
    const open = element.shadowRoot.querySelectorAll('button.cp-open')[2];
    expect(open.getAttribute('aria-label')).toBe('Open in map: Ada at Brightwater');
    open.click();
    expect(mockNavigate).toHaveBeenCalledWith({
      type: 'standard__recordPage',
      attributes: { recordId: '001Brightwater', objectApiName: 'Account', actionName: 'view' },
      state: { c__contactId: '003Ada', c__memberId: ME },
    });
  });

  it('reads every page before showing anything', async () => {
    const element = mount();
    const first = answer(RELATIONSHIPS.slice(0, 3));
    first.uiapi.query.Relationship__c.pageInfo = { hasNextPage: true, endCursor: 'r3' };
    graphql.emit(first);
    await flush();
    expect(element.shadowRoot.querySelectorAll('li.cp-row')).toHaveLength(0);
    expect(graphql.getLastConfig().variables).toMatchObject({ relationshipAfter: 'r3', blueprintAfter: null });
    graphql.emit(answer(RELATIONSHIPS.slice(3), [], []));
    await flush();
    expect(shown(element).map(([name]) => name)).toEqual(['Eva', 'Gus', 'Ada', 'Cleo', 'Ben']);
  });

  it('caps the list until the rep asks for all', async () => {
    const element = mount({ maxRows: 2 });
    graphql.emit(answer());
    await flush();
    expect(shown(element)).toHaveLength(2);
    const more = element.shadowRoot.querySelector('button.cp-show-all');
    expect(more.textContent).toBe('Show all 5');
    more.click();
    await flush();
    expect(shown(element)).toHaveLength(5);
  });

  it('a rep with no accounts gets a calm empty state, not an error', async () => {
    const element = mount();
    graphql.emit(answer([], [], []));
    await flush();
    expect(element.shadowRoot.querySelector('.cp-empty').textContent).toMatch(/no relationships on any account/);
    expect(stateOf(element, '.cp-error')).toBeNull();
    expect(stateOf(element, '.cp-no-permission')).toBeNull();
    expect(element.shadowRoot.querySelectorAll('li.cp-row')).toHaveLength(0);
  });

  it('a rep whose relationships are all fine is told so', async () => {
    const element = mount();
    graphql.emit(answer([RELATIONSHIPS[3]], [], []));
    await flush();
    expect(element.shadowRoot.querySelector('.cp-all-well').textContent).toBe(
      'Nothing needs you today: your 1 relationship on 1 account are in good shape.',
    );
  });

  it('shows the error in the card when the read fails', async () => {
    const element = mount();
    graphql.emitErrors([{ message: 'Something broke' }]);
    await flush();
    expect(stateOf(element, '.cp-error').textContent).toBe('Your relationships could not load: Something broke');
    expect(stateOf(element, '.cp-error').getAttribute('role')).toBe('alert');
  });
});
