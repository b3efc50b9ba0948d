// The coverage score over the last 90 days from the daily snapshots the sync wrote, with the days it changed and
// why: the warnings that appeared (First_Seen__c) or were resolved (the sync run that set Status__c to Resolved)
// between two snapshots and within the window, else the change in warning counts by severity.
import { daysBetween } from 'c/planningCore';
import { RULE_LABELS, SEVERITIES } from 'c/contactPlanData';
import { nodesOf, shortDay, valueOf } from 'c/contactPlanLists';
import { WINDOW_DAYS, windowStart } from './window';

export { WINDOW_DAYS };

// The chart's drawing area (SVG user units).
export const CHART = { width: 320, height: 120, left: 28, right: 8, top: 8, bottom: 20 };

const COUNT_FIELDS = {
  critical: 'Count_Critical__c',
  high: 'Count_High__c',
  medium: 'Count_Medium__c',
  low: 'Count_Low__c',
};

function warningName(node) {
  const rule = valueOf(node.Rule__c);
  const who = [
    valueOf(node.Team_Member__r && node.Team_Member__r.Name),
    valueOf(node.Contact__r && node.Contact__r.Name),
  ]
    .filter(Boolean)
    .join(' and ');
  return `${RULE_LABELS[rule] || rule}${who ? ` (${who})` : ''}`;
}

function warningDays(answer) {
  // Only the warnings that appeared or cleared on a day the score moved are named: the name is made when asked for.
  return nodesOf(answer, 'Coverage_Warning__c').map((node) => {
    const modified = valueOf(node.LastModifiedDate);
    return {
      id: node.Id,
      get name() {
        return warningName(node);
      },
      appeared: valueOf(node.First_Seen__c),
      cleared: valueOf(node.Status__c) === 'Resolved' && modified ? String(modified).slice(0, 10) : undefined,
    };
  });
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the severity counts say changed between two snapshots ("1 more high warning, 2 fewer low warnings"). */
function countChanges(before, after) {
  return SEVERITIES.map(({ code, label }) => {
    const delta = (after.counts[code] || 0) - (before.counts[code] || 0);
    if (!delta) return undefined;
    return `${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} ${label.toLowerCase()} ${delta === 1 || delta === -1 ? 'warning' : 'warnings'}`;
  }).filter(Boolean);
}

/**
 * The trend as of `today` (YYYY-MM-DD): { points, changes, summary, first, last, empty } where `points` are the
 * snapshots in the window (oldest first, with chart coordinates) and `changes` the days the score moved, newest first.
 */
export function buildTrend(answer, today) {
  const start = windowStart(today);
  const all = nodesOf(answer, 'Coverage_Snapshot__c')
    .map((node) => ({
      day: valueOf(node.As_Of__c),
      score: Number(valueOf(node.Score__c)),
      counts: Object.fromEntries(
        Object.entries(COUNT_FIELDS).map(([code, field]) => [code, valueOf(node[field]) || 0]),
      ),
    }))
    .filter((s) => s.day && Number.isFinite(s.score) && s.day <= today)
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  const inWindow = all.filter((s) => s.day >= start);
  if (!inWindow.length) return { empty: true, points: [], changes: [] };
  const baseline = all[all.indexOf(inWindow[0]) - 1];
  const warnings = warningDays(answer);
  const { width, height, left, right, top, bottom } = CHART;
  const x = (day) => left + ((width - left - right) * daysBetween(start, day)) / WINDOW_DAYS;
  const y = (score) => top + ((height - top - bottom) * (100 - score)) / 100;
  const thisYear = today.slice(0, 4);
  const changes = [];
  const points = inWindow.map((snapshot, i) => {
    const before = i > 0 ? inWindow[i - 1] : baseline;
    const point = {
      key: snapshot.day,
      day: snapshot.day,
      score: snapshot.score,
      x: x(snapshot.day).toFixed(1),
      y: y(snapshot.score).toFixed(1),
      changed: false,
    };
    if (before && before.score !== snapshot.score) {
      // Only days in the window name a warning: a baseline older than the window's first day (days without a
      // snapshot) does not widen it, so the trend needs no warning that appeared and cleared before the window.
      const within = (day) => day && day >= start && day > before.day && day <= snapshot.day;
      const appeared = warnings.filter((w) => within(w.appeared)).map((w) => w.name);
      const cleared = warnings.filter((w) => within(w.cleared)).map((w) => w.name);
      const delta = snapshot.score - before.score;
      const reasons = [
        ...(appeared.length ? [`appeared: ${appeared.join('; ')}`] : []),
        ...(cleared.length ? [`cleared: ${cleared.join('; ')}`] : []),
      ];
      const why = reasons.length ? reasons : countChanges(before, snapshot);
      point.changed = true;
      point.label = `${shortDay(snapshot.day, thisYear)}: ${before.score} → ${snapshot.score}`;
      changes.push({
        key: snapshot.day,
        day: snapshot.day,
        dayText: shortDay(snapshot.day, thisYear),
        from: before.score,
        to: snapshot.score,
        deltaText: `${delta > 0 ? '+' : '−'}${Math.abs(delta)}`,
        cssClass: `cp-change ${delta > 0 ? 'cp-change_up' : 'cp-change_down'}`,
        why: why.length ? why.join('; ') : 'no warning changed (a grade mix moved the score)',
        appeared,
        cleared,
      });
    }
    return point;
  });
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    `Coverage score over the last ${WINDOW_DAYS} days: ${first.score} on ${shortDay(first.day, thisYear)}, ` +
    `${last.score} on ${shortDay(last.day, thisYear)}; ` +
    (changes.length ? `it changed on ${plural(changes.length, 'day')}.` : 'it did not change.');
  return {
    empty: false,
    points,
    changes: changes.reverse(),
    summary,
    polyline: points.map((p) => `${p.x},${p.y}`).join(' '),
    startLabel: shortDay(start, thisYear),
    endLabel: shortDay(today, thisYear),
  };
}
