import { toDayNumber } from './dates';
import { inTouchWindow } from './evidence';
import type { Settings } from './settings';
import type { AccountPlan } from './types';

/** A contact–member pair's touches as the grade suggestion sees them. */
export interface PairTouches {
  contactId: string;
  memberId: string;
  /** The latest touch on or before `asOf`. */
  lastTouch: string;
  /** Touches in the touch window (`touchWindowDays`, inclusive: day N back counts): the count the reasons name. */
  recentTouches: number;
}

const byIds = (a: PairTouches, b: PairTouches): number =>
  a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : a.memberId < b.memberId ? -1 : 1;

/**
 * Last touch and recent touches of every pair with a touch on or before `asOf`, sorted by contact id, then member
 * id. Touches after `asOf` (a scheduled meeting) are left out, as the evidence leaves them out.
 */
export function pairTouches(plan: AccountPlan, settings: Pick<Settings, 'touchWindowDays'>): PairTouches[] {
  const asOfDay = toDayNumber(plan.asOf);
  const byPair = new Map<string, PairTouches & { lastDay: number }>();
  for (const touch of plan.touches) {
    const day = toDayNumber(touch.date);
    if (day > asOfDay) continue;
    const key = `${touch.contactId}\u0000${touch.memberId}`;
    let pair = byPair.get(key);
    if (!pair) {
      pair = {
        contactId: touch.contactId,
        memberId: touch.memberId,
        lastTouch: touch.date,
        lastDay: day,
        recentTouches: 0,
      };
      byPair.set(key, pair);
    } else if (day > pair.lastDay) {
      pair.lastTouch = touch.date;
      pair.lastDay = day;
    }
    if (inTouchWindow(day, asOfDay, settings)) pair.recentTouches += 1;
  }
  return [...byPair.values()]
    .map(({ contactId, memberId, lastTouch, recentTouches }) => ({ contactId, memberId, lastTouch, recentTouches }))
    .sort(byIds);
}
