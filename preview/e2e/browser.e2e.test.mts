// The browser the e2e tests and the UI benches drive (preview/browser.mjs): our --disable-features replaces
// Playwright's own (Chromium reads the last one), so it must still hold every feature Playwright turns off, and it
// must keep the WebUI omnibox popups out of each new window; and it resolves no host name.
//   node --import tsx --test preview/e2e/browser.e2e.test.mts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, OMNIBOX_POPUP_FEATURES, launchChromium } from '../browser.mjs';

/** The command line of a browser launched with `args`, read from its process. */
async function commandLine(args: string[]): Promise<string[]> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args });
  try {
    return fs.readFileSync(`/proc/${server.process().pid}/cmdline`, 'utf8').split('\0');
  } finally {
    await server.close();
  }
}

/** The last --disable-features list of a browser launched with `args`. */
async function disabledFeatures(args: string[]): Promise<string[]> {
  const last = (await commandLine(args)).filter((arg) => arg.startsWith('--disable-features=')).at(-1);
  return (last ?? '--disable-features=').slice('--disable-features='.length).split(',').filter(Boolean);
}

test('our --disable-features keeps every feature Playwright turns off, and adds the omnibox popups', async () => {
  const playwrights = await disabledFeatures(CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--disable-features=')));
  const ours = await disabledFeatures(CHROMIUM_ARGS);
  assert.ok(playwrights.length > 5, `Playwright's own list was read: ${playwrights.join(',')}`);
  assert.deepEqual(
    playwrights.filter((feature) => !ours.includes(feature)),
    [],
    'a feature Playwright turns off is missing from PLAYWRIGHT_DISABLED_FEATURES in preview/browser.mjs',
  );
  for (const feature of OMNIBOX_POPUP_FEATURES) assert.ok(ours.includes(feature), feature);
});

test('the browser resolves no host name: every page here is on 127.0.0.1', async () => {
  const rules = (await commandLine(CHROMIUM_ARGS)).filter((arg) => arg.startsWith('--host-resolver-rules='));
  assert.deepEqual(rules, ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
});

test('a new page opens no WebUI omnibox popup beside it', async () => {
  const browser = await launchChromium();
  try {
    const cdp = await browser.newBrowserCDPSession();
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(800);
    const { targetInfos } = await cdp.send('Target.getTargets');
    assert.deepEqual(
      targetInfos.filter((target) => target.url.startsWith('chrome://')).map((target) => target.url),
      [],
    );
    assert.deepEqual(
      targetInfos.filter((target) => target.type === 'page').map((target) => target.url),
      ['about:blank'],
    );
  } finally {
    await browser.close();
  }
});
