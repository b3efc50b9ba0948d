import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

const CENSOR = '[redacted]';

/** Keys that may hold personal data or credentials, at the top level and one or two levels down. */
const SENSITIVE_KEYS = [
  'name',
  'Name',
  'FirstName',
  'LastName',
  'email',
  'Email',
  'phone',
  'Phone',
  'MobilePhone',
  'title',
  'Title',
  'password',
  'clientSecret',
  'privateKey',
  'token',
  'accessToken',
  'access_token',
  'authorization',
  'Authorization',
];

export const REDACT_PATHS = SENSITIVE_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]).concat([
  'req.headers.authorization',
  'req.headers.cookie',
]);

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// International (+…) or North American shapes; ISO dates and plain counts stay readable.
const PHONE = /\+\d[\d ()./-]{6,}\d|\(\d{3}\)\s?\d{3}[-. ]\d{4}|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/g;
const BEARER = /Bearer\s+[A-Za-z0-9._~+/=!-]+/g;

/** Masks e-mail addresses, phone numbers and bearer tokens inside free text such as error messages. */
export function scrubText(text: string): string {
  return text.replace(BEARER, 'Bearer [redacted]').replace(EMAIL, '[email]').replace(PHONE, '[phone]');
}

/**
 * An error as a log field: type, message, stack and its own fields (code, status…), with personal data and tokens
 * masked in the message and the stack. `name` is left out: the type carries it, and `name` is a redacted key.
 */
function serializeError(err: unknown): unknown {
  if (!err || typeof err !== 'object') return err;
  const { name: _name, ...fields } = pino.stdSerializers.err(err as Error) as Record<string, unknown>;
  for (const key of ['message', 'stack'] as const) {
    if (typeof fields[key] === 'string') fields[key] = scrubText(fields[key]);
  }
  return fields;
}

export interface LogOptions {
  level?: string;
  destination?: DestinationStream;
}

/** JSON logs; personal data and secrets are redacted by key and masked in messages. */
export function createLogger(opts: LogOptions = {}): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { service: 'contact-plan-sync' },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: serializeError },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    opts.destination,
  );
}

/** A logger whose every line carries the run id (and any other fields given). */
export const forRun = (log: Logger, runId: string, fields: Record<string, unknown> = {}): Logger =>
  log.child({ runId, ...fields });
