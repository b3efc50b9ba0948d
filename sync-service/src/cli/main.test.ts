import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildProgram, run } from './main';
import { captureIo } from './testing-io';

describe('contact-plan program', () => {
  it('starts with a node shebang so the bin runs directly', () => {
    expect(readFileSync(path.join(__dirname, 'main.ts'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('registers analyze and the sync service commands', () => {
    const names = buildProgram(captureIo()).commands.map((command) => command.name());
    expect(names).toEqual(expect.arrayContaining(['analyze', 'sync', 'worker', 'scheduler', 'serve']));
  });

  it('prints help with exit 0 and rejects unknown commands with exit 2', async () => {
    const help = captureIo();
    expect(await run(['node', 'contact-plan', '--help'], help)).toBe(0);
    expect(help.stdout).toContain('analyze [options] <file>');
    const unknown = captureIo();
    expect(await run(['node', 'contact-plan', 'frobnicate'], unknown)).toBe(2);
    expect(unknown.stderr).toBe("error: unknown command 'frobnicate'\n");
  });
});

describe('contact-plan as a process', () => {
  const root = path.resolve(__dirname, '../../..');
  // Runs main.ts the way the bin runs main.js: as the entry module, with real stdin, stdout and exit code.
  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'main.ts'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints the table of an example and exits 0', () => {
    const result = spawn(['analyze', 'examples/single-threaded-account.json', '--format', 'table']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Coverage score 39\n');
    expect(result.stderr).toBe('');
  });

  it('exits 2 with one line and no stack trace on a bad plan from stdin', () => {
    const result = spawn(['analyze', '-'], '{"accountId":"a","asOf":"2026-13-01","contacts":[],"members":[]}');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('asOf: expected a date YYYY-MM-DD\n');
  });
});
