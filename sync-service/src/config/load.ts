import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { configSchema, type ParsedConfig, type ParsedOrg } from './schema';
import { Secret, secretProblem, type SecretRule } from './secret';

export type OrgAuth =
  | { kind: 'jwt'; clientId: string; username: string; privateKey: Secret }
  | { kind: 'password'; username: string; password: Secret }
  | { kind: 'clientCredentials'; clientId: string; clientSecret: Secret };

export type OrgConfig = Omit<ParsedOrg, 'auth'> & { auth: OrgAuth };

export interface Config extends Omit<ParsedConfig, 'orgs' | 'http'> {
  http: { port: number; host: string; token?: Secret };
  orgs: OrgConfig[];
}

/** Thrown for an invalid configuration; `problems` holds one line per bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  readFile?: (path: string) => string;
}

/** Configuration and secret files are small regular files: a device, a directory or a huge file is refused unread. */
const MAX_FILE_BYTES = 1024 * 1024;

function defaultReadFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    if (stat.size > MAX_FILE_BYTES) {
      throw Object.assign(new Error('too large'), { code: `${stat.size} bytes, more than a configuration file holds` });
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Builds the configuration from an optional JSON file (CP_CONFIG_FILE) overlaid by environment variables. */
export function loadConfig({ env = process.env, readFile = defaultReadFile }: LoadOptions = {}): Config {
  const problems: string[] = [];
  const raw = readFileConfig(env.CP_CONFIG_FILE, readFile, problems);
  overlayEnvironment(raw, env);
  if (problems.length) throw new ConfigError(problems);

  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  }
  const config = resolveSecrets(parsed.data, readFile, problems);
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function readFileConfig(
  path: string | undefined,
  readFile: (p: string) => string,
  problems: string[],
): Record<string, unknown> {
  if (!path) return {};
  try {
    const value: unknown = JSON.parse(readFile(path));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push(`CP_CONFIG_FILE: ${path} must hold a JSON object`);
  } catch (e) {
    problems.push(`CP_CONFIG_FILE: cannot read ${path}: ${(e as Error).message}`);
  }
  return {};
}

/** Numbers arrive as strings; convert only what looks numeric so zod names the rest. */
const numeric = (v: string | undefined): number | string | undefined =>
  v !== undefined && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v;

/** 'true'/'false' become booleans; anything else is left for zod to name. */
const flag = (v: string | undefined): boolean | string | undefined => (v === 'true' ? true : v === 'false' ? false : v);

/** Unset and empty variables (`CP_HTTP_TOKEN=` in an env file) both leave the setting alone. */
const defined = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));

function overlayEnvironment(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): void {
  Object.assign(
    raw,
    defined({
      redisUrl: env.CP_REDIS_URL,
      queuePrefix: env.CP_QUEUE_PREFIX,
      logLevel: env.CP_LOG_LEVEL,
      workerConcurrency: numeric(env.CP_WORKER_CONCURRENCY),
      lockDurationMs: numeric(env.CP_LOCK_DURATION_MS),
      stalledIntervalMs: numeric(env.CP_STALLED_INTERVAL_MS),
    }),
  );
  const http = defined({
    port: numeric(env.CP_HTTP_PORT),
    host: env.CP_HTTP_HOST,
    token: env.CP_HTTP_TOKEN,
    tokenFile: env.CP_HTTP_TOKEN_FILE,
  });
  if (Object.keys(http).length) raw.http = { ...(raw.http as object | undefined), ...http };

  if (!env.CP_ORG_NAME) return;
  const org = defined({
    name: env.CP_ORG_NAME,
    loginUrl: env.CP_ORG_LOGIN_URL,
    apiVersion: env.CP_ORG_API_VERSION,
    cron: env.CP_ORG_CRON,
    timezone: env.CP_ORG_TIMEZONE,
    apiBudgetShare: numeric(env.CP_ORG_API_BUDGET_SHARE),
    batchSize: numeric(env.CP_ORG_BATCH_SIZE),
    bulkQueryThreshold: numeric(env.CP_ORG_BULK_QUERY_THRESHOLD),
    bulkWriteThreshold: numeric(env.CP_ORG_BULK_WRITE_THRESHOLD),
    overlapMinutes: numeric(env.CP_ORG_OVERLAP_MINUTES),
    ignoreOwnWrites: flag(env.CP_ORG_IGNORE_OWN_WRITES),
    auth: defined({
      kind: env.CP_ORG_AUTH,
      clientId: env.CP_ORG_CLIENT_ID,
      username: env.CP_ORG_USERNAME,
      privateKeyFile: env.CP_ORG_PRIVATE_KEY_FILE,
      password: env.CP_ORG_PASSWORD,
      passwordFile: env.CP_ORG_PASSWORD_FILE,
      clientSecret: env.CP_ORG_CLIENT_SECRET,
      clientSecretFile: env.CP_ORG_CLIENT_SECRET_FILE,
    }),
  });
  const orgs = Array.isArray(raw.orgs) ? (raw.orgs as unknown[]) : [];
  raw.orgs = [...orgs, org];
}

function formatPath(path: PropertyKey[]): string {
  if (!path.length) return '(config)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

const TOKEN: SecretRule = { noun: 'token', minLength: 16, bearer: true };
const PASSWORD: SecretRule = { noun: 'password' };
const CLIENT_SECRET: SecretRule = { noun: 'client secret' };
const PRIVATE_KEY: SecretRule = { noun: 'private key', pem: true };

/** Reads every secret (inline or from its file) and checks it with the one secret rule; problems go to `problems`. */
function resolveSecrets(parsed: ParsedConfig, readFile: (p: string) => string, problems: string[]): Config {
  const secret = (
    rule: SecretRule,
    inline: { setting: string; value: string | undefined },
    file: { setting: string; path: string | undefined },
  ): Secret => {
    let value: string;
    const source =
      inline.value !== undefined ? { setting: inline.setting } : { setting: file.setting, file: file.path };
    if (inline.value !== undefined) {
      value = inline.value;
    } else {
      try {
        value = readFile(file.path as string).trim();
      } catch (e) {
        problems.push(
          `${file.setting}: cannot read ${file.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        );
        return new Secret('');
      }
    }
    const problem = secretProblem(value, rule, source);
    if (problem) problems.push(problem);
    return new Secret(value);
  };
  const orgs = parsed.orgs.map((org, i): OrgConfig => {
    const a = org.auth;
    const where = `orgs[${i}].auth`;
    let auth: OrgAuth;
    if (a.kind === 'jwt') {
      auth = {
        kind: 'jwt',
        clientId: a.clientId,
        username: a.username,
        privateKey: secret(
          PRIVATE_KEY,
          { setting: `${where}.privateKey`, value: undefined },
          { setting: `${where}.privateKeyFile`, path: a.privateKeyFile },
        ),
      };
    } else if (a.kind === 'password') {
      auth = {
        kind: 'password',
        username: a.username,
        password: secret(
          PASSWORD,
          { setting: `${where}.password`, value: a.password },
          { setting: `${where}.passwordFile`, path: a.passwordFile },
        ),
      };
    } else {
      auth = {
        kind: 'clientCredentials',
        clientId: a.clientId,
        clientSecret: secret(
          CLIENT_SECRET,
          { setting: `${where}.clientSecret`, value: a.clientSecret },
          { setting: `${where}.clientSecretFile`, path: a.clientSecretFile },
        ),
      };
    }
    return { ...org, auth };
  });
  const { token, tokenFile, port, host } = parsed.http;
  const http =
    token !== undefined || tokenFile !== undefined
      ? {
          port,
          host,
          token: secret(TOKEN, { setting: 'http.token', value: token }, { setting: 'http.tokenFile', path: tokenFile }),
        }
      : { port, host };
  return { ...parsed, http, orgs };
}

export function findOrg(config: Config, name: string): OrgConfig {
  const org = config.orgs.find((o) => o.name === name);
  if (!org) throw new Error(`unknown org "${name}"; configured: ${config.orgs.map((o) => o.name).join(', ')}`);
  return org;
}
