// The method's plan on the page, end to end (issue 15 items 3, 4, 5, 7): emulator org → one real sync → the preview
// in headless Chromium at 900 px (a record page's main column) and 1440 px. A suggested key intersection becomes key
// with a blueprint in one flow; the warnings summary is above the map; introduction paths mark the map; the print
// view and the CSV export. axe-core on the plan components (no serious or critical finding).
//   node --import tsx --test preview/e2e/planFlow.e2e.test.mts
// Screenshots go to artifacts/screenshots/plan-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../browser.mjs';
import { type Emulator } from '@contact-plan/emulator';
import { startSyncedDemo } from '../../scripts/demo-org.mjs';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type Row = Record<string, unknown>;

let demo: Awaited<ReturnType<typeof startSyncedDemo>>;
let org: Emulator;
let preview: { url: string; recordId: string; close: () => Promise<void> };
let browser: Browser;

const WIDTHS = [900, 1440] as const;

before(async () => {
  demo = await startSyncedDemo({ port: 0 });
  org = demo.org;
  preview = demo.preview;
  browser = await launchChromium();
  fs.mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

async function openPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  await page.goto(preview.url);
  await page.locator('c-contact-map td[role="gridcell"]').first().waitFor({ timeout: 30_000 });
  await page.locator('c-contact-plan-suggestions li.cp-suggestion').first().waitFor({ timeout: 30_000 });
  return page;
}

function relationship(contactId: string, memberId: string): Row | undefined {
  return org.store
    .query(
      `SELECT Id, Key_Intersection__c, Focus_Horizon__c FROM Relationship__c ` +
        `WHERE Contact__c = '${contactId}' AND Team_Member__c = '${memberId}'`,
    )
    .at(0);
}

/**
 * axe-core over the page; returns the serious and critical findings inside the given components as "rule: target"
 * lines (the components sit in shadow roots, so axe's targets list the hosts on the way).
 */
async function seriousFindings(page: Page, components: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }>;
    };
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
  });
  return found.filter((line) => components.some((component) => line.includes(component)));
}

for (const width of WIDTHS) {
  test(`at ${width} px: a suggestion becomes a key intersection with a blueprint in one flow`, async () => {
    const page = await openPage(width);
    try {
      // The advice is summarised above the map, in the first screen.
      const strip = page.locator('c-coverage-warnings .cp-summary');
      await strip.waitFor({ timeout: 10_000 });
      const stripBox = (await strip.boundingBox())!;
      const mapBox = (await page.locator('c-contact-map').boundingBox())!;
      assert.ok(stripBox.y + stripBox.height <= mapBox.y + 1, 'the summary sits above the map');
      assert.ok(stripBox.y + stripBox.height < 900, 'the summary is in the first screen');
      assert.match(await strip.innerText(), /Most important: /);
      await page.screenshot({ path: path.join(screenshots, `plan-page-${width}.png`) });

      // The first suggestion whose pair has no blueprint yet (the showcase has one planned on a pair not marked key).
      const marks = page.locator('c-contact-plan-suggestions button.cp-mark');
      let index = -1;
      for (let i = 0; i < (await marks.count()); i += 1) {
        const pair = relationship(
          String(await marks.nth(i).getAttribute('data-contact')),
          String(await marks.nth(i).getAttribute('data-member')),
        );
        const planned = pair
          ? org.store.query(`SELECT Id FROM Contact_Blueprint__c WHERE Relationship__c = '${String(pair.Id)}'`).length
          : 0;
        if (planned === 0) {
          index = i;
          break;
        }
      }
      assert.ok(index >= 0, 'a suggestion without a blueprint');
      const mark = marks.nth(index);
      const first = mark.locator('xpath=ancestor::li[1]');
      const contactId = String(await mark.getAttribute('data-contact'));
      const memberId = String(await mark.getAttribute('data-member'));
      const why = await first.locator('.cp-why').innerText();
      assert.ok(why.length > 20, `the suggestion says why: ${why}`);
      await first.screenshot({ path: path.join(screenshots, `plan-suggestion-${width}.png`) });

      const findings = await seriousFindings(page, [
        'c-coverage-warnings',
        'c-contact-plan-suggestions',
        'c-contact-blueprint',
      ]);
      assert.deepEqual(findings, [], 'axe-core: no serious or critical findings in the plan components');

      // One click: key with the chosen horizon, and the blueprint opens with a draft (goal one level up).
      await mark.click();
      const goal = page.locator('c-contact-blueprint lightning-combobox.cp-goal');
      await goal.waitFor({ timeout: 5_000 });
      await assert.doesNotReject(async () => {
        for (let i = 0; i < 50; i += 1) {
          const row = relationship(contactId, memberId);
          if (row?.Key_Intersection__c === true) return;
          await page.waitForTimeout(100);
        }
        throw new Error('the pair was not saved as key');
      });
      const saved = relationship(contactId, memberId)!;
      assert.equal(saved.Focus_Horizon__c, '30');
      // The map shows the key ring on the cell and the suggestion has left the list.
      const cellKey = await page.locator('c-contact-map td.cp-key[role="gridcell"]').evaluateAll((tds) => tds.length);
      assert.ok(cellKey > 0);
      assert.equal(
        await page
          .locator(`c-contact-plan-suggestions button.cp-mark[data-member="${memberId}"][data-contact="${contactId}"]`)
          .count(),
        0,
      );

      // The goal choices are the core's: hold today's grade or one level up.
      await page.getByRole('combobox', { name: 'Goal grade' }).click();
      const options = await page.locator('c-contact-blueprint').getByRole('option').allInnerTexts();
      await page.keyboard.press('Escape');
      assert.ok(options.length >= 1 && options.length <= 2, `goal options: ${options.join(' | ')}`);

      await page.locator('c-contact-blueprint .cp-strategy lightning-input label').first().click();
      await page.getByRole('textbox', { name: 'Tactics and core messages' }).fill('Share the lane benchmark first');
      await page.getByRole('textbox', { name: 'People and resources' }).fill('Our logistics analyst, two hours');
      await page.locator('c-contact-blueprint .cp-invest lightning-input label').first().click();
      await page
        .locator('c-contact-blueprint form')
        .screenshot({ path: path.join(screenshots, `plan-blueprint-form-${width}.png`) });
      await page.getByRole('button', { name: 'Save blueprint' }).click();
      await page.locator('c-contact-blueprint .cp-saved').waitFor({ timeout: 5_000 });

      const rows = org.store.query(
        `SELECT Goal_Grade__c, Status__c, Tactics__c, Resources__c, Invests_Own_Time__c, Horizon__c ` +
          `FROM Contact_Blueprint__c WHERE Relationship__c = '${String(saved.Id)}'`,
      );
      assert.equal(rows.length, 1);
      assert.equal(rows[0].Tactics__c, 'Share the lane benchmark first');
      assert.equal(rows[0].Resources__c, 'Our logistics analyst, two hours');
      assert.equal(rows[0].Invests_Own_Time__c, true);
      // One horizon: the relationship's; the blueprint record's own copy is not written.
      assert.equal(rows[0].Horizon__c ?? null, null);

      // The saved summary shows everything saved.
      const summary = await page.locator('c-contact-blueprint .cp-saved').innerText();
      assert.match(summary, /Share the lane benchmark first/);
      assert.match(summary, /Our logistics analyst, two hours/);
      assert.match(summary, /It invests our own time/);
      assert.match(summary, /30 days/);
      await page
        .locator('c-contact-blueprint')
        .screenshot({ path: path.join(screenshots, `plan-blueprint-saved-${width}.png`) });

      assert.deepEqual(
        await seriousFindings(page, ['c-coverage-warnings', 'c-contact-plan-suggestions', 'c-contact-blueprint']),
        [],
        'axe-core after the flow',
      );
    } finally {
      await page.close();
    }
  });
}

test('an introduction path marks the door and the cell it opens on the map', async () => {
  const page = await openPage(1440);
  try {
    const show = page.locator('c-contact-plan-suggestions button.cp-path-show').first();
    await show.click();
    await page.locator('c-contact-map td.cp-lever-door').first().waitFor({ timeout: 5_000 });
    assert.ok((await page.locator('c-contact-map td.cp-lever-target').count()) >= 1);
    assert.equal(await show.getAttribute('aria-pressed'), 'true');
    await page.locator('c-contact-map').screenshot({ path: path.join(screenshots, 'plan-leverage-map-1440.png') });
    await show.click();
    assert.equal(await page.locator('c-contact-map td.cp-lever-door').count(), 0);
  } finally {
    await page.close();
  }
});

test('selecting a key cell in the map opens its blueprint', async () => {
  const page = await openPage(1440);
  try {
    const key = page.locator('c-contact-map td.cp-key[role="gridcell"]').first();
    const label = String(await key.getAttribute('aria-label'));
    await key.click();
    const [member, contact] = label.split(':')[0].split(' and ');
    const chosen = page.locator('c-contact-blueprint .cp-current');
    await chosen.waitFor({ timeout: 5_000 });
    assert.match(await chosen.innerText(), new RegExp(`${member} with ${contact}`));
  } finally {
    await page.close();
  }
});

test('the CSV export names the account and the date, starts with a BOM, and the print view shows map and blueprint', async () => {
  const page = await openPage(1440);
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('c-contact-map lightning-button.cp-export button').click(),
    ]);
    assert.match(download.suggestedFilename(), /^contact-map-Brightwater-Logistics-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.match(text, /^\uFEFFAccount,Brightwater Logistics\r\nExported on,\d{4}-\d{2}-\d{2}\r\n/);
    assert.match(text, /\r\nTeam member,Title,/);

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('c-contact-map lightning-button.cp-export').isVisible(), false);
    assert.equal(await page.locator('c-contact-blueprint lightning-button.cp-print').isVisible(), false);
    await page.screenshot({ path: path.join(screenshots, 'plan-print-1440.png'), fullPage: true });
    await page.pdf({ path: path.join(screenshots, 'plan-print.pdf'), printBackground: true, landscape: true });
    assert.ok(fs.statSync(path.join(screenshots, 'plan-print.pdf')).size > 10_000);
  } finally {
    await page.close();
  }
});
