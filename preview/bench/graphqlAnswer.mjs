// UI benchmark, the org's share of page ready: the emulator's answer to the Account page's own GraphQL query (the text
// the LWCs send, from contactPlanData/query.js) for the page benchmark's account (100 contacts × 20 members, synced
// once by the real pipeline) with 2,000 and 20,000 tasks and events, asked as the rep over loopback HTTP. Prints wall
// and CPU time per answer (the emulator runs in this process), rows and size.
//   node preview/bench/graphqlAnswer.mjs [--runs 20]
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse, visit } from 'graphql';
import { startEmulator } from '@contact-plan/emulator';
import { addAccount, addActivities } from './benchOrg.mjs';
import { syncDemoOrg } from '../../scripts/demo-org.mjs';

register('../e2e/lwcModuleHooks.mjs', import.meta.url);
const { ACCOUNT_PLAN_QUERY, PAGE_CURSORS } = await import('../../force-app/main/default/lwc/contactPlanData/query.js');
const { COVERAGE_TREND_QUERY, TREND_LISTS } = await import('../../force-app/main/default/lwc/coverageTrend/query.js');

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
    const firstPage = (query, lists) => {
      const cursors = Object.fromEntries(Object.values(lists).map((name) => [name, null]));
      return JSON.stringify({ query, variables: { accountId: account.accountId, ...cursors } });
    };
    // The page's two queries, asked together on every load: the plan's (the map and the panels beside it) and the
    // coverage trend's.
    const queries = {
      plan: firstPage(ACCOUNT_PLAN_QUERY, PAGE_CURSORS),
      trend: firstPage(COVERAGE_TREND_QUERY, TREND_LISTS),
    };
    const subqueries = { plan: subqueriesOf(ACCOUNT_PLAN_QUERY), trend: subqueriesOf(COVERAGE_TREND_QUERY) };
    const ask = async (body) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const response = await fetch(`${org.instanceUrl}/services/data/v${org.apiVersion}/graphql`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
      });
      const text = await response.text();
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const answer = JSON.parse(text);
      const lists = Object.values(answer.data?.uiapi?.query ?? {});
      return {
        ms,
        cpuMs: (used.user + used.system) / 1000,
        bytes: text.length,
        rows: lists.reduce((sum, list) => sum + (list?.edges?.length ?? 0), 0),
        errors: answer.errors?.length ?? 0,
      };
    };
    let added = 0;
    for (const activities of [2000, 20000]) {
      addActivities(org, account, added, activities);
      added = activities;
      await syncDemoOrg(org);
      for (const [name, body] of Object.entries(queries)) {
        for (let i = 0; i < 3; i += 1) await ask(body);
        const answers = [];
        for (let i = 0; i < runs; i += 1) answers.push(await ask(body));
        results.push({ activities, name, answers, subqueries: subqueries[name] });
      }
    }
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
      for (const { activities, name, answers, subqueries } of results) {
        const times = answers.map((a) => a.ms);
        const last = answers[answers.length - 1];
        console.log(
          `  ${String(activities).padStart(6)} tasks+events, ${name.padEnd(5)} query: median ${median(times).toFixed(1)} ms ` +
            `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}), ` +
            `CPU median ${median(answers.map((a) => a.cpuMs)).toFixed(1)} ms; ` +
            `${subqueries} subqueries, ${last.rows} rows, ${Math.round(last.bytes / 1024)} KiB, ${last.errors} errors`,
        );
      }
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
