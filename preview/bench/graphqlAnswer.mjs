// UI benchmark, the org's share of page ready: the emulator's answer to the Account page's own GraphQL query (the text
// the LWCs send, from contactPlanData/query.js) for the page benchmark's account (100 contacts × 20 members, synced
// once by the real pipeline) with 2,000 and 20,000 tasks and events, asked as the rep over loopback HTTP, then the
// trend's query again once the account has a year of nightly history (warnings that opened and were resolved, written
// on the days the sync resolved them). Prints wall and CPU time per answer (the emulator runs in this process), rows
// and size, summed over every page a list needs (the LWCs ask the whole query again with the list's cursor).
//   node preview/bench/graphqlAnswer.mjs [--runs 20]
import { parse, visit } from 'graphql';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@contact-plan/emulator';
import { addAccount, addActivities } from './benchOrg.mjs';
import { syncDemoOrg } from '../../scripts/demo-org.mjs';

register('../e2e/lwcModuleHooks.mjs', import.meta.url);
const { ACCOUNT_PLAN_QUERY, PAGE_CURSORS } = await import('../../force-app/main/default/lwc/contactPlanData/query.js');
const { COVERAGE_TREND_QUERY, TREND_LISTS, trendVariables } =
  await import('../../force-app/main/default/lwc/coverageTrend/query.js');

/** Days of history `addHistory` writes, and the warnings resolved on each of them. */
const HISTORY_DAYS = 365;
const RESOLVED_A_DAY = 10;
const HISTORY_RULES = ['BELOW_SATISFIED', 'SINGLE_THREADED', 'STALE_GRADE', 'FEW_OPEN', 'SENIOR_GAP'];

const daysBefore = (day, days) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A year of the account's nightly syncs before today: each night some warnings, open for a few days, were resolved
 * (written as that run wrote them: the org's clock moved to it). Keys of their own, so today's sync never meets them.
 */
function addHistory(org, accountId) {
  const { now, pinned, today } = org.clock.state();
  const [contact] = org.store.query(`SELECT Id FROM Contact WHERE AccountId = '${accountId}' LIMIT 1`);
  for (let ago = HISTORY_DAYS; ago >= 1; ago -= 1) {
    const day = daysBefore(today, ago);
    org.clock.reset({ now: `${day}T02:30:00.000Z`, pinned: true });
    for (let i = 0; i < RESOLVED_A_DAY; i += 1) {
      org.store.insert('Coverage_Warning__c', {
        Account__c: accountId,
        Warning_Key__c: `bench-history:${accountId}:${ago}:${i}`,
        Rule__c: HISTORY_RULES[i % HISTORY_RULES.length],
        Severity__c: 'medium',
        Message__c: 'Resolved by a nightly sync of the benchmark history.',
        Contact__c: contact?.Id ?? null,
        Status__c: 'Resolved',
        First_Seen__c: daysBefore(day, 1 + (i % 7)),
        Last_Seen__c: daysBefore(day, 1),
      });
    }
  }
  org.clock.reset({ now, pinned });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Subqueries of a query text as the emulator counts them: every list (a field with `edges`) and every semi-join. */
function subqueriesOf(text) {
  let count = 0;
  visit(parse(text), {
    Field: (node) => {
      if (node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'edges')) count += 1;
    },
    ObjectField: (node) => {
      if (node.name.value === 'inq' || node.name.value === 'ninq') count += 1;
    },
  });
  return count;
}

async function repToken(org, username) {
  const login = await fetch(`${org.instanceUrl}/services/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      username,
      password: org.credentials.password,
      client_id: org.credentials.clientId,
      client_secret: org.credentials.clientSecret,
    }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return (await login.json()).access_token;
}

export async function benchGraphqlAnswer({ runs = 20 } = {}) {
  const org = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  const results = [];
  try {
    const [showcase] = org.store.query(
      "SELECT OwnerId, Owner.Username FROM Account WHERE Name = 'Brightwater Logistics'",
    );
    const account = addAccount(org, String(showcase.OwnerId));
    const token = await repToken(org, showcase.Owner.Username);
    const today = org.clock.today();
    // The page's two queries, asked together on every load: the plan's (the map and the panels beside it) and the
    // coverage trend's, with the variables each component sends.
    const queries = {
      plan: { query: ACCOUNT_PLAN_QUERY, lists: PAGE_CURSORS, variables: { accountId: account.accountId } },
      trend: { query: COVERAGE_TREND_QUERY, lists: TREND_LISTS, variables: trendVariables(account.accountId, today) },
    };
    const subqueries = { plan: subqueriesOf(ACCOUNT_PLAN_QUERY), trend: subqueriesOf(COVERAGE_TREND_QUERY) };
    const post = async (body) => {
      const response = await fetch(`${org.instanceUrl}/services/data/v${org.apiVersion}/graphql`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
      });
      return response.text();
    };
    /** Every page of `query`: the first, then again with a list's cursor while a paged list has more. */
    const ask = async ({ query, lists, variables }) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const cursors = Object.fromEntries(Object.values(lists).map((name) => [name, null]));
      const answer = { bytes: 0, rows: 0, errors: 0, pages: 0 };
      for (;;) {
        const text = await post(JSON.stringify({ query, variables: { ...variables, ...cursors } }));
        const data = JSON.parse(text);
        const found = data.data?.uiapi?.query ?? {};
        answer.pages += 1;
        answer.bytes += text.length;
        answer.rows += Object.values(found).reduce((sum, list) => sum + (list?.edges?.length ?? 0), 0);
        answer.errors += data.errors?.length ?? 0;
        answer.error ??= data.errors?.[0]?.message;
        const more = Object.entries(lists).find(([object]) => found[object]?.pageInfo?.hasNextPage);
        if (!more || answer.errors) break;
        cursors[more[1]] = found[more[0]].pageInfo.endCursor;
      }
      const used = process.cpuUsage(cpu);
      return { ...answer, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
    };
    const measure = async (stage, name) => {
      for (let i = 0; i < 3; i += 1) await ask(queries[name]);
      const answers = [];
      for (let i = 0; i < runs; i += 1) answers.push(await ask(queries[name]));
      results.push({ stage, name, answers, subqueries: subqueries[name] });
    };
    let added = 0;
    for (const activities of [2000, 20000]) {
      addActivities(org, account, added, activities);
      added = activities;
      await syncDemoOrg(org);
      for (const name of Object.keys(queries)) await measure(`${String(activities).padStart(6)} tasks+events`, name);
    }
    addHistory(org, account.accountId);
    await measure(` a year of history (${HISTORY_DAYS * RESOLVED_A_DAY} resolved warnings)`, 'trend');
  } finally {
    await org.stop();
  }
  return { runs, results };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 20;
  benchGraphqlAnswer({ runs })
    .then(({ results }) => {
      console.log(`the page's GraphQL answers (emulator, loopback HTTP, as the rep), ${runs} runs after 3 warm-up`);
      for (const { stage, name, answers, subqueries } of results) {
        const times = answers.map((a) => a.ms);
        const last = answers[answers.length - 1];
        console.log(
          `  ${stage}, ${name.padEnd(5)} query: median ${median(times).toFixed(1)} ms ` +
            `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}), ` +
            `CPU median ${median(answers.map((a) => a.cpuMs)).toFixed(1)} ms; ` +
            `${subqueries} subqueries, ${last.rows} rows, ${Math.round(last.bytes / 1024)} KiB, ${last.pages} ${last.pages === 1 ? 'page' : 'pages'}, ` +
            `${last.errors} errors${last.error ? ` (${last.error})` : ''}`,
        );
      }
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
