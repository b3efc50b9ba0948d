import { analyzeAccount, analyzeTypedPlan, analyzeWithReview, buyerRolesOf, nextReviewDate } from './analyze';
import { InvalidPlanError } from './schema';
import { AS_OF, contact, daysAgo, member, plan, relationship, touch } from './testing';

describe('analyzeAccount cells', () => {
  const input = plan({
    contacts: [contact('c2', { roles: ['Power'] }), contact('c1', { roles: ['User'] })],
    members: [member('m2'), member('m1')],
    relationships: [
      relationship('c2', 'm2', { grade: 'T', gradedOn: daysAgo(100) }),
      relationship('c1', 'm1', { key: true }),
    ],
    touches: [touch('c1', 'm2', 10, 'meeting'), touch('c1', 'm2', 20, 'email'), touch('c2', 'm1', 300, 'call')],
    opportunities: [
      {
        id: '006W',
        stage: 'won',
        closeDate: daysAgo(30),
        memberIds: ['m1'],
        contactRoles: [{ contactId: 'c1', role: 'Business User' }],
      },
    ],
  });

  it('has one cell per recorded or evidenced pair, sorted by contact then member', () => {
    const { cells } = analyzeAccount(input);
    expect(cells).toEqual([
      {
        contactId: 'c1',
        memberId: 'm1',
        suggested: 'S',
        effective: 'S',
        reasons: [`Closed Won opportunity 006W on ${daysAgo(30)}`],
        key: true,
      },
      {
        contactId: 'c1',
        memberId: 'm2',
        suggested: 'S',
        effective: 'S',
        reasons: [`last meeting ${daysAgo(10)}`, '2 touches in the last 90 days'],
        key: false,
      },
      {
        contactId: 'c2',
        memberId: 'm1',
        suggested: 'I',
        effective: 'I',
        reasons: [`only touches older than 180 days (last ${daysAgo(300)})`],
        key: false,
      },
      {
        contactId: 'c2',
        memberId: 'm2',
        manual: 'T',
        effective: 'O',
        reasons: [`graded T on ${daysAgo(100)}; no touch for 100 days → O`],
        key: false,
        // 180 days after the grading date gravity takes it one level further.
        dropsOn: '2027-02-08',
        dropsTo: 'S',
      },
    ]);
  });

  it('keeps an ungraded record without evidence as an empty cell and leaves blank pairs out', () => {
    const sparse = plan({
      contacts: [contact('c1'), contact('c2')],
      members: [member('m1')],
      relationships: [relationship('c1', 'm1')],
    });
    expect(analyzeAccount(sparse).cells).toEqual([
      { contactId: 'c1', memberId: 'm1', reasons: ['no grade yet and no recorded touch'], key: false },
    ]);
  });

  it('counts effective grades', () => {
    expect(analyzeAccount(input).gradeCounts).toEqual({ T: 0, O: 1, S: 2, I: 1, D: 0, M: 0 });
  });

  it('returns the fields of docs/method.md §1.7 in a fixed order', () => {
    expect(Object.keys(analyzeAccount(input))).toEqual([
      'accountId',
      'asOf',
      'cells',
      'warnings',
      'score',
      'gradeCounts',
      'keySuggestions',
      'leverage',
      'nextMoves',
    ]);
  });

  it('gives byte-identical JSON whatever the order of the input lists', () => {
    const reversed = {
      ...input,
      contacts: [...input.contacts].reverse(),
      members: [...input.members].reverse(),
      relationships: [...input.relationships].reverse(),
      touches: [...input.touches].reverse(),
    };
    expect(JSON.stringify(analyzeAccount(reversed))).toBe(JSON.stringify(analyzeAccount(input)));
  });

  it('does not modify its input', () => {
    const copy = structuredClone(input);
    analyzeAccount(input);
    expect(input).toEqual(copy);
  });
});

describe('analyzeTypedPlan', () => {
  const input = plan({
    contacts: [contact('c1', { roles: ['Power'] })],
    members: [member('m1')],
    relationships: [relationship('c1', 'm1', { grade: 'O', gradedOn: daysAgo(10), key: true })],
  });

  it('gives the analysis analyzeAccount gives, settings included', () => {
    expect(analyzeTypedPlan(input)).toEqual(analyzeAccount(input));
    const quickGravity = analyzeTypedPlan(input, { gravityStepDays: 5 });
    expect(quickGravity).toEqual(analyzeAccount(input, { gravityStepDays: 5 }));
    expect(quickGravity.cells[0]!.effective).not.toBe(analyzeTypedPlan(input).cells[0]!.effective);
  });

  it('works out its key suggestions and leverage when first read, and they read as analyzeAccount writes them', () => {
    const weak = plan({
      contacts: [contact('c1', { roles: ['Power'], department: 'IT' }), contact('c2', { department: 'IT' })],
      members: [member('m1'), member('m2')],
      relationships: [
        relationship('c1', 'm1', { grade: 'T', gradedOn: daysAgo(5) }),
        relationship('c2', 'm2', { grade: 'D', gradedOn: daysAgo(5) }),
      ],
    });
    const typed = analyzeTypedPlan(weak);
    const eager = analyzeAccount(weak);
    expect(Object.keys(typed)).toEqual(Object.keys(eager));
    expect(JSON.stringify(typed)).toBe(JSON.stringify(eager));
    expect(eager.leverage.length).toBeGreaterThan(0);
    expect(typed.leverage).toBe(typed.leverage);
    expect(typed.keySuggestions).toEqual(eager.keySuggestions);
    const replaced = analyzeTypedPlan(weak);
    replaced.leverage = [];
    expect(replaced.leverage).toEqual([]);
  });

  it('still rejects ids and references that do not hold together', () => {
    const stray = { ...input, touches: [touch('c9', 'm1', 3)] };
    expect(() => analyzeTypedPlan(stray)).toThrow(new InvalidPlanError('touches[0].contactId', 'unknown contact c9'));
    const twice = { ...input, members: [member('m1'), member('m1')] };
    expect(() => analyzeTypedPlan(twice)).toThrow('members[1].id: duplicate id m1');
  });
});

describe('review date', () => {
  it('is the earliest day gravity, an expiring suggestion or a scheduled touch changes the analysis', () => {
    const input = plan({
      contacts: [contact('c1'), contact('c2')],
      members: [member('m1')],
      relationships: [relationship('c1', 'm1', { grade: 'O', gradedOn: daysAgo(60) })],
      touches: [touch('c2', 'm1', 80, 'meeting'), touch('c2', 'm1', 5)],
    });
    // The meeting 80 days ago leaves the 90-day window in 11 days; gravity acts on c1 in 30.
    expect(nextReviewDate(input)).toBe('2026-12-01');
    input.touches.push({ contactId: 'c1', memberId: 'm1', date: '2026-11-25', kind: 'meeting' });
    expect(nextReviewDate(input)).toBe('2026-11-25');
  });

  it('is absent when time alone changes nothing', () => {
    const input = plan({
      contacts: [contact('c1')],
      members: [member('m1')],
      relationships: [relationship('c1', 'm1', { grade: 'D', gradedOn: AS_OF })],
    });
    expect(analyzeWithReview(input)).toEqual({ analysis: analyzeAccount(input) });
  });
});

describe('buyerRolesOf', () => {
  it('keeps own roles and fills empty ones from opportunity contact roles', () => {
    const input = plan({
      contacts: [contact('c1', { roles: ['User'] }), contact('c2'), contact('c3')],
      opportunities: [
        {
          id: '006A',
          stage: 'lost',
          closeDate: daysAgo(10),
          memberIds: [],
          contactRoles: [
            { contactId: 'c1', role: 'Decision Maker' },
            { contactId: 'c2', role: 'Technical Buyer' },
            { contactId: 'c2', role: 'Economic Buyer' },
            { contactId: 'c3', role: 'Other' },
          ],
        },
      ],
    });
    expect(Object.fromEntries(buyerRolesOf(input))).toEqual({ c1: ['User'], c2: ['Power', 'Advisor'], c3: [] });
  });
});
