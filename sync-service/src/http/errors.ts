// One answer for every request that goes wrong: a caller's mistake gets its 4xx status and one line (and an info log
// line); anything else is logged once at error level, with type and stack, and answered 500 without details.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../log';
import { visible } from '../visible-text';

/** A refusal a route throws: `status` (4xx) and the one line the caller sees. */
export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The 4xx status an error carries (`status` or `statusCode`, as http-errors and Express's router set it). */
function clientStatus(err: unknown): number | undefined {
  const e = err as { status?: unknown; statusCode?: unknown } | null;
  const status = e?.status ?? e?.statusCode;
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500 ? status : undefined;
}

function clientMessage(err: unknown, status: number): string {
  if (err instanceof HttpError) return err.message;
  // Express's router fails to decode a path parameter with a URIError (status 400).
  if (err instanceof URIError) return 'malformed percent-encoding in the path';
  const e = err as { expose?: unknown; message?: unknown };
  if (e.expose === true && typeof e.message === 'string') return visible(e.message);
  return status === 404 ? 'not found' : 'bad request';
}

export function errorHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = clientStatus(err);
    if (status !== undefined) {
      const error = clientMessage(err, status);
      log.info({ status, method: req.method }, `request refused: ${error}`);
      res.status(status).json({ error });
      return;
    }
    log.error({ err, method: req.method }, 'request failed');
    res.status(500).json({ error: 'internal error' });
  };
}

/** The last handler: no route matched. */
export function notFound(_req: Request, res: Response): void {
  res.status(404).json({ error: 'not found' });
}
