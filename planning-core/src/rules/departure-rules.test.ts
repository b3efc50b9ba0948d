import { analyzeAccount, analyzeWithReview } from '../analyze';
import { InvalidPlanError } from '../schema';
import { AS_OF, contact, daysAgo, member, plan, relationship, warningsOf } from '../testing';
import type { Departure } from '../types';

const dana = member('m1', { name: 'Dana Whitfield' });
const uma = member('m2', { name: 'Uma Patel' });

function leaver(extra: Partial<Departure> = {}): Departure {
  return {
    contactId: 'c9',
    name: 'Ada Ng',
    reason: 'moved',
    leftOn: daysAgo(2),
    toAccountName: 'Northwind Freight',
    relationships: [{ memberId: 'm1', grade: 'O' }],
    ...extra,
  };
}

const withDepartures = (departures: Departure[]) =>
  plan({
    contacts: [contact('c1', { roles: ['User'] })],
    members: [dana, uma],
    relationships: [relationship('c1', 'm2', { grade: 'S', gradedOn: AS_OF })],
    departures,
  });

describe('CONTACT_LEFT', () => {
  it('names who left, where to and which relationships went with them', () => {
    const departure = leaver({
      relationships: [
        { memberId: 'm1', grade: 'O' },
        { memberId: 'm2', grade: 'S' },
      ],
    });
    expect(warningsOf(analyzeAccount(withDepartures([departure])), 'CONTACT_LEFT')).toEqual([
      {
        rule: 'CONTACT_LEFT',
        severity: 'high',
        contactId: 'c9',
        message:
          'Ada Ng moved to Northwind Freight, taking the relationships with Dana Whitfield (O), ' +
          'Uma Patel (S): find who takes over their part here and follow them to Northwind Freight: they already ' +
          'know us there.',
      },
    ]);
  });

  it('is high for a Power buyer or a Trust/Open relationship, medium for another buyer or S, else low', () => {
    const severity = (d: Partial<Departure>) =>
      warningsOf(analyzeAccount(withDepartures([leaver(d)])), 'CONTACT_LEFT').map((w) => w.severity);
    expect(severity({ relationships: [{ memberId: 'm1', grade: 'T' }] })).toEqual(['high']);
    expect(severity({ roles: ['Power'], relationships: [{ memberId: 'm1', grade: 'I' }] })).toEqual(['high']);
    expect(severity({ roles: ['Advisor'], relationships: [{ memberId: 'm1', grade: 'I' }] })).toEqual(['medium']);
    expect(severity({ relationships: [{ memberId: 'm1', grade: 'S' }] })).toEqual(['medium']);
    expect(severity({ relationships: [{ memberId: 'm1', grade: 'D' }] })).toEqual(['low']);
    // Ungraded records alone are no relationship: nothing left with the contact.
    expect(severity({ relationships: [{ memberId: 'm1' }] })).toEqual([]);
  });

  it('says how a contact merged away or deleted left, without following a deleted one', () => {
    const messages = (d: Partial<Departure>) =>
      warningsOf(analyzeAccount(withDepartures([leaver(d)])), 'CONTACT_LEFT').map((w) => w.message);
    expect(messages({ reason: 'merged' })).toEqual([
      'Ada Ng was merged into a contact at Northwind Freight, taking the relationships with Dana ' +
        'Whitfield (O): find who takes over their part here and follow them to Northwind Freight: they already know ' +
        'us there.',
    ]);
    expect(messages({ reason: 'deleted', name: 'A contact', toAccountName: undefined })).toEqual([
      'A contact was deleted from Salesforce, taking the relationships with Dana Whitfield ' +
        '(O): find who takes over their part here.',
    ]);
  });

  it('fires for departureWindowDays after the day it was seen; the review date is the day it stops', () => {
    const fired = (age: number) =>
      warningsOf(analyzeAccount(withDepartures([leaver({ leftOn: daysAgo(age) })])), 'CONTACT_LEFT').length;
    expect([fired(0), fired(90), fired(91)]).toEqual([1, 1, 0]);
    expect(
      warningsOf(
        analyzeAccount(withDepartures([leaver({ leftOn: daysAgo(100) })]), { departureWindowDays: 120 }),
        'CONTACT_LEFT',
      ),
    ).toHaveLength(1);
    expect(analyzeWithReview(withDepartures([leaver({ leftOn: daysAgo(80) })])).reviewOn).toBe('2026-12-01');
  });

  it('rejects a departure with a bad reason, naming the field', () => {
    const bad = { ...withDepartures([]), departures: [{ ...leaver(), reason: 'fired' }] };
    expect(() => analyzeAccount(bad as never)).toThrow(InvalidPlanError);
    expect(() => analyzeAccount(bad as never)).toThrow('departures[0].reason: expected one of moved,merged,deleted');
  });
});
