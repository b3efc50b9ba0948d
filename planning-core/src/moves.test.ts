import { analyzeAccount } from './analyze';
import { contact, member, plan, relationship } from './testing';
import type { AccountPlan } from './types';

// Next best moves (docs/method.md §1.6.3). The property test in properties.test.ts checks every gain against a full
// analysis with the goal grade applied; these pin the choices and their words on small accounts.

const account: AccountPlan = plan({
  contacts: [
    contact('c1', { name: 'Ada Power', roles: ['Power'], seniority: 'Executive' }),
    contact('c2', { name: 'Bo User', roles: ['User'] }),
    contact('c3', { name: 'Cy Advisor', roles: ['Advisor'] }),
  ],
  members: [member('m1', { name: 'Eve Rep', seniority: 'VP' }), member('m2', { name: 'Finn Engineer' })],
  relationships: [
    relationship('c1', 'm1', { grade: 'I', gradedOn: '2026-11-01' }),
    relationship('c2', 'm2', { grade: 'S', gradedOn: '2026-11-01' }),
    relationship('c2', 'm1', { grade: 'O', gradedOn: '2026-11-01' }),
  ],
});

describe('nextMoves', () => {
  it('names, per contact, the cell whose goal grade raises the score most, with the gain', () => {
    const analysis = analyzeAccount(account);
    expect(analysis.score).toBe(39);
    expect(analysis.nextMoves).toEqual([
      {
        // A second relationship clears SINGLE_THREADED (high) on the Power buyer: worth more than lifting Eve's I.
        contactId: 'c1',
        memberId: 'm2',
        goal: 'S',
        gain: 16,
        why: 'Finn Engineer: a first relationship (Satisfied) with Ada Power (Power Buyer): +16',
      },
      {
        contactId: 'c3',
        memberId: 'm1',
        goal: 'S',
        gain: 12,
        why: 'Eve Rep: a first relationship (Satisfied) with Cy Advisor (Advisor Buyer): +12',
      },
    ]);
    // Bo is covered without a warning: no move on Bo gains anything.
    expect(analysis.nextMoves.map((move) => move.contactId)).not.toContain('c2');
  });

  it('lifts an existing grade one level when that is the best move', () => {
    const lifted = analyzeAccount({
      ...account,
      contacts: account.contacts.slice(0, 1),
      relationships: [
        relationship('c1', 'm1', { grade: 'I', gradedOn: '2026-11-01' }),
        relationship('c1', 'm2', { grade: 'S', gradedOn: '2026-11-01' }),
      ],
    });
    expect(lifted.nextMoves).toEqual([
      expect.objectContaining({ contactId: 'c1', memberId: 'm1', from: 'I', goal: 'S' }),
    ]);
    expect(lifted.nextMoves[0]?.why).toMatch(
      /^Eve Rep: from Indifferent to Satisfied with Ada Power \(Power Buyer\): \+\d+$/,
    );
  });

  it('keeps at most nextMovesPerAccount, and none with 0', () => {
    expect(analyzeAccount(account, { nextMovesPerAccount: 1 }).nextMoves.map((move) => move.contactId)).toEqual(['c1']);
    expect(analyzeAccount(account, { nextMovesPerAccount: 0 }).nextMoves).toEqual([]);
    expect(() => analyzeAccount(account, { nextMovesPerAccount: -1 })).toThrow('settings.nextMovesPerAccount');
  });

  it('breaks ties deterministically: the more senior member, then the lower contact id', () => {
    const ties = plan({
      contacts: [contact('c9', { roles: ['User'] }), contact('c4', { roles: ['User'] })],
      members: [member('m1', { seniority: 'Staff' }), member('m2', { seniority: 'Executive' })],
    });
    const moves = analyzeAccount(ties).nextMoves;
    expect(moves.map((move) => [move.contactId, move.memberId])).toEqual([
      ['c4', 'm2'],
      ['c9', 'm2'],
    ]);
    expect(moves[0]?.gain).toBe(moves[1]?.gain);
    // The same plan in another order gives the same moves.
    const shuffled = { ...ties, contacts: [...ties.contacts].reverse(), members: [...ties.members].reverse() };
    expect(analyzeAccount(shuffled).nextMoves).toEqual(moves);
  });

  it('has nothing to propose on a fully covered account', () => {
    const covered = plan({
      contacts: [contact('c1', { roles: ['Power'] })],
      members: [member('m1', { seniority: 'VP' }), member('m2')],
      relationships: [
        relationship('c1', 'm1', { grade: 'O', gradedOn: '2026-11-01' }),
        relationship('c1', 'm2', { grade: 'S', gradedOn: '2026-11-01' }),
      ],
    });
    const analysis = analyzeAccount(covered);
    expect(analysis.score).toBe(100);
    expect(analysis.nextMoves).toEqual([]);
  });
});
