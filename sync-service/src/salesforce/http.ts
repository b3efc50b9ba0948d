import { SessionSource, type Authenticate, type Session } from './connection';
import { BudgetExhaustedError, SalesforceError, errorFromResponse, isRetryable } from './errors';
import { ApiBudget, parseLimitInfo, parseLimitsResource } from './limits';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';

const isBusy = (e: unknown): boolean => e instanceof SalesforceError && e.busy;

/** API calls by kind, e.g. query, queryMore, collection-upsert, bulk2-query. */
export type CallCounts = Record<string, number>;

export interface OrgHttpOptions {
  apiVersion: string;
  /** A shared session source, or a login function for a private one. */
  session: SessionSource | Authenticate;
  budget?: ApiBudget;
  retry?: RetryPolicy;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ApiRequest {
  kind: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to /services/data/vXX.X (e.g. `/query?q=…`) or absolute from the instance root (`/services/…`). */
  path: string;
  body?: unknown;
  contentType?: string;
  accept?: string;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * One org's REST transport: authenticates lazily, re-authenticates once on INVALID_SESSION_ID, retries
 * transient faults with backoff, counts every call by kind and guards the API budget.
 */
export class OrgHttp {
  readonly calls: CallCounts = {};
  private readonly sessions: SessionSource;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly opts: OrgHttpOptions) {
    this.fetchFn = opts.fetch ?? fetch;
    this.sessions = opts.session instanceof SessionSource ? opts.session : new SessionSource(opts.session);
  }

  /** Guards the daily API budget from now on (a run sets it once it knows its floor). */
  useBudget(budget: ApiBudget | undefined): void {
    this.opts.budget = budget;
  }

  get apiVersion(): string {
    return this.opts.apiVersion;
  }

  get totalCalls(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  async request<T = unknown>(req: ApiRequest): Promise<ApiResponse<T>> {
    return withRetry(() => this.requestOnce<T>(req, true), isRetryable, this.opts.retry ?? DEFAULT_RETRY, isBusy);
  }

  /** The id of the user the org knows this service as (undefined if the login did not say). */
  async userId(): Promise<string | undefined> {
    return (await this.sessions.get()).userId;
  }

  /** Reads /limits; used when the org sends no Sforce-Limit-Info header. */
  async readDailyLimit(): Promise<{ max: number; remaining: number }> {
    const res = await this.request({ kind: 'limits', method: 'GET', path: '/limits' });
    const limit = parseLimitsResource(res.body);
    this.opts.budget?.observe(limit);
    return limit;
  }

  private async requestOnce<T>(req: ApiRequest, mayReauthenticate: boolean, given?: Session): Promise<ApiResponse<T>> {
    const session = given ?? (await this.sessions.get());
    this.opts.budget?.spend();
    this.calls[req.kind] = (this.calls[req.kind] ?? 0) + 1;
    const path = req.path.startsWith('/services/') ? req.path : `/services/data/v${this.opts.apiVersion}${req.path}`;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${session.accessToken}`,
      Accept: req.accept ?? 'application/json',
    };
    let body: string | undefined;
    if (req.body !== undefined) {
      headers['Content-Type'] = req.contentType ?? 'application/json';
      body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    }
    let res: Response;
    try {
      res = await this.fetchFn(`${session.instanceUrl}${path}`, {
        method: req.method,
        headers,
        body,
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 120_000),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause;
      const code = (e as Error).name === 'TimeoutError' ? 'TIMEOUT' : (cause?.code ?? 'ECONNRESET');
      throw new SalesforceError(0, code, (e as Error).message);
    }
    this.opts.budget?.observe(parseLimitInfo(res.headers.get('sforce-limit-info')));
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    const parsed: unknown = text && type.includes('json') ? JSON.parse(text) : text;
    if (res.ok) return { status: res.status, body: parsed as T, headers: res.headers };

    const error = errorFromResponse(res.status, parsed);
    if (res.status === 401 && mayReauthenticate && !(error instanceof BudgetExhaustedError)) {
      return this.requestOnce<T>(req, false, await this.sessions.renew(session));
    }
    throw error;
  }
}
