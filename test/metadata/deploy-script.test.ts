import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './metadata-files';

const script = join(REPO_ROOT, 'scripts', 'deploy.sh');
const systemPath = '/usr/local/bin:/usr/bin:/bin';
let fakeBin: string;
let callLog: string;

// A stand-in for the sf CLI: records each call; `org display` fails for the alias "unknown",
// `org assign permset` answers like a real org when FAKE_SF_DUPLICATE is set.
beforeAll(() => {
  fakeBin = mkdtempSync(join(tmpdir(), 'fake-sf-'));
  callLog = join(fakeBin, 'calls.log');
  writeFileSync(
    join(fakeBin, 'sf'),
    `#!/usr/bin/env bash
echo "$*" >> "${callLog}"
if [[ "$1 $2" == "org display" && "$*" == *"--target-org unknown"* ]]; then echo "No authorization found" >&2; exit 1; fi
if [[ "$1 $2 $3" == "org assign permset" && -n "\${FAKE_SF_DUPLICATE:-}" ]]; then
  echo "Error: Duplicate PermissionSetAssignment: Assignee, PermissionSet" >&2; exit 1
fi
if [[ "$1 $2 $3" == "org assign permset" && -n "\${FAKE_SF_FORBIDDEN:-}" ]]; then echo "INSUFFICIENT_ACCESS" >&2; exit 1; fi
exit 0
`,
  );
  chmodSync(join(fakeBin, 'sf'), 0o755);
});
afterAll(() => rmSync(fakeBin, { recursive: true, force: true }));
beforeEach(() => writeFileSync(callLog, ''));

const run = (args: string[], env: Record<string, string> = {}, path = `${fakeBin}:${systemPath}`) => {
  const result = spawnSync('bash', [script, ...args], { env: { PATH: path, HOME: fakeBin, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const calls = () => readFileSync(callLog, 'utf8').trim().split('\n').filter(Boolean);

describe('scripts/deploy.sh', () => {
  it('--help explains the usage and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: scripts/deploy.sh --target-org ALIAS');
    expect(stdout).toContain('--sample-data');
  });

  it('fails with exit 2 and a clear message without an org alias', () => {
    const { code, stderr } = run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('no target org alias given');
    expect(calls()).toEqual([]);
  });

  it('fails with exit 2 when the sf CLI is missing', () => {
    const { code, stderr } = run(['--target-org', 'demo'], {}, systemPath);
    expect(code).toBe(2);
    expect(stderr).toContain('the Salesforce CLI (sf) is not installed');
  });

  it('rejects unknown options and a bad --wait', () => {
    expect(run(['demo', '--force']).stderr).toContain('unknown option --force');
    expect(run(['demo', '--wait', 'soon']).code).toBe(2);
  });

  it('stops before deploying when the alias is not authenticated', () => {
    const { code, stderr } = run(['unknown']);
    expect(code).toBe(2);
    expect(stderr).toContain("knows no authenticated org 'unknown'");
    expect(calls()).toEqual(['org display --target-org unknown --json']);
  });

  it('-o without a value does not take the next option for the alias', () => {
    const { code, stderr } = run(['-o', '--dry-run']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('deploy.sh: -o needs an org alias');
    expect(calls()).toEqual([]);
  });

  // The deployment, the assignments, the sample import and their re-runs are proven with the real sf CLI against
  // the emulator in test/sf-cli.
});

describe('project configuration', () => {
  it('sfdx-project.json and the scratch org definition fit the package', () => {
    const project = JSON.parse(readFileSync(join(REPO_ROOT, 'sfdx-project.json'), 'utf8'));
    expect(project.sourceApiVersion).toBe('64.0');
    expect(project.packageDirectories).toEqual([{ path: 'force-app', default: true }]);
    const scratch = JSON.parse(readFileSync(join(REPO_ROOT, 'config', 'project-scratch-def.json'), 'utf8'));
    expect(scratch.edition).toBe('Developer');
    // The sync reads account teams; they are off in a new org.
    expect(scratch.settings.accountSettings.enableAccountTeams).toBe(true);
  });
});
