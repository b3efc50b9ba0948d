// The demo: a local org (the emulator with the `demo` dataset), one sync through the real pipeline,
// and the preview of the showcase account's page. Used by `npm run demo` and the end-to-end tests.
//   node scripts/demo-org.mjs [--port 5173]
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@contact-plan/emulator';
import { createLogger, loadConfig, OrgClients, syncOrg } from '@contact-plan/sync-service';
import { startPreview } from '../preview/server.mjs';

/** The sync service's settings for the emulated org, signing in as its integration user. */
export function demoOrgConfig(org) {
  return loadConfig({
    env: {
      CP_ORG_NAME: 'demo',
      CP_ORG_LOGIN_URL: org.loginUrl,
      CP_ORG_AUTH: 'password',
      CP_ORG_USERNAME: org.credentials.username,
      CP_ORG_PASSWORD: org.credentials.password,
    },
  }).orgs[0];
}

/** One full sync of the emulated org through the real pipeline, as its integration user; returns the run summary. */
export async function syncDemoOrg(org, { logLevel = 'silent' } = {}) {
  const config = demoOrgConfig(org);
  const summary = await syncOrg({
    org: config,
    http: new OrgClients().http(config),
    log: createLogger({ level: logLevel }),
    full: true,
    asOf: org.clock.today(),
  });
  if (summary.stoppedBy) throw new Error(`the sync stopped: ${summary.stoppedBy}`);
  return summary;
}

/**
 * Starts the org, syncs it once, serves the preview. Returns { org, summary, preview, stop }. The demo dataset is
 * generated relative to today (UTC), the org's clock starts today and the sync analyses as of the org's day, so the
 * showcase tells its designed story on any date (tools/org-emulator/src/data/demo-any-day.test.ts).
 * `prepare(org)`, if given, adds to the org before the sync; when it returns { recordId }, the preview shows that
 * account instead of the showcase.
 */
export async function startSyncedDemo({ port = 0, logLevel = 'silent', build = true, prepare } = {}) {
  const org = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  try {
    const prepared = prepare ? (await prepare(org)) || {} : {};
    const summary = await syncDemoOrg(org, { logLevel });
    // The page is a rep's: the preview logs in as the showcase account's owner, who holds Contact_Plan_User, so the
    // org enforces on the page's reads and writes what it enforces on a rep (the integration user may not write
    // grades or blueprints).
    const [showcase] = org.store.query("SELECT Owner.Username FROM Account WHERE Name = 'Brightwater Logistics'");
    const rep = showcase?.Owner?.Username;
    if (!rep) throw new Error('the demo dataset has no Brightwater Logistics account owner');
    const preview = await startPreview({
      org: { instanceUrl: org.instanceUrl, ...org.credentials, username: rep },
      recordId: prepared.recordId,
      port,
      build,
    });
    const stop = async () => {
      await preview.close();
      await org.stop();
    };
    return { org, summary, preview, stop };
  } catch (error) {
    await org.stop();
    throw error;
  }
}

async function main(argv) {
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 5173;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: expected a port number, got ${argv[portAt + 1]}`);
  console.log('› starting the local org (emulator, demo dataset) and running one sync…');
  const demo = await startSyncedDemo({ port });
  const { summary } = demo;
  console.log(
    `› sync: ${summary.accounts} accounts, ${summary.rowsRead} rows read, ${summary.written} records written, ` +
      `${summary.apiCalls} API calls in ${(summary.durationMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `› org:  ${demo.org.instanceUrl} (user ${demo.org.credentials.username}, password ${demo.org.credentials.password})`,
  );
  console.log(`\nContact Plan on Brightwater Logistics: ${demo.preview.url}?recordId=${demo.preview.recordId}`);
  console.log('Open it in a browser. Ctrl-C stops the demo.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n› stopping');
    await demo.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`demo: ${error.message || error}`);
    process.exitCode = 1;
  });
}
