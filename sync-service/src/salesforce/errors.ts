/** Error codes that a later attempt may clear: transient server faults and row locks. */
const RETRYABLE_CODES = new Set([
  'UNABLE_TO_LOCK_ROW',
  'SERVER_UNAVAILABLE',
  'REQUEST_RUNNING_TOO_LONG',
  'QUERY_TIMEOUT',
  'TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
]);

export const isRetryableCode = (code: string): boolean => RETRYABLE_CODES.has(code);

/** A failed API call with Salesforce's error code and the HTTP status (0 for network faults). */
export class SalesforceError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(`${errorCode}: ${message}`);
    this.name = 'SalesforceError';
  }

  get retryable(): boolean {
    // status 0: the connection failed or timed out before an answer came
    return this.status === 0 || this.status >= 500 || isRetryableCode(this.errorCode) || this.busy;
  }

  /** The org refused the call because too many long requests run at once: it clears when they end. */
  get busy(): boolean {
    return this.errorCode === 'REQUEST_LIMIT_EXCEEDED';
  }
}

/** The run must stop: the org's API budget (ours or the org's own daily limit) is used up. */
export class BudgetExhaustedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetExhaustedError';
  }
}

export const isRetryable = (e: unknown): boolean => e instanceof SalesforceError && e.retryable;

/** The message of a REQUEST_LIMIT_EXCEEDED that names a concurrency limit, not a spent allocation. */
export const isConcurrencyLimit = (message: string): boolean => /^Concurrent[A-Za-z]*\b/.test(message.trim());

/**
 * A write result's or an answer's error code that a later attempt with the same data cannot clear (a malformed id, a
 * missing parent, a field or record the service may not write …): retrying it only repeats the failure.
 */
export const isPermanentCode = (code: string): boolean =>
  !isRetryableCode(code) && code !== 'REQUEST_LIMIT_EXCEEDED' && code !== 'INVALID_SESSION_ID';

/** Reads Salesforce's REST error body (`[{ errorCode, message }]`) into one error. */
export function errorFromResponse(status: number, body: unknown): Error {
  const first: unknown = Array.isArray(body) ? body[0] : body;
  const item = (first && typeof first === 'object' ? first : {}) as {
    errorCode?: unknown;
    message?: unknown;
    error?: unknown;
    error_description?: unknown;
  };
  const code = String(item.errorCode ?? item.error ?? `HTTP_${status}`);
  const message = String(
    item.message ?? item.error_description ?? (typeof body === 'string' ? body.slice(0, 200) : ''),
  );
  // REQUEST_LIMIT_EXCEEDED names its limit in the message: the concurrent long-running request limit
  // ("ConcurrentPerOrgLongTxn Limit exceeded.", "ConcurrentRequests (Concurrent API Requests) Limit exceeded.") lifts
  // once fewer long requests run, so it is retried; the daily total ("TotalRequests Limit exceeded.") and any limit
  // not known to be transient stop the run.
  if (code === 'REQUEST_LIMIT_EXCEEDED' && !isConcurrencyLimit(message)) {
    return new BudgetExhaustedError(`the org refused the call: ${message}`);
  }
  return new SalesforceError(status, code, message);
}
