// Shared set-up of the integration suites: an emulated org over HTTP, the sync's configuration for it, a
// prediction of the org's end state computed by the planning core from the org's own rows, and a reader of
// the state the sync actually left.
import { Writable } from 'node:stream';
import { BUYER_ROLES, analyzeWithReview, evidenceHorizonDays, resolveSettings } from '@contact-plan/planning-core';
import { startEmulator, type Emulator } from '@contact-plan/emulator';
import {
  assemble,
  createLogger,
  loadConfig,
  OrgClients,
  emptySources,
  RELATIONSHIP_RESULT_FIELDS,
  SOURCE_ENTRIES,
  syncOrg,
  todayIn,
  warningKey,
  type BatchSources,
  type Logger,
  type OrgConfig,
  type OrgRunOptions,
  type OrgRunSummary,
  type RunStatus,
  type SyncQueues,
} from '@contact-plan/sync-service';

export type Row = Record<string, unknown>;

/** The demo org, generated for `asOf` (default today, UTC) with its clock starting on that day. */
export async function startDemoOrg(
  options: { apiBudget?: number; seed?: number; asOf?: string } = {},
): Promise<Emulator> {
  return startEmulator({
    port: 0,
    dataset: 'demo',
    seed: options.seed ?? 1,
    apiBudget: options.apiBudget,
    asOf: options.asOf,
  });
}

/** The environment that points the sync service at an emulator org with password login (batches of 2). */
export function orgEnvFor(
  org: Emulator,
  env: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    CP_ORG_NAME: 'emu',
    CP_ORG_LOGIN_URL: org.loginUrl,
    CP_ORG_AUTH: 'password',
    CP_ORG_USERNAME: org.credentials.username,
    CP_ORG_PASSWORD: org.credentials.password,
    CP_ORG_BATCH_SIZE: '2',
    ...env,
  };
}

export function orgConfigFor(org: Emulator, env: Record<string, string> = {}): OrgConfig {
  return loadConfig({ env: orgEnvFor(org, env) }).orgs[0]!;
}

export const quietLog = (): Logger => createLogger({ level: 'silent' });

/** A logger that keeps every JSON line it writes, for assertions on the log itself. */
export function capturingLog(level = 'debug'): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ level, destination: stream }), lines };
}

/**
 * One foreground sync (what `contact-plan sync` runs). Its instant is the org's clock (the wall clock, unless the test
 * started the org on another day), so the dirty window and the planning day agree with the org's stamps.
 */
export function sync(
  org: Emulator,
  config: OrgConfig,
  opts: Partial<OrgRunOptions> = {},
  clients = new OrgClients(),
): Promise<OrgRunSummary> {
  return syncOrg({ org: config, http: clients.http(config), log: quietLog(), now: org.clock.now(), ...opts });
}

export const today = (): string => todayIn('UTC');

/** The Ids of all accounts in the org, sorted. */
export const accountIds = (org: Emulator): string[] =>
  org.store
    .query('SELECT Id FROM Account')
    .map((r) => String(r.Id))
    .sort();

/** The parents' names the sync's move step (moves.ts) adds to relationship rows, for departures and histories. */
const MOVE_PARENTS = ['Account__r.Name', 'Contact__r.Name', 'Contact__r.Buyer_Roles__c', 'Contact__r.Account.Name'];

/** Every source row of the org, read by the registry's fields and filters (what the extract reads, all accounts). */
export function allSources(org: Emulator, asOf: string): BatchSources {
  const sources = emptySources(asOf, accountIds(org));
  for (const source of SOURCE_ENTRIES) {
    // Activities as queryAll sees them (archived ones too), deleted ones out; assemble applies the evidence horizon.
    const where = [source.filter?.(asOf), source.activity ? 'IsDeleted = false' : undefined].filter(Boolean);
    const fields = source.object === 'Relationship__c' ? [...source.fields, ...MOVE_PARENTS] : source.fields;
    sources[source.key] = org.store.query(
      `SELECT ${fields.join(', ')} FROM ${source.object}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
      { includeDeleted: Boolean(source.activity) },
    );
  }
  return sources;
}

/** The org state a sync must produce: the same rows, assembled and analyzed by the core in-process. */
export interface OrgState {
  /** Pair_Key__c → svc fields. */
  relationships: Record<string, Row>;
  /** Warning_Key__c → fields of open warnings. */
  warnings: Record<string, Row>;
  /** Snapshot_Key__c → score and counts. */
  snapshots: Record<string, Row>;
  /** Account Id → score and review date. */
  accounts: Record<string, Row>;
  /** Contact Id (contacts on an account) → Implied_Buyer_Roles__c, its values in the core's order, or null. */
  contacts: Record<string, string | null>;
}

/** A multi-select value in the core's role order (the org may keep another), null when blank. */
const roleSet = (value: unknown): string | null =>
  BUYER_ROLES.filter((role) =>
    String(value ?? '')
      .split(';')
      .includes(role),
  ).join(';') || null;

const blank = (v: unknown): unknown => (v === undefined || v === '' ? null : v);

/** The svc fields of Relationship__c the states compare. */
const REL_FIELDS: readonly string[] = RELATIONSHIP_RESULT_FIELDS;

export function predictState(org: Emulator, asOf: string = today()): OrgState {
  const settings = resolveSettings();
  const { accounts } = assemble(allSources(org, asOf), {
    recentWindowDays: settings.touchWindowDays,
    horizonDays: evidenceHorizonDays(settings),
  });
  const state: OrgState = { relationships: {}, warnings: {}, snapshots: {}, accounts: {}, contacts: {} };
  for (const account of accounts) {
    const { analysis, reviewOn: coreReview } = analyzeWithReview(account.plan);
    // The next review: the core's date, or the day a dated contact relation changes the map, whichever comes first.
    const reviewOn = [coreReview, account.relationsChangeOn].filter(Boolean).sort()[0];
    const id = analysis.accountId;
    for (const contact of account.existing.contacts) {
      state.contacts[contact.id] = roleSet((account.impliedRoles.get(contact.id) ?? []).join(';'));
    }
    const repPairs = new Set(
      account.existing.relationships.filter((r) => r.hasRepData).map((r) => `${r.contactId}:${r.memberId}`),
    );
    const moves = new Map(analysis.nextMoves.map((m) => [`${m.contactId}:${m.memberId}`, m]));
    for (const cell of analysis.cells) {
      const key = `${cell.contactId}:${cell.memberId}`;
      const move = moves.get(key);
      const onlyMove = !(cell.manual || cell.suggested || cell.effective || cell.key || repPairs.has(key));
      if (onlyMove && !move) continue;
      moves.delete(key);
      const activity = account.activity.get(key);
      state.relationships[`${id}:${key}`] = {
        Suggested_Grade__c: blank(cell.suggested),
        Effective_Grade__c: blank(cell.effective),
        Grade_Reasons__c: !onlyMove && cell.reasons.length ? cell.reasons.join('\n') : null,
        Last_Touch__c: blank(activity?.lastTouch),
        Last_Meeting__c: blank(activity?.lastMeeting),
        Touches_90d__c: activity?.recentTouches ?? 0,
        Grade_Drops_On__c: blank(cell.dropsOn),
        Next_Move_Goal__c: blank(move?.goal),
        Next_Move_Gain__c: move?.gain ?? null,
      };
    }
    // A move on a blank cell: a record that holds only the move.
    for (const [key, move] of moves) {
      state.relationships[`${id}:${key}`] = {
        ...Object.fromEntries(REL_FIELDS.map((field) => [field, null])),
        Touches_90d__c: 0,
        Next_Move_Goal__c: move.goal,
        Next_Move_Gain__c: move.gain,
      };
    }
    for (const w of analysis.warnings) {
      state.warnings[warningKey(id, w)] = { Rule__c: w.rule, Severity__c: w.severity, Message__c: w.message };
    }
    const counts = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const w of analysis.warnings) counts[w.severity] += 1;
    state.snapshots[`${id}:${asOf}`] = {
      Score__c: analysis.score,
      Count_T__c: analysis.gradeCounts.T,
      Count_O__c: analysis.gradeCounts.O,
      Count_S__c: analysis.gradeCounts.S,
      Count_I__c: analysis.gradeCounts.I,
      Count_D__c: analysis.gradeCounts.D,
      Count_M__c: analysis.gradeCounts.M,
      Count_Critical__c: counts.critical,
      Count_High__c: counts.high,
      Count_Medium__c: counts.medium,
      Count_Low__c: counts.low,
    };
    state.accounts[id] = { Coverage_Score__c: analysis.score, Coverage_Review_On__c: blank(reviewOn) };
  }
  return state;
}

const only = (row: Row, fields: readonly string[]): Row => Object.fromEntries(fields.map((f) => [f, blank(row[f])]));

/** What the org holds of the sync's records now. */
export function readState(org: Emulator, asOf: string = today()): OrgState {
  const state: OrgState = { relationships: {}, warnings: {}, snapshots: {}, accounts: {}, contacts: {} };
  for (const c of org.store.query('SELECT Id, Implied_Buyer_Roles__c FROM Contact WHERE AccountId != null')) {
    state.contacts[String(c.Id)] = roleSet(c.Implied_Buyer_Roles__c);
  }
  const relFields = REL_FIELDS;
  // By the pair a record holds now (a rep may have re-pointed it). Records whose contact left the account (closed
  // by the sync, or deleted) stay with their rep data; they are no longer part of the account's plan.
  // A contact is on its home account and on every account an active indirect AccountContactRelation relates it to.
  const onAccount = new Set(org.store.query('SELECT Id, AccountId FROM Contact').map((c) => `${c.AccountId}:${c.Id}`));
  for (const r of org.store.query(
    'SELECT AccountId, ContactId, StartDate, EndDate FROM AccountContactRelation WHERE IsDirect = false AND IsActive = true',
  )) {
    if ((r.StartDate && String(r.StartDate) > asOf) || (r.EndDate && String(r.EndDate) < asOf)) continue;
    onAccount.add(`${r.AccountId}:${r.ContactId}`);
  }
  for (const r of org.store.query(
    `SELECT Account__c, Contact__c, Team_Member__c, ${relFields.join(', ')} FROM Relationship__c`,
  )) {
    if (!onAccount.has(`${r.Account__c}:${r.Contact__c}`)) continue;
    state.relationships[`${String(r.Account__c)}:${String(r.Contact__c)}:${String(r.Team_Member__c)}`] = only(
      r,
      relFields,
    );
  }
  for (const w of org.store.query(
    "SELECT Warning_Key__c, Rule__c, Severity__c, Message__c FROM Coverage_Warning__c WHERE Status__c = 'Open'",
  )) {
    state.warnings[String(w.Warning_Key__c)] = only(w, ['Rule__c', 'Severity__c', 'Message__c']);
  }
  const snapFields = [
    'Score__c',
    'Count_T__c',
    'Count_O__c',
    'Count_S__c',
    'Count_I__c',
    'Count_D__c',
    'Count_M__c',
    'Count_Critical__c',
    'Count_High__c',
    'Count_Medium__c',
    'Count_Low__c',
  ];
  for (const s of org.store.query(
    `SELECT Snapshot_Key__c, ${snapFields.join(', ')} FROM Coverage_Snapshot__c WHERE As_Of__c = ${asOf}`,
  )) {
    state.snapshots[String(s.Snapshot_Key__c)] = only(s, snapFields);
  }
  for (const a of org.store.query('SELECT Id, Coverage_Score__c, Coverage_Review_On__c FROM Account')) {
    state.accounts[String(a.Id)] = only(a, ['Coverage_Score__c', 'Coverage_Review_On__c']);
  }
  return state;
}

/** Calls the emulator counted that write (collections, sObject rows, bulk ingest). */
export function writeCalls(org: Emulator): number {
  const byKind = org.calls().byKind as Record<string, number>;
  return Object.entries(byKind)
    .filter(([kind]) => kind === 'collection' || kind === 'sobject' || kind.startsWith('bulk2-ingest'))
    .reduce((a, [, n]) => a + n, 0);
}

/** SystemModstamp of every record the sync owns or stamps, by Id, with the account it belongs to. */
export function stamps(org: Emulator): Map<string, { stamp: unknown; account: string }> {
  const out = new Map<string, { stamp: unknown; account: string }>();
  for (const object of ['Relationship__c', 'Coverage_Warning__c', 'Coverage_Snapshot__c']) {
    for (const r of org.store.query(`SELECT Id, Account__c, SystemModstamp FROM ${object}`, { includeDeleted: true })) {
      out.set(String(r.Id), { stamp: r.SystemModstamp, account: String(r.Account__c) });
    }
  }
  for (const a of org.store.query('SELECT Id, SystemModstamp FROM Account')) {
    out.set(String(a.Id), { stamp: a.SystemModstamp, account: String(a.Id) });
  }
  return out;
}

/** The accounts whose records changed between two `stamps` readings (created, updated or deleted). */
export function touchedAccounts(
  before: Map<string, { stamp: unknown; account: string }>,
  after: Map<string, { stamp: unknown; account: string }>,
): Set<string> {
  const touched = new Set<string>();
  for (const [id, now] of after) if (before.get(id)?.stamp !== now.stamp) touched.add(now.account);
  return touched;
}

export const uniquePrefix = (name: string): string => `cp-it-${name}-${process.pid}-${Date.now()}`;

const REP_FIELDS = ['Grade__c', 'Graded_On__c', 'Key_Intersection__c', 'Focus_Horizon__c'] as const;

/** The rep-owned fields of every Relationship__c, deleted ones included, by Id: the sync must never change them. */
export function repFields(org: Emulator): Record<string, Row> {
  const rows = org.store.query(`SELECT Id, ${REP_FIELDS.join(', ')} FROM Relationship__c`, { includeDeleted: true });
  return Object.fromEntries(rows.map((r) => [String(r.Id), only(r, REP_FIELDS)]));
}

/**
 * How many of each record the sync keeps one of, next to how many distinct keys they carry: equal pairs mean no
 * duplicate (one snapshot per account and day, one open warning per key, one relationship record per pair).
 */
export function recordCounts(org: Emulator): Record<'snapshots' | 'warnings' | 'relationships', [number, number]> {
  const counted = (soql: string, key: string): [number, number] => {
    const rows = org.store.query(soql);
    return [rows.length, new Set(rows.map((r) => r[key])).size];
  };
  return {
    snapshots: counted('SELECT Snapshot_Key__c FROM Coverage_Snapshot__c', 'Snapshot_Key__c'),
    warnings: counted("SELECT Warning_Key__c FROM Coverage_Warning__c WHERE Status__c = 'Open'", 'Warning_Key__c'),
    relationships: counted('SELECT Pair_Key__c FROM Relationship__c WHERE Pair_Key__c != null', 'Pair_Key__c'),
  };
}

/** Polls `probe` until it answers something other than undefined. */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The status of a queued run once it has completed or failed. */
export const runFinished = (queues: SyncQueues, runId: string, timeoutMs?: number): Promise<RunStatus> =>
  until(
    async () => {
      const s = await queues.getRun(runId);
      return s && ['completed', 'failed'].includes(s.state) ? s : undefined;
    },
    `run ${runId} to finish`,
    timeoutMs,
  );
