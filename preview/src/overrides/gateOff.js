// A platform gate switched off for the preview: the combobox's ElementInternals need native shadow, and the preview
// renders with synthetic shadow so that SLDS styles reach inside the components as they do in Lightning Experience.
export default { isOpen: () => false };
