// What every CLI command shares: where it reads and writes, its environment, and how it ends.
import pino, { type DestinationStream } from 'pino';
import { visible } from '../visible-text';

/** Where a command reads and writes, and the environment it reads settings from, so tests can run the CLI in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  env: NodeJS.ProcessEnv;
  /** Where JSON log lines go (stderr by default). */
  logDestination(): DestinationStream;
}

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;
/** The run stopped before the org's API budget line; the summary says so. */
export const EXIT_STOPPED = 3;
/** A service the command needs (Redis, the org) did not answer. */
export const EXIT_UNAVAILABLE = 4;
/** Another run of the org is going (it holds the org's run lock); nothing was done. */
export const EXIT_BUSY = 5;

/** Ends a command with `code`, after printing `message` (one line, or none) on stderr. */
export class CommandExit extends Error {
  override name = 'CommandExit';

  constructor(
    readonly code: number,
    message = '',
  ) {
    super(message);
  }
}

/** A user's mistake (bad file, bad JSON, bad plan, bad option or setting): one line on stderr, exit 2. */
export class BadInputError extends CommandExit {
  override name = 'BadInputError';

  constructor(message: string) {
    super(EXIT_BAD_INPUT, message);
  }
}

/** A service the command needs is away (Redis, the org): one line on stderr, exit 4. */
export class UnavailableError extends CommandExit {
  override name = 'UnavailableError';

  constructor(message: string) {
    super(EXIT_UNAVAILABLE, message);
  }
}

/** Text for stderr: line breaks kept, every other control character shown escaped (it may echo a user's input). */
export const terminalLines = (text: string): string => text.split('\n').map(visible).join('\n');

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    logDestination: () => pino.destination(2),
  };
}
