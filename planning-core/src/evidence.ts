import { fromDayNumber } from './dates';
import type { Settings } from './settings';
import type { EvidenceSummary, Grade } from './types';

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
  /** Set when the evidence is a sync's summary (no touch days): its last touch and its count of recent touches. */
  counted?: { lastTouchDay?: number; recentTouches: number };
  /** The suggestion the sync made from the full evidence, used as is. */
  stored?: { grade: Grade; reasons: string[] };
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

function earliest(a: number, b: number | undefined): number {
  return b === undefined ? a : Math.min(a, b);
}

/** The newest day but `rank - 1` (rank 1: the newest) of `days`, or undefined when there are fewer. */
function newest(days: readonly number[], rank: number): number | undefined {
  if (days.length < rank) return undefined;
  if (rank === 1) return maxOf(days);
  const sorted = Float64Array.from(days).sort();
  return sorted[sorted.length - rank];
}

function maxOf(days: readonly number[]): number | undefined {
  let last: number | undefined;
  for (const day of days) if (last === undefined || day > last) last = day;
  return last;
}

function countInTouchWindow(days: readonly number[], asOfDay: number, settings: Settings): number {
  let count = 0;
  for (const day of days) if (inTouchWindow(day, asOfDay, settings)) count += 1;
  return count;
}

/**
 * The grade the evidence alone supports (docs/method.md §1.4). Evidence never suggests above S: Trust and Open need a
 * person's judgment. Touches that fall short of the S rule (no meeting lately, too few touches, all old) suggest I.
 */
export function suggestGrade(evidence: PairEvidence, asOfDay: number, settings: Settings): SuggestedGrade {
  if (evidence.stored) return { grade: evidence.stored.grade, reasons: [...evidence.stored.reasons] };
  const lastTouchDay = evidence.counted ? evidence.counted.lastTouchDay : maxOf(evidence.touchDays);
  const recentTouches = evidence.counted
    ? evidence.counted.recentTouches
    : countInTouchWindow(evidence.touchDays, asOfDay, settings);
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
      // A summary has no touch days: its suggestion is reviewed when the meeting leaves the window.
      const supportingTouch = evidence.counted
        ? evidence.lastMeetingDay
        : (newest(evidence.touchDays, settings.minRecentTouches) ?? evidence.lastMeetingDay);
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

/** The last touch of the evidence (a summary's, or the newest of its touch days). */
export function lastTouchOf(evidence: PairEvidence | undefined): number | undefined {
  if (!evidence) return undefined;
  if (evidence.counted) return evidence.counted.lastTouchDay;
  return maxOf(evidence.touchDays);
}

/** The evidence a sync's summary stands for (`dayOf` turns its dates into day numbers). */
export function evidenceFromSummary(summary: EvidenceSummary, dayOf: (date: string) => number): PairEvidence {
  const evidence: PairEvidence = {
    touchDays: [],
    counted: {
      recentTouches: summary.recentTouches,
      ...(summary.lastTouch ? { lastTouchDay: dayOf(summary.lastTouch) } : {}),
    },
  };
  if (summary.lastMeeting) evidence.lastMeetingDay = dayOf(summary.lastMeeting);
  if (summary.suggested) evidence.stored = { grade: summary.suggested, reasons: summary.reasons ?? [] };
  if (summary.scheduledTouches?.length) {
    evidence.scheduledTouchDays = summary.scheduledTouches.map(dayOf);
    evidence.nextFutureTouchDay = Math.min(...evidence.scheduledTouchDays);
  }
  return evidence;
}

/** One pair's evidence as a summary (what the sync writes to the pair's svc fields), on `asOfDay`. */
export function summarize(
  ids: { contactId: string; memberId: string },
  evidence: PairEvidence,
  asOfDay: number,
  settings: Settings,
): EvidenceSummary {
  const lastTouchDay = lastTouchOf(evidence);
  const recentTouches = evidence.counted
    ? evidence.counted.recentTouches
    : countInTouchWindow(evidence.touchDays, asOfDay, settings);
  const suggestion = suggestGrade(evidence, asOfDay, settings);
  const summary: EvidenceSummary = { contactId: ids.contactId, memberId: ids.memberId, recentTouches };
  if (lastTouchDay !== undefined) summary.lastTouch = fromDayNumber(lastTouchDay);
  if (evidence.lastMeetingDay !== undefined) summary.lastMeeting = fromDayNumber(evidence.lastMeetingDay);
  if (suggestion.grade) {
    summary.suggested = suggestion.grade;
    summary.reasons = suggestion.reasons;
  }
  if (evidence.scheduledTouchDays?.length) summary.scheduledTouches = evidence.scheduledTouchDays.map(fromDayNumber);
  return summary;
}
