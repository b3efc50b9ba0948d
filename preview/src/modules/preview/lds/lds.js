// The preview's stand-in for Lightning Data Service: the same module API as on the platform, served by the REST
// and GraphQL endpoints of the org behind the preview server (the emulator in the demo). The server adds the token.

export const API_VERSION = '64.0';
const BASE = `/services/data/v${API_VERSION}`;

// Record ids seen in GraphQL answers, by sObject type, so updateRecord/deleteRecord know which REST path to use.
const typeById = new Map();
const listeners = new Set();

export function rememberTypes(uiapiQuery) {
  Object.entries(uiapiQuery || {}).forEach(([type, connection]) => {
    ((connection && connection.edges) || []).forEach((edge) => {
      if (edge.node && edge.node.Id) typeById.set(edge.node.Id, type);
    });
  });
}

export function rememberType(id, type) {
  typeById.set(id, type);
}

export function typeOf(id) {
  const type = typeById.get(id);
  if (!type) throw ldsError(400, [{ errorCode: 'INVALID_ID', message: `Unknown record id ${id}` }]);
  return type;
}

/** LDS rejects with { status, body }; body is what the API returned (an error list for REST). */
export function ldsError(status, body) {
  const error = new Error(Array.isArray(body) ? body.map((e) => e.message).join(' ') : String(body && body.message));
  error.status = status;
  error.body = body;
  return error;
}

export async function request(method, path, payload) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw ldsError(response.status, body);
  return body;
}

/** Wire adapters subscribe here to refetch after a record changes through uiRecordApi. */
export function onRecordChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordChanged(id) {
  [...listeners].forEach((listener) => listener(id));
}
