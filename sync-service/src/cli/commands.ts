import type { Command } from 'commander';
import { schedulerCommand } from './scheduler';
import { serveCommand } from './serve';
import { syncCommand } from './sync';
import { workerCommand } from './worker';

/** The sync service's subcommands, for the CLI's main program. */
export const syncServiceCommands = (): Command[] => [
  syncCommand(),
  workerCommand(),
  schedulerCommand(),
  serveCommand(),
];
