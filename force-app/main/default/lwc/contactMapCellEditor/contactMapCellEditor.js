import { LightningElement, api } from 'lwc';
import { GRADES, HORIZON_OPTIONS, countdownText, gradeLabel } from 'c/contactPlanData';

/**
 * Editor for one map cell, shown as a popover beside it: set, clear or accept the suggested grade (each grade with its
 * meaning, from the planning core), mark a key intersection with its horizon, read the reasons.
 * Emits `gradechange` { grade }, `keychange` { key, horizon } and `close`; the map does the saving and puts focus
 * back on the cell.
 */
export default class ContactMapCellEditor extends LightningElement {
  /** { contactName, memberName, manual, suggested, effective, dropsOn, dropsTo, nextMove, reasons, isKey, horizon } */
  @api cell;
  @api saving = false;

  /** Moves focus into the editor: onto the rep's current grade, else the suggested one, else the first grade. */
  @api
  focus() {
    const wanted = this.cell.manual || this.cell.suggested || GRADES[0].code;
    const button =
      this.template.querySelector(`button[data-grade="${wanted}"]`) || this.template.querySelector('button');
    if (button) button.focus();
  }

  get heading() {
    return `${this.cell.memberName} and ${this.cell.contactName}`;
  }

  get gradeChoices() {
    return GRADES.map((grade) => {
      const pressed = this.cell.manual === grade.code;
      const suggested = !this.cell.manual && this.cell.suggested === grade.code;
      return {
        code: grade.code,
        name: suggested ? `${grade.label} (suggested)` : grade.label,
        meaning: grade.meaning,
        pressed: String(pressed),
        cssClass: 'cp-grade-choice',
        letterClass: `cp-grade-letter cp-grade_${grade.code}`,
      };
    });
  }

  get effectiveText() {
    const { effective, manual } = this.cell;
    if (!effective) return 'No relationship';
    const source = manual ? 'set by a rep' : 'suggested from activity';
    return `${effective}: ${gradeLabel(effective)} (${source})`;
  }

  /** When gravity will lower the rep's grade if nothing new happens: "S until 9 Dec 2026, then I" (or ''). */
  get countdown() {
    return countdownText(this.cell);
  }

  /** The suggestion can be taken as the rep's own grade when there is one and the rep's grade differs from it. */
  get canAccept() {
    const { suggested, manual } = this.cell;
    return Boolean(suggested) && suggested !== manual;
  }

  get acceptLabel() {
    return `Accept the suggestion: ${this.cell.suggested} ${gradeLabel(this.cell.suggested)}`;
  }

  get hasReasons() {
    return this.cell.reasons && this.cell.reasons.length > 0;
  }

  get reasons() {
    return this.cell.reasons.map((text, index) => ({ key: `reason-${index}`, text }));
  }

  get horizonOptions() {
    return HORIZON_OPTIONS;
  }

  get horizonValue() {
    return this.cell.horizon || '90';
  }

  get horizonDisabled() {
    return !this.cell.isKey || this.saving;
  }

  get clearDisabled() {
    return !this.cell.manual || this.saving;
  }

  emitGrade(grade) {
    this.dispatchEvent(new CustomEvent('gradechange', { detail: { grade } }));
  }

  handleGradeClick(event) {
    this.emitGrade(event.currentTarget.dataset.grade);
  }

  handleAccept() {
    this.emitGrade(this.cell.suggested);
  }

  handleClear() {
    this.emitGrade(undefined);
  }

  handleKeyToggle(event) {
    // lightning-input reports a toggle's new state in the change event's detail.
    const key = event.detail && typeof event.detail.checked === 'boolean' ? event.detail.checked : event.target.checked;
    this.dispatchEvent(new CustomEvent('keychange', { detail: { key, horizon: key ? this.horizonValue : undefined } }));
  }

  handleHorizonChange(event) {
    this.dispatchEvent(new CustomEvent('keychange', { detail: { key: true, horizon: event.detail.value } }));
  }

  handleClose() {
    this.dispatchEvent(new CustomEvent('close'));
  }

  handleKeydown(event) {
    if (event.key !== 'Escape') return;
    // Escape closes the editor, not the page's own dialogs around it.
    event.stopPropagation();
    this.handleClose();
  }
}
