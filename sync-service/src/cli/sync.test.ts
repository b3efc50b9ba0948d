import { syncServiceCommands } from './commands';
import { formatSummary } from './sync';
import { captureIo } from './testing-io';

describe('sync CLI', () => {
  const summary = {
    org: 'emu',
    asOf: '2026-11-22',
    accounts: 6,
    batches: 1,
    rowsRead: 638,
    planned: 305,
    written: 305,
    calls: { query: 14, limits: 1, 'collection-upsert': 3 },
    apiCalls: 18,
    durationMs: 1234,
    watermark: '2026-11-22T21:40:00.000Z',
    failedBatches: [],
  };

  it('prints accounts, rows read, records written, API calls by kind and duration', () => {
    expect(formatSummary(summary, false).split('\n')).toEqual([
      'org             emu (as of 2026-11-22)',
      'accounts        6 in 1 batch(es)',
      'records read    638',
      'records written 305',
      'API calls       18 (collection-upsert 3, limits 1, query 14)',
      'duration        1.2 s',
      'watermark       2026-11-22T21:40:00.000Z',
    ]);
  });

  it('says when nothing was written and when the budget stopped the run', () => {
    const text = formatSummary(
      { ...summary, watermark: undefined, stoppedBy: 'budget', stopReason: 'stopping: 10 remain' },
      true,
    );
    expect(text).toContain('records planned 305 (dry run: nothing written)');
    expect(text).toContain('STOPPED         stopping: 10 remain');
  });

  it('names each batch that failed for good once, with its reason', () => {
    const text = formatSummary(
      {
        ...summary,
        watermark: undefined,
        failedBatches: [
          { batch: 1, accounts: 500, reason: '1 record(s) failed to save: Account update: MALFORMED_ID: bad id' },
        ],
      },
      false,
    );
    expect(text.split('\n').filter((l) => l.startsWith('FAILED'))).toEqual([
      'FAILED          batch 2 (500 accounts), not retried: 1 record(s) failed to save: Account update: MALFORMED_ID: bad id',
    ]);
  });

  it('offers sync, worker, scheduler and serve with the documented options', () => {
    const commands = syncServiceCommands(captureIo());
    expect(commands.map((c) => c.name())).toEqual(['sync', 'worker', 'scheduler', 'serve']);
    expect(commands[0]!.options.map((o) => o.long)).toEqual([
      '--org',
      '--account',
      '--dry-run',
      '--full',
      '--as-of',
      '--no-progress',
    ]);
  });
});
