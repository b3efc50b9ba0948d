import type { Command } from 'commander';
import type { CliIo } from './io';
import { schedulerCommand } from './scheduler';
import { serveCommand } from './serve';
import { syncCommand } from './sync';
import { workerCommand } from './worker';

/** The sync service's subcommands, for the CLI's main program. */
export const syncServiceCommands = (io: CliIo): Command[] => [
  syncCommand(io),
  workerCommand(io),
  schedulerCommand(io),
  serveCommand(io),
];
