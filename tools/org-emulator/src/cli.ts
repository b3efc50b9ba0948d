#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startEmulator } from './server';
import type { DatasetName } from './dataset';

/** `npm run emulator -- --port N --dataset demo|m|l [--seed S] [--as-of YYYY-MM-DD] [--budget N] [--host H]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      dataset: { type: 'string', default: 'demo' },
      seed: { type: 'string', default: '1' },
      budget: { type: 'string' },
      'as-of': { type: 'string' },
    },
  });
  const dataset = values.dataset as DatasetName;
  if (!['demo', 'm', 'l'].includes(dataset)) throw new Error(`--dataset must be demo, m or l, not ${dataset}`);
  const started = Date.now();
  const org = await startEmulator({
    port: Number(values.port),
    host: values.host,
    dataset,
    seed: Number(values.seed),
    ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    ...(values.budget ? { apiBudget: Number(values.budget) } : {}),
  });
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  process.stdout.write(
    [
      `Contact Plan org emulator (dataset ${dataset}, loaded in ${Date.now() - started} ms, heap ${heapMb} MB)`,
      `  login URL:     ${org.loginUrl}`,
      `  instance URL:  ${org.instanceUrl}`,
      `  API version:   ${org.apiVersion}`,
      `  clock:         ${org.clock.state().now} (${org.instanceUrl}/__admin/clock)`,
      `  username:      ${org.credentials.username}`,
      `  password:      ${org.credentials.password}`,
      `  client id:     ${org.credentials.clientId}`,
      `  client secret: ${org.credentials.clientSecret}`,
      `  admin:         ${org.instanceUrl}/__admin/calls`,
      '',
      JSON.stringify({
        loginUrl: org.loginUrl,
        instanceUrl: org.instanceUrl,
        ...org.credentials,
        adminUsername: org.users.adminUsername,
      }),
      '',
    ].join('\n'),
  );
  const shutdown = (): void => {
    void org.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
