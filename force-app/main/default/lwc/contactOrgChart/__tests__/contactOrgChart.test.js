import { createElement } from 'lwc';
import ContactOrgChart from 'c/contactOrgChart';
import { graphql } from 'lightning/graphql';
import { buildOrgChart, managersWithoutLoops } from '../orgTree';
import { stateOf } from '../../contactPlanData/__tests__/support/cardTesting';

const v = (value) => ({ value });
const connection = (nodes) => ({ edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false } });
const contact = (id, name, { title = '', reportsTo = null, roles = null, seniority = null } = {}) => ({
  Id: id,
  Name: v(name),
  Title: v(title),
  ReportsToId: v(reportsTo),
  Buyer_Roles__c: v(roles),
  Seniority__c: v(seniority),
});
const relationship = (contactId, grade, member) => ({
  Id: `a00${contactId}${member}`,
  Contact__c: v(contactId),
  Effective_Grade__c: v(grade),
  Team_Member__r: { Name: v(member) },
});

const CONTACTS = [
  contact('c1', 'Amara Nwosu', { title: 'Chief Executive Officer', roles: 'Power' }),
  contact('c2', 'Ben Cole', { title: 'VP Operations', reportsTo: 'c1', roles: 'User;Advisor' }),
  contact('c3', 'Cleo Diaz', { title: 'Buyer', reportsTo: 'c2', roles: 'User' }),
  contact('c4', 'Dev Rao', { title: 'Director of Finance', reportsTo: 'c1' }),
  contact('c5', 'Eva Lind', { title: 'Analyst', reportsTo: 'c4', seniority: 'Manager' }),
  // Reports to someone who is not on this account: a root.
  contact('c6', 'Finn Holt', { title: 'Engineer', reportsTo: '003elsewhere' }),
];
const RELATIONSHIPS = [
  relationship('c1', 'O', 'Dana'),
  relationship('c1', 'T', 'Ravi'),
  relationship('c2', 'S', 'Dana'),
  relationship('c2', 'S', 'Marcus'),
  relationship('c5', 'I', 'Dana'),
];
const GAPS = [{ Id: 'a02c3', Contact__c: v('c3'), Severity__c: v('high') }];

const answer = (contacts = CONTACTS, relationships = RELATIONSHIPS, gaps = GAPS) => ({
  uiapi: {
    query: {
      Contact: connection(contacts),
      Relationship__c: connection(relationships),
      Coverage_Warning__c: connection(gaps),
    },
  },
});

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
  const element = createElement('c-contact-org-chart', { is: ContactOrgChart });
  element.recordId = '001000000000001AAA';
  document.body.appendChild(element);
  return element;
}

const shown = (element) =>
  [...element.shadowRoot.querySelectorAll('li.cp-node')].map(
    (li) => `${li.dataset.level} ${li.querySelector('strong').textContent}`,
  );

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('buildOrgChart', () => {
  it('draws the reporting lines with roles, seniority, the best grade on our side and the gaps', () => {
    const { rows, count, roots, gaps, loops } = buildOrgChart(answer().uiapi.query);
    expect(rows.map((r) => [r.level, r.name, r.reportsText])).toEqual([
      [1, 'Amara Nwosu', 'no manager on this account'],
      [2, 'Ben Cole', 'reports to Amara Nwosu'],
      [3, 'Cleo Diaz', 'reports to Ben Cole'],
      [2, 'Dev Rao', 'reports to Amara Nwosu'],
      [3, 'Eva Lind', 'reports to Dev Rao'],
      [1, 'Finn Holt', 'no manager on this account'],
    ]);
    expect({ count, roots, gaps, loops }).toEqual({ count: 6, roots: 2, gaps: 1, loops: 0 });
    const [amara, ben, cleo, dev, eva] = rows;
    expect(amara).toMatchObject({
      grade: 'T',
      seniorityLabel: 'Executive',
      gradeTitle: 'Best relationship: Trust, Ravi (2 on our side)',
    });
    expect(ben.gradeTitle).toBe('Best relationship: Satisfied, Dana, Marcus (2 on our side)');
    expect(ben.roles.map((r) => r.label)).toEqual(['User Buyer', 'Advisor Buyer']);
    expect(cleo).toMatchObject({ isGap: true, grade: '', gradeTitle: 'No relationship on our side' });
    expect(dev.seniorityLabel).toBe('Director');
    expect(eva).toMatchObject({ seniorityLabel: 'Manager', grade: 'I' });
  });

  it('breaks a loop in Reports To: everyone still appears once, the contact closing the loop at the top; a self-report is a root', () => {
    const loop = [
      contact('c1', 'Amara Nwosu', { reportsTo: 'c3' }),
      contact('c2', 'Ben Cole', { reportsTo: 'c1' }),
      contact('c3', 'Cleo Diaz', { reportsTo: 'c2' }),
      contact('c4', 'Dev Rao', { reportsTo: 'c4' }),
      contact('c5', 'Eva Lind', { reportsTo: 'c2' }),
    ];
    const { rows, loops, roots } = buildOrgChart(answer(loop, [], []).uiapi.query);
    // Walking up from Amara: Cleo, Ben, then Amara again; Ben's link to Amara closes the loop and is cut.
    expect(rows.map((r) => `${r.level} ${r.name}`)).toEqual([
      '1 Ben Cole',
      '2 Cleo Diaz',
      '3 Amara Nwosu',
      '2 Eva Lind',
      '1 Dev Rao',
    ]);
    expect({ loops, roots }).toEqual({ loops: 1, roots: 2 });
    expect(rows[0].loopText).toBe('Reports-to loop: Ben Cole → Amara Nwosu leads back here; shown at the top');
    expect(rows[4].reportsText).toBe('no manager on this account');
  });

  it('cuts every loop of a larger graph and keeps the rest of the tree', () => {
    const contacts = new Map(
      [
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'a'],
        ['d', 'e'],
        ['e', 'f'],
        ['f', 'd'],
      ].map(([id, reportsTo]) => [id, { id, reportsTo }]),
    );
    const { managers, cut } = managersWithoutLoops(contacts);
    expect([...cut]).toEqual(['b', 'f']);
    expect(Object.fromEntries(managers)).toEqual({ a: 'b', c: 'a', d: 'e', e: 'f' });
  });

  it('handles 500 contacts, a chain of 500 included, without recursion', () => {
    const chain = Array.from({ length: 500 }, (_, i) =>
      contact(`c${i}`, `Person ${String(i).padStart(3, '0')}`, { reportsTo: i ? `c${i - 1}` : null }),
    );
    const { rows } = buildOrgChart(answer(chain, [], []).uiapi.query);
    expect(rows).toHaveLength(500);
    expect(rows[499]).toMatchObject({ level: 500, name: 'Person 499' });
  });
});

describe('c-contact-org-chart', () => {
  it('renders the chart and can narrow it to buyers and their managers', async () => {
    const element = mount();
    await flush();
    expect(graphql.getLastConfig().variables).toEqual({
      accountId: '001000000000001AAA',
      contactAfter: null,
      relationshipAfter: null,
      warningAfter: null,
    });
    graphql.emit(answer());
    await flush();
    expect(shown(element)).toEqual([
      '1 Amara Nwosu',
      '2 Ben Cole',
      '3 Cleo Diaz',
      '2 Dev Rao',
      '3 Eva Lind',
      '1 Finn Holt',
    ]);
    expect(element.shadowRoot.querySelector('.cp-summary').textContent).toBe(
      '6 contacts, 2 without a manager on the account, 1 uncovered buyer.',
    );
    expect(element.shadowRoot.querySelector('li.cp-node_gap strong').textContent).toBe('Cleo Diaz');
    element.shadowRoot.querySelector('button.cp-filter').click();
    await flush();
    expect(shown(element)).toEqual(['1 Amara Nwosu', '2 Ben Cole', '3 Cleo Diaz']);
  });

  it('renders 500 contacts', async () => {
    const element = mount();
    const many = Array.from({ length: 500 }, (_, i) =>
      contact(`c${i}`, `Person ${String(i).padStart(3, '0')}`, { reportsTo: i ? `c${Math.floor((i - 1) / 5)}` : null }),
    );
    graphql.emit(answer(many, [], []));
    await flush();
    expect(element.shadowRoot.querySelectorAll('li.cp-node')).toHaveLength(500);
  });

  it('an account without contacts says so calmly', async () => {
    const element = mount();
    graphql.emit(answer([], [], []));
    await flush();
    expect(stateOf(element, '.cp-empty').textContent).toBe('This account has no contacts yet.');
  });
});
