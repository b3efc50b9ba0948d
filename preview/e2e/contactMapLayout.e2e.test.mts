// The contact map as a rep meets it, on the demo account (25 contacts × 6 team members) in headless Chromium, in a
// 900 px wide window and at 1440 px (where the map gets the 8-of-12 main column of the record page):
//   node --import tsx --test preview/e2e/contactMapLayout.e2e.test.mts
// Every contact is reachable with the keyboard and its buyer group's label is in view while it is; hovering keeps
// the grade colours; a keyboard-only grade edit ends with focus on the cell; a grade gravity will lower shows the day
// the sync wrote (Grade_Drops_On__c) in its cell and editor; the plan panel lists the core's next best moves, each
// opening its cell; axe-core finds nothing serious. Screenshots go to artifacts/screenshots/map-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../browser.mjs';
import { type Emulator } from '@contact-plan/emulator';
import { analyzeAccount, type NextMove } from '@contact-plan/planning-core';
import { OrgClients, assemble, extractBatch } from '@contact-plan/sync-service';
import { demoOrgConfig, startSyncedDemo } from '../../scripts/demo-org.mjs';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type Row = Record<string, unknown>;

let demo: Awaited<ReturnType<typeof startSyncedDemo>>;
let org: Emulator;
let browser: Browser;

before(async () => {
  demo = await startSyncedDemo({ port: 0 });
  org = demo.org;
  browser = await launchChromium();
  fs.mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

const accountId = () => demo.preview.recordId;
const contactNames = (): string[] =>
  org.store.query(`SELECT Name FROM Contact WHERE AccountId = '${accountId()}'`).map((r: Row) => String(r.Name));

async function openPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(demo.preview.url);
  await page.locator('c-contact-map td[role="gridcell"]').first().waitFor({ timeout: 30_000 });
  // The help icons and fonts settle the header heights the sticky bands are placed under.
  await page.locator('c-contact-map th.cp-group lightning-helptext button').first().waitFor({ timeout: 10_000 });
  return page;
}

/** The focused element, through shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    const element = active as HTMLElement;
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      contact: element.dataset.contact,
      member: element.dataset.member,
      label: element.getAttribute('aria-label'),
      grade: element.dataset.grade,
    };
  });
}

/** Waits until focus is on the cell of `contact` and `member` (the map moves it there at the start of a frame). */
function focusOnCell(page: Page, contact?: string, member?: string) {
  return page.waitForFunction(
    ([c, m]) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const element = active as HTMLElement | null;
      return (
        element?.getAttribute('role') === 'gridcell' && element.dataset.contact === c && element.dataset.member === m
      );
    },
    [contact, member],
    { timeout: 2_000 },
  );
}

/**
 * Whether the focused cell's contact row header and its buyer group's label can be seen: inside the scroller's box
 * and not covered by a sticky header (the top element at their centre is theirs).
 */
// A string, not a function: the test runner's TypeScript transform would wrap named inner functions in a helper the
// page does not have.
const ROW_AND_GROUP_IN_VIEW = `(() => {
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  const td = active;
  const box = td.closest('.cp-scroller').getBoundingClientRect();
  const header = td.parentElement.querySelector('th.cp-contact');
  const band = td.closest('tbody').previousElementSibling.querySelector('.cp-group-name');
  function seen(element) {
    const rect = element.getBoundingClientRect();
    const x = rect.left + Math.min(rect.width / 2, 20);
    const y = rect.top + rect.height / 2;
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
    let top = document.elementFromPoint(x, y);
    while (top && top.shadowRoot) {
      const inner = top.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === top) break;
      top = inner;
    }
    return Boolean(top && (element.contains(top) || top.contains(element)));
  }
  return {
    contact: header.querySelector('.cp-name').textContent,
    group: band.textContent,
    rowSeen: seen(header),
    groupSeen: seen(band),
  };
})()`;

/**
 * Whether the focused cell's contact row header and its buyer group's label can be seen: inside the scroller's box
 * and not covered by a sticky header (the top element at their centre is theirs).
 */
function rowAndGroupInView(page: Page) {
  return page.evaluate(ROW_AND_GROUP_IN_VIEW) as Promise<{
    contact: string;
    group: string;
    rowSeen: boolean;
    groupSeen: boolean;
  }>;
}

/** The core's next best moves for the demo account, from the plan a sync run builds (extract, then assemble). */
async function coreMoves(): Promise<NextMove[]> {
  const config = demoOrgConfig(org);
  const { sources } = await extractBatch(new OrgClients().http(config), [accountId()], org.clock.today());
  const { accounts } = assemble(sources, { recentWindowDays: 90 });
  return analyzeAccount(accounts[0]!.plan).nextMoves;
}

async function runAxe(page: Page, component = 'c-contact-map') {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async (tag) => {
    const map = document.querySelector('preview-app')!.shadowRoot!.querySelector(tag);
    // @ts-expect-error axe is the script just added to the page
    const result = await window.axe.run(map, {
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
    return {
      passed: (result.passes as { id: string }[]).map((rule) => rule.id),
      violations: (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((node) => node.target.join(' ')),
      })),
    };
  }, component);
}

/** The serious and critical findings; and proof that axe looked at the grid (its ARIA rules ran on it and passed). */
function seriousOnes(result: Awaited<ReturnType<typeof runAxe>>) {
  for (const rule of ['aria-required-children', 'aria-required-parent', 'button-name', 'scrollable-region-focusable']) {
    assert.ok(result.passed.includes(rule), `axe checked ${rule}`);
  }
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const width of [900, 1440]) {
  describe(`the contact map at ${width} px`, () => {
    test('every contact is reachable with the arrow keys, with its row and group label in view', async () => {
      const page = await openPage(width);
      try {
        const map = page.locator('c-contact-map');
        // Contacts outnumber members: they are the rows, and the six members fit across without scrolling sideways.
        assert.equal(
          await map.locator('table').getAttribute('aria-label'),
          'Client contact map: contacts by team members',
        );
        const sizes = await map
          .locator('.cp-scroller')
          .evaluate((s) => ({ scrollWidth: s.scrollWidth, clientWidth: s.clientWidth }));
        assert.ok(sizes.scrollWidth <= sizes.clientWidth, `the map is ${sizes.scrollWidth} px in ${sizes.clientWidth}`);
        await page.screenshot({ path: path.join(screenshots, `map-${width}.png`) });

        assert.match((await map.locator('.cp-scroller').getAttribute('class'))!, /cp-more-below/);
        const expected = contactNames();
        assert.equal(expected.length, 25);
        await map.locator('td[role="gridcell"][tabindex="0"]').focus();
        const reached = new Set<string>();
        for (let step = 0; step < expected.length; step += 1) {
          if (step > 0) await page.keyboard.press('ArrowDown');
          const view = await rowAndGroupInView(page);
          assert.ok(view.rowSeen, `${view.contact}'s row is in view at step ${step}`);
          assert.ok(view.groupSeen, `${view.contact}'s group label (${view.group}) is in view at step ${step}`);
          reached.add(view.contact);
          if (step === 14) await page.screenshot({ path: path.join(screenshots, `map-${width}-scrolled.png`) });
        }
        assert.deepEqual([...reached].sort(), [...expected].sort());
        // The scroll hint: a shadow says there is more below, until the end is in view (scroll events come a frame
        // after the keypress, hence the wait).
        await page.waitForFunction(() => {
          const host = document.querySelector('preview-app')?.shadowRoot?.querySelector('c-contact-map');
          const scroller = host?.shadowRoot?.querySelector('.cp-scroller');
          return scroller?.classList.contains('cp-more-above') && !scroller.classList.contains('cp-more-below');
        });
      } finally {
        await page.close();
      }
    });

    test('hovering keeps the grade colours, and white letters stay white', async () => {
      const page = await openPage(width);
      try {
        const map = page.locator('c-contact-map');
        const style = (locator: ReturnType<Page['locator']>) =>
          locator.evaluate((element) => {
            const computed = getComputedStyle(element);
            return { background: computed.backgroundColor, color: computed.color };
          });
        for (const grade of ['T', 'O', 'S', 'I', 'D', 'M']) {
          const cell = map.locator(`td.cp-grade_${grade}`).first();
          if (!(await cell.count())) continue;
          await page.mouse.move(0, 0);
          const before = await style(cell);
          assert.notEqual(before.background, 'rgba(0, 0, 0, 0)', grade);
          // The pointer on the cell, then on its row's header: the row is hovered both times.
          await cell.hover();
          assert.deepEqual(await style(cell), before, `${grade} under the pointer`);
          await cell.locator('xpath=..').locator('th').hover();
          assert.deepEqual(await style(cell), before, `${grade} in the hovered row`);
          if (grade === 'T' || grade === 'M') assert.equal(before.color, 'rgb(255, 255, 255)', grade);
        }
        // And after a click (which opens the editor) the colours stay.
        const trust = map.locator('td.cp-grade_T').first();
        const before = await style(trust);
        await trust.click();
        await trust.hover();
        assert.deepEqual(await style(trust), before);
      } finally {
        await page.close();
      }
    });

    test('a grade edited with the keyboard alone ends with focus on the cell, and is saved', async () => {
      const page = await openPage(width);
      try {
        const map = page.locator('c-contact-map');
        await map.locator('td[role="gridcell"][tabindex="0"]').focus();
        // Two rows down, two members across, then Enter opens the editor on the rep's grade (or the suggestion).
        for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
        const target = (await focused(page))!;
        assert.equal(target.role, 'gridcell');
        await page.keyboard.press('Enter');
        const inEditor = (await focused(page))!;
        assert.equal(inEditor.tag, 'button');
        assert.match(inEditor.grade ?? '', /^[TOSIDM]$/);
        // The editor sits beside its cell, inside the window.
        const popover = await map.locator('.cp-popover').boundingBox();
        const viewport = page.viewportSize()!;
        assert.ok(popover && popover.x >= 0 && popover.y >= 0, 'on screen (top left)');
        assert.ok(popover.x + popover.width <= viewport.width && popover.y + popover.height <= viewport.height);
        await page.screenshot({ path: path.join(screenshots, `map-${width}-editor.png`) });
        // Tab to the Open choice and take it.
        const order = ['T', 'O', 'S', 'I', 'D', 'M'];
        const steps = order.indexOf('O') - order.indexOf(inEditor.grade!);
        for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? 'Tab' : 'Shift+Tab');
        assert.equal((await focused(page))!.grade, 'O');
        await page.keyboard.press('Enter');
        await map.locator('.cp-popover').waitFor({ state: 'hidden', timeout: 2_000 });
        await focusOnCell(page, target.contact, target.member);
        let now = (await focused(page))!;
        assert.deepEqual([now.role, now.contact, now.member], ['gridcell', target.contact, target.member]);
        // Typing a letter on the cell sets that grade; focus stays.
        await page.keyboard.press('s');
        await page.waitForFunction(
          ([contact, member]) => {
            const host = document.querySelector('preview-app')?.shadowRoot?.querySelector('c-contact-map');
            const td = host?.shadowRoot?.querySelector(`td[data-contact="${contact}"][data-member="${member}"]`);
            return td?.textContent?.trim() === 'S';
          },
          [target.contact, target.member],
          { timeout: 2_000 },
        );
        await focusOnCell(page, target.contact, target.member);
        now = (await focused(page))!;
        assert.deepEqual([now.role, now.contact, now.member], ['gridcell', target.contact, target.member]);
        await page.waitForTimeout(500);
        const saved = org.store.query(
          `SELECT Grade__c FROM Relationship__c WHERE Contact__c = '${target.contact}' ` +
            `AND Team_Member__c = '${target.member}'`,
        );
        assert.equal(saved[0]?.Grade__c, 'S');
      } finally {
        await page.close();
      }
    });

    test('a filter change scrolls the map back to its top', async () => {
      const page = await openPage(width);
      try {
        const scroller = page.locator('c-contact-map .cp-scroller');
        await scroller.evaluate((s) => (s.scrollTop = s.scrollHeight));
        assert.ok((await scroller.evaluate((s) => s.scrollTop)) > 0);
        await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Buyers only' });
        await page.waitForFunction(() => {
          const host = document.querySelector('preview-app')?.shadowRoot?.querySelector('c-contact-map');
          return host?.shadowRoot?.querySelector('.cp-scroller')?.scrollTop === 0;
        });
        // Key intersections only: every key contact shows, from the left edge.
        await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Key intersections only' });
        const keyContacts = new Set(
          org.store
            .query(
              `SELECT Contact__c FROM Relationship__c WHERE Account__c = '${accountId()}' AND Key_Intersection__c = true`,
            )
            .map((r: Row) => String(r.Contact__c)),
        );
        const map = page.locator('c-contact-map');
        await map
          .locator('.cp-legend')
          .filter({ hasText: `${keyContacts.size} contacts` })
          .waitFor({ timeout: 2_000 });
        assert.equal(await map.locator('th.cp-contact').count(), keyContacts.size);
        assert.equal(await scroller.evaluate((s) => s.scrollLeft), 0);
        await page.screenshot({ path: path.join(screenshots, `map-${width}-key-only.png`) });
      } finally {
        await page.close();
      }
    });

    test('a grade gravity will lower shows the day the sync wrote, in its cell and its editor', async () => {
      const page = await openPage(width);
      try {
        // The soonest drop the sync wrote, on a grade no earlier test changed today.
        const [row] = org.store
          .query(
            `SELECT Contact__c, Team_Member__c, Grade_Drops_On__c, Graded_On__c FROM Relationship__c ` +
              `WHERE Account__c = '${accountId()}' AND Grade_Drops_On__c != null ORDER BY Grade_Drops_On__c`,
          )
          .filter((r: Row) => r.Graded_On__c !== org.clock.today());
        assert.ok(row, 'the demo account has a grade gravity will lower');
        const dropsOn = String(row.Grade_Drops_On__c);
        const locale = await page.evaluate(() => navigator.language);
        const [y, m, d] = dropsOn.split('-').map(Number);
        const day = new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(Date.UTC(y!, m! - 1, d!)));
        const map = page.locator('c-contact-map');
        const cell = map.locator(`td[data-contact="${row.Contact__c}"][data-member="${row.Team_Member__c}"]`);
        assert.equal(await cell.getAttribute('data-drops-on'), dropsOn);
        assert.match((await cell.getAttribute('class'))!, /\bcp-drops\b/);
        const countdown = new RegExp(`^(?:[TOS] until ${day}, then [OSI]|drops to [OSI] on ${day})$`);
        const title = (await cell.getAttribute('title'))!.split('\n')[0]!;
        assert.match(title, countdown);
        assert.ok(
          (await cell.getAttribute('aria-label'))!.endsWith(title) ||
            (await cell.getAttribute('aria-label'))!.includes(`, ${title}`),
        );
        // The cell stays as compact as its neighbours: the mark does not widen or heighten it.
        const box = (await cell.boundingBox())!;
        const plain = (await map.locator('td.cp-cell:not(.cp-drops):not(.cp-key)').first().boundingBox())!;
        assert.ok(Math.abs(box.height - plain.height) <= 1, `${box.height} vs ${plain.height}`);
        await cell.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(screenshots, `map-${width}-countdown.png`) });
        await cell.click();
        const text = map.locator('c-contact-map-cell-editor .cp-countdown-text');
        await text.waitFor({ timeout: 2_000 });
        assert.equal(await text.textContent(), title);
        await page.screenshot({ path: path.join(screenshots, `map-${width}-countdown-editor.png`) });
        assert.deepEqual(seriousOnes(await runAxe(page)), []);
      } finally {
        await page.close();
      }
    });

    test("the plan panel lists the core's next best moves, flagged on the map, each one click from its cell", async () => {
      const page = await openPage(width);
      try {
        const moves = await coreMoves();
        assert.ok(moves.length > 0, 'the demo account has next best moves');
        const panel = page.locator('c-contact-plan-suggestions');
        const buttons = panel.locator('button.cp-move-show');
        await buttons.first().waitFor({ timeout: 10_000 });
        assert.deepEqual(
          (await buttons.allTextContents()).map((t) => t.trim()),
          moves.map((move) => move.why),
        );
        const map = page.locator('c-contact-map');
        const flagged = await map
          .locator('td.cp-next-move')
          .evaluateAll((tds) =>
            tds.map((td) => `${(td as HTMLElement).dataset.contact}:${(td as HTMLElement).dataset.member}`),
          );
        assert.deepEqual(flagged.sort(), moves.map((move) => `${move.contactId}:${move.memberId}`).sort());
        await panel.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(screenshots, `map-${width}-next-moves.png`), fullPage: true });
        const last = moves[moves.length - 1]!;
        await buttons.last().click();
        const editor = map.locator('c-contact-map-cell-editor');
        await editor.waitFor({ timeout: 2_000 });
        const selected = map.locator('td[aria-selected="true"]');
        assert.equal(await selected.getAttribute('data-contact'), last.contactId);
        assert.equal(await selected.getAttribute('data-member'), last.memberId);
        assert.equal(await editor.locator('.cp-next-move-text').textContent(), `Next best move: ${last.why}`);
        await page.screenshot({ path: path.join(screenshots, `map-${width}-next-move-opened.png`) });
        const panelAxe = await runAxe(page, 'c-contact-plan-suggestions');
        assert.ok(panelAxe.passed.includes('button-name'), "axe checked the panel's buttons");
        assert.deepEqual(
          panelAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
          [],
        );
      } finally {
        await page.close();
      }
    });

    test('axe-core finds no serious or critical problem in the map, with and without the editor', async () => {
      const page = await openPage(width);
      try {
        assert.deepEqual(seriousOnes(await runAxe(page)), []);
        await page.locator('c-contact-map td.cp-grade_T').first().click();
        await page.locator('c-contact-map .cp-popover button[data-grade]').first().waitFor();
        assert.deepEqual(seriousOnes(await runAxe(page)), []);
      } finally {
        await page.close();
      }
    });
  });
}
