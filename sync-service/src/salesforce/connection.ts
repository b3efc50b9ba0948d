import { createSign } from 'node:crypto';
import { Connection, OAuth2 } from 'jsforce';
import type { OrgConfig } from '../config';

export interface Session {
  instanceUrl: string;
  accessToken: string;
  /** The integration user's id, so a run can tell its own writes from a rep's. */
  userId?: string;
}

/** The user id at the end of an OAuth identity URL (`…/id/00D…/005…`). */
export const userIdFromIdentityUrl = (url: string | undefined): string | undefined => {
  const last = url?.split('/').pop();
  return last && /^005[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(last) ? last : undefined;
};

/** Obtains a fresh session; called at start and again whenever the org reports INVALID_SESSION_ID. */
export type Authenticate = () => Promise<Session>;

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** The signed assertion of the OAuth 2.0 JWT bearer flow (RS256), valid for three minutes. */
export function jwtAssertion(opts: {
  clientId: string;
  username: string;
  audience: string;
  privateKeyPem: string;
  nowSeconds?: number;
}): string {
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({ iss: opts.clientId, sub: opts.username, aud: opts.audience, exp: now + 180 }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(opts.privateKeyPem);
  return `${header}.${claims}.${base64url(signature)}`;
}

/** The audience Salesforce expects: the login host for production/sandbox, else the given origin. */
export function jwtAudience(loginUrl: string): string {
  const url = new URL(loginUrl);
  if (url.hostname === 'test.salesforce.com' || url.hostname.endsWith('.sandbox.my.salesforce.com')) {
    return 'https://test.salesforce.com';
  }
  if (url.hostname.endsWith('salesforce.com')) return 'https://login.salesforce.com';
  return url.origin;
}

export function authenticatorFor(org: OrgConfig): Authenticate {
  const loginUrl = org.loginUrl.replace(/\/$/, '');
  const auth = org.auth;
  switch (auth.kind) {
    case 'password':
      return async () => {
        const conn = new Connection({ loginUrl, version: org.apiVersion });
        const user = await conn.login(auth.username, auth.password.reveal());
        return { instanceUrl: conn.instanceUrl, accessToken: conn.accessToken as string, userId: user.id };
      };
    case 'clientCredentials':
      return async () => {
        const oauth2 = new OAuth2({ loginUrl, clientId: auth.clientId, clientSecret: auth.clientSecret.reveal() });
        const token = await oauth2.requestToken({ grant_type: 'client_credentials' });
        return {
          instanceUrl: token.instance_url,
          accessToken: token.access_token,
          userId: userIdFromIdentityUrl(token.id),
        };
      };
    case 'jwt':
      return async () => {
        const oauth2 = new OAuth2({ loginUrl, clientId: auth.clientId });
        const assertion = jwtAssertion({
          clientId: auth.clientId,
          username: auth.username,
          audience: jwtAudience(loginUrl),
          privateKeyPem: auth.privateKey.reveal(),
        });
        const token = await oauth2.requestToken({ grant_type: JWT_BEARER, assertion });
        return {
          instanceUrl: token.instance_url,
          accessToken: token.access_token,
          userId: userIdFromIdentityUrl(token.id),
        };
      };
  }
}

/**
 * Shares one session among the requests (and jobs) of a process; renews it once when a request reports it
 * expired, however many requests noticed at the same time.
 */
export class SessionSource {
  private current: Promise<Session> | undefined;

  constructor(private readonly authenticate: Authenticate) {}

  get(): Promise<Session> {
    this.current ??= this.authenticate().catch((e: unknown) => {
      this.current = undefined;
      throw e;
    });
    return this.current;
  }

  /** Replaces `stale` by a fresh session (or returns the one another caller already obtained). */
  async renew(stale: Session): Promise<Session> {
    const now = this.current ? await this.current.catch(() => undefined) : undefined;
    if (!now || now.accessToken === stale.accessToken) this.current = undefined;
    return this.get();
  }
}
