// Real `contact-plan worker` processes against an emulated org, run from source so they never use a stale build.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Emulator } from '@contact-plan/emulator';
import { orgEnvFor } from './support';

const ROOT = path.resolve(__dirname, '../..');

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves with the name the worker stores on the jobs it takes, once it has started. */
  started: Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited(): Promise<number | null>;
}

export interface WorkerProcessOptions {
  prefix: string;
  args?: string[];
  env?: Record<string, string>;
}

export function spawnWorker(org: Emulator, options: WorkerProcessOptions): WorkerProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'sync-service/src/cli/main.ts', 'worker', ...(options.args ?? [])],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...orgEnvFor(org, {
          CP_ORG_BATCH_SIZE: '1',
          CP_QUEUE_PREFIX: options.prefix,
          CP_LOG_LEVEL: 'info',
          ...options.env,
        }),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  // Reading every log line keeps the pipe drained; the start line names the worker.
  const started = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (!line.includes('"worker started"')) return;
      resolve(String((JSON.parse(line) as { worker: unknown }).worker));
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${String(code)} before it started`)));
  });
  started.catch(() => undefined);
  const exited = (): Promise<number | null> =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve(child.exitCode)
      : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, started, exited };
}
