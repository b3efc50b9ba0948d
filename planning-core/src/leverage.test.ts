import { analyzeAccount } from './analyze';
import { AS_OF, contact, member, plan, relationship } from './testing';

describe('leverage', () => {
  const graded = (contactId: string, memberId: string, grade: 'T' | 'O' | 'S' | 'I' | 'D' | 'M') =>
    relationship(contactId, memberId, { grade, gradedOn: AS_OF });

  it('proposes members strong with the same contact, a department colleague or an open-opportunity peer', () => {
    const input = plan({
      contacts: [
        contact('c1', { name: 'Dana Weak', department: 'IT', roles: ['User'] }),
        contact('c2', { name: 'Eli Colleague', department: ' it ' }),
        contact('c3', { name: 'Fay Peer' }),
        contact('c4', { name: 'Gus Unknown', roles: ['Power'] }),
      ],
      members: ['m1', 'm2', 'm3', 'm4'].map((id) => member(id, { name: `Rep ${id}` })),
      relationships: [
        graded('c1', 'm1', 'D'),
        graded('c1', 'm2', 'O'),
        graded('c2', 'm3', 'T'),
        graded('c3', 'm4', 'T'),
      ],
      opportunities: [
        {
          id: '006A',
          stage: 'open',
          closeDate: '2027-02-01',
          memberIds: [],
          contactRoles: [
            { contactId: 'c3', role: 'Evaluator' },
            { contactId: 'c4', role: 'Decision Maker' },
            { contactId: 'c1', role: 'Business User' },
          ],
        },
      ],
    });
    expect(analyzeAccount(input).leverage).toEqual([
      {
        contactId: 'c1',
        targetMemberId: 'm1',
        viaMemberId: 'm2',
        viaContactId: 'c1',
        why: 'Rep m2 has an Open relationship with Dana Weak',
      },
      {
        contactId: 'c1',
        targetMemberId: 'm1',
        viaMemberId: 'm3',
        viaContactId: 'c2',
        why: 'Rep m3 has a Trust relationship with Eli Colleague, who works in IT with Dana Weak',
      },
      {
        contactId: 'c1',
        targetMemberId: 'm1',
        viaMemberId: 'm4',
        viaContactId: 'c3',
        why: 'Rep m4 has a Trust relationship with Fay Peer on open opportunity 006A, as is Dana Weak',
      },
      {
        contactId: 'c4',
        viaMemberId: 'm2',
        viaContactId: 'c1',
        why: 'Rep m2 has an Open relationship with Dana Weak on open opportunity 006A, as is Gus Unknown',
      },
      {
        contactId: 'c4',
        viaMemberId: 'm4',
        viaContactId: 'c3',
        why: 'Rep m4 has a Trust relationship with Fay Peer on open opportunity 006A, as is Gus Unknown',
      },
    ]);
  });

  it('proposes at most the configured number of members per target', () => {
    const members = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'].map((id) => member(id));
    const input = plan({
      contacts: [contact('c1')],
      members,
      relationships: [graded('c1', 'm0', 'I'), ...members.slice(1).map((m) => graded('c1', m.id, 'T'))],
    });
    expect(analyzeAccount(input).leverage.map((p) => p.viaMemberId)).toEqual(['m1', 'm2', 'm3']);
    expect(analyzeAccount(input, { leveragePerTarget: 1 }).leverage).toHaveLength(1);
  });

  it('proposes nothing for healthy cells', () => {
    const input = plan({
      contacts: [contact('c1')],
      members: [member('m1'), member('m2')],
      relationships: [graded('c1', 'm1', 'S'), graded('c1', 'm2', 'T')],
    });
    expect(analyzeAccount(input).leverage).toEqual([]);
  });
});
