// @salesforce/i18n/locale in the preview: the browser's language stands in for the Salesforce user's locale.
export default (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
