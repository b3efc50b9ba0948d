// The demo on any day: the demo org generated for its designed day, 200 days later and three years later, synced
// by the real pipeline as of the org's own day, ends with the same grades, warnings and scores.
import type { Emulator } from '@contact-plan/emulator';
import { orgConfigFor, readState, startDemoOrg, sync, type OrgState, type Row } from './support';

jest.setTimeout(120_000);

const DESIGNED = '2026-11-20';
const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const addDays = (day: string, n: number): string => new Date((dayNumber(day) + n) * DAY_MS).toISOString().slice(0, 10);

/** The org's state with every date written as days before asOf, and the snapshot keys without their day. */
function relative(state: OrgState, asOf: string): OrgState {
  const days = (row: Row): Row =>
    Object.fromEntries(
      Object.entries(row).map(([field, value]) => [
        field,
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayNumber(asOf) - dayNumber(value) : value,
      ]),
    );
  const map = (rows: Record<string, Row>, key: (k: string) => string = (k) => k) =>
    Object.fromEntries(Object.entries(rows).map(([k, row]) => [key(k), days(row)]));
  return {
    relationships: map(state.relationships),
    warnings: map(state.warnings),
    snapshots: map(state.snapshots, (k) => k.replace(`:${asOf}`, '')),
    accounts: map(state.accounts),
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

const DESIGNED_SCORES: Array<[string, number]> = [];
const DESIGNED_OPEN_WARNINGS = -1;
