import type { NextFunction, Request, Response } from 'express';
import { SfError } from '../errors';

/** Answers any error thrown by a REST handler in Salesforce's JSON error shape. */
export function restErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error instanceof SfError) {
    res.status(error.status).json(error.toBody());
    return;
  }
  const parseFailure = error as { type?: string; status?: number; message?: string };
  if (parseFailure.type === 'entity.parse.failed') {
    res
      .status(400)
      .json([{ message: `JSON_PARSER_ERROR: ${parseFailure.message ?? ''}`, errorCode: 'JSON_PARSER_ERROR' }]);
    return;
  }
  res.status(500).json([
    {
      message: `An unexpected error occurred in the emulator: ${(error as Error)?.message ?? String(error)}`,
      errorCode: 'UNKNOWN_EXCEPTION',
    },
  ]);
}
