import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { Sessions } from './auth/sessions';
import { OrgClock, isCalendarDate } from './clock';
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
import { notificationRoutes } from './http/notification-routes';
import { authRoutes } from './http/auth-routes';
import { bulk2Routes } from './http/bulk2-routes';
import { collectionRoutes } from './http/collection-routes';
import { restErrorHandler } from './http/errors';
import { graphqlRoutes } from './http/graphql-routes';
import { queryRoutes } from './http/query-routes';
import { restRoutes } from './http/rest-routes';
import { AccessModel, UserAccess } from './access/access-model';
import { ADMIN_PROFILE, INTEGRATION_PROFILE, STANDARD_PROFILE } from './access/permissions';
import { MetadataDeployer, type DeployResult } from './metadata/deploy';
import { metadataRoutes } from './metadata/routes';
import { FORCE_APP_DIR, packageZipFromSource } from './metadata/source';
import { treeRoutes } from './http/tree-routes';

export const API_VERSION = '64.0';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  dataset?: DatasetName | Dataset;
  seed?: number;
  /** Daily API request budget (default 1,000,000). */
  apiBudget?: number;
  /**
   * A fixed schema (a test fixture, or a path to a schema export) instead of a deploy. Without it the org gets its
   * schema the way a real one does: `package` is deployed through the Metadata API at start.
   */
  schema?: SchemaExport | string;
  /**
   * The source-format package deployed at start (default: the repository's force-app), or false for an org without
   * the package (what an admin starts from; `sf project deploy start` then brings it).
   */
  package?: string | false;
  /** Whether the org is a sandbox (SOAP login's `sandbox`, Organization.IsSandbox); default false. */
  sandbox?: boolean;
  /**
   * The org's day: a named dataset is generated relative to it and the org's clock starts on it (at the wall clock's
   * time of day, then running with the wall clock). Default: a `Dataset` object's own asOf, else the day of `now`,
   * else today (UTC). `YYYY-MM-DD`.
   */
  asOf?: string;
  /** The clock's start instant (ISO 8601 with a zone) when a time of day matters; its day is the default asOf. */
  now?: string;
  /** Start the clock pinned: it stands still until a test moves it (`clock.advance`, `POST /__admin/clock`). */
  clockPinned?: boolean;
  credentials?: Partial<Credentials>;
  /**
   * Rows per Bulk API 2.0 query result page when the client sends no maxRecords (default 1,000,000: jsforce 3.10
   * cannot follow a multi-page result, so by default everything comes in one page, as it does for realistic sizes).
   */
  bulkResultPageSize?: number;
}

export interface Emulator {
  /** The users every org has: the admin (System Administrator) and the sync's integration user. */
  users: { adminId: string; adminUsername: string; integrationId: string; integrationUsername: string };
  /** Profiles, permission sets and assignments; `access.forUser(id)` says what a user may read and write. */
  access: AccessModel;
  /** Deploys a Metadata API zip in-process (the same code the SOAP and REST deploy calls run) and waits for it. */
  deploy(zip: Buffer, options?: { checkOnly?: boolean; rollbackOnError?: boolean }): Promise<DeployResult>;
  instanceUrl: string;
  loginUrl: string;
  credentials: Credentials;
  apiVersion: string;
  calls(): CallCounts;
  resetCalls(): void;
  faults: FaultController;
  expireSessions(): void;
  /** The org's one clock (TODAY, date literals, audit fields); tests pin and move it. */
  clock: OrgClock;
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

  /** Merges `loserIds` into `masterId` as the API's merge() call does (see Store.merge). */
  merge(
    masterId: string,
    loserIds: string[],
    options: WriteAs = {},
  ): { mergedIds: string[]; updatedRelatedIds: string[] } {
    return this.as(options, () => this.raw.merge(masterId, loserIds));
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
function inOrgUserId(store: Store, integrationUserId: string, adminId: string): string {
  for (const row of store.table('User').rows.values()) {
    if (row.Id !== integrationUserId && row.Id !== adminId && row.IsActive !== false && !row.IsDeleted) {
      return row.Id as string;
    }
  }
  return adminId;
}

export const ADMIN_USERNAME = 'admin@sellerco.example';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = options.seed ?? 1;
  const fixedSchema = options.schema !== undefined;
  const catalog =
    typeof options.schema === 'object'
      ? new Catalog(options.schema)
      : typeof options.schema === 'string'
        ? Catalog.load(options.schema)
        : new Catalog(undefined);
  const packageDir = fixedSchema || options.package === false ? undefined : (options.package ?? FORCE_APP_DIR);
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
    throw new Error(`asOf: expected a YYYY-MM-DD day, got ${options.asOf}`);
  }
  const startDay = options.asOf ?? (typeof options.dataset === 'object' ? options.dataset.asOf : undefined);
  const clock = new OrgClock({
    now: options.now,
    asOf: options.now === undefined ? startDay : undefined,
    pinned: options.clockPinned,
  });
  const asOf = startDay ?? clock.today();
  const source = datasetSource(options.dataset, seed, asOf);
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
  const adminId = makeId('005', 1, 'AD');
  let userId = placeholderUserId;
  const store = new Store(
    catalog,
    () => clock.now(),
    () => userId,
  );
  const loadedAt = `${source.asOf ?? asOf}T00:00:00.000Z`;
  const orgId = makeId('00D', 1, 'EM');
  const sandbox = options.sandbox ?? false;
  const access = new AccessModel(store);
  access.seedProfiles(loadedAt);
  store.load(
    {
      Organization: [
        {
          Id: orgId,
          Name: 'Contact Plan Emulator',
          InstanceName: 'EM1',
          IsSandbox: sandbox,
          TrialExpirationDate: null,
          NamespacePrefix: null,
          OrganizationType: 'Enterprise Edition',
          LanguageLocaleKey: 'en_US',
          DefaultLocaleSidKey: 'en_US',
          TimeZoneSidKey: 'GMT',
          FiscalYearStartMonth: 1,
        },
      ],
      User: [
        {
          Id: adminId,
          Username: ADMIN_USERNAME,
          FirstName: 'Org',
          LastName: 'Admin',
          Email: ADMIN_USERNAME,
          Title: 'Salesforce Administrator',
          IsActive: true,
          UserType: 'Standard',
          ProfileId: access.profileId(ADMIN_PROFILE),
        },
      ],
    },
    loadedAt,
  );
  const userName = (id: string): string => String(store.live(id)?.Name ?? id);
  const metadata = new MetadataDeployer(catalog, store, access, () => clock.now(), userName);
  const deploy = async (zip: Buffer, deployOptions: { checkOnly?: boolean; rollbackOnError?: boolean } = {}) =>
    metadata.finished(metadata.start(zip, deployOptions, adminId).id);
  if (packageDir) {
    // The same deploy an admin's `sf project deploy start` runs, so the org holds only what the package deploys.
    const result = await store.runAs(adminId, async () => deploy(await packageZipFromSource(packageDir)));
    if (!result.success) {
      const failures = result.details.componentFailures.map((f) => `${f.fileName}: ${f.fullName}: ${f.problem}`);
      throw new Error(`deploying ${packageDir} failed:\n${failures.join('\n') || result.errorMessage}`);
    }
  }
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
  // A fixture-schema org tests the wire protocols: its login user may do everything. An org whose schema comes from
  // a deploy gets the integration user the package expects: API only, access from its permission set.
  grantProfiles(
    store,
    access,
    { adminId, integrationId: userId, integrationProfile: fixedSchema ? ADMIN_PROFILE : INTEGRATION_PROFILE },
    loadedAt,
  );
  if (packageDir && options.dataset !== undefined)
    assignDatasetPermissionSets(store, access, { adminId, integrationId: userId }, loadedAt);

  let baseUrl = '';
  const environments = new Map<string, QueryEnvironment>();
  const scopedEnvironments = new WeakMap<UserAccess, Map<string, QueryEnvironment>>();
  const baseEnvironment = (version: string): QueryEnvironment => {
    let env = environments.get(version);
    if (!env) {
      env = { catalog, store, today: () => clock.today(), apiVersion: version };
      environments.set(version, env);
    }
    return env;
  };
  const org: OrgContext = {
    catalog,
    store,
    sessions: new Sessions(orgId),
    calls: new CallCounter(options.apiBudget ?? 1_000_000),
    faults: new FaultController(seed),
    credentials,
    jwtPublicKeyPem,
    clock,
    orgId,
    userId,
    apiVersion: API_VERSION,
    baseUrl: () => baseUrl,
    // Inside an API call, queries see the org as the session's user does (src/access); in-process ones see it all.
    query: (version) => {
      const base = baseEnvironment(version);
      const current = store.currentAccess();
      if (!(current instanceof UserAccess) || current.modifyAllData) return base;
      let byVersion = scopedEnvironments.get(current);
      if (!byVersion) {
        byVersion = new Map();
        scopedEnvironments.set(current, byVersion);
      }
      let env = byVersion.get(version);
      if (!env) {
        const scoped = catalog.scoped({
          objectVisible: (def) => current.can(def, 'read'),
          fieldVisible: (def, field) => current.fieldReadable(def, field),
        });
        env = { ...base, catalog: scoped };
        byVersion.set(version, env);
      }
      return env;
    },
    bulkResultPageSize: options.bulkResultPageSize ?? 1_000_000,
    access,
    metadata,
    sandbox,
    userByUsername: (username) => {
      for (const row of store.table('User').rows.values()) {
        if (row.IsDeleted || row.IsActive === false) continue;
        if (String(row.Username).toLowerCase() === username.toLowerCase()) {
          return {
            Id: row.Id as string,
            Username: row.Username as string,
            Email: row.Email as string,
            Name: row.Name as string,
          };
        }
      }
      return undefined;
    },
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Clients that join an instance URL ending in "/" with a path starting with one (`sf org login access-token`)
  // send `//services/…`; Salesforce serves those as the single-slash path.
  app.use((req, _res, next) => {
    if (req.url.startsWith('//')) req.url = req.url.replace(/^\/+/, '/');
    next();
  });
  app.use(authRoutes(org));
  app.use(adminRoutes(org));
  app.use(notificationRoutes(org));
  app.use('/services/data', express.json({ limit: '50mb', type: ['application/json', 'application/*+json'] }));
  app.use(metadataRoutes(org));
  app.use(restRoutes(org));
  app.use(treeRoutes(org));
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
    users: { adminId, adminUsername: ADMIN_USERNAME, integrationId: userId, integrationUsername: credentials.username },
    access,
    deploy: (zip, deployOptions) => store.runAs(adminId, () => deploy(zip, deployOptions)),
    instanceUrl: baseUrl,
    loginUrl: baseUrl,
    credentials,
    apiVersion: API_VERSION,
    calls: () => org.calls.snapshot(),
    resetCalls: () => org.calls.reset(),
    faults: org.faults,
    expireSessions: () => org.sessions.expireAll(),
    clock,
    store: new OrgStore(store, () => org.query(API_VERSION), inOrgUserId(store, userId, adminId)),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Gives every user without a profile one: the admin System Administrator, the integration user the API-only
 * profile (or System Administrator in fixture orgs), everyone else Standard User. */
function grantProfiles(
  store: Store,
  access: AccessModel,
  users: { adminId: string; integrationId: string; integrationProfile: string },
  loadedAt: string,
): void {
  const updates: SfRecord[] = [];
  for (const row of store.table('User').rows.values()) {
    if (row.ProfileId) continue;
    const profile =
      row.Id === users.adminId
        ? ADMIN_PROFILE
        : row.Id === users.integrationId
          ? users.integrationProfile
          : STANDARD_PROFILE;
    updates.push({ ...row, ProfileId: access.profileId(profile) });
  }
  store.load({ User: updates }, loadedAt);
}

/**
 * The dataset's people get the package's permission sets, as an admin following docs/admin.md would assign them:
 * the integration user Contact_Plan_Integration, the admin Contact_Plan_Admin and Contact_Plan_User, every other
 * active user (the reps) Contact_Plan_User.
 */
function assignDatasetPermissionSets(
  store: Store,
  access: AccessModel,
  users: { adminId: string; integrationId: string },
  loadedAt: string,
): void {
  const ids = {
    integration: access.permissionSetId('Contact_Plan_Integration'),
    admin: access.permissionSetId('Contact_Plan_Admin'),
    user: access.permissionSetId('Contact_Plan_User'),
  };
  const rows: SfRecord[] = [];
  let n = 0;
  const assign = (assigneeId: string, permissionSetId: string | undefined): void => {
    if (!permissionSetId) return;
    rows.push({
      Id: makeId('0Pa', ++n, 'DS'),
      AssigneeId: assigneeId,
      PermissionSetId: permissionSetId,
      IsActive: true,
    });
  };
  for (const row of store.table('User').rows.values()) {
    if (row.IsDeleted || row.IsActive === false) continue;
    const id = row.Id as string;
    if (id === users.integrationId) assign(id, ids.integration);
    else if (id === users.adminId) {
      assign(id, ids.admin);
      assign(id, ids.user);
    } else assign(id, ids.user);
  }
  store.load({ PermissionSetAssignment: rows }, loadedAt);
}
