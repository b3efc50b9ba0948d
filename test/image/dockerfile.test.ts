// The Dockerfile, rehearsed without a Docker engine (scripts/rehearse-docker.mjs): its stages are played on this
// machine and the image's entry point is run. Catches a COPY of a path that moved, a runtime dependency listed
// among the devDependencies, or an entry point that no longer starts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

describe('the sync service image', () => {
  it('builds stage by stage, and its entry point answers with production dependencies only', () => {
    const out = spawnSync(process.execPath, [path.join(ROOT, 'scripts/rehearse-docker.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const complaints = out.stderr.split('\n').filter((l) => l.startsWith('rehearse-docker:'));
    expect({ status: out.status, complaints }).toEqual({ status: 0, complaints: [] });
    const lines = out.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('FROM ')).map((l) => l.replace(/ {2}\(played in .*\)$/, ''))).toEqual([
      'FROM node:24-bookworm-slim AS build',
      'FROM node:24-bookworm-slim AS runtime',
    ]);
    expect(lines.filter((l) => /^(ok|FAIL) /.test(l))).toEqual([
      'ok   --help lists the commands',
      'ok   analyze - prints the analysis (score 99)',
      'ok   worker without configuration exits 2 naming the missing settings',
    ]);
  }, 600_000);
});
