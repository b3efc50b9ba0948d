// A page-wide channel between the Contact Plan components of one account: modules are singletons on a page,
// so the map can hand its edited plan to the warnings and blueprint panels, and they can ask the map to focus a cell.

const listeners = new Map();

/** Calls `handler(message)` for every message about `accountId`; returns the unsubscribe function. */
export function subscribe(accountId, handler) {
  if (!listeners.has(accountId)) listeners.set(accountId, new Set());
  listeners.get(accountId).add(handler);
  return () => {
    const handlers = listeners.get(accountId);
    if (handlers) {
      handlers.delete(handler);
      if (handlers.size === 0) listeners.delete(accountId);
    }
  };
}

/** Sends `{ type, ... }` to every subscriber of the account (`planchange` with a plan, `focuscell` with ids). */
export function publish(accountId, message) {
  const handlers = listeners.get(accountId);
  if (handlers) [...handlers].forEach((handler) => handler(message));
}
