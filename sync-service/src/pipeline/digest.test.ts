import { digestMessage, MemoryDigestLedger } from './digest';

describe('digestMessage', () => {
  it('counts what is due in the title and lists it in the body', () => {
    const message = digestMessage([
      { kind: 'dropping', on: '2026-12-03', text: 'Ada Power (Acme): S until 2026-12-03' },
      { kind: 'due', on: '2026-12-04', text: 'blueprint for Bo User (Acme) due 2026-12-04' },
      { kind: 'due', on: '2026-12-05', text: 'blueprint for Cy (Acme) due 2026-12-05' },
    ]);
    expect(message).toEqual({
      title: 'Contact Plan today: 1 key relationship drops a grade, 2 blueprints due',
      body:
        'Ada Power (Acme): S until 2026-12-03; blueprint for Bo User (Acme) due 2026-12-04; ' +
        'blueprint for Cy (Acme) due 2026-12-05',
    });
  });

  it('keeps the body within the action limit of 750 characters', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      kind: 'due' as const,
      on: '2026-12-04',
      text: `blueprint for Contact number ${i} (A rather long account name) due 2026-12-04`,
    }));
    const { body } = digestMessage(items);
    expect(body).toHaveLength(750);
    expect(body.endsWith('…')).toBe(true);
  });
});

describe('MemoryDigestLedger', () => {
  it('lets one claim a rep and day once, until it is released', async () => {
    const ledger = new MemoryDigestLedger();
    expect(await ledger.claim('acme', '005A', '2026-12-01')).toBe(true);
    expect(await ledger.claim('acme', '005A', '2026-12-01')).toBe(false);
    expect(await ledger.claim('acme', '005A', '2026-12-02')).toBe(true);
    await ledger.release('acme', '005A', '2026-12-01');
    expect(await ledger.claim('acme', '005A', '2026-12-01')).toBe(true);
  });
});
