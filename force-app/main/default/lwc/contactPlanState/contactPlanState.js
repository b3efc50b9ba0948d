import { LightningElement, api } from 'lwc';
import { errorMessages, hasErrors, isPermissionError } from 'c/contactPlanData';

/**
 * The loading, no-permission, error and empty states every Contact Plan card shows above its content. The card
 * keeps the data and the toast and hands over where it stands in one `state` object (contactPlanData's `cardState`);
 * this child only says so, with the same words on every card.
 */
export default class ContactPlanState extends LightningElement {
  /**
   * `{ loading, loadingLabel, errors, errorLabel, empty, emptyText, emptyTone }`: `loading` shows a spinner named
   * `loadingLabel`; `errors` (the wire's: GraphQL, LDS or JS) show the access message for a permission error, else
   * `errorLabel: the messages`; `empty` (loaded without errors, nothing to show) shows `emptyText`, in the `weak` tone
   * or `success` (nothing here, and that is good news).
   */
  @api state;

  get current() {
    return this.state || {};
  }

  get loading() {
    return Boolean(this.current.loading);
  }

  get loadingLabel() {
    return this.current.loadingLabel || 'Loading';
  }

  get errorLabel() {
    return this.current.errorLabel || 'Could not load';
  }

  get emptyText() {
    return this.current.emptyText || '';
  }

  get hasErrors() {
    return hasErrors(this.current.errors);
  }

  get noPermission() {
    return this.hasErrors && isPermissionError(this.current.errors);
  }

  get hasError() {
    return this.hasErrors && !this.noPermission;
  }

  get errorText() {
    return errorMessages(this.current.errors).join(' ');
  }

  get showEmpty() {
    return Boolean(this.current.empty) && !this.loading && !this.hasErrors;
  }

  get emptyClass() {
    return this.current.emptyTone === 'success' ? 'cp-empty slds-text-color_success' : 'cp-empty slds-text-color_weak';
  }
}
