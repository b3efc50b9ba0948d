import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AccountAnalysis } from '@contact-plan/planning-core';
import { run } from './main';
import { captureIo } from './testing-io';

const examples = path.resolve(__dirname, '../../../examples');
const example = (name: string) => path.join(examples, `${name}.json`);

async function analyze(args: string[], stdin?: string) {
  const io = captureIo(stdin);
  const code = await run(['node', 'contact-plan', 'analyze', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'contact-plan-')), name);
  writeFileSync(file, content);
  return file;
}

describe('contact-plan analyze', () => {
  it('prints the AccountAnalysis of a file as JSON and exits 0', async () => {
    const { code, stdout, stderr } = await analyze([example('healthy-account')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const analysis = JSON.parse(stdout) as AccountAnalysis;
    expect(analysis.asOf).toBe('2026-11-20');
    expect(analysis.score).toBe(99);
    expect(analysis.warnings.map((w) => w.rule)).toEqual(['OVER_COVERED']);
  });

  it('reads the plan from stdin with -', async () => {
    const plan = {
      accountId: '001X',
      asOf: '2026-11-20',
      contacts: [{ id: 'c1', name: 'Ada Stone', roles: ['Power'] }],
      members: [{ id: 'm1', name: 'Ben Ray' }],
    };
    const { code, stdout } = await analyze(['-'], JSON.stringify(plan));
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as AccountAnalysis;
    expect(analysis.warnings.map((w) => `${w.rule}:${w.severity}`)).toEqual(['UNCOVERED_BUYER:critical']);
    // Nobody knows the only buyer, who can decide alone: the Power seat is empty.
    expect(analysis.score).toBe(0);
  });

  it('flags the trouble account: an M relationship is a critical BELOW_SATISFIED', async () => {
    const analysis = JSON.parse((await analyze([example('trouble-account')])).stdout) as AccountAnalysis;
    expect(analysis.warnings[0]).toMatchObject({ rule: 'BELOW_SATISFIED', severity: 'critical' });
    expect(analysis.gradeCounts.M).toBe(1);
    expect(analysis.gradeCounts.D).toBe(2);
    expect(analysis.score).toBe(12);
    const rules = new Set(analysis.warnings.map((w) => w.rule));
    for (const rule of ['UNCOVERED_BUYER', 'STALE_GRADE', 'GOAL_TOO_FAR', 'TOO_MANY_KEYS', 'TRUST_INFLATION']) {
      expect(rules).toContain(rule);
    }
  });

  it('flags the single-threaded account on every buyer', async () => {
    const analysis = JSON.parse((await analyze([example('single-threaded-account')])).stdout) as AccountAnalysis;
    const singleThreaded = analysis.warnings.filter((w) => w.rule === 'SINGLE_THREADED');
    expect(singleThreaded).toHaveLength(5);
    expect(singleThreaded.filter((w) => w.severity === 'high')).toHaveLength(2);
    expect(analysis.warnings.filter((w) => w.rule === 'SENIOR_GAP')).toHaveLength(2);
  });

  it('applies a settings file', async () => {
    const settings = tempFile('settings.json', JSON.stringify({ maxRelationshipsPerContact: 4 }));
    const analysis = JSON.parse((await analyze([example('healthy-account'), '--settings', settings])).stdout);
    expect(analysis.warnings).toEqual([]);
    expect(analysis.score).toBe(100);
  });

  describe('bad input exits 2 with one line naming the problem', () => {
    it.each<[string, () => string[], string]>([
      [
        'a bad grade',
        () => {
          const plan = {
            accountId: 'a',
            asOf: '2026-11-20',
            contacts: [{ id: 'c1', name: 'C', roles: [] }],
            members: [{ id: 'm1', name: 'M' }],
            relationships: [{ contactId: 'c1', memberId: 'm1', grade: 'Q' }],
          };
          return [tempFile('plan.json', JSON.stringify(plan))];
        },
        'relationships[0].grade: expected one of T,O,S,I,D,M',
      ],
      ['a missing file', () => ['/nonexistent/plan.json'], 'cannot read /nonexistent/plan.json: no such file'],
      ['a directory', () => [examples], `cannot read ${examples}: is a directory`],
      [
        'an unknown format',
        () => [example('healthy-account'), '--format', 'xml'],
        "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, table.",
      ],
      [
        'a bad setting',
        () => [example('healthy-account'), '--settings', tempFile('s.json', '{"gravityStepDays": -1}')],
        'settings.gravityStepDays: expected a whole number of at least 1',
      ],
    ])('%s', async (_label, args, message) => {
      const { code, stdout, stderr } = await analyze(args());
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`${message}\n`);
    });

    it('invalid JSON', async () => {
      const { code, stderr } = await analyze(['-'], '{"accountId": ');
      expect(code).toBe(2);
      expect(stderr).toMatch(/^stdin: not valid JSON \(.+\)\n$/);
      expect(stderr.split('\n')).toHaveLength(2);
    });
  });

  it('exits 1 on anything unexpected', async () => {
    const io = captureIo();
    io.readStdin = () => Promise.reject(new Error('stdin closed'));
    const code = await run(['node', 'contact-plan', 'analyze', '-'], io);
    expect(code).toBe(1);
    expect(io.stderr).toBe('contact-plan: unexpected error: stdin closed\n');
  });
});
