import { LightningElement, api } from 'lwc';

/**
 * A labelled pick list for the panels' view controls (the map's Show and Department, the plan's focus horizon): the
 * SLDS select blueprint over a native <select>, with lightning-combobox's API (`label`, `name`, `value`, `options` of
 * { label, value }, `disabled`; a `change` event whose detail holds the value). A combobox builds a listbox, its
 * positioning and its ARIA wiring on every render, which cost the map's first frame more than the map's own cells;
 * the native control needs none of that and reads the same to a screen reader (a labelled combobox).
 */
export default class ContactPlanSelect extends LightningElement {
  @api label;
  @api name;
  @api value;
  @api options = [];
  @api disabled = false;

  get shownOptions() {
    return (this.options || []).map((option) => ({ ...option, selected: option.value === this.value }));
  }

  handleChange(event) {
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent('change', { detail: { value: event.target.value } }));
  }
}
