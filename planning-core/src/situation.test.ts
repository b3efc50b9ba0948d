import { describeSituation, suggestStrategiesFor } from './situation';
import { AS_OF, contact, daysAgo, member, plan, relationship } from './testing';

describe('describeSituation', () => {
  const input = plan({
    contacts: [
      contact('c1', { title: 'Chief Operating Officer', roles: ['Power'] }),
      contact('c2', { title: 'Buyer' }),
    ],
    members: [member('m1'), member('m2')],
    relationships: [relationship('c1', 'm1', { grade: 'D', gradedOn: AS_OF })],
    opportunities: [
      {
        id: '006R',
        stage: 'open',
        closeDate: '2027-01-15',
        memberIds: ['m1'],
        contactRoles: [{ contactId: 'c1', role: 'Decision Maker' }],
      },
      {
        id: '006L',
        stage: 'open',
        closeDate: daysAgo(5),
        memberIds: [],
        contactRoles: [{ contactId: 'c1', role: 'Decision Maker' }],
      },
    ],
  });

  it('collects grade, roles, seniority and the nearest future renewal', () => {
    expect(describeSituation(input, 'c1', 'm1')).toEqual({
      current: 'D',
      roles: ['Power'],
      seniority: 'Executive',
      renewalInDays: 56,
    });
  });

  it('describes a blank pair with no renewal', () => {
    expect(describeSituation(input, 'c2', 'm2')).toEqual({ seniority: 'Staff' });
  });

  it('suggests strategies for the pair', () => {
    expect(suggestStrategiesFor(input, 'c1', 'm1').map((s) => s.strategy)).toEqual([
      'COMMITMENT',
      'RECIPROCITY',
      'AUTHORITY',
      'SCARCITY',
    ]);
    expect(suggestStrategiesFor(input, 'c1', 'm1', { renewalWindowDays: 30 }).map((s) => s.strategy)).not.toContain(
      'SCARCITY',
    );
  });
});
