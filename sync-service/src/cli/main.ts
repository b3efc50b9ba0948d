#!/usr/bin/env node
// The `contact-plan` command. Each subcommand lives in its own module and is registered on the program here.
import { Command, CommanderError } from 'commander';
import { registerAnalyzeCommand } from './analyze';
import { syncServiceCommands } from './commands';
import { CommandExit, EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, processIo, terminalLines, type CliIo } from './io';

export function buildProgram(io: CliIo = processIo()): Command {
  const program = new Command('contact-plan')
    .description(
      'Contact Plan: client contact maps, relationship grades and coverage warnings for Salesforce accounts.',
    )
    .exitOverride()
    // Usage errors quote the user's arguments: control characters in them are shown escaped.
    .configureOutput({ writeOut: io.out, writeErr: (text) => io.err(terminalLines(text)) });
  registerAnalyzeCommand(program, io);
  for (const command of syncServiceCommands(io)) program.addCommand(command.copyInheritedSettings(program));
  return program;
}

/** Runs the CLI on `argv` (as in process.argv) and returns the exit code instead of exiting. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (usage errors) or the help and version texts.
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (error instanceof CommandExit) {
      if (error.message) io.err(`${terminalLines(error.message)}\n`);
      return error.code;
    }
    io.err(
      `contact-plan: unexpected error: ${terminalLines(error instanceof Error ? error.message : String(error))}\n`,
    );
    if (io.env.CONTACT_PLAN_DEBUG && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return EXIT_UNEXPECTED;
  }
}

if (require.main === module) {
  void run(process.argv).then((code) => {
    process.exitCode = code;
  });
}
