// The contact map of a tall account (90 contacts × 8 team members) against the emulator, after one sync, in headless
// Chromium at 900 and 1440 px: the map renders the rows in view (contactMap/rowWindow.js) and brings the others in as
// the rep scrolls or moves with the keyboard; a grade typed on a row that came in that way is saved; axe-core finds
// nothing serious. Screenshots go to artifacts/screenshots/tall-map-*.png.
//   node --import tsx --test preview/e2e/tallMap.e2e.test.mts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { type Emulator } from '@contact-plan/emulator';
import { launchChromium } from '../browser.mjs';
import { addAccount } from '../bench/benchOrg.mjs';
import { startSyncedDemo } from '../../scripts/demo-org.mjs';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CONTACTS = 90;
const MEMBERS = 8;

let demo: Awaited<ReturnType<typeof startSyncedDemo>>;
let org: Emulator;
let browser: Browser;
let account: { accountId: string; contacts: string[]; members: string[] };

before(async () => {
  // The tall account joins the demo org before its sync; its team is the showcase owner (the preview's rep) and more.
  demo = await startSyncedDemo({
    prepare: (emulator: Emulator) => {
      const [showcase] = emulator.store.query("SELECT OwnerId FROM Account WHERE Name = 'Brightwater Logistics'");
      account = addAccount(emulator, String(showcase!.OwnerId), { contacts: CONTACTS, members: MEMBERS });
      return { recordId: account.accountId };
    },
  });
  org = demo.org;
  browser = await launchChromium();
  fs.mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

async function openPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(demo.preview.url);
  await page.locator('c-contact-map td[role="gridcell"]').first().waitFor({ timeout: 30_000 });
  return page;
}

const gridState = (page: Page) =>
  page.locator('c-contact-map table.cp-grid').evaluate((table) => ({
    rowCount: table.getAttribute('aria-rowcount'),
    rows: table.querySelectorAll('tr[data-col]').length,
    skipped: [...table.querySelectorAll('tr.cp-spacer')].reduce(
      (sum, tr) => sum + Number(tr.getAttribute('data-rows')),
      0,
    ),
    cells: table.querySelectorAll('td[role="gridcell"]').length,
  }));

/** The focused element's contact and member, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const element = active as HTMLElement | null;
    return element ? { role: element.getAttribute('role'), contact: element.dataset.contact } : null;
  });

/** Whether the element is inside the map's scroll box (not hidden below or above it). */
const inScrollBox = (page: Page, selector: string) =>
  page.locator('c-contact-map .cp-scroller').evaluate((scroller, css) => {
    const element = scroller.querySelector(css);
    if (!element) return false;
    const box = scroller.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    return rect.bottom > box.top && rect.top < box.bottom;
  }, selector);

for (const width of [900, 1440]) {
  describe(`the tall contact map at ${width} px`, () => {
    test('renders the rows in view, scrolls and moves to every contact, saves a grade there, passes axe', async () => {
      const page = await openPage(width);
      try {
        const first = await gridState(page);
        // 1 header row, 5 buyer bands, 90 contact rows; far fewer rendered, the rest stood in for by spacers.
        assert.equal(first.rowCount, String(1 + 5 + CONTACTS));
        assert.ok(first.rows >= 10 && first.rows <= 30, `rendered ${first.rows} rows`);
        assert.equal(first.rows + first.skipped, CONTACTS);
        assert.equal(first.cells, first.rows * MEMBERS);
        await page.screenshot({ path: path.join(screenshots, `tall-map-${width}-top.png`) });

        // Scrolled to the bottom, the last rows are there and in view.
        await page.locator('c-contact-map .cp-scroller').evaluate((scroller) => {
          scroller.scrollTop = scroller.scrollHeight;
        });
        await page.waitForFunction(() => {
          const map = document.querySelector('preview-app')?.shadowRoot?.querySelector('c-contact-map');
          const rows = map?.shadowRoot?.querySelectorAll('tbody.cp-band:last-of-type tr[data-col]') ?? [];
          return rows.length > 0;
        });
        const last = await gridState(page);
        assert.equal(last.rows + last.skipped, CONTACTS);
        const lastRow = 'tbody.cp-band:last-of-type tr[data-col]:last-child';
        assert.equal(await inScrollBox(page, lastRow), true);
        await page.screenshot({ path: path.join(screenshots, `tall-map-${width}-bottom.png`) });

        // Back to the top with the keyboard: Ctrl+Home, then Ctrl+End reaches the last contact and focuses it.
        await page.locator('c-contact-map .cp-scroller').evaluate((scroller) => {
          scroller.scrollTop = 0;
        });
        await page.locator('c-contact-map td[role="gridcell"]').first().focus();
        await page.keyboard.press('Control+End');
        const end = await focused(page);
        assert.equal(end?.role, 'gridcell');
        const rendered = await page
          .locator('c-contact-map th.cp-contact')
          .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.contact));
        assert.equal(end?.contact, rendered[rendered.length - 1]);
        assert.equal(await inScrollBox(page, 'td[tabindex="0"]'), true);

        // Up a few rows (one comes in) and a grade typed there is saved to the org.
        for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowUp');
        const target = (await focused(page))!;
        assert.equal(target.role, 'gridcell');
        const memberId = await page
          .locator('c-contact-map td[tabindex="0"]')
          .evaluate((td) => (td as HTMLElement).dataset.member);
        await page.keyboard.press('t');
        await assert.doesNotReject(async () => {
          for (let i = 0; i < 50; i += 1) {
            const [saved] = org.store.query(
              `SELECT Grade__c FROM Relationship__c WHERE Contact__c = '${target.contact}' AND Team_Member__c = '${memberId}'`,
            ) as { Grade__c?: string }[];
            if (saved?.Grade__c === 'T') return;
            await page.waitForTimeout(100);
          }
          throw new Error('the grade was not saved');
        });
        assert.deepEqual(await focused(page), target);

        await page.addScriptTag({ path: axeSource });
        const result = await page.evaluate(async () => {
          const map = document.querySelector('preview-app')!.shadowRoot!.querySelector('c-contact-map');
          // @ts-expect-error axe is the script just added to the page
          const found = await window.axe.run(map, { resultTypes: ['violations'] });
          return {
            passed: (found.passes as { id: string }[]).map((rule) => rule.id),
            serious: (found.violations as { id: string; impact: string }[])
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map((v) => v.id),
          };
        });
        assert.ok(result.passed.includes('aria-required-children'), 'axe checked the grid');
        assert.deepEqual(result.serious, []);
      } finally {
        await page.close();
      }
    });
  });
}
