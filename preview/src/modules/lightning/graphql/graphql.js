// Preview implementation of lightning/graphql: POSTs the query to the org's GraphQL API and emits { data, errors }.
import { onRecordChange, request, rememberTypes } from 'preview/lds';

/** The query text; the platform parses it at compile time, the preview sends it as written. */
export function gql(strings, ...values) {
  return strings.reduce((text, part, index) => text + part + (index < values.length ? values[index] : ''), '');
}

const adapters = new Set();
// Like LDS, identical queries in flight share one request and one answer object.
const inFlight = new Map();

function post(body) {
  const key = JSON.stringify(body);
  if (!inFlight.has(key)) {
    const pending = request('POST', '/graphql', body).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return inFlight.get(key);
}

export class graphql {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.config = undefined;
    this.stop = undefined;
  }

  connect() {
    adapters.add(this);
    this.stop = onRecordChange(() => this.fetch());
  }

  disconnect() {
    adapters.delete(this);
    if (this.stop) this.stop();
  }

  update(config) {
    this.config = config;
    this.fetch();
  }

  async fetch() {
    const config = this.config;
    const { query, variables, operationName } = config || {};
    if (!query || (variables && Object.values(variables).some((v) => v === undefined))) return;
    // The UI benchmark's page-ready figure starts at the page's first request for data.
    if (performance.getEntriesByName('lds:graphql-request').length === 0) performance.mark('lds:graphql-request');
    try {
      const answer = await post({ query, variables, operationName });
      // The query or its variables changed while this answer was on its way (a next page, a fallback query): the
      // answer to the config now in force follows, and only that one reaches the component.
      if (config !== this.config) return;
      if (answer.data && answer.data.uiapi) rememberTypes(answer.data.uiapi.query);
      const errors = answer.errors && answer.errors.length ? answer.errors : undefined;
      // The UI benchmark measures from this mark to the first frame that shows the answer.
      performance.mark('lds:graphql-emit');
      this.dataCallback({ data: errors ? undefined : answer.data, errors, refresh: () => this.fetch() });
      performance.mark('lds:graphql-delivered');
    } catch (error) {
      if (config !== this.config) return;
      const errors = Array.isArray(error.body) ? error.body : [{ message: error.message }];
      this.dataCallback({ data: undefined, errors });
    }
  }
}

/** Re-runs every live GraphQL wire (what refreshGraphQL does for one result on the platform). */
export async function refreshGraphQL() {
  await Promise.all([...adapters].map((adapter) => adapter.fetch()));
}
