import { pairTouches } from './activity';
import { suggestGrade, emptyEvidence } from './evidence';
import { toDayNumber } from './dates';
import { DEFAULT_SETTINGS } from './settings';
import { AS_OF, daysAgo, touch } from './testing';
import type { AccountPlan, Touch } from './types';

const plan = (touches: Touch[]): AccountPlan => ({
  accountId: '001A',
  asOf: AS_OF,
  contacts: [],
  members: [],
  relationships: [],
  touches,
  blueprints: [],
  opportunities: [],
});

describe('pairTouches', () => {
  it('counts a touch 90 days back in the 90-day window, not one 91 days back', () => {
    const touches = [touch('003A', '005U', 89), touch('003A', '005U', 90), touch('003A', '005U', 91)];
    expect(pairTouches(plan(touches), { touchWindowDays: 90 })).toEqual([
      { contactId: '003A', memberId: '005U', lastTouch: '2026-08-23', recentTouches: 2 },
    ]);
    expect(daysAgo(89)).toBe('2026-08-23');
    expect(daysAgo(90)).toBe('2026-08-22');
  });

  it('counts what the grade reasons count', () => {
    const ages = [0, 45, 90, 91, 200];
    const evidence = emptyEvidence();
    const asOfDay = toDayNumber(AS_OF);
    evidence.touchDays.push(...ages.map((age) => asOfDay - age));
    evidence.lastMeetingDay = asOfDay - 45;
    expect(suggestGrade(evidence, asOfDay, DEFAULT_SETTINGS).reasons).toContain('3 touches in the last 90 days');
    const [pair] = pairTouches(
      plan(ages.map((age) => touch('003A', '005U', age, age === 45 ? 'meeting' : 'call'))),
      DEFAULT_SETTINGS,
    );
    expect(pair?.recentTouches).toBe(3);
  });

  it('leaves out touches after asOf, keeps pairs apart and sorts them', () => {
    const touches = [
      touch('003B', '005U', 3),
      touch('003A', '005V', -5),
      touch('003A', '005V', 400),
      touch('003A', '005U', 1),
    ];
    expect(pairTouches(plan(touches), DEFAULT_SETTINGS)).toEqual([
      { contactId: '003A', memberId: '005U', lastTouch: daysAgo(1), recentTouches: 1 },
      { contactId: '003A', memberId: '005V', lastTouch: daysAgo(400), recentTouches: 0 },
      { contactId: '003B', memberId: '005U', lastTouch: daysAgo(3), recentTouches: 1 },
    ]);
  });
});
