import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Secret } from '../config';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Compares in constant time; hashing first makes the lengths equal, so the length leaks nothing either. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether the request carries the configured bearer token (the scheme in any case, RFC 7235). */
export function hasBearer(req: Request, token: Secret | undefined): boolean {
  const header = req.headers.authorization ?? '';
  const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
  return Boolean(token && given && tokensMatch(given, token.reveal()));
}

/** Bearer-token guard. Without a configured token every protected route answers 401. */
export function requireBearer(token: Secret | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (hasBearer(req, token)) {
      next();
      return;
    }
    res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'missing or wrong bearer token' });
  };
}
