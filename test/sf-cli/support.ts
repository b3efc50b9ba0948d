// Runs Salesforce's own `sf` CLI (the pinned @salesforce/cli that scripts/ensure-sf-cli.sh caches outside
// node_modules) against an emulated org, in a private HOME with telemetry, update checks and the keychain off.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The folder holding the pinned `sf`, installing it first when the cache lacks it. */
export function sfBin(): string {
  if (process.env.CONTACT_PLAN_SF_BIN) return process.env.CONTACT_PLAN_SF_BIN;
  const out = execFileSync('bash', ['-c', 'source scripts/ensure-sf-cli.sh >&2 && echo "$CONTACT_PLAN_SF_BIN"'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim();
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class SfCli {
  readonly home = mkdtempSync(join(tmpdir(), 'cp-sf-home-'));

  constructor(private readonly bin: string) {}

  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      PATH: `${this.bin}:${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
      HOME: this.home,
      SF_DISABLE_TELEMETRY: 'true',
      SF_SKIP_NEW_VERSION_CHECK: 'true',
      SF_AUTOUPDATE_DISABLE: 'true',
      SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
      SF_DISABLE_AUTOUPDATE: 'true',
      SF_CONTAINER_MODE: 'true',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      TERM: 'dumb',
      ...extra,
    };
  }

  /** `sf ARGS…` (or any program with `program`), asynchronously, so the in-process emulator keeps serving. */
  run(
    args: string[],
    options: { cwd?: string; program?: string; env?: Record<string, string> } = {},
  ): Promise<CliResult> {
    return new Promise((resolveRun, reject) => {
      const child = spawn(options.program ?? join(this.bin, 'sf'), options.program ? args : args, {
        cwd: options.cwd ?? REPO_ROOT,
        env: this.env(options.env),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolveRun({ code: code ?? -1, stdout, stderr }));
    });
  }

  async json<T = Record<string, unknown>>(args: string[], cwd?: string): Promise<{ code: number; body: T }> {
    const result = await this.run([...args, '--json'], { cwd });
    try {
      return { code: result.code, body: JSON.parse(result.stdout) as T };
    } catch {
      throw new Error(
        `sf ${args.join(' ')} printed no JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
      );
    }
  }

  writeFile(name: string, content: string): string {
    const path = join(this.home, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  }

  cleanup(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Lines of a CLI table that mention every one of the words (tables wrap, so callers pass short words). */
export const tableRows = (output: string, ...words: string[]): string[] =>
  output.split('\n').filter((line) => words.every((w) => line.includes(w)));
