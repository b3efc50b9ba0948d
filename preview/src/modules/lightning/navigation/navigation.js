// Preview implementation of lightning/navigation: page references become preview URLs. An Account record page is
// `/?recordId=…` with its state as query parameters (`c__contactId`, `c__memberId`); the My Relationships tab is
// `/?page=my-relationships`. CurrentPageReference reads the URL back into a page reference.

const PAGES_BY_TAB = { My_Relationships: 'my-relationships' };
const TABS_BY_PAGE = Object.fromEntries(Object.entries(PAGES_BY_TAB).map(([tab, page]) => [page, tab]));

/** The preview URL of a page reference (undefined for a page the preview does not render). */
export function urlOf(pageRef) {
  const params = new URLSearchParams();
  const { type, attributes = {}, state = {} } = pageRef || {};
  if (type === 'standard__recordPage' && attributes.recordId) params.set('recordId', attributes.recordId);
  else if (type === 'standard__navItemPage' && PAGES_BY_TAB[attributes.apiName]) {
    params.set('page', PAGES_BY_TAB[attributes.apiName]);
  } else return undefined;
  Object.entries(state).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  });
  return `/?${params.toString()}`;
}

/** The page reference of the preview's current URL. */
export function currentPageReference(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = Object.fromEntries([...params].filter(([key]) => key.startsWith('c__')));
  const page = params.get('page');
  if (page && TABS_BY_PAGE[page]) {
    return { type: 'standard__navItemPage', attributes: { apiName: TABS_BY_PAGE[page] }, state };
  }
  const recordId = params.get('recordId') || document.body.dataset.recordId;
  return {
    type: 'standard__recordPage',
    attributes: { recordId, objectApiName: 'Account', actionName: 'view' },
    state,
  };
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageRef) {
      const url = urlOf(pageRef);
      if (url) window.location.assign(url);
    }

    [GenerateUrl](pageRef) {
      return Promise.resolve(urlOf(pageRef));
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** Wire adapter: delivers the current page reference once (the preview navigates by loading a new page). */
export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  connect() {
    this.dataCallback(currentPageReference());
  }

  disconnect() {}

  update() {}
}
