import { analyzeAccount } from './analyze';
import { AS_OF, contact, daysAgo, member, plan, relationship } from './testing';

describe('key-intersection suggestions', () => {
  const input = plan({
    contacts: [
      contact('cPower', { name: 'Paula Power', roles: ['Power'], department: 'Finance' }),
      contact('cUser', { name: 'Uma User', roles: ['User'], department: 'Finance' }),
      contact('cAdvisor', { name: 'Adam Advisor', roles: ['Advisor'] }),
      contact('cNone', { name: 'Nina Nobody' }),
    ],
    members: [
      member('m1', { name: 'Mara Lind', seniority: 'Staff' }),
      member('m2', { name: 'Theo Brandt', seniority: 'VP' }),
      member('m3', { name: 'Ivo Sand', seniority: 'Manager' }),
    ],
    relationships: [
      relationship('cUser', 'm3', { grade: 'O', gradedOn: AS_OF }),
      relationship('cUser', 'm1', { grade: 'D', gradedOn: AS_OF }),
      relationship('cAdvisor', 'm1', { grade: 'O', gradedOn: daysAgo(100) }),
      relationship('cNone', 'm2', { grade: 'I', gradedOn: AS_OF, key: true }),
    ],
  });

  it('lists an uncovered Power buyer, weak cells and slipped buyer grades, most urgent first', () => {
    expect(analyzeAccount(input).keySuggestions).toEqual([
      {
        contactId: 'cPower',
        memberId: 'm3',
        why: 'Paula Power is a Power buyer nobody knows; Ivo Sand already has a strong relationship in Finance.',
      },
      {
        contactId: 'cUser',
        memberId: 'm1',
        why: 'Uma User is Dissatisfied with Mara Lind: make moving it up to Indifferent a focus for the next 30 days.',
      },
      {
        contactId: 'cAdvisor',
        memberId: 'm1',
        why: "Mara Lind's O with Adam Advisor (Advisor buyer) slipped to S: win it back within 60 days.",
      },
    ]);
  });

  it('prefers a member already on an open opportunity with the buyer', () => {
    const withOpportunity = {
      ...input,
      opportunities: [
        {
          id: '006X',
          stage: 'open' as const,
          closeDate: '2027-01-15',
          memberIds: ['m1'],
          contactRoles: [{ contactId: 'cPower', role: 'Decision Maker' }],
        },
      ],
    };
    expect(analyzeAccount(withOpportunity).keySuggestions[0]).toEqual({
      contactId: 'cPower',
      memberId: 'm1',
      why: 'Paula Power is a Power buyer nobody knows; Mara Lind already works with them on an open opportunity.',
    });
  });

  it('falls back to our most senior member', () => {
    const noDepartment = { ...input, contacts: input.contacts.map((c) => ({ ...c, department: undefined })) };
    expect(analyzeAccount(noDepartment).keySuggestions[0]).toMatchObject({
      contactId: 'cPower',
      memberId: 'm2',
      why: 'Paula Power is a Power buyer nobody knows; Theo Brandt can meet them as a senior peer.',
    });
  });
});
