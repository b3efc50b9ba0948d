import { LightningElement, api } from 'lwc';

/**
 * One piece of advice of the warnings card: a rule's warnings of one severity, with the people it names. The card
 * hands it the same `advice` object while an edit leaves the rule group and the rep's toggles for it alone, and LWC
 * renders a child again only when a property it was given changes: on an edit only the changed groups are rendered
 * and diffed, not the whole list. The rep's clicks go to the card, which holds the toggles and links to the map.
 */
export default class CoverageWarningGroup extends LightningElement {
  /** A rule group as the card lists it (see coverageWarnings `listedRule`). */
  @api advice;

  handleShow(event) {
    const { contact, member } = event.currentTarget.dataset;
    this.dispatchEvent(new CustomEvent('show', { detail: { contactId: contact, memberId: member } }));
  }

  handleEveryone() {
    this.dispatchEvent(new CustomEvent('everyone', { detail: { key: this.advice.key } }));
  }

  handleDetailsToggle(event) {
    const { open } = event.currentTarget;
    this.dispatchEvent(new CustomEvent('detailstoggle', { detail: { key: this.advice.key, open } }));
  }
}
