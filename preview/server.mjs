// Serves the preview of the Account page and relays its data calls to an org (the emulator in the demo).
//   node preview/server.mjs --emulator     (a local emulator org with the demo dataset)
//   node preview/server.mjs --instance-url URL --username U --password P [--client-id ID --client-secret S]
//                           [--port 5173] [--account-name "Brightwater Logistics"] [--record-id 001...]
// The browser talks to this server only; the server signs the calls with an OAuth token it holds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import express from 'express';
import { buildPreview, distDir } from './build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sldsAssets = path.join(path.dirname(require.resolve('@salesforce-ux/design-system/package.json')), 'assets');
export const API_VERSION = '64.0';

/** Password-flow OAuth against the org; returns a function that yields a token and can renew it. */
function tokenSource({ instanceUrl, username, password, clientId = 'preview', clientSecret = 'preview' }) {
  let token;
  let userId;
  const login = async () => {
    const body = new URLSearchParams({
      grant_type: 'password',
      username,
      password,
      client_id: clientId,
      client_secret: clientSecret,
    });
    const response = await fetch(`${instanceUrl}/services/oauth2/token`, { method: 'POST', body });
    if (!response.ok) throw new Error(`login to ${instanceUrl} failed: ${response.status} ${await response.text()}`);
    const answer = await response.json();
    token = answer.access_token;
    // The identity URL ends with the signed-in user's id (OAuth token response, `id`).
    userId =
      String(answer.id || '')
        .split('/')
        .pop() || undefined;
    return token;
  };
  return {
    get: async () => token || login(),
    renew: login,
    userId: async () => {
      if (!token) await login();
      return userId;
    },
  };
}

async function relay(org, tokens, req) {
  const send = async (token) =>
    fetch(`${org.instanceUrl}${req.originalUrl}`, {
      method: req.method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: ['GET', 'HEAD'].includes(req.method) ? undefined : JSON.stringify(req.body ?? {}),
    });
  let response = await send(await tokens.get());
  if (response.status === 401) response = await send(await tokens.renew());
  return response;
}

async function findAccountId(org, tokens, accountName) {
  const soql = `SELECT Id FROM Account WHERE Name = '${accountName.replace(/'/g, "\\'")}' LIMIT 1`;
  const url = `${org.instanceUrl}/services/data/v${API_VERSION}/query?q=${encodeURIComponent(soql)}`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${await tokens.get()}` } });
  if (!response.ok) throw new Error(`account lookup failed: ${response.status}`);
  const rows = (await response.json()).records;
  if (!rows.length) throw new Error(`no account named ${accountName}`);
  return rows[0].Id;
}

const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The page for one record, signed in as `userId` (what `@salesforce/user/Id` gives the components); the ids must look
 * like Salesforce ids and are HTML-escaped all the same.
 */
export function previewPage(recordId, userId) {
  if (typeof recordId !== 'string' || !RECORD_ID.test(recordId)) {
    throw new Error(`--record-id must be a 15- or 18-character Salesforce id, not ${JSON.stringify(String(recordId))}`);
  }
  if (userId !== undefined && (typeof userId !== 'string' || !RECORD_ID.test(userId))) {
    throw new Error(`the signed-in user id must be a 15- or 18-character Salesforce id, not ${JSON.stringify(userId)}`);
  }
  const escape = (id) => id.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  return fs
    .readFileSync(path.join(here, 'src/index.html'), 'utf8')
    .replace('__RECORD_ID__', escape(recordId))
    .replace('__USER_ID__', userId ? escape(userId) : '');
}

/** The names this server answers to: its loopback addresses on the port it listens on. */
const loopbackHosts = (port) => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);

/**
 * The server holds an org token and relays whatever the page asks for, so it answers only requests addressed to it
 * by its loopback name (a DNS-rebinding page reaches it under another Host) and relays only same-origin requests
 * (a page elsewhere could still post to 127.0.0.1).
 */
function loopbackOnly(req, res, next) {
  const hosts = loopbackHosts(req.socket.localPort);
  if (!hosts.has(String(req.headers.host))) {
    res.status(403).type('text').send('preview: this server answers on 127.0.0.1 or localhost only');
    return;
  }
  next();
}

function sameOriginOnly(req, res, next) {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  const hosts = loopbackHosts(req.socket.localPort);
  const foreignOrigin = origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice(7)));
  if (foreignOrigin || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
    res.status(403).json([{ errorCode: 'PREVIEW_RELAY', message: 'cross-origin requests are not relayed' }]);
    return;
  }
  next();
}

/**
 * The preview's routes for `org` ({ instanceUrl, username, password, clientId?, clientSecret? }) and `page` (its HTML):
 * the page, its bundle, the SLDS assets and the relay of `/services/data/*` to the org.
 */
export function createPreviewApp({ org, page, tokens = tokenSource(org) }) {
  const app = express();
  app.disable('x-powered-by');
  app.use(loopbackOnly);
  app.use(express.json({ limit: '2mb' }));
  app.get('/', (_req, res) => res.type('html').send(page));
  app.get('/app.js', (_req, res) => res.sendFile(path.join(distDir, 'app.js')));
  app.use('/assets', express.static(sldsAssets, { maxAge: '1h' }));
  app.all('/services/data/*path', sameOriginOnly, async (req, res) => {
    // The relay signs with the org token: only the data API, also after dot segments (raw or encoded) resolve.
    if (!new URL(req.originalUrl, org.instanceUrl || 'http://org.invalid').pathname.startsWith('/services/data/')) {
      res.status(400).json([{ errorCode: 'PREVIEW_RELAY', message: 'only /services/data/ is relayed' }]);
      return;
    }
    try {
      const response = await relay(org, tokens, req);
      res.status(response.status).type(response.headers.get('content-type') || 'application/json');
      res.send(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.status(502).json([{ errorCode: 'PREVIEW_RELAY', message: String(error.message || error) }]);
    }
  });
  return app;
}

/**
 * Builds (unless `build: false` and a bundle exists) and serves the preview on 127.0.0.1.
 * `org`: { instanceUrl, username, password, clientId?, clientSecret? }; `userId`: who the page is signed in as when
 * there is no org to ask. Returns { url, recordId, userId, close }.
 */
export async function startPreview({
  org,
  port = 0,
  recordId,
  accountName = 'Brightwater Logistics',
  build = true,
  userId: signedIn,
}) {
  if (recordId !== undefined) previewPage(recordId);
  if (build || !fs.existsSync(path.join(distDir, 'app.js'))) await buildPreview();
  const tokens = tokenSource(org);
  const accountId = recordId || (await findAccountId(org, tokens, accountName));
  // Without an org (the UI benchmark answers every call itself) nobody is signed in unless `userId` says who.
  const userId = signedIn ?? (org.instanceUrl ? await tokens.userId() : undefined);
  const app = createPreviewApp({ org, tokens, page: previewPage(accountId, userId) });

  const server = await new Promise((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    recordId: accountId,
    userId,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  return args;
}

/** `--emulator`: a local org with the demo dataset (dev convenience; needs the emulator built into its dist/). */
async function startDemoOrg() {
  const { startEmulator } = await import('@contact-plan/emulator');
  const emulator = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  return { org: { instanceUrl: emulator.instanceUrl, ...emulator.credentials }, stop: () => emulator.stop() };
}

async function main(argv) {
  const emulatorFlag = argv.includes('--emulator');
  const args = parseArgs(argv.filter((arg) => arg !== '--emulator'));
  const demo = emulatorFlag ? await startDemoOrg() : undefined;
  const org = demo
    ? demo.org
    : {
        instanceUrl: args['instance-url'] || process.env.SF_INSTANCE_URL,
        username: args.username || process.env.SF_USERNAME,
        password: args.password || process.env.SF_PASSWORD,
        clientId: args['client-id'] || process.env.SF_CLIENT_ID,
        clientSecret: args['client-secret'] || process.env.SF_CLIENT_SECRET,
      };
  const preview = await startPreview({
    org,
    port: Number(args.port || 5173),
    recordId: args['record-id'],
    accountName: args['account-name'],
  });
  console.log(`Contact Plan preview: ${preview.url}?recordId=${preview.recordId}`);
  console.log(`My relationships:     ${preview.url}?page=my-relationships`);
  const stop = async () => {
    await preview.close();
    if (demo) await demo.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message || error);
    process.exitCode = 1;
  });
}
