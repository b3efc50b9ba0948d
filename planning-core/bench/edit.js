// Micro-benchmark of a rep's edit on the Account page (issue #12): the full analysis of the edited plan
// (analyzeTypedPlan) against the re-analysis from the plan before it (reanalyzeTypedPlan), on an account shaped like
// the page benchmark's (preview/bench/pageReady.mjs): 100 contacts × 20 members, a third of the pairs graded, the
// evidence of 2,000 (or --activities N) tasks and events as the sync's per-pair summaries, a Relationship record for
// every touched pair. Prints figures; it is not a pass/fail test.
//   node planning-core/bench/edit.js [--edits 300] [--activities 2000]
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// Build first (incremental, quick when nothing changed) so the figures never come from a stale dist.
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', root], { stdio: 'inherit' });
const { addDays, analyzeTypedPlan, reanalyzeTypedPlan, summarizeEvidence } = require(path.join(root, 'dist/index.js'));

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Park–Miller generator, the page benchmark's, so every run times the same account and edits. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const AS_OF = '2026-12-01';
const GRADES = ['T', 'O', 'S', 'S', 'I', 'D', 'M'];

function benchPlan(activities) {
  const next = random(11);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const contacts = Array.from({ length: 100 }, (_, i) => ({
    id: `003B${String(i).padStart(3, '0')}`,
    name: `Bench Contact ${String(i).padStart(3, '0')}`,
    title: 'Manager',
    department: ['Finance', 'IT', 'Operations', 'Procurement', 'Strategy'][i % 5],
    seniority: ['Executive', 'VP', 'Director', 'Manager', 'Staff'][i % 5],
    roles: [['Power'], ['User'], ['Advisor'], ['Evangelist'], []][i % 5],
  }));
  const members = Array.from({ length: 20 }, (_, i) => ({
    id: `005B${String(i).padStart(3, '0')}`,
    name: `Bench Member ${i}`,
    title: 'Account Executive',
  }));
  const byPair = new Map();
  for (const contact of contacts) {
    for (const member of members) {
      if (next() > 0.33) continue;
      const graded = { grade: pick(GRADES), gradedOn: addDays(AS_OF, -Math.floor(next() * 300)) };
      byPair.set(`${contact.id}:${member.id}`, { contactId: contact.id, memberId: member.id, ...graded });
    }
  }
  const touches = Array.from({ length: activities }, () => ({
    contactId: pick(contacts).id,
    memberId: pick(members).id,
    date: addDays(AS_OF, -Math.floor(next() * 400)),
    kind: pick(['meeting', 'call', 'email']),
  }));
  for (const { contactId, memberId } of touches) {
    const key = `${contactId}:${memberId}`;
    if (!byPair.has(key)) byPair.set(key, { contactId, memberId });
  }
  const plan = {
    accountId: '001B',
    asOf: AS_OF,
    contacts,
    members,
    relationships: [...byPair.values()],
    touches,
    blueprints: [],
    opportunities: [],
  };
  return { ...plan, touches: [], evidence: summarizeEvidence(plan) };
}

/** The plan with one relationship replaced, as the page's withRelationship makes it. */
function withGrade(plan, at, grade) {
  const relationships = [...plan.relationships];
  relationships[at] = { ...relationships[at], grade, gradedOn: AS_OF };
  return { ...plan, relationships };
}

function figures(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
  return `median ${at(0.5).toFixed(3)} ms, p90 ${at(0.9).toFixed(3)} ms, max ${sorted[sorted.length - 1].toFixed(3)} ms`;
}

function main() {
  const edits = option('edits', 300);
  const plan = benchPlan(option('activities', 2000));
  const next = random(7);
  // Warm up both paths, then time the same chain of edits each way.
  let state = reanalyzeTypedPlan(undefined, plan);
  for (let i = 0; i < 30; i += 1) analyzeTypedPlan(plan);
  const chain = [];
  let edited = plan;
  for (let i = 0; i < edits; i += 1) {
    edited = withGrade(edited, Math.floor(next() * edited.relationships.length), GRADES[i % GRADES.length]);
    chain.push(edited);
  }
  for (const warm of chain.slice(0, 30)) state = reanalyzeTypedPlan(state, warm);
  state = reanalyzeTypedPlan(undefined, plan);

  const full = [];
  const incremental = [];
  let same = 0;
  for (const step of chain) {
    let started = process.hrtime.bigint();
    const expected = analyzeTypedPlan(step);
    full.push(Number(process.hrtime.bigint() - started) / 1e6);
    started = process.hrtime.bigint();
    state = reanalyzeTypedPlan(state, step);
    incremental.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (JSON.stringify(state.analysis) === JSON.stringify(expected)) same += 1;
  }
  const { analysis } = state;
  console.log(
    `edit re-analysis: 100 contacts × 20 members, ${plan.relationships.length} relationships, ` +
      `${analysis.cells.length} cells, ${analysis.warnings.length} warnings; ${edits} grade edits in a chain`,
  );
  console.log(`  analyzeTypedPlan (full):         ${figures(full)}`);
  console.log(`  reanalyzeTypedPlan (incremental): ${figures(incremental)}`);
  console.log(`  same JSON: ${same} of ${edits}`);
}

main();
