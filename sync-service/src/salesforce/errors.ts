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
    return this.status === 0 || this.status >= 500 || isRetryableCode(this.errorCode);
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
  if (code === 'REQUEST_LIMIT_EXCEEDED') return new BudgetExhaustedError(`the org refused the call: ${message}`);
  return new SalesforceError(status, code, message);
}
