// The rep's morning and the account's history, in headless Chromium against the emulator, at 900 px and 1440 px:
// My relationships for two reps of the demo org (their cells and their own next best moves; and a user on no
// account), the coverage trend of the showcase account after three syncs six days apart, and its org chart by
// Reports To (with a loop in it) on the map card.
//   node --import tsx --test preview/e2e/morning.e2e.test.mts
// Screenshots go to artifacts/screenshots/morning-*.png; axe-core finds nothing serious or critical.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../browser.mjs';
import { startPreview } from '../server.mjs';
import { startEmulator, type Emulator } from '@contact-plan/emulator';
import { addDays } from '@contact-plan/planning-core';
import { createLogger, loadConfig, OrgClients, syncOrg } from '@contact-plan/sync-service';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type Row = Record<string, unknown>;
type Preview = Awaited<ReturnType<typeof startPreview>>;

const WIDTHS = [900, 1440];
const TODAY = new Date().toISOString().slice(0, 10);
const DANA = 'dana.whitfield@sellerco.example';
const RAVI = 'ravi.patel@sellerco.example';

let org: Emulator;
let browser: Browser;
const previews = new Map<string, Preview>();
let brightwater: string;
let resolvedWarning: Row;
let loweredPair: Row;
// A rep of the org in no relationship after the syncs (found once they ran).
let nobody: string;

const query = (soql: string): Row[] => org.store.query(soql);

async function sync(): Promise<void> {
  const config = loadConfig({
    env: {
      CP_ORG_NAME: 'morning',
      CP_ORG_LOGIN_URL: org.loginUrl,
      CP_ORG_AUTH: 'password',
      CP_ORG_USERNAME: org.credentials.username,
      CP_ORG_PASSWORD: org.credentials.password,
    },
  }).orgs[0]!;
  await syncOrg({
    org: config,
    http: new OrgClients().http(config),
    log: createLogger({ level: 'silent' }),
    full: true,
    asOf: org.clock.today(),
  });
}

/** Reporting lines on the showcase account, by name: the first contact leads, a loop closes the last two. */
function drawReportingLines(): void {
  const contacts = query(`SELECT Id, Name FROM Contact WHERE AccountId = '${brightwater}' ORDER BY Name`);
  const [head, second, ...rest] = contacts;
  const admin = { asUser: org.users.adminId };
  org.store.update('Contact', String(second!.Id), { ReportsToId: head!.Id }, admin);
  rest.forEach((contact, i) => {
    const manager = i < 4 ? head : second;
    org.store.update('Contact', String(contact.Id), { ReportsToId: manager!.Id }, admin);
  });
  const [last, beforeLast] = [contacts[contacts.length - 1]!, contacts[contacts.length - 2]!];
  org.store.update('Contact', String(last.Id), { ReportsToId: beforeLast.Id }, admin);
  org.store.update('Contact', String(beforeLast.Id), { ReportsToId: last.Id }, admin);
}

before(async () => {
  // Six days of history: the org starts six days ago, syncs, a rep lifts a grade, three days on it syncs again,
  // another grade falls, and today's sync closes the story.
  org = await startEmulator({ port: 0, dataset: 'demo', seed: 1, asOf: addDays(TODAY, -6) });
  [{ Id: brightwater }] = query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'") as [{ Id: string }];
  drawReportingLines();
  await sync();
  [resolvedWarning] = query(
    `SELECT Id, Contact__c, Team_Member__c, Contact__r.Name FROM Coverage_Warning__c WHERE Account__c = '${brightwater}' ` +
      "AND Rule__c = 'BELOW_SATISFIED' AND Status__c = 'Open' ORDER BY Id LIMIT 1",
  ) as [Row];
  const [lifted] = query(
    `SELECT Id FROM Relationship__c WHERE Account__c = '${brightwater}' AND Contact__c = '${String(resolvedWarning.Contact__c)}' ` +
      `AND Team_Member__c = '${String(resolvedWarning.Team_Member__c)}'`,
  );
  org.store.update(
    'Relationship__c',
    String(lifted!.Id),
    { Grade__c: 'S', Graded_On__c: org.clock.today() },
    { asUser: String(resolvedWarning.Team_Member__c) },
  );
  org.clock.advanceDays(3);
  await sync();
  [loweredPair] = query(
    `SELECT Id, Team_Member__c, Contact__r.Name FROM Relationship__c WHERE Account__c = '${brightwater}' ` +
      "AND Effective_Grade__c = 'S' AND Grade__c != null ORDER BY Id LIMIT 1",
  ) as [Row];
  org.store.update(
    'Relationship__c',
    String(loweredPair.Id),
    { Grade__c: 'D', Graded_On__c: org.clock.today() },
    { asUser: String(loweredPair.Team_Member__c) },
  );
  org.clock.advanceDays(3);
  assert.equal(org.clock.today(), TODAY);
  await sync();
  const graded = new Set(query('SELECT Team_Member__c FROM Relationship__c').map((r) => String(r.Team_Member__c)));
  const service = new Set([org.users.adminId, org.users.integrationId]);
  const [idle] = query('SELECT Id, Username FROM User WHERE IsActive = true ORDER BY Username').filter(
    (u) => !graded.has(String(u.Id)) && !service.has(String(u.Id)),
  );
  assert.ok(idle, 'the demo has a rep in no relationship');
  nobody = String(idle.Username);
  browser = await launchChromium();
  fs.mkdirSync(screenshots, { recursive: true });
  let build = true;
  for (const username of [DANA, RAVI, nobody]) {
    previews.set(
      username,
      await startPreview({ org: { instanceUrl: org.instanceUrl, ...org.credentials, username }, build }),
    );
    build = false;
  }
});

after(async () => {
  await browser?.close();
  for (const preview of previews.values()) await preview.close();
  await org?.stop();
});

async function runAxe(page: Page, selector: string) {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async (target) => {
    const root = document.querySelector('preview-app')!.shadowRoot!.querySelector(target);
    // @ts-expect-error axe is the script just added to the page
    const result = await window.axe.run(root, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

async function openMyRelationships(username: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto(`${previews.get(username)!.url}?page=my-relationships`);
  await page
    .locator('c-my-relationships')
    .locator('li.cp-row, .cp-empty, .cp-all-well, .cp-error')
    .first()
    .waitFor({ timeout: 30_000 });
  return page;
}

/** Each row as "contact @ account: reasons". */
async function rowsOf(page: Page): Promise<string[]> {
  return page.locator('c-my-relationships li.cp-row').evaluateAll((items) =>
    items.map((li) => {
      const reasons = [...li.querySelectorAll('.cp-reason')].map((r) => (r as HTMLElement).dataset.reason).join(',');
      const who = li.querySelector('.cp-contact')!.textContent!.trim();
      const account = li.querySelector('.cp-account')!.textContent!.trim();
      return `${who} @ ${account}: ${reasons}`;
    }),
  );
}

/** What the sync wrote for `username`'s relationships: the ones a rep must see, by the rules of the component. */
function attentionPairs(username: string): Set<string> {
  const [user] = query(`SELECT Id FROM User WHERE Username = '${username}'`);
  const rows = query(
    'SELECT Id, Contact__r.Name, Account__r.Name, Effective_Grade__c, Key_Intersection__c, Grade_Drops_On__c ' +
      `FROM Relationship__c WHERE Team_Member__c = '${String(user!.Id)}'`,
  );
  const soon = addDays(TODAY, 14);
  return new Set(
    rows
      .filter(
        (r) =>
          ['I', 'D', 'M'].includes(String(r.Effective_Grade__c)) ||
          r.Key_Intersection__c === true ||
          (r.Grade_Drops_On__c && String(r.Grade_Drops_On__c) <= soon),
      )
      .map((r) => `${String((r.Contact__r as Row).Name)} @ ${String((r.Account__r as Row).Name)}`),
  );
}

/** The next best moves the sync wrote on `username`'s cells, as "contact @ account: +gain", largest gain first. */
function movesWritten(username: string): string[] {
  const [user] = query(`SELECT Id FROM User WHERE Username = '${username}'`);
  return query(
    'SELECT Contact__r.Name, Account__r.Name, Next_Move_Gain__c FROM Relationship__c ' +
      `WHERE Team_Member__c = '${String(user!.Id)}' AND Next_Move_Goal__c != null AND Next_Move_Gain__c > 0`,
  )
    .map((r) => ({
      contact: String((r.Contact__r as Row).Name),
      account: String((r.Account__r as Row).Name),
      gain: Number(r.Next_Move_Gain__c),
    }))
    .sort((a, b) => b.gain - a.gain || a.account.localeCompare(b.account) || a.contact.localeCompare(b.contact))
    .map((m) => `${m.contact} @ ${m.account}: +${m.gain}`);
}

/** The moves on the page, as "contact @ account: +gain" from each move's sentence and gain. */
async function movesOf(page: Page): Promise<string[]> {
  return page.locator('c-my-relationships li.cp-move').evaluateAll((items) =>
    items.map((li) => {
      const text = li.querySelector('.cp-move__text')!.textContent!.trim();
      const gain = li.querySelector('.cp-gain')!.firstChild!.textContent!.trim();
      const match = /with (.+?)(?: \([^)]*\))? at (.+)$/.exec(text);
      return match ? `${match[1]} @ ${match[2]}: ${gain}` : text;
    }),
  );
}

describe('My relationships', () => {
  for (const width of WIDTHS) {
    test(`Dana and Ravi each see their own cells across accounts, by urgency (${width} px)`, async () => {
      const seen: Record<string, string[]> = {};
      const movesSeen: Record<string, string[]> = {};
      for (const [name, username] of [
        ['dana', DANA],
        ['ravi', RAVI],
      ] as const) {
        const page = await openMyRelationships(username, width);
        const rows = await rowsOf(page);
        seen[name] = rows;
        assert.deepEqual(new Set(rows.map((r) => r.split(':')[0])), attentionPairs(username), `${name}'s rows`);
        // The rep's own next best moves, across accounts, as the sync wrote them (the card shows five at most).
        const moves = await movesOf(page);
        movesSeen[name] = moves;
        assert.deepEqual(moves, movesWritten(username).slice(0, 5), `${name}'s moves`);
        assert.deepEqual(await runAxe(page, 'c-my-relationships'), [], `axe on ${name}'s list`);
        await page.screenshot({
          path: path.join(screenshots, `morning-my-relationships-${name}-${width}.png`),
          fullPage: true,
        });
        await page.close();
      }
      // Concrete rows of the demo: each rep sees their own key intersections on Brightwater, and every row below
      // Satisfied comes before the rows that are only key intersections.
      assert.ok(seen.dana!.includes('Amara Nwosu @ Brightwater Logistics: key'), seen.dana!.join('\n'));
      assert.ok(seen.ravi!.includes('Jonas Weber @ Brightwater Logistics: key'), seen.ravi!.join('\n'));
      assert.ok(!seen.ravi!.some((row) => row.startsWith('Amara Nwosu @')), "Dana's cell is not Ravi's");
      assert.ok(movesSeen.dana!.length + movesSeen.ravi!.length > 0, 'the demo gives Dana or Ravi a next best move');
      assert.ok(!movesSeen.dana!.some((move) => movesSeen.ravi!.includes(move)), "Dana's moves are not Ravi's");
      for (const rows of [seen.dana!, seen.ravi!]) {
        const tiers = rows.map((row) => (row.endsWith(': key') ? 1 : 0));
        assert.deepEqual(tiers, [...tiers].sort(), rows.join('\n'));
      }
    });
  }

  test('a row opens its Account page on its cell (page state), and the map selects that cell', async () => {
    const page = await openMyRelationships(DANA, 1440);
    const first = page.locator('c-my-relationships li.cp-row').first();
    const account = (await first.locator('.cp-account').innerText()).trim();
    await first.locator('button.cp-open').click();
    await page.waitForURL(/recordId=/);
    const url = new URL(page.url());
    const [user] = query(`SELECT Id FROM User WHERE Username = '${DANA}'`);
    assert.equal(url.searchParams.get('c__memberId'), user!.Id);
    assert.match(url.searchParams.get('c__contactId') ?? '', /^003/);
    const [row] = query(`SELECT Name FROM Account WHERE Id = '${url.searchParams.get('recordId')}'`);
    assert.equal(row!.Name, account);
    await page.locator('h1.cp-account-name', { hasText: account }).waitFor({ timeout: 30_000 });
    // The map focuses and selects the rep's cell with that contact.
    const selected = page.locator('c-contact-map td[role="gridcell"][aria-selected="true"]');
    await selected.waitFor({ timeout: 30_000 });
    assert.equal(await selected.getAttribute('data-contact'), url.searchParams.get('c__contactId'));
    assert.equal(await selected.getAttribute('data-member'), user!.Id);
    await page.screenshot({ path: path.join(screenshots, 'morning-opened-cell-1440.png') });
    await page.close();
  });

  test('a next best move opens its Account page on its cell', async () => {
    const username = movesWritten(DANA).length ? DANA : RAVI;
    const page = await openMyRelationships(username, 1440);
    const move = page.locator('c-my-relationships li.cp-move').first();
    await move.waitFor({ timeout: 30_000 });
    const text = (await move.locator('.cp-move__text').innerText()).trim();
    await move.locator('button.cp-open').click();
    await page.waitForURL(/recordId=/);
    const url = new URL(page.url());
    const [user] = query(`SELECT Id FROM User WHERE Username = '${username}'`);
    const [cell] = query(
      'SELECT Contact__r.Name, Account__r.Name FROM Relationship__c ' +
        `WHERE Account__c = '${url.searchParams.get('recordId')}' AND Contact__c = '${url.searchParams.get('c__contactId')}' ` +
        `AND Team_Member__c = '${String(user!.Id)}'`,
    );
    assert.ok(text.includes(`with ${String((cell!.Contact__r as Row).Name)}`), text);
    assert.ok(text.endsWith(`at ${String((cell!.Account__r as Row).Name)}`), text);
    const selected = page.locator('c-contact-map td[role="gridcell"][aria-selected="true"]');
    await selected.waitFor({ timeout: 30_000 });
    assert.equal(await selected.getAttribute('data-contact'), url.searchParams.get('c__contactId'));
    assert.equal(await selected.getAttribute('data-member'), user!.Id);
    await page.close();
  });

  test('a user on no account gets a calm empty state, not an error', async () => {
    const page = await openMyRelationships(nobody, 900);
    const text = await page.locator('c-my-relationships .cp-empty').innerText();
    assert.match(text, /no relationships on any account yet/);
    assert.equal(await page.locator('c-my-relationships .cp-error').count(), 0);
    assert.deepEqual(await runAxe(page, 'c-my-relationships'), []);
    await page.screenshot({ path: path.join(screenshots, 'morning-my-relationships-empty-900.png') });
    await page.close();
  });
});

async function openAccount(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1200 } });
  await page.goto(`${previews.get(DANA)!.url}?recordId=${brightwater}`);
  await page.locator('c-coverage-trend svg.cp-chart').waitFor({ timeout: 30_000 });
  await page.locator('c-contact-map td[role="gridcell"]').first().waitFor({ timeout: 30_000 });
  return page;
}

describe('the coverage trend', () => {
  for (const width of WIDTHS) {
    test(`shows three daily snapshots and why the score moved (${width} px)`, async () => {
      const page = await openAccount(width);
      const trend = page.locator('c-coverage-trend');
      const snapshots = query(
        `SELECT As_Of__c, Score__c FROM Coverage_Snapshot__c WHERE Account__c = '${brightwater}' ORDER BY As_Of__c`,
      );
      assert.deepEqual(
        snapshots.map((s) => s.As_Of__c),
        [addDays(TODAY, -6), addDays(TODAY, -3), TODAY],
      );
      const changes = await trend
        .locator('li.cp-change-row')
        .evaluateAll((items) =>
          items.map((li) => [(li as HTMLElement).dataset.day, li.querySelector('.cp-why')!.textContent!.trim()]),
        );
      const scores = snapshots.map((s) => Number(s.Score__c));
      const expectedDays = [
        ...(scores[2] !== scores[1] ? [TODAY] : []),
        ...(scores[1] !== scores[0] ? [addDays(TODAY, -3)] : []),
      ];
      assert.deepEqual(
        changes.map(([day]) => day),
        expectedDays,
      );
      const lifted = changes.find(([day]) => day === addDays(TODAY, -3));
      const contact = String((resolvedWarning.Contact__r as Row).Name);
      if (lifted) assert.match(lifted[1]!, new RegExp(`cleared: .*Below satisfied \\([^)]*${contact}\\)`));
      const fell = changes.find(([day]) => day === TODAY);
      const lowered = String((loweredPair.Contact__r as Row).Name);
      if (fell) assert.match(fell[1]!, new RegExp(`appeared: .*Below satisfied \\([^)]*${lowered}\\)`));
      assert.ok(lifted || fell, 'the score moved at least once');
      const summary = await trend.locator('figcaption').innerText();
      assert.match(summary, new RegExp(`^Coverage score over the last 90 days: ${scores[0]} on .*, ${scores[2]} on `));
      assert.equal(await trend.locator('circle.cp-marker').count(), changes.length);
      assert.deepEqual(await runAxe(page, 'c-coverage-trend'), []);
      await trend.screenshot({ path: path.join(screenshots, `morning-trend-${width}.png`) });
      await page.close();
    });
  }
});

describe('the org chart', () => {
  for (const width of WIDTHS) {
    test(`draws the reporting lines with grades and gaps, and cuts the loop (${width} px)`, async () => {
      const page = await openAccount(width);
      // The map card toggles from its grid to the org chart.
      await page.locator('c-contact-map lightning-button-stateful.cp-view-toggle button').click();
      const chart = page.locator('c-contact-map c-contact-org-chart');
      await chart.locator('li.cp-node').first().waitFor({ timeout: 30_000 });
      assert.equal(await page.locator('c-contact-map table.cp-grid').count(), 0);
      const contacts = query(`SELECT Id, Name FROM Contact WHERE AccountId = '${brightwater}' ORDER BY Name`);
      const nodes = await chart.locator('li.cp-node').evaluateAll((items) =>
        items.map((li) => ({
          id: (li as HTMLElement).dataset.id!,
          level: Number((li as HTMLElement).dataset.level),
          name: li.querySelector('strong')!.textContent!.trim(),
          gap: li.classList.contains('cp-node_gap'),
          loop: li.querySelector('.cp-loop')?.textContent?.trim() ?? '',
        })),
      );
      // Everyone once; the first contact leads the chart and the second reports to them.
      assert.deepEqual(nodes.map((n) => n.id).sort(), contacts.map((c) => String(c.Id)).sort());
      const head = String(contacts[0]!.Name);
      assert.equal(nodes.filter((n) => n.name === head)[0]!.level, 1);
      assert.equal(nodes.find((n) => n.name === String(contacts[1]!.Name))!.level, 2);
      const loops = nodes.filter((n) => n.loop);
      assert.equal(loops.length, 1);
      assert.equal(loops[0]!.level, 1);
      assert.match(loops[0]!.loop, /^Reports-to loop: /);
      const gaps = query(
        `SELECT Contact__r.Name FROM Coverage_Warning__c WHERE Account__c = '${brightwater}' ` +
          "AND Rule__c = 'UNCOVERED_BUYER' AND Status__c = 'Open'",
      ).map((w) => String((w.Contact__r as Row).Name));
      assert.ok(gaps.length > 0, 'the showcase has uncovered buyers');
      assert.deepEqual(
        nodes
          .filter((n) => n.gap)
          .map((n) => n.name)
          .sort(),
        gaps.sort(),
      );
      assert.deepEqual(await runAxe(page, 'c-contact-map'), []);
      await chart.screenshot({ path: path.join(screenshots, `morning-org-chart-${width}.png`) });
      await page.close();
    });
  }
});
