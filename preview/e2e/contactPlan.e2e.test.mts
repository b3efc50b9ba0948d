// End to end against the demo: emulator org → one real sync → the preview of the Account page in headless Chromium.
//   node --import tsx --test preview/e2e/contactPlan.e2e.test.mts
// Screenshots of the map and the blueprint go to artifacts/e2e-*.png; the editor in an org without Account Teams, at
// 900 and 1440 px, to artifacts/screenshots/no-teams-editor-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../browser.mjs';
import { addActivities } from '../bench/benchOrg.mjs';
import { type Emulator } from '@contact-plan/emulator';
import { startSyncedDemo, syncDemoOrg } from '../../scripts/demo-org.mjs';

const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type Row = Record<string, unknown>;

let demo: Awaited<ReturnType<typeof startSyncedDemo>>;
let org: Emulator;
let preview: { url: string; recordId: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;

const names = (object: string): Map<string, string> =>
  new Map(org.store.query(`SELECT Id, Name FROM ${object}`).map((r: Row) => [String(r.Id), String(r.Name)]));

function relationships(): Row[] {
  return org.store.query(
    `SELECT Id, Contact__c, Team_Member__c, Grade__c, Effective_Grade__c, Key_Intersection__c FROM Relationship__c ` +
      `WHERE Account__c = '${preview.recordId}'`,
  );
}

/** The map cell of a pair, found by its accessible name ("Member and Contact: …"). */
function cellOf(row: Row) {
  const member = names('User').get(String(row.Team_Member__c));
  const contact = names('Contact').get(String(row.Contact__c));
  return page.locator(`c-contact-map td[role="gridcell"][aria-label^="${member} and ${contact}:"]`);
}

/** The grade letter a cell shows (the key ring is drawn by CSS and adds no text). */
async function letterOf(row: Row): Promise<string> {
  return (await cellOf(row).innerText()).trim();
}

async function openPage(): Promise<void> {
  await page.goto(preview.url);
  await page.locator('c-contact-map td[role="gridcell"]').first().waitFor({ timeout: 30_000 });
}

/** The nightly sync once more (as the integration user), so the page reads fresh results. */
async function resyncDemo(): Promise<void> {
  await syncDemoOrg(org);
}

async function showAllWarnings(): Promise<void> {
  const more = page.locator('c-coverage-warnings lightning-button.cp-show-all button');
  if (await more.count()) await more.click();
}

before(async () => {
  demo = await startSyncedDemo({ port: 0 });
  org = demo.org;
  preview = demo.preview;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  fs.mkdirSync(path.join(artifacts, 'screenshots'), { recursive: true });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

test('the map shows the grades the sync computed', async () => {
  await openPage();
  const synced = relationships().filter((r) => r.Effective_Grade__c);
  assert.ok(synced.length >= 10, `the sync graded ${synced.length} pairs`);
  for (const row of synced) {
    assert.equal(await letterOf(row), row.Effective_Grade__c, `cell ${String(row.Id)}`);
  }
  await page.locator('c-contact-map').screenshot({ path: path.join(artifacts, 'e2e-map.png') });
});

// The SLDS colour hooks the map's grade colours are made of (contactMap.css).
const GRADE_BACKGROUNDS: Record<string, string> = {
  T: 'rgb(25, 78, 49)',
  O: 'rgb(69, 198, 90)',
  S: 'rgb(205, 239, 196)',
  I: 'rgb(249, 227, 182)',
  D: 'rgb(254, 147, 57)',
  M: 'rgb(186, 5, 23)',
};

test('grade colours, keyboard movement and coaching work in the browser', async () => {
  await openPage();
  const map = page.locator('c-contact-map');
  const background = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  // The map defines the grade colours once, on its host; its cells and the summary strip inside it both use them.
  for (const [grade, colour] of Object.entries(GRADE_BACKGROUNDS)) {
    assert.equal(await background(map.locator(`c-contact-map-summary li.cp-grade_${grade}`)), colour, grade);
  }
  const graded = map.locator('td[role="gridcell"]:not(.cp-grade_blank)').first();
  assert.equal(await background(graded), GRADE_BACKGROUNDS[(await graded.innerText()).trim()]);

  const cells = map.locator('td[role="gridcell"]');
  const focusedLabel = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.getAttribute('aria-label');
    });
  await cells.first().focus();
  assert.equal(await map.locator('td[tabindex="0"]').count(), 1);
  const firstLabel = (await cells.first().getAttribute('aria-label'))!;
  await page.keyboard.press('ArrowRight');
  assert.equal(await focusedLabel(), await cells.nth(1).getAttribute('aria-label'));
  assert.equal(await cells.nth(1).getAttribute('tabindex'), '0');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focusedLabel(), firstLabel);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: firstLabel.split(':')[0] }).waitFor({ timeout: 2_000 });
  assert.equal(await cells.first().getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Escape');
  // Focus returns to the cell at the start of the next frame (contactMap.js, focusInViewNextFrame).
  await page.waitForFunction((label) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('aria-label') === label;
  }, firstLabel);
  assert.equal(await focusedLabel(), firstLabel);

  // The buyer-role coaching is SLDS help text beside each group's name.
  const coaching = map.getByRole('button', { name: /^Coaching for / }).first();
  await coaching.focus();
  const tip = page.getByRole('tooltip').filter({ hasText: /Watch out for:/ });
  await tip.first().waitFor({ timeout: 2_000 });
});

test('changing a grade updates the warnings at once and is in the org after a reload', async () => {
  await openPage();
  const weak = relationships().find((r) => r.Grade__c === 'I' || r.Grade__c === 'D');
  assert.ok(weak, 'the demo account has a weak manual grade');
  await showAllWarnings();
  // The warnings list gives one entry per rule with its count (data-count); the summary strip has no entries.
  const belowCount = () =>
    page.evaluate(() => {
      const hosts = document.querySelector('preview-app')?.shadowRoot?.querySelectorAll('c-coverage-warnings') ?? [];
      return [...hosts]
        .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('li[data-rule="BELOW_SATISFIED"]') ?? [])])
        .reduce((sum, li) => sum + Number((li as HTMLElement).dataset.count), 0);
    });
  const belowBefore = await belowCount();

  await cellOf(weak).click();
  await page.locator('c-contact-map .cp-popover button[data-grade="S"]').click();
  await showAllWarnings();
  await assert.doesNotReject(
    page.waitForFunction(
      (count) => {
        const hosts = document.querySelector('preview-app')?.shadowRoot?.querySelectorAll('c-coverage-warnings') ?? [];
        const shown = [...hosts]
          .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('li[data-rule="BELOW_SATISFIED"]') ?? [])])
          .reduce((sum, li) => sum + Number((li as HTMLElement).dataset.count), 0);
        return shown === count;
      },
      belowBefore - 1,
      { timeout: 2_000 },
    ),
  );
  // Saved through the org's REST API: the record holds the rep's grade.
  await page.waitForTimeout(500);
  const saved = relationships().find((r) => r.Id === weak.Id)!;
  assert.equal(saved.Grade__c, 'S');
  await openPage();
  assert.equal(await letterOf(saved), 'S');
});

test('a blueprint can be created for a key intersection', async () => {
  await openPage();
  const planned = new Set(
    org.store.query('SELECT Relationship__c FROM Contact_Blueprint__c').map((r: Row) => String(r.Relationship__c)),
  );
  const key = relationships().find((r) => r.Key_Intersection__c === true && !planned.has(String(r.Id)));
  assert.ok(key, 'the demo account has a key intersection without a blueprint');
  const member = names('User').get(String(key.Team_Member__c))!;
  const contact = names('Contact').get(String(key.Contact__c))!;

  await page.getByRole('combobox', { name: 'Key intersection' }).click();
  await page.getByRole('option', { name: new RegExp(`^${member} → ${contact} `) }).click();
  await page.getByRole('button', { name: 'New blueprint' }).click();
  // SLDS draws the checkbox over the input, so a rep clicks its label (the first strategy is a suggested one).
  await page.locator('c-contact-blueprint .cp-strategy lightning-input label').first().click();
  await page.getByRole('textbox', { name: 'Tactics and core messages' }).fill('Invite them to the customer council');
  await page.locator('c-contact-blueprint').screenshot({ path: path.join(artifacts, 'e2e-blueprint.png') });
  await page.getByRole('button', { name: 'Save blueprint' }).click();
  await page.waitForTimeout(500);

  const rows = org.store.query(
    `SELECT Goal_Grade__c, Status__c, Tactics__c, Influence_Strategies__c FROM Contact_Blueprint__c ` +
      `WHERE Relationship__c = '${String(key.Id)}'`,
  );
  assert.equal(rows.length, 1);
  assert.equal(rows[0].Status__c, 'planned');
  assert.equal(rows[0].Tactics__c, 'Invite them to the customer council');
  assert.ok(rows[0].Goal_Grade__c);
});

/** axe-core over one component of the page: its serious and critical findings as "rule: targets" lines. */
async function seriousAxeFindings(tag: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(async (component) => {
    const host = document.querySelector('preview-app')!.shadowRoot!.querySelector(component);
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    return (await axe.run(host, { resultTypes: ['violations'] })) as {
      passes: Array<{ id: string }>;
      violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }>;
    };
  }, tag);
  // Proof that axe looked at the editor's grade buttons and the grid.
  for (const rule of ['button-name', 'aria-required-children']) {
    assert.ok(
      result.passes.some((pass) => pass.id === rule),
      `axe checked ${rule}`,
    );
  }
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`);
}

/** Leaves objects out of the org's GraphQL UI API (an emulator test switch); [] exposes every object again. */
async function hideFromGraphQl(objects: string[]): Promise<void> {
  const response = await fetch(`${org.instanceUrl}/__admin/graphql/hidden-objects`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ objects }),
  });
  assert.equal(response.status, 200);
}

test('an org without Account Teams or opportunity teams in GraphQL (and no contact roles there) gets the map, calmly', async () => {
  const pairs = relationships().filter((r) => r.Effective_Grade__c);
  assert.ok(pairs.length >= 10, `the sync graded ${pairs.length} pairs`);
  await openPage();
  const full: string[] = [];
  for (const row of pairs) full.push(await letterOf(row));
  assert.equal(await page.locator('c-contact-map .cp-partial').count(), 0);
  assert.match(
    await page.locator('c-contact-map .cp-freshness').innerText(),
    /^Suggested grades are from activity up to the sync of \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/,
  );

  const queries: string[] = [];
  const onRequest = (request: { url(): string; postDataJSON(): { query: string } }) => {
    if (request.url().endsWith('/graphql')) queries.push(request.postDataJSON().query);
  };
  page.on('request', onRequest);
  await hideFromGraphQl(['AccountTeamMember', 'OpportunityTeamMember']);
  try {
    await openPage();
    const notice = page.locator('c-contact-map .cp-partial');
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), /account team could not be read here/);
    assert.equal(await page.locator('c-contact-map .cp-error, c-coverage-warnings .cp-error').count(), 0);
    assert.ok(queries.some((query) => query.includes('AccountTeamMember(')));
    assert.ok(!queries.at(-1)?.includes('AccountTeamMember'), 'the last query leaves the refused list out');
    const partial: string[] = [];
    for (const row of pairs) partial.push(await letterOf(row));
    assert.deepEqual(partial, full);
    // Edits still save, with a pointer click on the editor. The weak cell is a key intersection: selecting it opens
    // its blueprint, which once scrolled the page to the blueprint card and carried the editor out of the window.
    const weak = relationships().find((r) => r.Grade__c === 'D' || r.Grade__c === 'M' || r.Grade__c === 'I');
    assert.ok(weak, 'a weak manual grade to raise');
    assert.equal(weak.Key_Intersection__c, true, 'the weak cell is key, so the blueprint panel opens its blueprint');
    for (const width of [900, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await openPage();
      await page.locator('c-contact-map .cp-partial').waitFor({ timeout: 10_000 });
      const scrolled = await page.evaluate(() => window.scrollY);
      await cellOf(weak).click();
      const choice = page.locator('c-contact-map .cp-popover button[data-grade="O"]');
      await choice.waitFor({ timeout: 2_000 });
      const member = names('User').get(String(weak.Team_Member__c))!;
      await page.getByRole('combobox', { name: 'Key intersection' }).waitFor();
      assert.match(
        await page.locator('c-contact-blueprint .cp-current').innerText(),
        new RegExp(`^Current grade of ${member} `),
      );
      assert.equal(
        await page.evaluate(() => window.scrollY),
        scrolled,
        `${width} px: the page stays where the rep clicked`,
      );
      const box = (await page.locator('c-contact-map .cp-popover').boundingBox())!;
      assert.ok(
        box.y >= 0 && box.y + box.height <= 900,
        `${width} px: the editor is inside the window (${box.y}, ${box.height})`,
      );
      assert.ok(
        box.x >= 0 && box.x + box.width <= width,
        `${width} px: the editor is inside the window (${box.x}, ${box.width})`,
      );
      await page.screenshot({ path: path.join(artifacts, 'screenshots', `no-teams-editor-${width}.png`) });
      assert.deepEqual(await seriousAxeFindings('c-contact-map'), [], `axe on the map with the editor at ${width} px`);
      if (width === 900) {
        await page.keyboard.press('Escape');
        continue;
      }
      await choice.click();
      await page.waitForTimeout(500);
    }
    assert.equal(relationships().find((r) => r.Id === weak.Id)!.Grade__c, 'O');
  } finally {
    page.off('request', onRequest);
    await hideFromGraphQl([]);
    await page.setViewportSize({ width: 1600, height: 1200 });
  }
});

/** Runs `check` while the package's permission set hides `field` from the rep (read and edit), then restores it. */
async function withFieldHidden(field: string, check: () => Promise<void>) {
  const grant = org.access.grantOf('Contact_Plan_User');
  assert.ok(grant, 'Contact_Plan_User is deployed');
  const hidden = { ...grant, fields: { ...grant.fields, [field]: { readable: false, editable: false } } };
  org.access.definePermissionSet('Contact_Plan_User', { label: 'Contact Plan User' }, hidden, new Date().toISOString());
  try {
    await check();
  } finally {
    org.access.definePermissionSet(
      'Contact_Plan_User',
      { label: 'Contact Plan User' },
      grant,
      new Date().toISOString(),
    );
  }
}

test('a rep who may not read one svc field gets the map, a notice naming it, and can still save', async () => {
  await withFieldHidden('Relationship__c.Touches_90d__c', async () => {
    await openPage();
    const notice = page.locator('c-contact-map .cp-partial');
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), /field-level security \(Relationship__c\.Touches_90d__c\)/);
    assert.equal(await page.locator('c-contact-map .cp-error').count(), 0);
    // Pairs graded by the sync alone: an earlier test's edit gave some a rep grade the sync has not seen yet.
    const graded = relationships().filter((r) => r.Effective_Grade__c && !r.Grade__c);
    for (const row of graded.slice(0, 5)) assert.equal(await letterOf(row), row.Effective_Grade__c);
    const target = relationships().find((r) => r.Grade__c && r.Grade__c !== 'T')!;
    await cellOf(target).click();
    await page.locator('c-contact-map .cp-popover button[data-grade="T"]').click();
    await page.waitForTimeout(500);
    assert.equal(relationships().find((r) => r.Id === target.Id)!.Grade__c, 'T');
  });
});

test("a rep who may not read the members' seniority gets the map with every member named, and a notice", async () => {
  await withFieldHidden('User.Seniority__c', async () => {
    await openPage();
    const notice = page.locator('c-contact-map .cp-partial');
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), /field-level security \(User\.Seniority__c\)/);
    assert.equal(await page.locator('c-contact-map .cp-error').count(), 0);
    // The pairs' members come from the User list: each shown by name, none by id.
    const memberIds = [...new Set(relationships().map((r) => String(r.Team_Member__c)))];
    const names = org.store
      .query(`SELECT Name FROM User WHERE Id IN ('${memberIds.join("','")}')`)
      .map((r: Row) => String(r.Name));
    assert.equal(names.length, memberIds.length);
    const map = await page.locator('c-contact-map').innerText();
    for (const name of names) assert.ok(map.includes(name), `${name} is on the map`);
    for (const id of memberIds) assert.ok(!map.includes(id), `${id} is not shown as an id`);
    // Pairs graded by the sync alone: an earlier test's edit gave some a rep grade the sync has not seen yet.
    const graded = relationships().filter((r) => r.Effective_Grade__c && !r.Grade__c);
    assert.ok(graded.length >= 5, 'the demo account has pairs graded from activity alone');
    for (const row of graded.slice(0, 5)) assert.equal(await letterOf(row), row.Effective_Grade__c);
  });
});

// Last, since it adds 20,000 tasks and events to the demo account: after the nightly sync the page reads the same seven lists in
// one request (no activity paging), shows the suggestion they support, and edits and saves.
test('an account with 20,000 more activities loads in one GraphQL request and still edits and saves', async () => {
  const accountId = preview.recordId;
  const team = [
    ...new Set(
      org.store
        .query(`SELECT UserId FROM AccountTeamMember WHERE AccountId = '${accountId}'`)
        .map((r: Row) => r.UserId),
    ),
  ];
  const contactId = org.store.insert('Contact', { FirstName: 'Paula', LastName: 'Paging', AccountId: accountId });
  const asOf = new Date().toISOString().slice(0, 10);
  addActivities(org, { accountId, contacts: [contactId], members: team.map(String), asOf }, 0, 20_000);
  await resyncDemo();
  const requests: Array<Record<string, unknown>> = [];
  const onRequest = (request: { url(): string; postDataJSON(): { variables: Record<string, unknown> } }) => {
    if (request.url().endsWith('/graphql')) requests.push(request.postDataJSON().variables);
  };
  page.on('request', onRequest);
  try {
    await openPage();
    const pair = relationships().find((r) => r.Contact__c === contactId && r.Team_Member__c === team[0])!;
    assert.ok(pair, 'the sync wrote the busy pair');
    assert.equal(await letterOf(pair), 'S');
    assert.ok(requests.length >= 1);
    for (const variables of requests) {
      assert.deepEqual(
        Object.entries(variables).filter(([name, value]) => name.endsWith('After') && value !== null),
        [],
        'no list needed a second page',
      );
    }
    await cellOf(pair).click();
    await page.locator('c-contact-map .cp-popover button[data-grade="O"]').click();
    await page.waitForTimeout(500);
    assert.equal(relationships().find((r) => r.Id === pair.Id)!.Grade__c, 'O');
  } finally {
    page.off('request', onRequest);
  }
});
