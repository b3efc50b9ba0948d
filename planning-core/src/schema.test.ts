import { analyzeAccount } from './analyze';
import { InvalidPlanError, parseAccountPlan } from './schema';
import { blueprint, contact, member, plan, relationship, touch } from './testing';
import type { AccountPlan } from './types';

function errorOf(input: unknown, settings?: object): InvalidPlanError {
  try {
    analyzeAccount(input as AccountPlan, settings);
  } catch (error) {
    if (error instanceof InvalidPlanError) return error;
    throw error;
  }
  throw new Error('expected an InvalidPlanError');
}

const base = () =>
  plan({
    contacts: [contact('c1'), contact('c2')],
    members: [member('m1')],
    relationships: [
      relationship('c1', 'm1', { grade: 'S' }),
      relationship('c2', 'm1'),
      relationship('c1', 'm1'),
      relationship('c2', 'm1'),
    ],
  });

describe('plan validation', () => {
  it('names the path and the allowed values of a bad grade', () => {
    const input = plan({
      contacts: [contact('c1'), contact('c2'), contact('c3'), contact('c4')],
      members: [member('m1')],
      relationships: ['c1', 'c2', 'c3', 'c4'].map((id) => relationship(id, 'm1')),
    });
    (input.relationships[3] as unknown as { grade: string }).grade = 'X';
    const error = errorOf(input);
    expect(error.message).toBe('relationships[3].grade: expected one of T,O,S,I,D,M');
    expect(error.path).toBe('relationships[3].grade');
  });

  it.each<[string, (input: Record<string, unknown>) => void, string]>([
    ['a missing asOf', (input) => delete input.asOf, 'asOf: is required'],
    ['a bad date', (input) => (input.asOf = '2026-02-30'), 'asOf: expected a date YYYY-MM-DD'],
    [
      'a bad role',
      (input) => ((input.contacts as Contact[])[1]!.roles = ['Power', 'Boss'] as never),
      'contacts[1].roles[1]: expected one of Power,User,Advisor,Evangelist',
    ],
    ['contacts that are not a list', (input) => (input.contacts = {}), 'contacts: expected a list'],
    ['an empty id', (input) => ((input.members as Member[])[0]!.id = ''), 'members[0].id: must not be empty'],
    [
      'a bad horizon',
      (input) => ((input.relationships as Rel[])[0]!.horizonDays = 45 as never),
      'relationships[0].horizonDays: expected one of 30,60,90',
    ],
    [
      'a touch kind',
      (input) => (input.touches = [{ ...touch('c1', 'm1', 1), kind: 'fax' }]),
      'touches[0].kind: expected one of meeting,call,email,other',
    ],
    [
      'a non-string name',
      (input) => ((input.contacts as Contact[])[0]!.name = 7 as never),
      'contacts[0].name: expected a string',
    ],
  ])('rejects %s', (_label, mutate, message) => {
    const input = structuredClone(base()) as unknown as Record<string, unknown>;
    (input.relationships as unknown[]).splice(2);
    mutate(input);
    expect(errorOf(input).message).toBe(message);
  });

  it('rejects input that is not an object', () => {
    expect(errorOf(null).message).toBe('plan: expected an object');
    expect(errorOf([]).message).toBe('plan: expected an object');
  });

  it('rejects references to unknown contacts and members', () => {
    const input = plan({ contacts: [contact('c1')], members: [member('m1')] });
    expect(errorOf({ ...input, relationships: [relationship('c9', 'm1')] }).message).toBe(
      'relationships[0].contactId: unknown contact c9',
    );
    expect(errorOf({ ...input, touches: [touch('c1', 'm1', 1), touch('c1', 'm7', 1)] }).message).toBe(
      'touches[1].memberId: unknown member m7',
    );
    expect(errorOf({ ...input, blueprints: [blueprint('c2', 'm1')] }).message).toBe(
      'blueprints[0].contactId: unknown contact c2',
    );
  });

  it('rejects duplicate ids and duplicate pairs', () => {
    expect(errorOf(base()).message).toBe('relationships[2]: duplicate pair c1:m1');
    expect(errorOf(plan({ contacts: [contact('c1'), contact('c1')] })).message).toBe('contacts[1].id: duplicate id c1');
  });

  it('treats left-out lists as empty and ignores unknown ids on opportunities', () => {
    const parsed = parseAccountPlan({
      accountId: 'a',
      asOf: '2026-11-20',
      contacts: [contact('c1')],
      members: [],
    });
    expect(parsed.touches).toEqual([]);
    const withOpportunity = plan({
      contacts: [contact('c1')],
      opportunities: [
        {
          id: 'o',
          stage: 'won',
          closeDate: '2026-10-01',
          memberIds: ['nobody'],
          contactRoles: [{ contactId: 'elsewhere', role: 'Other' }],
        },
      ],
    });
    expect(analyzeAccount(withOpportunity).cells).toEqual([]);
  });

  it('rejects bad settings with a settings path', () => {
    const valid = plan();
    expect(errorOf(valid, { gravityStepDays: 0 }).message).toBe(
      'settings.gravityStepDays: expected a whole number of at least 1',
    );
    expect(errorOf(valid, { fewOpenMinShare: 2 }).message).toBe(
      'settings.fewOpenMinShare: expected a share between 0 and 1',
    );
    expect(errorOf(valid, { scoreRoleWeights: { Power: -1 } }).message).toBe(
      'settings.scoreRoleWeights.Power: expected a number of at least 0',
    );
    expect(errorOf(valid, { scoreOtherContactWeight: Number.NaN }).message).toBe(
      'settings.scoreOtherContactWeight: expected a number of at least 0',
    );
    expect(errorOf(valid, { scorePersonShares: { high: 1.5 } }).message).toBe(
      'settings.scorePersonShares.high: expected a share between 0 and 1',
    );
    expect(errorOf(valid, { scoreAccountPoints: { low: -2 } }).message).toBe(
      'settings.scoreAccountPoints.low: expected a number of at least 0',
    );
  });
});

type Contact = AccountPlan['contacts'][number];
type Member = AccountPlan['members'][number];
type Rel = AccountPlan['relationships'][number];
