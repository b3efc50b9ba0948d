// Entry of the local preview: SLDS styles reach inside components through synthetic shadow, as on the platform.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'preview/app';

const params = new URLSearchParams(window.location.search);
const app = createElement('preview-app', { is: App });
app.recordId = params.get('recordId') || document.body.dataset.recordId;
app.layout = params.get('layout') || undefined;
app.page = params.get('page') || undefined;
app.maxRows = params.get('maxRows') ?? undefined;
document.body.appendChild(app);
