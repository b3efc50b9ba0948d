// Benchmark of the planning core (README "Benchmarks": 300,000 cells in under 2 s on one core).
//   npm run bench:core [-- --accounts 1000 --contacts 30 --members 10 --seed 42 --next-moves 3 --summaries]
// Builds a deterministic synthetic plan set in which every contact–member pair is a cell (a Relationship record or
// at least one touch), then times analyzeAccount over all of it, and with --summaries analyzeTypedPlan over the same
// plans in the Account page's shape. Prints figures; it is not a pass/fail test.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const distEntry = path.join(root, 'planning-core/dist/index.js');
// Build first (incremental, quick when nothing changed) so the figures never come from a stale dist.
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'planning-core'], {
  cwd: root,
  stdio: 'inherit',
});
const { analyzeAccount, analyzeTypedPlan, addDays, summarizeEvidence } = require(distEntry);

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Mulberry32: a small seeded PRNG, so every run analyzes the same plans. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AS_OF = '2026-11-20';
const TITLES = [
  'Chief Operating Officer',
  'SVP, Global Supply Chain',
  'Head of Procurement',
  'Sr. Manager',
  'Analyst',
  'Dir. of IT',
  'Team Lead',
];
const MEMBER_TITLES = [
  'Account Executive',
  'Solutions Engineer',
  'VP Sales',
  'Customer Success Manager',
  'Chief Revenue Officer',
];
const DEPARTMENTS = ['Finance', 'IT', 'Operations', 'Procurement', 'Logistics', 'Legal'];
const ROLE_SETS = [[], [], ['Power'], ['User'], ['Advisor'], ['Evangelist'], ['User', 'Advisor']];
// Roughly what a working account looks like: mostly S and O, a few T, some weak grades (T 10%, O 25%, S 40%,
// I 15%, D 7%, M 3%), graded within the last 200 days, so gravity and every rule still get plenty to do.
const GRADES = [
  ...Array(10).fill('T'),
  ...Array(25).fill('O'),
  ...Array(40).fill('S'),
  ...Array(15).fill('I'),
  ...Array(7).fill('D'),
  ...Array(3).fill('M'),
];
const KINDS = ['meeting', 'call', 'email', 'other'];

function syntheticPlan(index, contactsPerAccount, membersPerAccount, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const id = (prefix, n) => `${prefix}${String(index).padStart(5, '0')}${String(n).padStart(4, '0')}`;
  const contacts = Array.from({ length: contactsPerAccount }, (_, n) => ({
    id: id('003', n),
    name: `Contact ${index}-${n}`,
    title: pick(TITLES),
    roles: pick(ROLE_SETS),
    department: pick(DEPARTMENTS),
  }));
  const members = Array.from({ length: membersPerAccount }, (_, n) => ({
    id: id('005', n),
    name: `Member ${index}-${n}`,
    title: pick(MEMBER_TITLES),
  }));
  const relationships = [];
  const touches = [];
  const blueprints = [];
  for (const contact of contacts) {
    for (const member of members) {
      const touchCount = Math.floor(random() * 4);
      for (let t = 0; t < touchCount; t += 1) {
        touches.push({
          contactId: contact.id,
          memberId: member.id,
          date: addDays(AS_OF, -Math.floor(random() * 400)),
          kind: pick(KINDS),
        });
      }
      if (random() < 0.6 || touchCount === 0) {
        const graded = random() < 0.8;
        const key = random() < 0.03;
        relationships.push({
          contactId: contact.id,
          memberId: member.id,
          ...(graded ? { grade: pick(GRADES), gradedOn: addDays(AS_OF, -Math.floor(random() * 200)) } : {}),
          ...(key ? { key: true, horizonDays: 90 } : {}),
        });
        // Keep every pair a cell: an ungraded record without touches still is one.
        if (key && random() < 0.5) {
          blueprints.push({
            contactId: contact.id,
            memberId: member.id,
            goal: pick(GRADES),
            strategies: ['RECIPROCITY'],
            status: 'active',
          });
        }
      }
    }
  }
  const opportunities = Array.from({ length: 3 }, (_, n) => ({
    id: id('006', n),
    stage: pick(['open', 'won', 'lost']),
    closeDate: addDays(AS_OF, Math.floor(random() * 500) - 400),
    memberIds: [pick(members).id, pick(members).id],
    contactRoles: [
      { contactId: pick(contacts).id, role: 'Decision Maker' },
      { contactId: pick(contacts).id, role: 'Technical Buyer' },
    ],
  }));
  return { accountId: id('001', 0), asOf: AS_OF, contacts, members, relationships, touches, blueprints, opportunities };
}

/**
 * The plan as the Account page holds it: every pair a Relationship record, and its evidence as the per-pair
 * summaries the sync writes (the core's own summarizeEvidence) instead of touches; a pair without evidence gets the
 * empty summary (no touch) its record carries.
 */
function withSummaries(plan, settings) {
  const recorded = new Set(plan.relationships.map((r) => `${r.contactId}\u0000${r.memberId}`));
  const relationships = [...plan.relationships];
  for (const contact of plan.contacts) {
    for (const member of plan.members) {
      const pair = `${contact.id}\u0000${member.id}`;
      if (!recorded.has(pair)) relationships.push({ contactId: contact.id, memberId: member.id });
    }
  }
  const summaries = summarizeEvidence(plan, settings);
  const summarized = new Set(summaries.map((s) => `${s.contactId}\u0000${s.memberId}`));
  const evidence = [...summaries];
  for (const r of relationships) {
    if (!summarized.has(`${r.contactId}\u0000${r.memberId}`)) {
      evidence.push({ contactId: r.contactId, memberId: r.memberId, recentTouches: 0 });
    }
  }
  return { ...plan, relationships, touches: [], evidence };
}

/** The plan with one relationship (a different one per account) regraded O on its asOf day. */
function withGradeEdit(plan, index) {
  const relationships = [...plan.relationships];
  const at = index % relationships.length;
  relationships[at] = { ...relationships[at], grade: 'O', gradedOn: plan.asOf };
  return { ...plan, relationships };
}

/**
 * Wall and main-thread CPU of one call, in milliseconds, and its result. Callers keep the figures, not the result:
 * an analysis of a 30 x 10 account is about 390 KB, and holding all of them made the young-generation collector copy
 * every one (a quarter to a third of the main-thread CPU), which the sync, analysing one batch at a time, never pays.
 */
function timed(run) {
  const cpuBefore = process.threadCpuUsage();
  const started = process.hrtime.bigint();
  const result = run();
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.threadCpuUsage(cpuBefore);
  return { result, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** A run's figures without its result. */
const figures = ({ wall, cpu }) => ({ wall, cpu });

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

function report(label, runs, cells) {
  const wall = runs.reduce((sum, run) => sum + run.wall, 0);
  const cpu = runs.reduce((sum, run) => sum + run.cpu, 0);
  console.log(
    `${label}: total ${(wall / 1000).toFixed(3)} s wall, ${(cpu / 1000).toFixed(3)} s main-thread CPU; ` +
      `${Math.round(cells / (wall / 1000)).toLocaleString('en-US')} cells/s; per account median ` +
      `${median(runs.map((run) => run.wall)).toFixed(2)} ms wall, ${median(runs.map((run) => run.cpu)).toFixed(2)} ms CPU`,
  );
}

function main() {
  const accounts = option('accounts', 1000);
  const contactsPerAccount = option('contacts', 30);
  const membersPerAccount = option('members', 10);
  const random = prng(option('seed', 42));
  // Settings.nextMovesPerAccount (0 leaves next best moves out, to see what they cost); the default when absent.
  const nextMoves = option('next-moves', undefined);
  const settings = nextMoves === undefined ? undefined : { nextMovesPerAccount: nextMoves };
  // --summaries: also time analyzeTypedPlan (what the Account page runs after a grade edit) on each plan in the
  // page's shape (withSummaries).
  const summaries = process.argv.includes('--summaries');

  // Plans are generated one at a time and only the analysis is timed, the way the sync analyzes one batch at a
  // time; holding every plan in memory at once would mostly measure the garbage collector.
  const accountRuns = [];
  const typedRuns = [];
  const editRuns = [];
  let cells = 0;
  let typedCells = 0;
  let warnings = 0;
  let touchCount = 0;
  let relationshipCount = 0;
  for (let index = 0; index < accounts; index += 1) {
    const plan = syntheticPlan(index, contactsPerAccount, membersPerAccount, random);
    touchCount += plan.touches.length;
    const run = timed(() => analyzeAccount(plan, settings));
    accountRuns.push(figures(run));
    cells += run.result.cells.length;
    warnings += run.result.warnings.length;
    if (summaries) {
      const typedPlan = withSummaries(plan, settings);
      relationshipCount += typedPlan.relationships.length;
      const typed = timed(() => analyzeTypedPlan(typedPlan, settings));
      typedRuns.push(figures(typed));
      typedCells += typed.result.cells.length;
      // What the page does on a rep's edit: one relationship regraded today, the whole account analysed again.
      const edited = withGradeEdit(typedPlan, index);
      editRuns.push(figures(timed(() => analyzeTypedPlan(edited, settings))));
    }
  }

  console.log(
    `planning core: ${accounts} accounts, ${cells.toLocaleString('en-US')} cells, ${touchCount.toLocaleString('en-US')} touches, ${warnings.toLocaleString('en-US')} warnings`,
  );
  report('analyzeAccount (touches)', accountRuns, cells);
  console.log('README "Benchmarks" target: 300,000 cells in < 2 s');
  if (summaries) {
    console.log(
      `summaries: ${relationshipCount.toLocaleString('en-US')} relationships, each with an evidence summary, no touches`,
    );
    report('analyzeTypedPlan (summaries)', typedRuns, typedCells);
    report('analyzeTypedPlan after a grade edit', editRuns, typedCells);
    console.log('target: a grade edit re-analyses the account within one frame (16 ms)');
  }
  // On a shared machine wall time includes waiting for a core; main-thread CPU time does not.
}

if (require.main === module) main();

module.exports = { prng, syntheticPlan };
