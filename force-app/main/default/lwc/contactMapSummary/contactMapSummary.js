import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import { GRADES } from 'c/contactPlanData';

// One formatter per locale: building an Intl.DateTimeFormat costs far more than formatting with one, and the strip
// formats every snapshot's date again each time a grade edit changes its score.
const FORMATTERS = new Map();
// The snapshots' history text, per snapshots list: an edit changes the score, not the snapshots.
const HISTORIES = new WeakMap();

/** A core date (YYYY-MM-DD) in the user's locale, e.g. "Nov 19, 2026" for en-US, "19.11.2026" for de-DE. */
export function localDate(isoDate, locale = LOCALE) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(isoDate));
  if (!match) return String(isoDate);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!FORMATTERS.has(locale)) {
    FORMATTERS.set(locale, new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  }
  return FORMATTERS.get(locale).format(date);
}

/** The strip above the map: relationships per grade, the coverage score, and its trend from the nightly snapshots. */
export default class ContactMapSummary extends LightningElement {
  @api gradeCounts;
  @api score;
  /** Coverage snapshots, oldest first: [{ asOf, score }]. */
  @api snapshots = [];

  get counts() {
    const counts = this.gradeCounts || {};
    return GRADES.map((grade) => ({
      code: grade.code,
      count: counts[grade.code] || 0,
      label: `${grade.label}: ${counts[grade.code] || 0}`,
      cssClass: `cp-count cp-grade_${grade.code}`,
      // The colours are the map's (custom properties on its :host, contactMap.css), so they are defined once.
      style: `background: var(--cp-grade-${grade.code}-background); color: var(--cp-grade-${grade.code}-color)`,
    }));
  }

  get lastSnapshot() {
    const snapshots = this.snapshots || [];
    return snapshots.length ? snapshots[snapshots.length - 1] : undefined;
  }

  get trendText() {
    const last = this.lastSnapshot;
    if (!last) return 'No earlier score yet';
    const delta = this.score - last.score;
    const since = localDate(last.asOf);
    if (delta === 0) return `Unchanged since ${since}`;
    return `${delta > 0 ? 'Up' : 'Down'} ${Math.abs(delta)} since ${since}`;
  }

  get trendIcon() {
    const last = this.lastSnapshot;
    if (!last || this.score === last.score) return 'utility:dash';
    return this.score > last.score ? 'utility:arrowup' : 'utility:arrowdown';
  }

  get history() {
    const snapshots = this.snapshots || [];
    if (!HISTORIES.has(snapshots)) {
      HISTORIES.set(
        snapshots,
        snapshots.map((snapshot) => `${localDate(snapshot.asOf)}: ${snapshot.score}`).join(', '),
      );
    }
    return HISTORIES.get(snapshots);
  }
}
