import express, { type Request, type Response, type Router } from 'express';
import { XMLParser } from 'fast-xml-parser';
import { verifyRs256 } from '../auth/jwt';
import type { OrgContext } from '../context';

const xml = new XMLParser({ removeNSPrefix: true });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies an armed `login` / `oauth` fault. Returns true when the fault answered (or dropped) the request.
 * Server errors come as a SOAP fault or an OAuth error body; `lockRows` and `expireSession` mean nothing here.
 */
async function loginFault(org: OrgContext, kind: 'login' | 'oauth', req: Request, res: Response): Promise<boolean> {
  const { action } = org.faults.next(kind);
  if (typeof action === 'object') {
    await sleep(action.delayMs);
    return false;
  }
  if (action === 'drop') {
    req.socket.destroy();
    return true;
  }
  const status = action === 'error500' ? 500 : action === 'error503' ? 503 : action === 'requestLimit' ? 403 : 0;
  if (status === 0) return false;
  const message =
    action === 'requestLimit' ? 'REQUEST_LIMIT_EXCEEDED: login rate exceeded' : 'SERVER_UNAVAILABLE: emulated fault';
  if (kind === 'login')
    soapFault(res, action === 'requestLimit' ? 'sf:REQUEST_LIMIT_EXCEEDED' : 'sf:SERVER_UNAVAILABLE', message, status);
  else res.status(status).json({ error: 'server_error', error_description: message });
  return true;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** SOAP `login`, the OAuth 2.0 token endpoint (password, client credentials, refresh token, JWT bearer) and identity. */
export function authRoutes(org: OrgContext): Router {
  const router = express.Router();

  router.post('/services/Soap/u/:version', express.text({ type: () => true, limit: '1mb' }), async (req, res) => {
    org.calls.record('login');
    if (await loginFault(org, 'login', req, res)) return;
    const body = typeof req.body === 'string' ? req.body : '';
    let login: { username?: unknown; password?: unknown } | undefined;
    try {
      const parsed = xml.parse(body) as {
        Envelope?: { Body?: { login?: { username?: unknown; password?: unknown } } };
      };
      login = parsed.Envelope?.Body?.login;
    } catch {
      login = undefined;
    }
    if (!login) {
      soapFault(res, 'sf:INVALID_OPERATION', 'INVALID_OPERATION: only the login call is emulated');
      return;
    }
    const user = org.userByUsername(String(login.username));
    if (!user || String(login.password) !== org.credentials.password) {
      soapFault(
        res,
        'sf:INVALID_LOGIN',
        'INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
      );
      return;
    }
    const version = req.params.version as string;
    const sessionId = org.sessions.issue(user.Id);
    const base = org.baseUrl();
    res
      .type('text/xml')
      .send(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
          '<soapenv:Body><loginResponse><result>',
          `<metadataServerUrl>${base}/services/Soap/m/${version}/${org.orgId}</metadataServerUrl>`,
          `<passwordExpired>false</passwordExpired><sandbox>${org.sandbox}</sandbox>`,
          `<serverUrl>${base}/services/Soap/u/${version}/${org.orgId}</serverUrl>`,
          `<sessionId>${escapeXml(sessionId)}</sessionId>`,
          `<userId>${user.Id}</userId>`,
          '<userInfo>',
          `<organizationId>${org.orgId}</organizationId><organizationName>Contact Plan Emulator</organizationName>`,
          `<userEmail>${escapeXml(user.Email ?? user.Username)}</userEmail><userId>${user.Id}</userId>`,
          `<userName>${escapeXml(user.Username)}</userName><userTimeZone>GMT</userTimeZone>`,
          '</userInfo>',
          '</result></loginResponse></soapenv:Body></soapenv:Envelope>',
        ].join(''),
      );
  });

  router.post('/services/oauth2/token', express.urlencoded({ extended: false }), async (req, res) => {
    org.calls.record('oauth');
    if (await loginFault(org, 'oauth', req, res)) return;
    const params = (req.body ?? {}) as Record<string, string | undefined>;
    const refused = (error: string, description: string, status = 400): void => {
      res.status(status).json({ error, error_description: description });
    };
    const clientOk = params.client_id === org.credentials.clientId;
    // The user the token is for: the one named by the grant (password, JWT sub, refresh token), else the org's
    // integration user (client credentials run as the connected app's execution user).
    let tokenUserId = org.userId;
    const secretOk = params.client_secret === org.credentials.clientSecret;
    switch (params.grant_type) {
      case 'password':
        if (!clientOk) return refused('invalid_client_id', 'client identifier invalid');
        if (!secretOk) return refused('invalid_client', 'invalid client credentials');
        {
          const user = org.userByUsername(params.username ?? '');
          if (!user || params.password !== org.credentials.password) {
            return refused('invalid_grant', 'authentication failure');
          }
          tokenUserId = user.Id;
        }
        break;
      case 'client_credentials':
        if (!clientOk) return refused('invalid_client_id', 'client identifier invalid');
        if (!secretOk) return refused('invalid_client', 'invalid client credentials');
        break;
      case 'refresh_token': {
        if (!clientOk) return refused('invalid_client_id', 'client identifier invalid');
        const refreshUser = params.refresh_token ? org.sessions.userForRefresh(params.refresh_token) : undefined;
        if (!refreshUser) return refused('invalid_grant', 'expired access/refresh token');
        tokenUserId = refreshUser;
        break;
      }
      case 'authorization_code':
        return refused('unsupported_grant_type', 'the emulator does not serve the web server flow');
      case 'urn:ietf:params:oauth:grant-type:jwt-bearer': {
        const claims = verifyRs256(params.assertion ?? '', org.jwtPublicKeyPem);
        if ('invalid' in claims) return refused('invalid_grant', `invalid assertion: ${claims.invalid}`);
        if (claims.iss !== org.credentials.clientId) return refused('invalid_client_id', 'client identifier invalid');
        const subject = org.userByUsername(String(claims.sub ?? ''));
        if (!subject) return refused('invalid_grant', "user hasn't approved this consumer");
        tokenUserId = subject.Id;
        if (!claims.aud || !isAudience(claims.aud, org.baseUrl()))
          return refused('invalid_grant', 'audience is invalid');
        if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) {
          return refused('invalid_grant', 'expired authorization code');
        }
        break;
      }
      default:
        return refused('unsupported_grant_type', 'grant type not supported');
    }
    const accessToken = org.sessions.issue(tokenUserId);
    const issuedAt = String(Date.now());
    res.json({
      access_token: accessToken,
      instance_url: org.baseUrl(),
      id: `${org.baseUrl()}/id/${org.orgId}/${tokenUserId}`,
      token_type: 'Bearer',
      issued_at: issuedAt,
      signature: Buffer.from(`${accessToken}${issuedAt}`).toString('base64'),
      scope: 'api',
    });
  });

  /** Lets tests get a refresh token the way a web-server flow would have granted it. */
  router.post('/__admin/refresh-token', (_req, res) => {
    res.json({ refresh_token: org.sessions.issueRefresh(org.userId) });
  });

  /** The session's user, or undefined (the caller has answered 403 Bad_OAuth_Token). */
  const sessionUser = (req: Request, res: Response): ReturnType<OrgContext['userByUsername']> => {
    org.calls.record('identity');
    const token = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const session = token ? org.sessions.find(token) : undefined;
    const row = session ? org.store.live(session.userId) : undefined;
    if (!row) {
      res.status(403).send('Bad_OAuth_Token');
      return undefined;
    }
    return {
      Id: row.Id as string,
      Username: row.Username as string,
      Email: row.Email as string,
      Name: row.Name as string,
    };
  };

  router.get('/id/:orgId/:userId', (req: Request, res: Response) => {
    const user = sessionUser(req, res);
    if (!user) return;
    res.json({
      id: `${org.baseUrl()}/id/${org.orgId}/${user.Id}`,
      user_id: user.Id,
      organization_id: org.orgId,
      username: user.Username,
      display_name: user.Name,
      email: user.Email,
      active: true,
      user_type: 'STANDARD',
    });
  });

  // OpenID Connect UserInfo (Salesforce Help, "UserInfo Endpoint"): what `sf org login access-token` and the web
  // flow read to learn whose token they hold.
  router.get('/services/oauth2/userinfo', (req: Request, res: Response) => {
    const user = sessionUser(req, res);
    if (!user) return;
    res.json({
      sub: `${org.baseUrl()}/id/${org.orgId}/${user.Id}`,
      user_id: user.Id,
      organization_id: org.orgId,
      preferred_username: user.Username,
      nickname: user.Username.split('@')[0],
      name: user.Name,
      email: user.Email,
      email_verified: true,
      zoneinfo: 'GMT',
      locale: 'en_US',
      language: 'en_US',
      active: true,
      user_type: 'STANDARD',
      is_app_installed: true,
      urls: {
        rest: `${org.baseUrl()}/services/data/v{version}/`,
        sobjects: `${org.baseUrl()}/services/data/v{version}/sobjects/`,
        query: `${org.baseUrl()}/services/data/v{version}/query/`,
        metadata: `${org.baseUrl()}/services/Soap/m/{version}/${org.orgId}`,
      },
    });
  });

  return router;
}

function isAudience(aud: string, base: string): boolean {
  return ['https://login.salesforce.com', 'https://test.salesforce.com', base].includes(aud.replace(/\/$/, ''));
}

function soapFault(res: Response, code: string, message: string, status = 500): void {
  res
    .status(status)
    .type('text/xml')
    .send(
      '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com"><soapenv:Body><soapenv:Fault>' +
        `<faultcode>${code}</faultcode><faultstring>${escapeXml(message)}</faultstring>` +
        '</soapenv:Fault></soapenv:Body></soapenv:Envelope>',
    );
}
