import type { AccessModel } from './access/access-model';
import type { Sessions } from './auth/sessions';
import type { OrgClock } from './clock';
import type { MetadataDeployer } from './metadata/deploy';
import type { CallCounter } from './observe/calls';
import type { FaultController } from './observe/faults';
import type { Catalog } from './schema/catalog';
import type { QueryEnvironment } from './soql/query';
import type { Store } from './store/store';

export interface Credentials {
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
  /** Private key (PKCS#8 PEM) whose public half the token endpoint trusts for the JWT bearer flow. */
  privateKeyPem?: string;
}

/** Everything a route handler can reach: the org's state and its instruments. */
export interface OrgContext {
  catalog: Catalog;
  store: Store;
  sessions: Sessions;
  calls: CallCounter;
  faults: FaultController;
  credentials: Credentials;
  jwtPublicKeyPem: string;
  /** The org's one clock: TODAY, date literals, audit fields and job timestamps come from it. */
  clock: OrgClock;
  orgId: string;
  userId: string;
  apiVersion: string;
  /** Base URL, known once the server listens. */
  baseUrl: () => string;
  query: (version: string) => QueryEnvironment;
  bulkResultPageSize: number;
  /** Profiles, permission sets and assignments; what each user may do. */
  access: AccessModel;
  /** The Metadata API deploy. */
  metadata: MetadataDeployer;
  /** Whether the org reports itself as a sandbox (SOAP login, Organization.IsSandbox). */
  sandbox: boolean;
  /** The active user with this username, for logins. */
  userByUsername: (username: string) => { Id: string; Username: string; Email?: string; Name?: string } | undefined;
}
