import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { Sessions } from './auth/sessions';
import type { Credentials, OrgContext } from './context';
import { DEFAULT_USERNAME, datasetSource, type Dataset, type DatasetName } from './dataset';
import { makeId } from './ids';
import { CallCounter, type CallCounts } from './observe/calls';
import { FaultController } from './observe/faults';
import { Catalog } from './schema/catalog';
import type { SchemaExport } from './schema/types';
import { compileSoql, projectRow, runQuery, type QueryEnvironment } from './soql/query';
import { Store, type SfRecord } from './store/store';
import { adminRoutes } from './http/admin-routes';
import { authRoutes } from './http/auth-routes';
import { bulk2Routes } from './http/bulk2-routes';
import { collectionRoutes } from './http/collection-routes';
import { restErrorHandler } from './http/errors';
import { graphqlRoutes } from './http/graphql-routes';
import { queryRoutes } from './http/query-routes';
import { restRoutes } from './http/rest-routes';

export const API_VERSION = '64.0';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  dataset?: DatasetName | Dataset;
  seed?: number;
  /** Daily API request budget (default 1,000,000). */
  apiBudget?: number;
  /** The package schema export, or a path to it (default: schema/contact-plan.schema.json when present). */
  schema?: SchemaExport | string;
  /** The day SOQL date literals are relative to; default the dataset's asOf, else today (UTC). */
  today?: string;
  credentials?: Partial<Credentials>;
  /**
   * Rows per Bulk API 2.0 query result page when the client sends no maxRecords (default 1,000,000: jsforce 3.10
   * cannot follow a multi-page result, so by default everything comes in one page, as it does for realistic sizes).
   */
  bulkResultPageSize?: number;
}

export interface Emulator {
  instanceUrl: string;
  loginUrl: string;
  credentials: Credentials;
  apiVersion: string;
  calls(): CallCounts;
  resetCalls(): void;
  faults: FaultController;
  expireSessions(): void;
  store: OrgStore;
  stop(): Promise<void>;
}

export interface WriteAs {
  /** The user the write is attributed to (default: `OrgStore.defaultUserId`). */
  asUser?: string;
}

/**
 * The org's records for test assertions and set-up, with the same rules the API applies. Writes made here stand
 * for people working in the org, so they are attributed to a user other than the integration user (the first other
 * active user, unless `asUser` says otherwise): the sync sees them as someone else's edits.
 */
export class OrgStore {
  constructor(
    readonly raw: Store,
    private readonly env: () => QueryEnvironment,
    readonly defaultUserId: string,
  ) {}

  /** Runs SOQL in-process (no paging, no call counted) and returns rows as the REST API renders them. */
  query(soql: string, options: { includeDeleted?: boolean } = {}): Array<Record<string, unknown>> {
    const env = this.env();
    const q = compileSoql(soql, env);
    const rows = runQuery(q, env, !!options.includeDeleted);
    return rows.map((row) => projectRow(q, row, env, !!options.includeDeleted));
  }

  insert(type: string, fields: Record<string, unknown>, options: WriteAs = {}): string {
    return this.as(options, () => this.raw.insert(type, fields));
  }

  update(type: string, id: string, fields: Record<string, unknown>, options: WriteAs = {}): void {
    this.as(options, () => this.raw.update(type, id, fields));
  }

  upsert(
    type: string,
    externalIdField: string,
    value: string,
    fields: Record<string, unknown>,
    options: WriteAs = {},
  ): { id: string; created: boolean } {
    return this.as(options, () => this.raw.upsert(type, externalIdField, value, fields));
  }

  delete(id: string, options: WriteAs = {}): void {
    this.as(options, () => this.raw.delete(id));
  }

  /** A copy of the stored row (deleted rows included), or undefined. */
  get(id: string): SfRecord | undefined {
    const found = this.raw.getById(id);
    return found ? { ...found.row } : undefined;
  }

  count(type: string, options: { includeDeleted?: boolean } = {}): number {
    return this.raw.count(type, !!options.includeDeleted);
  }

  private as<T>(options: WriteAs, work: () => T): T {
    return this.raw.runAs(options.asUser ?? this.defaultUserId, work);
  }
}

/** The user in-process writes stand for: the first active user other than the integration user, else it. */
function inOrgUserId(store: Store, integrationUserId: string): string {
  for (const row of store.table('User').rows.values()) {
    if (row.Id !== integrationUserId && row.IsActive !== false && !row.IsDeleted) return row.Id as string;
  }
  return integrationUserId;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = options.seed ?? 1;
  const catalog =
    typeof options.schema === 'object' ? new Catalog(options.schema) : Catalog.load(options.schema ?? undefined);
  const source = datasetSource(options.dataset, seed);
  const today = options.today ?? source.asOf ?? new Date().toISOString().slice(0, 10);
  const keys = options.credentials?.privateKeyPem ? undefined : generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem =
    options.credentials?.privateKeyPem ?? (keys?.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  const credentials: Credentials = {
    username: DEFAULT_USERNAME,
    password: 'emulator-password-1',
    clientId: '3MVG9emulatorClientId',
    clientSecret: 'emulator-client-secret',
    ...options.credentials,
    privateKeyPem,
  };
  const jwtPublicKeyPem = keys
    ? (keys.publicKey.export({ type: 'spki', format: 'pem' }) as string)
    : (await import('node:crypto')).createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();

  // Rows the dataset leaves without an owner or creator get the integration user, found in the first chunk that
  // holds it (the generator emits users first) or created when the dataset has none.
  const placeholderUserId = makeId('005', 1, 'IN');
  let userId = placeholderUserId;
  const store = new Store(
    catalog,
    () => new Date(),
    () => userId,
  );
  const loadedAt = `${source.asOf ?? today}T00:00:00.000Z`;
  for (const chunk of source.chunks) {
    const integrationUser = chunk.User?.find((u) => u.Username === credentials.username);
    if (integrationUser && typeof integrationUser.Id === 'string') userId = integrationUser.Id;
    store.load(chunk, loadedAt);
  }
  if (userId === placeholderUserId) {
    store.load(
      {
        User: [
          {
            Id: userId,
            Username: credentials.username,
            FirstName: 'Contact Plan',
            LastName: 'Integration',
            Email: credentials.username,
            Title: 'Integration User',
            IsActive: true,
            UserType: 'Standard',
          },
        ],
      },
      loadedAt,
    );
  }

  let baseUrl = '';
  const environments = new Map<string, QueryEnvironment>();
  const org: OrgContext = {
    catalog,
    store,
    sessions: new Sessions(makeId('00D', 1, 'EM')),
    calls: new CallCounter(options.apiBudget ?? 1_000_000),
    faults: new FaultController(seed),
    credentials,
    jwtPublicKeyPem,
    orgId: makeId('00D', 1, 'EM'),
    userId,
    apiVersion: API_VERSION,
    baseUrl: () => baseUrl,
    query: (version) => {
      let env = environments.get(version);
      if (!env) {
        env = { catalog, store, today, apiVersion: version };
        environments.set(version, env);
      }
      return env;
    },
    bulkResultPageSize: options.bulkResultPageSize ?? 1_000_000,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(authRoutes(org));
  app.use(adminRoutes(org));
  app.use('/services/data', express.json({ limit: '50mb', type: ['application/json', 'application/*+json'] }));
  app.use(restRoutes(org));
  app.use(queryRoutes(org));
  app.use(collectionRoutes(org));
  app.use(bulk2Routes(org));
  app.use(graphqlRoutes(org));
  app.use('/services', (_req, res) => {
    res.status(404).json([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
  });
  app.use(restErrorHandler);

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  // Node closes idle keep-alive sockets after 5 s by default; a client that reuses one just then gets a reset, which
  // jsforce does not retry for POST/PATCH. Salesforce keeps connections far longer, so do the same.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  const address = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${address.port}`;

  return {
    instanceUrl: baseUrl,
    loginUrl: baseUrl,
    credentials,
    apiVersion: API_VERSION,
    calls: () => org.calls.snapshot(),
    resetCalls: () => org.calls.reset(),
    faults: org.faults,
    expireSessions: () => org.sessions.expireAll(),
    store: new OrgStore(store, () => org.query(API_VERSION), inOrgUserId(store, userId)),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
