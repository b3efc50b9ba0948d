import { fromDayNumber } from './dates';
import type { Settings } from './settings';
import type { Grade } from './types';

/** What the plan shows about one contact–member pair, as day numbers on or before `asOf`. */
export interface PairEvidence {
  /** Days of every past touch (any kind), in no particular order. */
  touchDays: number[];
  lastMeetingDay?: number;
  /** The earliest touch dated after `asOf` (a scheduled meeting, say): when it passes the evidence changes. */
  nextFutureTouchDay?: number;
  /** Days of every touch dated after `asOf`, in no particular order (the gravity countdown counts them). */
  scheduledTouchDays?: number[];
  /** The most recent Closed Won opportunity with the contact in a role and the member on it. */
  lastWon?: { day: number; opportunityId: string };
}

export interface SuggestedGrade {
  grade?: Grade;
  reasons: string[];
  /** Day number on which this suggestion would change if nothing new happened. */
  changesOn?: number;
}

export function emptyEvidence(): PairEvidence {
  return { touchDays: [] };
}

/**
 * Whether a touch on `day` is in the touch window of `asOfDay`: "in the last N days" counts day N back, and a
 * touch after `asOf` is not in it.
 */
export function inTouchWindow(day: number, asOfDay: number, settings: Pick<Settings, 'touchWindowDays'>): boolean {
  return day <= asOfDay && asOfDay - day <= settings.touchWindowDays;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 'es'}`;
}

function earliest(...days: Array<number | undefined>): number | undefined {
  const defined = days.filter((day): day is number => day !== undefined);
  return defined.length > 0 ? Math.min(...defined) : undefined;
}

/**
 * The grade the evidence alone supports (docs/method.md §1.4). Evidence never suggests above S: Trust and Open need a
 * person's judgment. Touches that fall short of the S rule (no meeting lately, too few touches, all old) suggest I.
 */
export function suggestGrade(evidence: PairEvidence, asOfDay: number, settings: Settings): SuggestedGrade {
  const touchesNewestFirst = [...evidence.touchDays].sort((a, b) => b - a);
  const lastTouchDay = touchesNewestFirst[0];
  const recentTouches = touchesNewestFirst.filter((day) => inTouchWindow(day, asOfDay, settings)).length;
  const meetingAge = evidence.lastMeetingDay === undefined ? undefined : asOfDay - evidence.lastMeetingDay;
  const byTouches =
    meetingAge !== undefined && meetingAge <= settings.meetingWindowDays && recentTouches >= settings.minRecentTouches;
  const byWin = evidence.lastWon !== undefined && asOfDay - evidence.lastWon.day <= settings.wonWindowDays;

  if (byTouches || byWin) {
    const reasons: string[] = [];
    let expiresOn = -Infinity;
    if (byTouches && evidence.lastMeetingDay !== undefined) {
      reasons.push(`last meeting ${fromDayNumber(evidence.lastMeetingDay)}`);
      reasons.push(`${plural(recentTouches, 'touch')} in the last ${settings.touchWindowDays} days`);
      const supportingTouch = touchesNewestFirst[settings.minRecentTouches - 1] ?? evidence.lastMeetingDay;
      const meetingExpires = evidence.lastMeetingDay + settings.meetingWindowDays + 1;
      expiresOn = Math.max(expiresOn, Math.min(meetingExpires, supportingTouch + settings.touchWindowDays + 1));
    }
    if (byWin && evidence.lastWon) {
      reasons.push(
        `Closed Won opportunity ${evidence.lastWon.opportunityId} on ${fromDayNumber(evidence.lastWon.day)}`,
      );
      expiresOn = Math.max(expiresOn, evidence.lastWon.day + settings.wonWindowDays + 1);
    }
    return { grade: 'S', reasons, changesOn: earliest(expiresOn, evidence.nextFutureTouchDay) };
  }

  if (lastTouchDay === undefined) {
    return { reasons: [], changesOn: evidence.nextFutureTouchDay };
  }
  const lastTouch = fromDayNumber(lastTouchDay);
  let reason: string;
  if (asOfDay - lastTouchDay > settings.noMeetingWindowDays) {
    reason = `only touches older than ${settings.noMeetingWindowDays} days (last ${lastTouch})`;
  } else if (meetingAge === undefined || meetingAge > settings.noMeetingWindowDays) {
    reason = `no meeting in the last ${settings.noMeetingWindowDays} days (last touch ${lastTouch})`;
  } else if (meetingAge > settings.meetingWindowDays) {
    reason = `last meeting ${fromDayNumber(asOfDay - meetingAge)}, over ${settings.meetingWindowDays} days ago`;
  } else {
    reason =
      `last meeting ${fromDayNumber(asOfDay - meetingAge)} but only ${plural(recentTouches, 'touch')} in the last ` +
      `${settings.touchWindowDays} days (S needs ${settings.minRecentTouches})`;
  }
  return { grade: 'I', reasons: [reason], changesOn: evidence.nextFutureTouchDay };
}
