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
