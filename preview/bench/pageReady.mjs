/* global window, document, requestAnimationFrame, requestIdleCallback -- functions passed to page.addInitScript / page.evaluate run in the browser */
// UI benchmark, whole page against the emulator: an account of 100 contacts × 20 members with 2,000 and then 20,000
// tasks and events, synced once by the real pipeline, served by the preview (the rep's session relays to the org); the
// org and the preview run in a child process (benchOrg.mjs), apart from this process' browser driver.
// Measures page ready (the page's first GraphQL request → data over the preview's GraphQL → analysis → every cell of
// the map in the DOM; then every panel beside the map filled, a frame or more later; also from navigation, which adds
// loading the preview's framework bundle, already loaded in Lightning), a
// grade edit to the updated score strip and warnings in the DOM, and counts GraphQL requests, subqueries and rows.
// The edit's figure holds only the page's work: the score strip and the warnings are found before the click, and each
// frame after it reads just their text (no walk of the page's shadow roots inside the measured time).
//   node preview/bench/pageReady.mjs [--runs 5] [--no-build] [--profile]
// --profile adds one more load and two edits per size (the page's first and next), recorded as CPU profiles in artifacts/profiles (open them in
// Chromium's DevTools, Performance panel).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../browser.mjs';
import { startBenchOrg } from './benchOrg.mjs';

const CONTACTS = 100;
const MEMBERS = 20;

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
export async function loadOnce(browser, url, cells, profile) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  if (profile) await profile.start(page);
  const graphql = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    try {
      const body = await response.json();
      const lists = Object.values(body.data?.uiapi?.query ?? {});
      // A semi-join filter (the plan query's User list) is a subquery too, as the emulator counts it.
      let text = '';
      try {
        text = String(response.request().postDataJSON()?.query ?? '');
      } catch {
        // A request body that is not JSON has no query text to count semi-joins in.
      }
      const semiJoins = (text.match(/\b(inq|ninq):/g) ?? []).length;
      graphql.push({
        names: Object.keys(body.data?.uiapi?.query ?? {}),
        subqueries: lists.length + semiJoins,
        rows: lists.reduce((sum, list) => sum + (list?.edges?.length ?? 0), 0),
      });
    } catch {
      graphql.push({ names: [], subqueries: 0, rows: 0 });
    }
  });
  await page.addInitScript(DEEP_QUERY);
  // Synthetic shadow (the page's, as on the platform) replaces MutationObserver with one that filters every record by
  // shadow tree; the edit's watch below costs the page ~3 ms that way. The browser's own observer, kept before the
  // page's code runs, watches the panels' hosts: their shadow trees are their children under synthetic shadow.
  await page.addInitScript('window.__nativeMutationObserver = window.MutationObserver;');
  await page.addInitScript((count) => {
    // The panels beside the map: filled once its state component shows no spinner (found once, after the map showed).
    const panelsLoading = (panels) =>
      panels.some((panel) =>
        panel.shadowRoot?.querySelector('c-contact-plan-state')?.shadowRoot?.querySelector('lightning-spinner'),
      );
    // Watches the page from now until the map shows `cells` cells (or its windowed rows), then until every panel
    // beside it is filled; times count from the page's first GraphQL request after the watch began.
    window.__watch = (cells = count) =>
      new Promise((resolve) => {
        let ready;
        let panels;
        const check = () => {
          const app = document.querySelector('preview-app')?.shadowRoot;
          if (ready) {
            if (!panelsLoading(panels)) resolve({ ...ready, filled: performance.now() - ready.asked });
            else requestAnimationFrame(check);
            return;
          }
          const map = app?.querySelector('c-contact-map');
          const shown = map?.shadowRoot?.querySelectorAll('td[role="gridcell"]').length ?? 0;
          const asked = performance.getEntriesByName('lds:graphql-request')[0];
          if (!asked) {
            requestAnimationFrame(check);
            return;
          }
          // A tall map renders the rows in view, all in one go (it then carries aria-rowcount): see renderMap.mjs.
          const windowed = map?.shadowRoot?.querySelector('table[aria-rowcount]');
          if (shown > 0 && (shown >= cells || windowed)) {
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
            ready = {
              navigation: performance.now(),
              data: performance.now() - asked.startTime,
              org: waited,
              asked: asked.startTime,
            };
            panels = [
              ...app.querySelectorAll(
                'c-coverage-warnings, c-contact-plan-suggestions, c-contact-blueprint, c-coverage-trend',
              ),
            ];
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    window.__ready = window.__watch();
  }, cells);
  await page.goto(url);
  const ready = await page.evaluate(() =>
    Promise.race([
      window.__ready,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no map in 30 s')), 30000)),
    ]),
  );
  if (profile) await profile.stop('load');
  // The rep's first edit comes once the page has settled: the trend asks for its query after the first paint, and
  // an edit timed while that answer is handled measured the load's leftovers too.
  await untilIdle(page);
  // What the load asked for, taken now: the edit that follows saves a record, and the wires then read the plan again.
  return { page, ready, graphql: [...graphql] };
}

/** Resolves once the page had a quiet animation frame's worth of idle time (40 ms or more free), at most in 5 s. */
function untilIdle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const started = performance.now();
        const wait = () =>
          requestIdleCallback((deadline) => {
            if (deadline.timeRemaining() >= 40 || performance.now() - started > 5000) resolve();
            else wait();
          });
        wait();
      }),
  );
}

/**
 * The rep goes to another account and back in the same tab (Lightning Experience keeps the framework and the
 * components' code loaded from record to record): the bench account's page ready, timed as `loadOnce` times it.
 */
async function openAgain(page, otherId, accountId) {
  const open = (recordId, cells) =>
    page.evaluate(
      ([id, count]) => {
        performance.clearMarks('lds:graphql-request');
        performance.clearResourceTimings();
        const watched = window.__watch(count);
        window.previewOpenRecord(id);
        return Promise.race([
          watched,
          new Promise((_, reject) => setTimeout(() => reject(new Error('no map in 30 s')), 30000)),
        ]);
      },
      [recordId, cells],
    );
  await open(otherId, 1);
  await page.waitForTimeout(200);
  return open(accountId, CONTACTS * MEMBERS);
}

/**
 * A grade edit: from the click on the new grade to the first frame whose score strip and warnings differ from before
 * (the click handler, the core's re-analysis and the re-render all fall inside). Returns { ms, work: click to
 * the panels' last DOM change }.
 */
export async function editOnce(page, profile) {
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
          // When the watched panels' DOM last changed before the frame that shows the edit: the page's own work (the
          // rest of the figure is the wait for that frame to begin).
          let changed = NaN;
          const observer = new window.__nativeMutationObserver(() => {
            changed = performance.now() - start;
          });
          for (const el of watched) {
            observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
          }
          const check = () => {
            if (signature() !== before) {
              observer.disconnect();
              resolve({ ms: performance.now() - start, work: changed });
            } else if (performance.now() - start > 5000) resolve({ ms: NaN, work: NaN });
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
  const edit = await page.evaluate(() => window.__edit);
  if (profile) await profile.stop();
  return edit;
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
  const org = await startBenchOrg({ build });
  const results = [];
  let browser;
  try {
    for (const activities of [2000, 20000]) {
      const { cells, url, accountId, otherId } = await org.sync(activities);
      // Each size gets a browser of its own: in one browser for both, the larger account's edits ran after ten pages
      // of the smaller one had been opened and closed, and measured that browser's state as much as the account.
      await browser?.close();
      browser = await launchChromium();
      const ready = [];
      const navigation = [];
      const waits = [];
      const filled = [];
      const client = [];
      const edits = [];
      const editWork = [];
      const nextEdits = [];
      const nextWork = [];
      const again = { ready: [], org: [], filled: [] };
      let load;
      for (let run = 0; run < runs; run += 1) {
        // The last run of each size is profiled when asked, so the timed runs before it stay unobserved.
        const profile = profileDir && run === runs - 1 ? profiler(profileDir, activities) : undefined;
        load = await loadOnce(browser, url, CONTACTS * MEMBERS, profile);
        if (!profile) {
          ready.push(load.ready.data);
          waits.push(load.ready.org);
          client.push(load.ready.data - load.ready.org);
          navigation.push(load.ready.navigation);
          filled.push(load.ready.filled);
        }
        const edit = await editOnce(load.page, profile && { start: profile.start, stop: () => profile.stop('edit') });
        if (profile) {
          // The next edit too: the first one of a page runs the edit path's code for the first time.
          await load.page.waitForTimeout(600);
          await editOnce(load.page, { start: profile.start, stop: () => profile.stop('edit-next') });
        } else {
          edits.push(edit.ms);
          editWork.push(edit.work);
          // The rep's next edit on the same page, once the first is saved and read back.
          await load.page.waitForTimeout(600);
          const next = await editOnce(load.page);
          nextEdits.push(next.ms);
          nextWork.push(next.work);
          const reopened = await openAgain(load.page, otherId, accountId);
          again.ready.push(reopened.data);
          again.org.push(reopened.org);
          again.filled.push(reopened.filled);
        }
        await load.page.close();
      }
      results.push({
        activities,
        cells,
        ready: summary(ready),
        navigation: summary(navigation),
        filled: summary(filled),
        again: { ready: summary(again.ready), org: summary(again.org), filled: summary(again.filled) },
        org: summary(waits),
        client: summary(client),
        lists: load.graphql.map((r) => r.names.join('+')),
        edit: summary(edits),
        editWork: summary(editWork),
        nextEdit: summary(nextEdits),
        nextWork: summary(nextWork),
        requests: load.graphql.length,
        subqueries: load.graphql.reduce((sum, r) => sum + r.subqueries, 0),
        rows: load.graphql.reduce((sum, r) => sum + r.rows, 0),
      });
    }
  } finally {
    await browser?.close();
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
        `every panel beside the map filled ${fmt(r.filled.median)}; ` +
        `from navigation, with the preview's ` +
        `5 MB framework bundle: ${fmt(r.navigation.median)}); ` +
        `opened again in the same tab (Lightning Experience keeps the code loaded): page ready median ` +
        `${fmt(r.again.ready.median)} (min ${fmt(r.again.ready.min)}, max ${fmt(r.again.ready.max)}; waiting on ` +
        `GraphQL ${fmt(r.again.org.median)}; every panel filled ${fmt(r.again.filled.median)}); ` +
        `edit → warnings and score median ${fmt(r.edit.median)} (max ${fmt(r.edit.max)}; budget 16 ms: one frame), ` +
        `of which the page's work (click to the panels' last DOM change) median ${fmt(r.editWork.median)}; ` +
        `the next edit on the same page median ${fmt(r.nextEdit.median)} (max ${fmt(r.nextEdit.max)}; page's work ` +
        `${fmt(r.nextWork.median)}); ` +
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
