import { Writable } from 'node:stream';
import { createLogger, forRun, scrubText } from './log';

function capture(): { lines: () => Record<string, unknown>[]; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('log', () => {
  it('puts the run id on every line and redacts personal data and secrets by key', () => {
    const out = capture();
    const log = forRun(createLogger({ destination: out.stream }), 'run-42');
    log.info({ contact: { Name: 'Ada Lovelace', Email: 'ada@example.com' }, accessToken: 'tok' }, 'read');
    log.warn('second line');
    const [first, second] = out.lines();
    expect(first).toMatchObject({
      runId: 'run-42',
      msg: 'read',
      accessToken: '[redacted]',
      contact: { Name: '[redacted]', Email: '[redacted]' },
    });
    expect(second).toMatchObject({ runId: 'run-42', msg: 'second line' });
  });

  it('masks e-mails, phone numbers and bearer tokens inside messages and errors', () => {
    const out = capture();
    const log = createLogger({ destination: out.stream });
    log.error({ err: new Error('duplicate: ada@example.com') }, 'call +44 20 7946 0958 failed');
    const [line] = out.lines();
    expect(JSON.stringify(line)).not.toContain('ada@example.com');
    expect(line?.msg).toBe('call [phone] failed');
    expect(scrubText('last meeting 2026-10-02, 12 touches; (415) 555-0100 or 415.555.0101')).toBe(
      'last meeting 2026-10-02, 12 touches; [phone] or [phone]',
    );
    expect(scrubText('Authorization: Bearer 00Dxx!AQ4.abc')).toBe('Authorization: Bearer [redacted]');
  });

  it('keeps the type, stack and own fields of an error, masked like messages', () => {
    const out = capture();
    const log = createLogger({ destination: out.stream });
    class BadInputError extends Error {
      override name = 'BadInputError';
      code = 'E_BAD';
    }
    log.error({ err: new BadInputError('no contact ada@example.com') }, 'failed');
    const [line] = out.lines();
    expect(line?.err).toEqual({
      type: 'BadInputError',
      message: 'no contact [email]',
      stack: expect.stringMatching(/^BadInputError: no contact \[email\]\n\s+at /),
      code: 'E_BAD',
    });
  });
});
