// Hostile requests to the preview server, which holds an org token: another Host (DNS rebinding), another origin,
// paths that climb out of the data API, and a record id that is not one. None of them reaches the org.
//   node --import tsx --test preview/e2e/previewServer.e2e.test.mts
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPreviewApp, previewPage, startPreview } from '../server.mjs';

/** A stand-in org: hands out a token and records every other request with the token it carried. */
let org: Server;
let orgUrl = '';
const seen: { method: string; url: string; authorization?: string }[] = [];
let preview: Server;
let port = 0;

before(async () => {
  org = createServer((req, res) => {
    if (req.url === '/services/oauth2/token') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ access_token: 'org-token' }));
      return;
    }
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => org.listen(0, '127.0.0.1', resolve));
  orgUrl = `http://127.0.0.1:${(org.address() as AddressInfo).port}`;
  const app = createPreviewApp({
    org: { instanceUrl: orgUrl, username: 'u', password: 'p' },
    page: previewPage('001D000000IqhSLIAZ'),
  });
  preview = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  port = (preview.address() as AddressInfo).port;
});
after(async () => {
  await new Promise((resolve) => preview.close(resolve));
  await new Promise((resolve) => org.close(resolve));
});

/** A raw request: the path and the headers go out exactly as given (no URL normalisation, any Host). */
function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method,
      path,
      headers: { Host: `127.0.0.1:${port}`, ...headers },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const query = '/services/data/v64.0/query?q=SELECT+Id+FROM+Account';

test('relays a same-origin data call with the org token, under 127.0.0.1 and localhost', async () => {
  seen.length = 0;
  assert.deepEqual(await send('GET', query), { status: 200, body: '{"ok":true}' });
  assert.equal((await send('GET', query, { Host: `localhost:${port}`, 'Sec-Fetch-Site': 'same-origin' })).status, 200);
  const post = await send('POST', '/services/data/v64.0/graphql', {
    Origin: `http://127.0.0.1:${port}`,
    'Sec-Fetch-Site': 'same-origin',
  });
  assert.equal(post.status, 200);
  assert.deepEqual(
    seen.map((s) => [s.method, s.url, s.authorization]),
    [
      ['GET', query, 'Bearer org-token'],
      ['GET', query, 'Bearer org-token'],
      ['POST', '/services/data/v64.0/graphql', 'Bearer org-token'],
    ],
  );
});

for (const [label, path, headers, status, body] of [
  [
    'another Host (DNS rebinding)',
    query,
    { Host: 'evil.example' },
    403,
    'preview: this server answers on 127.0.0.1 or localhost only',
  ],
  [
    'another Host on the right port',
    query,
    () => ({ Host: `evil.example:${port}` }),
    403,
    'preview: this server answers on 127.0.0.1 or localhost only',
  ],
  [
    'the page under another Host',
    '/',
    { Host: 'rebind.example' },
    403,
    'preview: this server answers on 127.0.0.1 or localhost only',
  ],
  [
    'a cross-site fetch',
    query,
    { 'Sec-Fetch-Site': 'cross-site' },
    403,
    '[{"errorCode":"PREVIEW_RELAY","message":"cross-origin requests are not relayed"}]',
  ],
  [
    'another Origin',
    query,
    { Origin: 'http://evil.example' },
    403,
    '[{"errorCode":"PREVIEW_RELAY","message":"cross-origin requests are not relayed"}]',
  ],
  [
    'the right Host but an https Origin of another port',
    query,
    { Origin: 'https://127.0.0.1:1' },
    403,
    '[{"errorCode":"PREVIEW_RELAY","message":"cross-origin requests are not relayed"}]',
  ],
  [
    'a path that climbs out of the data API',
    '/services/data/v64.0/../../oauth2/revoke',
    {},
    400,
    '[{"errorCode":"PREVIEW_RELAY","message":"only /services/data/ is relayed"}]',
  ],
  [
    'an encoded climb',
    '/services/data/%2e%2e/%2E%2E/apexrest/x',
    {},
    400,
    '[{"errorCode":"PREVIEW_RELAY","message":"only /services/data/ is relayed"}]',
  ],
] as const) {
  test(`refuses ${label} with ${status}, and the org sees nothing`, async () => {
    seen.length = 0;
    const given = typeof headers === 'function' ? headers() : (headers as Record<string, string>);
    assert.deepEqual(await send('GET', path, given), { status, body });
    assert.deepEqual(seen, []);
  });
}

test('the page carries the record id as given', () => {
  assert.match(previewPage('001D000000IqhSL'), /data-record-id="001D000000IqhSL"/);
});

for (const hostile of ['"><script>alert(1)</script>', "001' onload='x", '001D000000IqhSL ', '', 'x'.repeat(18)]) {
  test(`refuses --record-id ${JSON.stringify(hostile)} before serving anything`, async () => {
    const message = `--record-id must be a 15- or 18-character Salesforce id, not ${JSON.stringify(hostile)}`;
    if (hostile === 'x'.repeat(18)) {
      // The shape of an id is all the preview can check; the page escapes it anyway.
      assert.match(previewPage(hostile), /data-record-id="x{18}"/);
      return;
    }
    assert.throws(() => previewPage(hostile), { message });
    await assert.rejects(startPreview({ org: { instanceUrl: orgUrl }, recordId: hostile, build: false }), { message });
  });
}
