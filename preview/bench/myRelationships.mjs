/* global window, document, requestAnimationFrame -- functions passed to page.addInitScript / page.evaluate run in the browser */
// UI benchmark: My relationships for a rep on 50 accounts with 2,000 relationships (their blueprints and warnings),
// in headless Chromium, from the GraphQL answer reaching the component to the first frame that shows its rows.
//   node preview/bench/myRelationships.mjs [--runs 7] [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../browser.mjs';
import { startPreview } from '../server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const artifacts = path.resolve(here, '../../artifacts');
export const ACCOUNTS = 50;
export const RELATIONSHIPS = 2000;
const REP = '005000000000001AAA';
const GRADES = ['T', 'O', 'S', 'S', 'S', 'S', 'I', 'D', 'M', 'O'];

const id = (prefix, n) => `${prefix}${String(n).padStart(12, '0')}AAA`;
const v = (value) => ({ value });
const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const connection = (nodes) => ({ edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false } });

/** A deterministic answer: 40 relationships on each of 50 accounts, a blueprint on every key one, some warnings. */
export function syntheticRelationships({ today = new Date().toISOString().slice(0, 10) } = {}) {
  const relationships = [];
  const blueprints = [];
  const warnings = [];
  for (let n = 0; n < RELATIONSHIPS; n += 1) {
    const account = n % ACCOUNTS;
    const grade = GRADES[n % GRADES.length];
    const key = n % 7 === 0;
    const manual = ['T', 'O', 'S'].includes(grade);
    relationships.push({
      Id: id('a00', n + 1),
      Account__c: v(id('001', account + 1)),
      Account__r: { Name: v(`Account ${String(account + 1).padStart(2, '0')}`) },
      Contact__c: v(id('003', n + 1)),
      Contact__r: { Name: v(`Contact ${n + 1}`), Title: v(n % 3 ? 'Director of Operations' : 'VP Finance') },
      Grade__c: v(manual ? grade : null),
      Effective_Grade__c: v(grade),
      Key_Intersection__c: v(key),
      Last_Touch__c: v(addDays(today, -(n % 120))),
      Grade_Drops_On__c: v(manual ? addDays(today, (n * 13) % 90) : null),
    });
    if (key) {
      blueprints.push({
        Id: id('a01', n + 1),
        Relationship__c: v(id('a00', n + 1)),
        Goal_Grade__c: v('T'),
        Due_Date__c: v(addDays(today, (n % 40) - 10)),
        Status__c: v('active'),
      });
    }
    if (n % 25 === 0) {
      warnings.push({
        Id: id('a02', n + 1),
        Account__c: v(id('001', account + 1)),
        Rule__c: v(n % 50 === 0 ? 'CONTACT_LEFT' : 'STALE_GRADE'),
        Severity__c: v('high'),
        Message__c: v(`Contact ${n + 1} needs attention.`),
        Contact__c: v(id('003', n + 1)),
        Team_Member__c: v(n % 50 === 0 ? null : REP),
      });
    }
  }
  return {
    uiapi: {
      query: {
        Relationship__c: connection(relationships),
        Contact_Blueprint__c: connection(blueprints),
        Coverage_Warning__c: connection(warnings),
      },
    },
  };
}

async function measureOnce(browser, url, answer) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.route('**/services/data/v*/graphql', (route) => route.fulfill({ json: { data: answer } }));
  await page.addInitScript(() => {
    // Polls every frame after the GraphQL mark until the list shows the rows its title promises (or its cap).
    window.__listRendered = new Promise((resolve) => {
      const check = () => {
        const mark = performance.getEntriesByName('lds:graphql-emit')[0];
        const card = document.querySelector('preview-app')?.shadowRoot?.querySelector('c-my-relationships');
        const root = card?.shadowRoot;
        const rows = root?.querySelectorAll('li.cp-row').length ?? 0;
        const summary = root?.querySelector('.cp-summary');
        const more = root?.querySelector('button.cp-show-all');
        const total = Number((more?.textContent.match(/\d+/) ?? [rows])[0]);
        if (mark && summary && rows > 0) {
          const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
          resolve({
            total: performance.now() - mark.startTime,
            handler: at('lds:graphql-delivered') - mark.startTime,
            rows,
            needing: total,
          });
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await page.goto(url);
  const ms = await page.evaluate(() =>
    Promise.race([
      window.__listRendered,
      new Promise((_, reject) => setTimeout(() => reject(new Error('My relationships did not render in 20 s')), 20000)),
    ]),
  );
  return { ms, page };
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

export async function benchMyRelationships({ runs = 7, build = true } = {}) {
  const preview = await startPreview({ org: {}, recordId: '001000000000001AAA', userId: REP, build });
  const browser = await launchChromium();
  const answer = syntheticRelationships();
  const results = {};
  try {
    // As the app page places it (50 rows before Show all), and with every row that needs the rep rendered.
    for (const [name, url] of [
      ['page', `${preview.url}?page=my-relationships`],
      ['all', `${preview.url}?page=my-relationships&maxRows=0`],
    ]) {
      const parts = [];
      for (let run = 0; run < runs; run += 1) {
        const { ms, page } = await measureOnce(browser, url, answer);
        parts.push(ms);
        if (run === runs - 1) {
          fs.mkdirSync(artifacts, { recursive: true });
          await page.screenshot({ path: path.join(artifacts, `bench-my-relationships-${name}.png`) });
        }
        await page.close();
      }
      results[name] = {
        ...summary(parts.map((p) => p.total)),
        handler: summary(parts.map((p) => p.handler)).median,
        rows: parts[0].rows,
      };
    }
  } finally {
    await browser.close();
    await preview.close();
  }
  return { runs, ...results };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
  benchMyRelationships({ runs, build: !args.includes('--no-build') })
    .then((result) => {
      const fmt = (ms) => `${ms.toFixed(1)} ms`;
      const line = (label, s) =>
        `${label}: median ${fmt(s.median)} (min ${fmt(s.min)}, max ${fmt(s.max)}); ${s.rows} rows shown; ` +
        `of which reading and sorting ${fmt(s.handler)}`;
      console.log(
        `My relationships, ${RELATIONSHIPS} relationships on ${ACCOUNTS} accounts, headless Chromium, ${result.runs} runs each (budget 500 ms)`,
      );
      console.log(`  ${line('as placed (50 rows, then Show all)', result.page)}`);
      console.log(`  ${line('every row that needs the rep', result.all)}`);
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
