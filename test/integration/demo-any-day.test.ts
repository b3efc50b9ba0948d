// The demo on any day: the demo org generated for its designed day, 200 days later and three years later, synced
// by the real pipeline as of the org's own day, ends with the same grades, warnings and scores.
import type { Emulator } from '@contact-plan/emulator';
import { Writable } from 'node:stream';
import { runCli, type CliIo } from '@contact-plan/sync-service';
import { orgConfigFor, orgEnvFor, readState, startDemoOrg, sync, type OrgState, type Row } from './support';

jest.setTimeout(120_000);

const DESIGNED = '2026-11-20';
const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const addDays = (day: string, n: number): string => new Date((dayNumber(day) + n) * DAY_MS).toISOString().slice(0, 10);

/**
 * The org's state with every date, alone or inside a text (grade reasons name the day of a grade and of the last
 * touch), written as days before asOf, and the snapshot keys without their day.
 */
function relative(state: OrgState, asOf: string): OrgState {
  const ago = (day: string): number => dayNumber(asOf) - dayNumber(day);
  const days = (row: Row): Row =>
    Object.fromEntries(
      Object.entries(row).map(([field, value]) => [
        field,
        typeof value !== 'string'
          ? value
          : /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? ago(value)
            : value.replace(/\d{4}-\d{2}-\d{2}/g, (day) => `<asOf-${ago(day)}>`),
      ]),
    );
  const map = (rows: Record<string, Row>, key: (k: string) => string = (k) => k) =>
    Object.fromEntries(Object.entries(rows).map(([k, row]) => [key(k), days(row)]));
  return {
    relationships: map(state.relationships),
    warnings: map(state.warnings),
    snapshots: map(state.snapshots, (k) => k.replace(`:${asOf}`, '')),
    accounts: map(state.accounts),
    contacts: state.contacts,
  };
}

async function syncedDemo(asOf: string): Promise<{ state: OrgState; scores: Array<[string, number]> }> {
  const org: Emulator = await startDemoOrg({ asOf });
  try {
    expect(org.clock.today()).toBe(asOf);
    const summary = await sync(org, orgConfigFor(org), { full: true, asOf: org.clock.today() });
    expect([summary.asOf, summary.accounts]).toEqual([asOf, 6]);
    const scores = org.store
      .query('SELECT Name, Coverage_Score__c FROM Account ORDER BY Name')
      .map((a): [string, number] => [String(a.Name), Number(a.Coverage_Score__c)]);
    // The showcase's grade mix, as designed (tools/org-emulator/src/data/showcase.ts).
    const [mix] = org.store.query(
      `SELECT Count_T__c, Count_O__c, Count_S__c, Count_I__c, Count_D__c, Count_M__c FROM Coverage_Snapshot__c
       WHERE Account__r.Name = 'Brightwater Logistics' AND As_Of__c = ${asOf}`,
    );
    expect(mix).toMatchObject({
      Count_T__c: 9,
      Count_O__c: 5,
      Count_S__c: 13,
      Count_I__c: 3,
      Count_D__c: 1,
      Count_M__c: 1,
    });
    return { state: relative(readState(org, asOf), asOf), scores };
  } finally {
    await org.stop();
  }
}

describe('the demo on any day, through the sync', () => {
  let designed: { state: OrgState; scores: Array<[string, number]> };
  beforeAll(async () => {
    designed = await syncedDemo(DESIGNED);
  });

  it('scores the demo accounts as designed', () => {
    expect(designed.scores).toEqual(DESIGNED_SCORES);
    expect(Object.keys(designed.state.warnings).length).toBe(DESIGNED_OPEN_WARNINGS);
  });

  it.each([addDays(DESIGNED, 200), addDays(DESIGNED, 3 * 365 + 1)])(
    'leaves the same grades, warnings and scores when the demo is generated and synced on %s',
    async (day) => {
      const later = await syncedDemo(day);
      expect(later.scores).toEqual(DESIGNED_SCORES);
      expect(later.state).toEqual(designed.state);
    },
  );
});

describe('contact-plan sync --as-of', () => {
  it('analyses the demo as of the day asked for and writes the snapshot of that day', async () => {
    const day = addDays(DESIGNED, 3 * 365 + 1);
    const org = await startDemoOrg({ asOf: day });
    try {
      const [showcase] = org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
      const id = String(showcase!.Id);
      const run = async (args: string[]) => {
        const out = { stdout: '', stderr: '' };
        const io: CliIo = {
          out: (text) => void (out.stdout += text),
          err: (text) => void (out.stderr += text),
          readStdin: async () => '',
          env: orgEnvFor(org, { CP_LOG_LEVEL: 'warn' }),
          logDestination: () =>
            new Writable({
              write(chunk: Buffer, _encoding, done) {
                out.stderr += chunk.toString();
                done();
              },
            }),
        };
        const code = await runCli(['node', 'contact-plan', 'sync', '--org', 'emu', '--no-progress', ...args], io);
        return { code, ...out };
      };
      const dry = await run(['--account', id, '--as-of', day, '--dry-run']);
      expect([dry.code, dry.stderr]).toEqual([0, '']);
      expect(dry.stdout).toContain(`org             emu (as of ${day})`);
      expect(dry.stdout).toContain(`"Snapshot_Key__c": "${id}:${day}"`);
      expect(org.store.count('Coverage_Snapshot__c')).toBe(0);

      const real = await run(['--account', id, '--as-of', day]);
      expect([real.code, real.stderr]).toEqual([0, '']);
      const snapshots = org.store.query('SELECT As_Of__c, Score__c FROM Coverage_Snapshot__c');
      expect(snapshots.map((s) => [s.As_Of__c, s.Score__c])).toEqual([[day, 37]]);
    } finally {
      await org.stop();
    }
  });
});

/** The demo's coverage scores as designed (the same the planning core gives the generated records). */
const DESIGNED_SCORES: Array<[string, number]> = [
  ['Brightwater Logistics', 37],
  ['Driftwood Systems Ltd', 43],
  ['Harbor Point Foods', 18],
  ['Redstone Communications Ltd.', 28],
  ['Redstone Outfitters S.L.', 26],
  ['Upland Software S.A.', 35],
];
const DESIGNED_OPEN_WARNINGS = 29 + 4 + 34 + 12 + 17 + 15;
