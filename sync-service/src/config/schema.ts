import { isIP } from 'node:net';
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** An IP address or a host name to listen on. */
const isListenHost = (host: string): boolean =>
  isIP(host) !== 0 ||
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host);

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/**
 * What is wrong with a cron expression, checked by cron-parser (the parser BullMQ schedules with), or undefined.
 * Five fields (minute hour day month weekday), six with leading seconds, or a named one such as @daily; cron-parser
 * fills the fields a shorter expression lacks with "*", which would turn a typo into a run every minute.
 */
function cronProblem(expr: string): string | undefined {
  const fields = expr.trim().split(/\s+/).filter(Boolean);
  const named = fields.length === 1 && fields[0]?.startsWith('@');
  if (!named && fields.length !== 5 && fields.length !== 6)
    return 'not a cron expression: use 5 fields (minute hour day month weekday) or 6 with seconds first';
  try {
    CronExpressionParser.parse(expr);
    return undefined;
  } catch (e) {
    return `not a cron expression: ${(e as Error).message}`;
  }
}

const jwtAuth = z.object({
  kind: z.literal('jwt'),
  clientId: nonEmpty,
  username: nonEmpty,
  privateKeyFile: nonEmpty,
});

const passwordAuth = z
  .object({
    kind: z.literal('password'),
    username: nonEmpty,
    password: nonEmpty.optional(),
    passwordFile: nonEmpty.optional(),
  })
  .refine((a) => Boolean(a.password) !== Boolean(a.passwordFile), {
    message: 'give exactly one of password or passwordFile',
    path: ['password'],
  });

const clientCredentialsAuth = z
  .object({
    kind: z.literal('clientCredentials'),
    clientId: nonEmpty,
    clientSecret: nonEmpty.optional(),
    clientSecretFile: nonEmpty.optional(),
  })
  .refine((a) => Boolean(a.clientSecret) !== Boolean(a.clientSecretFile), {
    message: 'give exactly one of clientSecret or clientSecretFile',
    path: ['clientSecret'],
  });

export const authSchema = z.discriminatedUnion('kind', [jwtAuth, passwordAuth, clientCredentialsAuth]);

export const orgSchema = z.object({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'use 1-40 letters, digits, "-" or "_"'),
  loginUrl: z.url({ protocol: /^https?$/ }),
  apiVersion: z
    .string()
    .regex(/^\d{2,3}\.0$/, 'like "64.0"')
    .default('64.0'),
  auth: authSchema,
  cron: z
    .string()
    .superRefine((expr, ctx) => {
      const problem = cronProblem(expr);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('0 2 * * *'),
  timezone: z.string().refine(isTimeZone, 'unknown IANA time zone').default('UTC'),
  apiBudgetShare: z.number().gt(0).max(1).default(0.5),
  batchSize: z.number().int().min(1).max(2000).default(100),
  bulkQueryThreshold: z.number().int().min(1).default(10_000),
  bulkWriteThreshold: z.number().int().min(1).default(2_000),
  overlapMinutes: z.number().int().min(0).default(15),
  ignoreOwnWrites: z.boolean().default(false),
});

export const configSchema = z
  .object({
    redisUrl: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .default('redis://127.0.0.1:6379'),
    queuePrefix: z
      .string()
      .regex(/^[A-Za-z0-9_:-]+$/)
      .default('contact-plan'),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    http: z
      .object({
        port: z.number().int().min(0).max(65535).default(8080),
        /** Where `serve` and a worker's metrics port listen; 0.0.0.0 or :: for every interface. */
        host: z
          .string()
          .refine(isListenHost, 'expected an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0')
          .default('127.0.0.1'),
        // Length and characters are checked with the other secrets once the value is known (config/secret.ts).
        token: nonEmpty.optional(),
        tokenFile: nonEmpty.optional(),
      })
      .refine((h) => h.token === undefined || h.tokenFile === undefined, {
        message: 'give exactly one of token or tokenFile',
        path: ['token'],
      })
      .default({ port: 8080, host: '127.0.0.1' }),
    workerConcurrency: z.number().int().min(1).max(64).default(1),
    /** How long a job's lock lives without renewal; a killed worker's job is taken over after it expires. */
    lockDurationMs: z.number().int().min(1_000).optional(),
    stalledIntervalMs: z.number().int().min(1_000).optional(),
    orgs: z.array(orgSchema).min(1, 'configure at least one org'),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.orgs.forEach((o, i) => {
      if (seen.has(o.name))
        ctx.addIssue({ code: 'custom', path: ['orgs', i, 'name'], message: `duplicate org "${o.name}"` });
      seen.add(o.name);
    });
  });

export type RawConfig = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
export type ParsedOrg = z.output<typeof orgSchema>;
