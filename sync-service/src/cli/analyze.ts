import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { analyzeAccount, InvalidPlanError, type AccountPlan, type Settings } from '@contact-plan/planning-core';
import { BadInputError, type CliIo } from './io';
import { terminalJson } from '../visible-text';
import { renderContactMap } from './table';

interface AnalyzeOptions {
  format: 'json' | 'table';
  settings?: string;
}

async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === '-') return io.readStdin();
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    throw new BadInputError(`cannot read ${source}: ${reason}`);
  }
}

async function readJson(source: string, io: CliIo): Promise<unknown> {
  const text = await readSource(source, io);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const name = source === '-' ? 'stdin' : source;
    throw new BadInputError(`${name}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Runs the planning core on one plan; bad plans and settings become one-line BadInputErrors. */
export async function analyzeCommand(source: string, options: AnalyzeOptions, io: CliIo): Promise<void> {
  const plan = (await readJson(source, io)) as AccountPlan;
  const settings = options.settings ? ((await readJson(options.settings, io)) as Partial<Settings>) : undefined;
  if (settings !== undefined && (typeof settings !== 'object' || settings === null || Array.isArray(settings))) {
    throw new BadInputError(`${options.settings}: expected an object of settings`);
  }
  let analysis;
  try {
    analysis = analyzeAccount(plan, settings);
  } catch (error) {
    if (error instanceof InvalidPlanError) throw new BadInputError(error.message);
    throw error;
  }
  io.out(options.format === 'table' ? renderContactMap(plan, analysis, settings) : `${terminalJson(analysis)}\n`);
}

export function registerAnalyzeCommand(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .description('Grade the relationships of one account plan and print its coverage analysis.')
    .argument('<file>', 'the AccountPlan JSON file, or - to read it from stdin')
    .addOption(
      new Option('--format <format>', 'json (the AccountAnalysis) or table (the contact map)')
        .choices(['json', 'table'])
        .default('json'),
    )
    .option('--settings <file>', 'JSON file of settings that override the defaults (windows, thresholds, weights)')
    .action((file: string, options: AnalyzeOptions) => analyzeCommand(file, options, io));
}
