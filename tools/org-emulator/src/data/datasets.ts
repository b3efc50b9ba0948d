// The named datasets: which accounts each one holds and how big they are.

import { isCalendarDate, utcToday } from '../clock';
import { mixSeed, Random } from './random';
import { OrgContext, RecordsByObject, SalesUser, SOBJECTS } from './org';
import { Row } from './records';
import { showcaseAccounts } from './showcase';
import { AccountSize, syntheticAccount } from './synthetic-account';
import { integrationUser, randomSalesUsers } from './users';

export type DatasetName = 'demo' | 'm' | 'l';

function checkAsOf(asOf: string): string {
  if (!isCalendarDate(asOf)) throw new Error(`dataset asOf: expected a YYYY-MM-DD day, got ${asOf}`);
  return asOf;
}

export interface DatasetSpec {
  /** Random accounts (the demo adds its two hand-made ones in front). */
  accounts: number;
  /** Random sales users besides the integration user and the showcase team. */
  users: number;
  /** Average contacts and activities (tasks + events) per random account. */
  contactsPerAccount: number;
  activitiesPerAccount: number;
  /** Largest deviation from those averages; deviations cancel out in pairs of accounts, keeping totals exact. */
  contactSpread: number;
  activitySpread: number;
  showcase: boolean;
  /** Archived history, shared tasks, declined invitations, open tasks, indirect contacts (see AccountExtras). */
  extras: boolean;
}

export const DATASET_SPECS: Readonly<Record<DatasetName, DatasetSpec>> = {
  demo: {
    accounts: 4,
    users: 8,
    contactsPerAccount: 12,
    activitiesPerAccount: 60,
    contactSpread: 5,
    activitySpread: 30,
    showcase: true,
    // The demo tells its designed story; the extras live in m and l.
    extras: false,
  },
  m: {
    accounts: 1_000,
    users: 80,
    contactsPerAccount: 20,
    activitiesPerAccount: 100,
    contactSpread: 12,
    activitySpread: 70,
    showcase: false,
    extras: true,
  },
  l: {
    accounts: 10_000,
    users: 600,
    contactsPerAccount: 20,
    activitiesPerAccount: 100,
    contactSpread: 12,
    activitySpread: 70,
    showcase: false,
    extras: true,
  },
};

/** A slice of a dataset: the users first, then one chunk per account with everything that hangs off it. */
export type DatasetChunk = Partial<RecordsByObject>;

function accountSize(spec: DatasetSpec, seed: number, index: number): AccountSize {
  // Both accounts of a pair draw the same deviations; the first adds them, the second subtracts them. An odd last
  // account gets the averages.
  const isLastOfOdd = index === spec.accounts - 1 && spec.accounts % 2 === 1;
  if (isLastOfOdd) return { contacts: spec.contactsPerAccount, activities: spec.activitiesPerAccount };
  const rng = new Random(mixSeed(seed, 0x5e1e0000 + (index >> 1)));
  const sign = index % 2 === 0 ? 1 : -1;
  return {
    contacts: spec.contactsPerAccount + sign * rng.int(0, spec.contactSpread),
    activities: spec.activitiesPerAccount + sign * rng.int(0, spec.activitySpread),
  };
}

/**
 * Generates the dataset chunk by chunk, so a consumer can load it without ever holding two copies. Each account draws
 * from its own random stream, so a change to one account's recipe leaves the others' content unchanged. Every date
 * is counted back from `asOf` (default today, UTC): the same (name, seed) tells the same story on any day, and the
 * same (name, seed, asOf) gives the same records.
 */
export function* generateDatasetChunks(
  name: DatasetName,
  seed = 1,
  asOf: string = utcToday(),
): Generator<DatasetChunk> {
  const spec = DATASET_SPECS[name];
  if (!spec) throw new Error(`unknown dataset: ${String(name)}`);
  const ctx = new OrgContext(checkAsOf(asOf));
  const userRng = new Random(mixSeed(seed, 1));
  const users: Row[] = [integrationUser(ctx, userRng)];
  const pool: SalesUser[] = [];
  let showcase: RecordsByObject[] = [];
  if (spec.showcase) {
    const result = showcaseAccounts(ctx, new Random(mixSeed(seed, 2)));
    users.push(...result.users);
    pool.push(...result.team);
    showcase = result.accounts;
  }
  const random = randomSalesUsers(ctx, userRng, spec.users);
  users.push(...random.rows);
  pool.push(...random.team);
  const owners = pool.filter((user) => user.ownsAccounts);
  yield { User: users };
  yield* showcase;
  let neighbourContacts: readonly string[] = [];
  let neighbour: { accountId: string; memberIds: string[] } | undefined;
  for (let i = 0; i < spec.accounts; i++) {
    const extras = spec.extras
      ? { rng: new Random(mixSeed(seed, 0x200000 + i)), neighbourContacts, neighbour }
      : undefined;
    const rng = new Random(mixSeed(seed, 0x100000 + i));
    const chunk = syntheticAccount(ctx, rng, pool, owners, accountSize(spec, seed, i), extras);
    const accountId = chunk.Account[0]!.Id as string;
    // Live contacts of this account only: a merged duplicate filed on the account before is deleted.
    neighbourContacts = chunk.Contact.filter((row) => row.AccountId === accountId && !row.IsDeleted).map(
      (row) => row.Id as string,
    );
    neighbour = { accountId, memberIds: chunk.AccountTeamMember.map((row) => row.UserId as string) };
    yield chunk;
  }
}

export interface Dataset {
  asOf: string;
  records: Record<string, Array<Record<string, unknown>>>;
}

/** The whole dataset in memory (see generateDatasetChunks for a streaming load). */
export function generateDataset(name: DatasetName, seed = 1, asOf: string = utcToday()): Dataset {
  const records: RecordsByObject = {} as RecordsByObject;
  for (const object of SOBJECTS) records[object] = [];
  for (const chunk of generateDatasetChunks(name, seed, asOf)) {
    for (const object of SOBJECTS) {
      const rows = chunk[object];
      if (!rows) continue;
      const target = records[object];
      for (const row of rows) target.push(row);
    }
  }
  return { asOf, records };
}
