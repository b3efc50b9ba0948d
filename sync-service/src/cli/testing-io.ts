// A CliIo that records what a command printed (log lines included), for the CLI's tests.
import { Writable } from 'node:stream';
import type { CliIo } from './io';

export interface CapturedIo extends CliIo {
  stdout: string;
  stderr: string;
}

export function captureIo(stdin = '', env: NodeJS.ProcessEnv = {}): CapturedIo {
  const io: CapturedIo = {
    stdout: '',
    stderr: '',
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    readStdin: async () => stdin,
    env,
    logDestination: () =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          io.stderr += chunk.toString();
          done();
        },
      }),
  };
  return io;
}
