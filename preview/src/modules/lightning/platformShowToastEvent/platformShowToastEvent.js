// Preview implementation of lightning/platformShowToastEvent: the page shell listens and shows the toast.
export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super('lightning__showtoast', { composed: true, bubbles: true, cancelable: true, detail: { ...toast } });
  }
}
