// `@salesforce/user/Id` in the preview: the id of the user the preview server signed in as, which the page carries
// (on the platform, the signed-in user's id).
export default document.body.dataset.userId || undefined;
