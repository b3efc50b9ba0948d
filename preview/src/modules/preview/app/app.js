import { LightningElement, api } from 'lwc';
import { request } from 'preview/lds';

const TOAST_MS = 6000;

/** The Account record page of the preview (the components the flexipage places) or My Relationships, and a toast area. */
export default class App extends LightningElement {
  @api recordId;
  /** `map` renders the contact map alone (the UI benchmark); anything else renders the whole page. */
  @api layout;
  /** `my-relationships` renders the My Relationships app page instead of the Account page. */
  @api page;
  /** My Relationships' App Builder property (rows before Show all; 0 = all), from the URL. */
  @api maxRows;
  accountName = '';
  toasts = [];
  nextToast = 1;

  get showPanels() {
    return this.layout !== 'map';
  }

  get isMyRelationships() {
    return this.page === 'my-relationships';
  }

  get rowLimit() {
    return this.maxRows === undefined || this.maxRows === null ? 50 : Number(this.maxRows);
  }

  connectedCallback() {
    this.template.addEventListener('lightning__showtoast', (event) => this.showToast(event.detail));
    if (!this.isMyRelationships) this.loadName();
  }

  async loadName() {
    try {
      const account = await request('GET', `/sobjects/Account/${this.recordId}?fields=Name`);
      this.accountName = account.Name;
    } catch {
      this.accountName = this.recordId;
    }
  }

  showToast(detail) {
    const id = this.nextToast++;
    const variant = detail.variant || 'info';
    this.toasts = [
      ...this.toasts,
      {
        id,
        title: detail.title,
        message: detail.message,
        cssClass: `slds-notify slds-notify_toast slds-theme_${variant === 'error' ? 'error' : variant}`,
        role: variant === 'error' ? 'alert' : 'status',
      },
    ];
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout(() => this.dismiss(id), TOAST_MS);
  }

  dismiss(id) {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  handleDismiss(event) {
    this.dismiss(Number(event.currentTarget.dataset.id));
  }
}
