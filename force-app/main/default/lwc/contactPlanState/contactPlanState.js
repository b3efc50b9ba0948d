import { LightningElement, api } from 'lwc';
import { errorMessages, isPermissionError } from 'c/contactPlanData';

/**
 * The loading, no-permission, error and empty states every Contact Plan card shows above its content. The card
 * keeps the data and the toast; this child only says where things stand, with the same words on every card.
 */
export default class ContactPlanState extends LightningElement {
  /** Data has not arrived yet: shows a spinner with `loadingLabel` as its accessible name. */
  @api loading = false;
  @api loadingLabel = 'Loading';
  /** The wire's errors (GraphQL, LDS or JS); a permission error shows the access message, any other the error. */
  @api errors;
  /** Starts the error line, e.g. "The blueprints could not load" (the messages follow after a colon). */
  @api errorLabel = 'Could not load';
  /** Loaded without errors but with nothing to show: shows `emptyText`. */
  @api empty = false;
  @api emptyText = '';
  /** `weak` (nothing here yet) or `success` (nothing here, and that is good news). */
  @api emptyTone = 'weak';

  get hasErrors() {
    return Boolean(this.errors) && errorMessages(this.errors).length > 0;
  }

  get noPermission() {
    return this.hasErrors && isPermissionError(this.errors);
  }

  get hasError() {
    return this.hasErrors && !this.noPermission;
  }

  get errorText() {
    return errorMessages(this.errors).join(' ');
  }

  get showEmpty() {
    return Boolean(this.empty) && !this.loading && !this.hasErrors;
  }

  get emptyClass() {
    return this.emptyTone === 'success' ? 'cp-empty slds-text-color_success' : 'cp-empty slds-text-color_weak';
  }
}
