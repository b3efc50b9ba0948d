// The import rules of eslint.config.mjs hold: a forbidden import planted in a temporary file fails lint with the
// rule's message, an allowed one passes, and every rule points at a folder that exists.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

function eslint(args: string[]) {
  const result = spawnSync(process.execPath, [eslintBin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return result;
}

const CORE = 'planning-core is the pure core: it imports nothing of the project.';
const READER = 'plan-reader is pure: it imports the core and nothing else of the project.';
const ADAPTER = 'The Salesforce adapter moves records and never judges them: no planning core or plan reader here.';
const ADAPTER_LAYER =
  'The Salesforce adapter is the bottom layer: the pipeline, queue, HTTP and CLI layers import it, not the reverse.';
const PIPELINE =
  'Pipeline stages run the same from the CLI, a worker or a test: they never import the queue or HTTP layers.';
const EMULATOR = 'Product code never imports the org emulator (a dev and test tool).';
const LWC =
  'LWCs reach the core and the plan reader only through their generated bundles (c/planningCore, c/planRecordReader; npm run build:lwc-core).';

/** A planted file: where it goes, what it imports, and the rule message lint must report (none when allowed). */
interface Plant {
  dir: string;
  ext: string;
  source: string;
  expected?: string;
}

const PLANTS: Plant[] = [
  { dir: 'planning-core/src', ext: 'ts', source: "import '@contact-plan/sync-service';", expected: CORE },
  { dir: 'planning-core/src/rules', ext: 'ts', source: "import '../../../sync-service/src/config';", expected: CORE },
  { dir: 'planning-core/src', ext: 'ts', source: "import '@contact-plan/emulator';", expected: CORE },
  { dir: 'planning-core/src', ext: 'ts', source: "import { z } from 'zod';\nexport const s = z.string();" },
  {
    dir: 'sync-service/src/salesforce',
    ext: 'ts',
    source: "import { analyzeAccount } from '@contact-plan/planning-core';\nexport const a = analyzeAccount;",
    expected: ADAPTER,
  },
  { dir: 'sync-service/src/salesforce', ext: 'ts', source: "import '../pipeline';", expected: ADAPTER_LAYER },
  {
    dir: 'sync-service/src/pipeline',
    ext: 'ts',
    source: "import { Queue } from 'bullmq';\nexport { Queue };",
    expected: PIPELINE,
  },
  { dir: 'sync-service/src/pipeline', ext: 'ts', source: "import '../queue/workers';", expected: PIPELINE },
  { dir: 'sync-service/src/pipeline', ext: 'ts', source: "import '../http/app';", expected: PIPELINE },
  {
    dir: 'sync-service/src/pipeline',
    ext: 'ts',
    source: "import '@contact-plan/planning-core';\nimport '../salesforce';",
  },
  { dir: 'sync-service/src/cli', ext: 'ts', source: "import '@contact-plan/emulator';", expected: EMULATOR },
  {
    dir: 'sync-service/src/queue',
    ext: 'ts',
    source: "import '../../../tools/org-emulator/src/server';",
    expected: EMULATOR,
  },
  {
    dir: 'force-app/main/default/lwc/contactPlanData',
    ext: 'js',
    source: "import '../../../../../planning-core/src/analyze';",
    expected: LWC,
  },
  {
    dir: 'force-app/main/default/lwc/contactPlanData',
    ext: 'js',
    source: "import { readAccountPlan } from '@contact-plan/plan-reader';\nexport { readAccountPlan };",
    expected: LWC,
  },
  { dir: 'force-app/main/default/lwc/contactPlanData', ext: 'js', source: "import 'c/planningCore';" },
  { dir: 'plan-reader/src', ext: 'ts', source: "import '@contact-plan/sync-service';", expected: READER },
  { dir: 'plan-reader/src', ext: 'ts', source: "import '../../sync-service/src/salesforce';", expected: READER },
  { dir: 'plan-reader/src', ext: 'ts', source: "import '@contact-plan/planning-core';" },
];

describe('the import rules', () => {
  const planted = PLANTS.filter((plant) => existsSync(path.join(root, plant.dir))).map((plant, index) => ({
    ...plant,
    file: path.join(plant.dir, `planted-import-${process.pid}-${index}.${plant.ext}`),
  }));
  let results: Map<string, LintMessage[]>;
  let status: number | null;

  beforeAll(() => {
    try {
      for (const plant of planted) writeFileSync(path.join(root, plant.file), `${plant.source}\n`);
      const run = eslint(['--format', 'json', ...planted.map((plant) => plant.file)]);
      status = run.status;
      const report = JSON.parse(run.stdout) as Array<{ filePath: string; messages: LintMessage[] }>;
      results = new Map(report.map((entry) => [path.relative(root, entry.filePath), entry.messages]));
    } finally {
      for (const plant of planted) rmSync(path.join(root, plant.file), { force: true });
    }
  }, 180_000);

  it('fails lint when any forbidden import is planted', () => {
    expect(status).toBe(1);
  });

  it.each(PLANTS.map((plant) => [`${plant.dir}: ${plant.source.split('\n')[0]}`, plant] as const))(
    '%s',
    (_name, plant) => {
      const entry = planted.find((p) => p.dir === plant.dir && p.source === plant.source);
      if (!entry) return; // a workspace that does not exist (yet) has nothing to check
      const messages = results.get(entry.file) ?? [];
      const restricted = messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
      if (plant.expected) expect(restricted.some((message) => message.includes(plant.expected as string))).toBe(true);
      else expect(messages).toEqual([]);
    },
  );

  it('points every rule at a folder that exists', () => {
    const printed = eslint(['--print-config', 'planning-core/src/index.ts']);
    const config = JSON.parse(printed.stdout) as {
      rules: Record<string, [unknown, { zones: Array<{ target: string }> }]>;
    };
    const zones = config.rules['import/no-restricted-paths']?.[1].zones ?? [];
    expect(zones.length).toBeGreaterThanOrEqual(8);
    const missing = zones.map((zone) => zone.target).filter((target) => !existsSync(path.join(root, target)));
    expect(missing).toEqual([]);
  }, 60_000);
});
