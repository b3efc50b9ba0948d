import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { SfError } from '../errors';
import type { CallKind } from '../observe/calls';
import type { OrgContext } from '../context';

export interface ApiLocals {
  kind: CallKind;
  userId: string;
  /** Set when a `lockRows` fault hits this call (collections, and the close of an ingest job). */
  lockFraction?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const invalidSession = (): SfError => new SfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');

/**
 * Wraps a REST handler with what every API call goes through, in Salesforce's order: the session check, the daily
 * budget, the call counter and then any armed fault. `kind` may depend on the request (a composite call is counted
 * as the kind of its subrequests).
 */
export function apiCall(
  org: OrgContext,
  callKind: CallKind | ((req: Request) => CallKind),
  handler: (req: Request, res: Response, locals: ApiLocals) => unknown,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const token = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const session = token ? org.sessions.find(token) : undefined;
      if (!token || !session) throw invalidSession();
      const kind = typeof callKind === 'function' ? callKind(req) : callKind;
      if (org.calls.wouldExceed(kind)) {
        throw new SfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
      }
      org.calls.record(kind);
      res.setHeader('Sforce-Limit-Info', `api-usage=${org.calls.apiUsed}/${org.calls.budget}`);
      const locals: ApiLocals = { kind, userId: session.userId };
      const proceed = await applyFault(org, kind, req, locals, token);
      if (!proceed) return;
      // The call runs as its session's user: writes are attributed to them and checked against their access.
      await org.store.asApiUser(session.userId, org.access.forUser(session.userId), () => handler(req, res, locals));
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Applies the next armed fault for this call kind. Returns false when the connection was dropped (nothing more may
 * be sent); throws the fault's error; otherwise the call goes on (after any delay).
 */
async function applyFault(
  org: OrgContext,
  kind: CallKind,
  req: Request,
  locals: { lockFraction?: number },
  token?: string,
): Promise<boolean> {
  const { action, lockFraction } = org.faults.next(kind);
  if (typeof action === 'object') await sleep(action.delayMs);
  else if (action === 'drop') {
    req.socket.destroy();
    return false;
  } else if (action === 'error500') {
    throw new SfError(500, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred. (emulated fault)');
  } else if (action === 'error503') {
    throw new SfError(503, 'SERVER_UNAVAILABLE', 'Server is temporarily unavailable. (emulated fault)');
  } else if (action === 'requestLimit') {
    throw new SfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded. (emulated fault)');
  } else if (action === 'concurrencyLimit') {
    // Salesforce's answer while too many requests of 20 s or more run at once (Developer Limits and Allocations
    // Quick Reference, "API Request Limits and Allocations"): the call is refused until fewer run.
    throw new SfError(403, 'REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.');
  } else if (action === 'expireSession') {
    if (token) org.sessions.expire(token);
    throw invalidSession();
  } else if (action === 'lockRows') {
    if (kind !== 'collection' && kind !== 'bulk2-ingest') {
      throw new SfError(
        400,
        'UNABLE_TO_LOCK_ROW',
        'unable to obtain exclusive access to this record or 1 records (emulated fault)',
      );
    }
    locals.lockFraction = lockFraction;
  }
  return true;
}

/**
 * A call that needs no session (the Versions resource): counted and open to armed faults like any other, but outside
 * the daily budget check, which belongs to an authenticated user.
 */
export function publicCall(
  org: OrgContext,
  kind: CallKind,
  handler: (req: Request, res: Response) => unknown,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      org.calls.record(kind);
      if (!(await applyFault(org, kind, req, {}))) return;
      await handler(req, res);
    } catch (error) {
      next(error);
    }
  };
}
