import type { OrgConfig } from '../config';
import { authenticatorFor, SessionSource } from './connection';
import { OrgHttp, type OrgHttpOptions } from './http';

/** One session per org for the whole process; each run or job gets its own OrgHttp (own counts, own budget). */
export class OrgClients {
  private readonly sessions = new Map<string, SessionSource>();

  constructor(private readonly fetchFn?: typeof fetch) {}

  /** `options` tune one client (a readiness probe gives up sooner than a run). */
  http(org: OrgConfig, options: Pick<OrgHttpOptions, 'retry' | 'timeoutMs'> = {}): OrgHttp {
    let session = this.sessions.get(org.name);
    if (!session) {
      session = new SessionSource(authenticatorFor(org));
      this.sessions.set(org.name, session);
    }
    return new OrgHttp({ apiVersion: org.apiVersion, session, fetch: this.fetchFn, ...options });
  }
}
