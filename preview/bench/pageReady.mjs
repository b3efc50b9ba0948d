/* global window, document, requestAnimationFrame -- functions passed to page.addInitScript / page.evaluate run in the browser */
// UI benchmark, whole page against the emulator: an account of 100 contacts × 20 members with 2,000 and then 20,000
// tasks and events, synced once by the real pipeline, served by the preview (the rep's session relays to the org).
// Measures page ready (the page's first GraphQL request → data over the preview's GraphQL → analysis → every cell in
// the DOM; also from navigation, which adds loading the preview's framework bundle, already loaded in Lightning), a
// grade edit to the updated score strip and warnings in the DOM, and counts GraphQL requests, subqueries and rows.
// The edit's figure holds only the page's work: the score strip and the warnings are found before the click, and each
// frame after it reads just their text (no walk of the page's shadow roots inside the measured time).
//   node preview/bench/pageReady.mjs [--runs 5] [--no-build] [--profile]
// --profile adds one more load and edit per size, recorded as CPU profiles in artifacts/profiles (open them in
// Chromium's DevTools, Performance panel).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@contact-plan/emulator';
import { launchChromium } from '../browser.mjs';
import { startPreview } from '../server.mjs';
import { syncDemoOrg } from '../../scripts/demo-org.mjs';

const CONTACTS = 100;
const MEMBERS = 20;
const GRADES = ['T', 'O', 'S', 'S', 'I', 'D', 'M'];

/** Park–Miller generator, so every run benchmarks the same account. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const daysAgo = (asOf, days) =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Adds the benchmark account to a demo org: 100 contacts, a team of 20, rep grades on a third of the pairs (also the
 * tall account of the windowed-map e2e test, with its own sizes).
 */
export function addAccount(org, owner, { contacts: contactCount = CONTACTS, members: memberCount = MEMBERS } = {}) {
  const next = random(11);
  const asOf = new Date().toISOString().slice(0, 10);
  const users = org.store.query('SELECT Id FROM User WHERE IsActive = true ORDER BY Id').map((u) => String(u.Id));
  const profileId = org.access.profileId('Standard User');
  for (let i = users.length; i < memberCount; i += 1) {
    users.push(
      org.store.insert('User', {
        Username: `bench.member${i}@sellerco.example`,
        FirstName: 'Bench',
        LastName: `Member ${i}`,
        Email: `bench.member${i}@sellerco.example`,
        Title: 'Account Executive',
        IsActive: true,
        ProfileId: profileId,
      }),
    );
  }
  const members = [owner, ...users.filter((u) => u !== owner)].slice(0, memberCount);
  const accountId = org.store.insert('Account', { Name: 'Benchmark Account', OwnerId: owner });
  for (const userId of members) {
    org.store.insert('AccountTeamMember', { AccountId: accountId, UserId: userId, TeamMemberRole: 'Account Manager' });
  }
  const contacts = Array.from({ length: contactCount }, (_, i) =>
    org.store.insert('Contact', {
      AccountId: accountId,
      FirstName: 'Bench',
      LastName: `Contact ${String(i).padStart(3, '0')}`,
      Title: 'Manager',
      Department: ['Finance', 'IT', 'Operations', 'Procurement', 'Strategy'][i % 5],
      Seniority__c: ['Executive', 'VP', 'Director', 'Manager', 'Staff'][i % 5],
      Buyer_Roles__c: ['Power', 'User', 'Advisor', 'Evangelist', null][i % 5],
    }),
  );
  for (const contactId of contacts) {
    for (const memberId of members) {
      if (next() > 0.33) continue;
      org.store.insert('Relationship__c', {
        Account__c: accountId,
        Contact__c: contactId,
        Team_Member__c: memberId,
        Pair_Key__c: `${contactId}:${memberId}`,
        Grade__c: GRADES[Math.floor(next() * GRADES.length)],
        Graded_On__c: daysAgo(asOf, 30),
      });
    }
  }
  return { accountId, contacts, members, asOf };
}

/** Tasks and events (half each) between the account's contacts and members, up to `total`. */
export function addActivities(org, { accountId, contacts, members, asOf }, from, total) {
  const next = random(97 + from);
  for (let i = from; i < total; i += 1) {
    const contactId = contacts[Math.floor(next() * contacts.length)];
    const ownerId = members[Math.floor(next() * members.length)];
    const date = daysAgo(asOf, Math.floor(next() * 400));
    if (i % 2 === 0) {
      org.store.insert('Task', {
        WhoId: contactId,
        OwnerId: ownerId,
        ActivityDate: date,
        TaskSubtype: i % 4 === 0 ? 'Call' : 'Email',
        Status: 'Completed',
      });
    } else {
      org.store.insert('Event', {
        WhoId: contactId,
        WhatId: accountId,
        OwnerId: ownerId,
        ActivityDateTime: `${date}T10:00:00.000Z`,
        DurationInMinutes: 30,
      });
    }
  }
}

/** Every element matching `selector` under `root`, through open shadow roots (runs in the browser). */
const DEEP_QUERY = `
  window.__deepAll = (root, selector) => {
    const found = [];
    const walk = (node) => {
      if (!node) return;
      if (node.querySelectorAll) found.push(...node.querySelectorAll(selector));
      const all = node.querySelectorAll ? node.querySelectorAll('*') : [];
      for (const el of all) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(root);
    return found;
  };
`;

/** One page load: navigation start to the frame that shows every cell of the map, plus the GraphQL it took. */
async function loadOnce(browser, url, cells, profile) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  if (profile) await profile.start(page);
  const graphql = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    try {
      const body = await response.json();
      const lists = Object.values(body.data?.uiapi?.query ?? {});
      graphql.push({
        names: Object.keys(body.data?.uiapi?.query ?? {}),
        subqueries: lists.length,
        rows: lists.reduce((sum, list) => sum + (list?.edges?.length ?? 0), 0),
      });
    } catch {
      graphql.push({ names: [], subqueries: 0, rows: 0 });
    }
  });
  await page.addInitScript(DEEP_QUERY);
  await page.addInitScript((count) => {
    window.__ready = new Promise((resolve) => {
      const check = () => {
        const map = document.querySelector('preview-app')?.shadowRoot?.querySelector('c-contact-map');
        const shown = map?.shadowRoot?.querySelectorAll('td[role="gridcell"]').length ?? 0;
        const asked = performance.getEntriesByName('lds:graphql-request')[0];
        // A tall map renders the rows in view, all in one go (it then carries aria-rowcount): see renderMap.mjs.
        const windowed = map?.shadowRoot?.querySelector('table[aria-rowcount]');
        if (shown > 0 && (shown >= count || windowed)) {
          // The org's share: the time the page waited on GraphQL answers (requests in flight together count once).
          let waited = 0;
          let until = 0;
          const answers = performance
            .getEntriesByType('resource')
            .filter((r) => r.name.endsWith('/graphql') && r.responseEnd > 0 && r.responseEnd <= performance.now())
            .sort((a, b) => a.startTime - b.startTime);
          for (const r of answers) {
            const from = Math.max(r.startTime, until);
            if (r.responseEnd > from) waited += r.responseEnd - from;
            until = Math.max(until, r.responseEnd);
          }
          resolve({ navigation: performance.now(), data: performance.now() - asked.startTime, org: waited });
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, cells);
  await page.goto(url);
  const ready = await page.evaluate(() =>
    Promise.race([
      window.__ready,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no map in 30 s')), 30000)),
    ]),
  );
  if (profile) await profile.stop('load');
  await page.waitForTimeout(200);
  // What the load asked for, taken now: the edit that follows saves a record, and the wires then read the plan again.
  return { page, ready, graphql: [...graphql] };
}

/**
 * A grade edit: from the click on the new grade to the first frame whose score strip and warnings differ from before
 * (the click handler, the core's re-analysis and the re-render all fall inside).
 */
async function editOnce(page, profile) {
  const cell = page.locator('c-contact-map td[role="gridcell"]:not(.cp-grade_blank)').first();
  await cell.click();
  const current = (await cell.innerText()).trim();
  const target = current === 'T' ? 'O' : 'T';
  await page.evaluate(() => {
    // Found once, before the click: a deep walk of the page's shadow roots costs ~10 ms, and inside the loop below it
    // was counted in every frame's figure. Per frame only the text of these few elements is read.
    const watched = window.__deepAll(document, 'c-contact-map-summary, c-coverage-warnings');
    const signature = () => watched.map((el) => el.shadowRoot?.textContent ?? '').join('|');
    const before = signature();
    window.__edit = new Promise((resolve) => {
      window.addEventListener(
        'click',
        () => {
          const start = performance.now();
          const check = () => {
            if (signature() !== before) resolve(performance.now() - start);
            else if (performance.now() - start > 5000) resolve(NaN);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  });
  if (profile) await profile.start(page);
  await page.locator(`c-contact-map .cp-popover button[data-grade="${target}"]`).click();
  const ms = await page.evaluate(() => window.__edit);
  if (profile) await profile.stop('edit');
  return ms;
}

function summary(values) {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Records a CPU profile (Chrome DevTools protocol) of a load or an edit into `dir` as NAME-ACTIVITIES.cpuprofile. */
function profiler(dir, activities) {
  let session;
  return {
    async start(page) {
      session = await page.context().newCDPSession(page);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
    },
    async stop(name) {
      const { profile } = await session.send('Profiler.stop');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${name}-${activities}.cpuprofile`), JSON.stringify(profile));
      await session.detach();
    },
  };
}

export async function benchPageReady({ runs = 5, build = true, profileDir } = {}) {
  const org = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  const [showcase] = org.store.query(
    "SELECT OwnerId, Owner.Username FROM Account WHERE Name = 'Brightwater Logistics'",
  );
  const owner = String(showcase.OwnerId);
  const account = addAccount(org, owner);
  const browser = await launchChromium();
  const results = [];
  let preview;
  let added = 0;
  try {
    for (const activities of [2000, 20000]) {
      addActivities(org, account, added, activities);
      added = activities;
      await syncDemoOrg(org);
      preview ??= await startPreview({
        org: { instanceUrl: org.instanceUrl, ...org.credentials, username: showcase.Owner.Username },
        recordId: account.accountId,
        build,
      });
      const cells = Number(
        org.store.query(`SELECT Id FROM Relationship__c WHERE Account__c = '${account.accountId}'`).length,
      );
      const ready = [];
      const navigation = [];
      const waits = [];
      const client = [];
      const edits = [];
      let load;
      for (let run = 0; run < runs; run += 1) {
        // The last run of each size is profiled when asked, so the timed runs before it stay unobserved.
        const profile = profileDir && run === runs - 1 ? profiler(profileDir, activities) : undefined;
        load = await loadOnce(browser, preview.url, CONTACTS * MEMBERS, profile);
        if (!profile) {
          ready.push(load.ready.data);
          waits.push(load.ready.org);
          client.push(load.ready.data - load.ready.org);
          navigation.push(load.ready.navigation);
        }
        const edit = await editOnce(load.page, profile);
        if (!profile) edits.push(edit);
        await load.page.close();
      }
      results.push({
        activities,
        cells,
        ready: summary(ready),
        navigation: summary(navigation),
        org: summary(waits),
        client: summary(client),
        lists: load.graphql.map((r) => r.names.join('+')),
        edit: summary(edits),
        requests: load.graphql.length,
        subqueries: load.graphql.reduce((sum, r) => sum + r.subqueries, 0),
        rows: load.graphql.reduce((sum, r) => sum + r.rows, 0),
      });
    }
  } finally {
    await browser.close();
    await preview?.close();
    await org.stop();
  }
  return { runs, results };
}

export function printPageReady(result) {
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  console.log(
    `page ready against the emulator: ${CONTACTS} contacts × ${MEMBERS} members, synced, headless Chromium, ` +
      `${result.runs} loads each`,
  );
  for (const r of result.results) {
    console.log(
      `  ${String(r.activities).padStart(6)} tasks+events: page ready median ${fmt(r.ready.median)} ` +
        `(min ${fmt(r.ready.min)}, max ${fmt(r.ready.max)}; budget 300 ms; of which waiting on the emulator's ` +
        `GraphQL answers ${fmt(r.org.median)}, in the page ${fmt(r.client.median)}; ` +
        `from navigation, with the preview's ` +
        `5 MB framework bundle: ${fmt(r.navigation.median)}); ` +
        `edit → warnings and score median ${fmt(r.edit.median)} (max ${fmt(r.edit.max)}; budget 16 ms); ` +
        `GraphQL per load: ${r.requests} request(s), ${r.subqueries} subqueries, ${r.rows} rows (${r.cells} pairs): ` +
        r.lists.join(', '),
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
  const profileDir = args.includes('--profile') ? path.resolve('artifacts/profiles') : undefined;
  benchPageReady({ runs: profileDir ? runs + 1 : runs, build: !args.includes('--no-build'), profileDir })
    .then(printPageReady)
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
