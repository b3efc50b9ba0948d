import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { createLogger } from '../log';
import { onShutdown } from './runtime';

function setUp(stop: () => Promise<void>) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    }),
  });
  const signals = new EventEmitter();
  const exits: number[] = [];
  onShutdown(log, stop, { signals, exit: (code) => exits.push(code) });
  return { signals, exits, lines };
}

describe('onShutdown', () => {
  it('stops once on the first signal and exits 0 when done', async () => {
    let stops = 0;
    const { signals, exits } = setUp(async () => {
      stops += 1;
    });
    signals.emit('SIGTERM');
    await new Promise((resolve) => setImmediate(resolve));
    expect([stops, exits]).toEqual([1, [0]]);
  });

  it('exits at once on a second signal while the first is still waiting (e.g. for Redis)', async () => {
    const { signals, exits, lines } = setUp(() => new Promise<void>(() => undefined));
    signals.emit('SIGTERM');
    signals.emit('SIGINT');
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([1]);
    expect(lines.map((l) => l.msg)).toEqual([
      'shutting down: finishing current jobs (a second signal stops at once)',
      'second signal: stopping without waiting for the current jobs',
    ]);
  });
});
