import { LightningElement, api } from 'lwc';
import { GRADES, HORIZON_OPTIONS, gradeLabel } from 'c/contactPlanData';

const NO_GRADE = '';

/**
 * Editor for one map cell: set or clear the rep's grade, mark a key intersection with its horizon, read the reasons.
 * Emits `gradechange` { grade }, `keychange` { key, horizon } and `close`; the map does the saving.
 */
export default class ContactMapCellEditor extends LightningElement {
  /** { contactName, memberName, manual, suggested, effective, reasons, isKey, horizon } */
  @api cell;
  @api saving = false;

  get heading() {
    return `${this.cell.memberName} and ${this.cell.contactName}`;
  }

  get gradeOptions() {
    return [
      { label: 'No grade (no relationship)', value: NO_GRADE },
      ...GRADES.map((grade) => ({ label: `${grade.code}: ${grade.label}`, value: grade.code })),
    ];
  }

  get gradeValue() {
    return this.cell.manual || NO_GRADE;
  }

  get effectiveText() {
    const { effective, manual } = this.cell;
    if (!effective) return 'No relationship';
    const source = manual ? 'set by a rep' : 'suggested from activity';
    return `${effective}: ${gradeLabel(effective)} (${source})`;
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

  handleGradeChange(event) {
    this.dispatchEvent(new CustomEvent('gradechange', { detail: { grade: event.detail.value || undefined } }));
  }

  handleClear() {
    this.dispatchEvent(new CustomEvent('gradechange', { detail: { grade: undefined } }));
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
    if (event.key === 'Escape') this.handleClose();
  }
}
