// A CliIo that records what a command printed, for the CLI's tests.
import type { CliIo } from './io';

export interface CapturedIo extends CliIo {
  stdout: string;
  stderr: string;
}

export function captureIo(stdin = ''): CapturedIo {
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
  };
  return io;
}
