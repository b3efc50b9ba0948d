import { LightningElement, api } from 'lwc';
import { GRADES } from 'c/contactPlanData';

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
    if (delta === 0) return `Unchanged since ${last.asOf}`;
    return `${delta > 0 ? 'Up' : 'Down'} ${Math.abs(delta)} since ${last.asOf}`;
  }

  get trendIcon() {
    const last = this.lastSnapshot;
    if (!last || this.score === last.score) return 'utility:dash';
    return this.score > last.score ? 'utility:arrowup' : 'utility:arrowdown';
  }

  get history() {
    return (this.snapshots || []).map((snapshot) => `${snapshot.asOf}: ${snapshot.score}`).join(', ');
  }
}
