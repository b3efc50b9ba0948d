// How the coverage score spreads over a synthetic org (docs/method.md §1.5, "The coverage score").
//   npm run score:distribution [-- --dataset m] [--seed 1] [--settings file.json]
// Generates the org with the emulator's generator, reads each account's records the way the sync's extract stage
// queries them, assembles the plans with the sync's own `assemble`, analyzes them with the sync's analyze stage (the
// planning core, unchanged), and prints: accounts at the floor (0) and at the ceiling (100), quantiles, the
// histogram by decile, the Spearman rank correlation between score and number of contacts, and, on the demo
// account, the score before and after fixing each of its critical warnings. Prints figures; it is not a test.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');

const ROOT = path.join(__dirname, '..');
const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'm' },
    seed: { type: 'string', default: '1' },
    settings: { type: 'string' },
  },
});

// Build first (incremental, quick when nothing changed) so the figures never come from a stale dist.
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, stdio: 'inherit' });
const { generateDataset, SHOWCASE_ACCOUNT_NAME } = require(path.join(ROOT, 'tools/org-emulator/dist/data/index.js'));
const { assemble } = require(path.join(ROOT, 'sync-service/dist/pipeline/assemble.js'));
const { analyzeAccounts } = require(path.join(ROOT, 'sync-service/dist/pipeline/analyze.js'));
const core = require(path.join(ROOT, 'planning-core/dist/index.js'));

const settings = args.settings ? JSON.parse(fs.readFileSync(args.settings, 'utf8')) : undefined;
const resolved = core.resolveSettings(settings);

/** The batch sources of every account of a dataset, filtered as the extract stage's queries filter them. */
function batchSources(dataset) {
  const records = dataset.records;
  const rows = (object) => records[object] ?? [];
  return {
    asOf: dataset.asOf,
    accountIds: rows('Account').map((account) => account.Id),
    accounts: rows('Account'),
    contacts: rows('Contact'),
    accountTeam: rows('AccountTeamMember'),
    opportunities: rows('Opportunity'),
    opportunityTeam: rows('OpportunityTeamMember'),
    contactRoles: rows('OpportunityContactRole'),
    tasks: rows('Task').filter((task) => task.TaskSubtype === 'Call' || task.TaskSubtype === 'Email'),
    events: rows('Event'),
    eventRelations: rows('EventRelation'),
    taskRelations: rows('TaskRelation'),
    contactRelations: rows('AccountContactRelation').filter((relation) => relation.IsDirect === false),
    relatedContacts: [],
    users: rows('User'),
    relationships: rows('Relationship__c'),
    blueprints: rows('Contact_Blueprint__c'),
    warnings: rows('Coverage_Warning__c').filter((warning) => warning.Status__c === 'Open'),
    snapshots: rows('Coverage_Snapshot__c').filter((snapshot) => snapshot.As_Of__c === dataset.asOf),
  };
}

/** Plans and analyses of a dataset's accounts, through the sync's assemble and analyze stages. */
function analyzeDataset(name) {
  const dataset = generateDataset(name, Number(args.seed));
  const sources = batchSources(dataset);
  const { accounts } = assemble(sources, {
    recentWindowDays: resolved.touchWindowDays,
    roleMapping: resolved.roleMapping,
    horizonDays: core.evidenceHorizonDays(resolved),
  });
  const { analyzed, failed } = analyzeAccounts(accounts, resolved);
  if (failed.length) console.warn(`${failed.length} accounts refused by the core, first: ${failed[0].reason}`);
  const names = new Map(sources.accounts.map((account) => [account.Id, account.Name]));
  return analyzed.map(({ account, analysis }) => ({
    plan: account.plan,
    analysis,
    name: names.get(account.plan.accountId),
  }));
}

/** Ranks from 1, ties sharing their average rank. */
function ranks(values) {
  const order = values.map((value, index) => [value, index]).sort((a, b) => a[0] - b[0]);
  const result = new Array(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1][0] === order[start][0]) end += 1;
    for (let k = start; k <= end; k += 1) result[order[k][1]] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return result;
}

function pearson(x, y) {
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i += 1) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

const spearman = (x, y) => pearson(ranks(x), ranks(y));
const percent = (count, total) => `${((100 * count) / total).toFixed(1)} %`;

function printDistribution(results) {
  const scores = results.map((result) => result.analysis.score);
  const sorted = [...scores].sort((a, b) => a - b);
  const total = scores.length;
  const quantile = (q) => sorted[Math.min(total - 1, Math.floor(q * total))];
  const deciles = new Array(10).fill(0);
  for (const score of scores) deciles[Math.min(9, Math.floor(score / 10))] += 1;
  const floor = scores.filter((score) => score === 0).length;
  const ceiling = scores.filter((score) => score === 100).length;
  const rho = spearman(
    scores,
    results.map((result) => result.plan.contacts.length),
  );
  console.log(`dataset ${args.dataset} (seed ${args.seed}): ${total} accounts`);
  console.log(`  at the floor (0):     ${floor} (${percent(floor, total)})`);
  console.log(`  at the ceiling (100): ${ceiling} (${percent(ceiling, total)})`);
  console.log(
    `  min ${sorted[0]}, p10 ${quantile(0.1)}, median ${quantile(0.5)}, p90 ${quantile(0.9)}, max ${sorted[total - 1]}`,
  );
  console.log('  by decile:');
  deciles.forEach((count, index) => {
    const label = index === 9 ? '90-100' : `${index * 10}-${index * 10 + 9}`;
    console.log(
      `    ${label.padStart(6)}  ${String(count).padStart(5)}  ${'#'.repeat(Math.round((60 * count) / total))}`,
    );
  });
  const held = (share) => deciles.filter((count) => count >= share * total).length;
  console.log(
    `  deciles holding an account: ${held(1 / total)}; at least 1 %: ${held(0.01)}; at least 5 %: ${held(0.05)}`,
  );
  console.log(`  Spearman rho, score vs number of contacts: ${rho.toFixed(3)}`);
}

/** The plan with one critical warning fixed the way its advice says, one step at a time. */
function fixCritical(plan, warning, analysis) {
  const fixed = structuredClone(plan);
  if (warning.rule === 'BELOW_SATISFIED') {
    const cell = analysis.cells.find((c) => c.contactId === warning.contactId && c.memberId === warning.memberId);
    const up = core.oneLevelUp(cell.effective);
    const existing = fixed.relationships.find(
      (r) => r.contactId === warning.contactId && r.memberId === warning.memberId,
    );
    Object.assign(existing, { grade: up, gradedOn: plan.asOf });
    return { plan: fixed, what: `${cell.effective} -> ${up}` };
  }
  if (warning.rule === 'UNCOVERED_BUYER') {
    // The member the key suggestions name as best placed, meeting them and grading the result S.
    const suggestion = analysis.keySuggestions.find((s) => s.contactId === warning.contactId && s.memberId);
    const memberId = suggestion?.memberId ?? plan.members[0].id;
    fixed.relationships = fixed.relationships.filter(
      (r) => !(r.contactId === warning.contactId && r.memberId === memberId),
    );
    fixed.relationships.push({ contactId: warning.contactId, memberId, grade: 'S', gradedOn: plan.asOf });
    return { plan: fixed, what: `graded S with ${plan.members.find((m) => m.id === memberId).name}` };
  }
  return undefined;
}

function printDemo() {
  const demo = analyzeDataset('demo').find((result) => result.name === SHOWCASE_ACCOUNT_NAME);
  const names = new Map([...demo.plan.contacts, ...demo.plan.members].map((person) => [person.id, person.name]));
  console.log(`\ndemo account ${demo.name}: score ${demo.analysis.score}, ${demo.analysis.warnings.length} warnings`);
  let cumulative = demo.plan;
  for (const warning of demo.analysis.warnings.filter((w) => w.severity === 'critical')) {
    const alone = fixCritical(demo.plan, warning, demo.analysis);
    if (!alone) continue;
    const score = core.analyzeAccount(alone.plan, settings).score;
    console.log(`  fix ${warning.rule} on ${names.get(warning.contactId)} (${alone.what}): score ${score}`);
    cumulative = fixCritical(cumulative, warning, core.analyzeAccount(cumulative, settings)).plan;
  }
  console.log(`  both critical warnings fixed: score ${core.analyzeAccount(cumulative, settings).score}`);
}

printDistribution(analyzeDataset(args.dataset));
printDemo();
