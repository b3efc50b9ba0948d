// Entry of the local preview: SLDS styles reach inside components through synthetic shadow, as on the platform.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'preview/app';

const params = new URLSearchParams(window.location.search);

function recordPage(recordId) {
  const app = createElement('preview-app', { is: App });
  app.recordId = recordId;
  app.layout = params.get('layout') || undefined;
  app.page = params.get('page') || undefined;
  app.maxRows = params.get('maxRows') ?? undefined;
  return app;
}

let shown = recordPage(params.get('recordId') || document.body.dataset.recordId);
document.body.appendChild(shown);

/**
 * Opens another record's page in this tab, as Lightning Experience does when a rep goes from one record to the next:
 * a new record page while the framework and the components' code stay loaded (the UI benchmark's second figure).
 */
window.previewOpenRecord = (recordId) => {
  const next = recordPage(recordId);
  shown.replaceWith(next);
  shown = next;
};
