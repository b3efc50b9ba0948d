// The sync service's public surface: the pipeline runs the same from the CLI, a worker or a test.
export * from './config';
export * from './pipeline';
export * from './queue';
export * from './salesforce';
export { createLogger, forRun, scrubText, REDACT_PATHS, type Logger } from './log';
export { SyncMetrics } from './metrics';
export { createApp, type AppDeps } from './http/app';
export { syncServiceCommands } from './cli/commands';
export { run as runCli } from './cli/main';
export type { CliIo } from './cli/io';
export { orgReachable } from './cli/runtime';
