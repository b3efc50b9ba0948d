// Every place outside the planning core that names the core's vocabulary (rule codes, severities, grades, buyer
// roles, seniorities, strategies, horizons, blueprint statuses, settings), and what each one is missing. The core
// is the source: a new rule is its code in RULES, its RULE_INFO text, its implementation and a test; everything
// else is generated from it (picklists, schema export, LWC bundle), derived from it at run time (labels.js, the
// metadata tests' model) or written about it (docs/method.md), and this module says which of those lag behind.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
  analyzeAccount,
  BUYER_ROLES,
  DEFAULT_SETTINGS,
  GRADE_INFO,
  ROLE_INFO,
  RULES,
  SEVERITIES,
  STRATEGIES,
  type Rule,
} from '@contact-plan/planning-core';
import { AccountPlanReader } from '../../tools/org-emulator/src/data/account-plan';
import { generateDataset } from '../../tools/org-emulator/src/data/datasets';
import { NO_POWER_ACCOUNT_NAME, SHOWCASE_ACCOUNT_NAME } from '../../tools/org-emulator/src/data/showcase';
import { PICKLISTS, picklistPath, renderPicklist } from '../../scripts/generate-vocabulary';
import { SCHEMA_PATH } from '../../scripts/export-schema';

export const REPO_ROOT = path.resolve(__dirname, '../..');
const rel = (file: string) => path.relative(REPO_ROOT, file);
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

const BUNDLE = 'force-app/main/default/lwc/planningCore/planningCore.js';
const METHOD = 'docs/method.md';
const CONTRACTS = 'docs/contracts.md';

const xml = new XMLParser({ isArray: (name) => name === 'value', parseTagValue: false });

/** Codes missing from `have` (in `want`), and codes `have` still holds that the core dropped. */
function compareCodes(want: readonly string[], have: readonly string[], where: string, fix: string): string[] {
  const missing = want.filter((code) => !have.includes(code)).map((code) => `${code}: missing from ${where} (${fix})`);
  const extra = have
    .filter((code) => !want.includes(code))
    .map((code) => `${code}: still in ${where} but not in the core (${fix})`);
  return [...missing, ...extra];
}

/** The package's picklists: their values are the core's codes, in its order, with its labels (npm run vocabulary). */
function picklistPlaces(): string[] {
  const out: string[] = [];
  for (const spec of PICKLISTS) {
    const file = picklistPath(spec);
    const text = readFileSync(file, 'utf8');
    const values = (xml.parse(text).CustomField.valueSet?.valueSetDefinition?.value ?? []) as Array<{
      fullName: string;
    }>;
    const codes = spec.values.map((value) => value.code);
    const found = compareCodes(
      codes,
      values.map((value) => value.fullName),
      rel(file),
      'npm run vocabulary',
    );
    if (found.length) out.push(...found);
    else if (renderPicklist(text, spec) !== text)
      out.push(`${rel(file)}: labels or order differ from the core (npm run vocabulary)`);
  }
  return out;
}

/** The schema export follows the XML (npm run vocabulary writes both). */
function schemaPlaces(): string[] {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
    objects: Record<string, { fields: Record<string, { values?: string[] }> }>;
  };
  return PICKLISTS.flatMap((spec) =>
    compareCodes(
      spec.values.map((value) => value.code),
      schema.objects[spec.object]?.fields[spec.field]?.values ?? [],
      `${rel(SCHEMA_PATH)} (${spec.object}.${spec.field})`,
      'npm run vocabulary',
    ),
  );
}

/** The LWC bundle is built from the core; a code the core has and the bundle lacks means it is stale. */
function bundlePlaces(): string[] {
  const bundle = read(BUNDLE);
  return [...RULES, ...STRATEGIES]
    .filter((code) => !bundle.includes(`"${code}"`))
    .map((code) => `${code}: missing from ${BUNDLE} (npm run build:lwc-core)`);
}

/** docs/method.md explains every rule, grade, role, strategy, severity and setting of the core. */
function methodPlaces(): string[] {
  if (!existsSync(path.join(REPO_ROOT, METHOD))) return [`${METHOD} is missing: the method explained for reps`];
  const doc = read(METHOD);
  const headings = doc.split('\n').filter((line) => line.startsWith('#'));
  const out: string[] = [];
  for (const rule of RULES)
    if (!headings.some((line) => line.includes(`\`${rule}\``)))
      out.push(`${rule}: ${METHOD} has no section headed with it (explain when it fires, its severity, what to do)`);
  const named = (terms: readonly string[], what: string) => {
    for (const term of terms) if (!doc.includes(term)) out.push(`${term}: ${METHOD} never names this ${what}`);
  };
  named(
    Object.values(GRADE_INFO).map((info) => info.name),
    'grade',
  );
  named(
    BUYER_ROLES.map((role) => ROLE_INFO[role].name),
    'buyer role',
  );
  named(
    STRATEGIES.map((code) => `\`${code}\``),
    'strategy',
  );
  named(
    SEVERITIES.map((code) => `\`${code}\``),
    'severity',
  );
  named(
    Object.keys(DEFAULT_SETTINGS).map((key) => `\`${key}\``),
    'setting (with its default)',
  );
  return out;
}

/** docs/contracts.md's picklist table lists the same values as the core, where it lists values at all. */
function contractPlaces(): string[] {
  const out: string[] = [];
  for (const line of read(CONTRACTS).split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || !cells[1]?.includes('__c')) continue;
    const fields = [...(cells[1] ?? '').matchAll(/`(?:(\w+)\.)?(\w+__c)`/g)].map((m) => ({
      object: m[1],
      field: m[2],
    }));
    const codes = [...(cells[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    const spec = PICKLISTS.find((candidate) =>
      fields.some((f) => f.field === candidate.field && (f.object === undefined || f.object === candidate.object)),
    );
    const want = spec?.values.map((value) => value.code) ?? [];
    // A row that names none of the codes refers to the core's list instead of copying it.
    if (!spec || !codes.some((code) => want.includes(code))) continue;
    out.push(...compareCodes(want, codes, `${CONTRACTS} (${spec.field} row)`, 'edit the table'));
  }
  return out;
}

function trackedFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\n').filter(Boolean);
}

/**
 * Files left out of the copy scan: the core itself, files checked above with a better hint, and tests, examples and
 * generated data, which name codes as data rather than list them.
 */
const NOT_LISTS = [
  /^planning-core\//,
  /^schema\//,
  /^force-app\/main\/default\/objects\//,
  new RegExp(`^${BUNDLE}$`),
  /^docs\/(method|contracts)\.md$/,
  /package-lock\.json$/,
  /(^|\/)test\//,
  /__tests__\//,
  /\.test(-helper)?\.[cm]?[jt]s$/,
  /\.e2e\.test\.mts$/,
  /^examples\//,
  /^data\//,
  /^tools\/org-emulator\/src\/data\//,
];

/**
 * Any other file that names most of a list's codes is a copy of that list: it names the places a new code would be
 * forgotten in (derive the list from the core instead).
 */
function copyPlaces(): string[] {
  const lists: Array<[string, readonly string[]]> = [
    ['RULES', RULES],
    ['STRATEGIES', STRATEGIES],
  ];
  const out: string[] = [];
  for (const file of trackedFiles()) {
    if (NOT_LISTS.some((pattern) => pattern.test(file)) || !/\.(ts|js|mjs|cjs|mts|md|json|html|xml)$/.test(file))
      continue;
    let text: string;
    try {
      text = read(file);
    } catch {
      continue; // deleted in the work tree
    }
    for (const [name, codes] of lists) {
      const present = codes.filter((code) => new RegExp(`\\b${code}\\b`).test(text));
      if (present.length >= Math.max(3, codes.length / 2) && present.length < codes.length)
        for (const code of codes.filter((c) => !present.includes(c)))
          out.push(`${code}: ${file} names ${present.length} of the ${codes.length} ${name} but not this one`);
    }
  }
  return out;
}

/** Every rule is named by a test of the core. */
function testPlaces(): string[] {
  const tests = trackedFiles().filter((file) => /^planning-core\/src\/.*\.test\.ts$/.test(file));
  const text = tests.map(read).join('\n');
  return RULES.filter((rule) => !text.includes(rule)).map((rule) => `${rule}: no test in planning-core/src names it`);
}

/** The demo's showcase accounts raise every rule, so the demo and the browser tests show each one. */
function showcasePlaces(): string[] {
  const reader = new AccountPlanReader(generateDataset('demo'));
  const fired = new Set<Rule>();
  for (const name of [SHOWCASE_ACCOUNT_NAME, NO_POWER_ACCOUNT_NAME])
    for (const warning of analyzeAccount(reader.plan(reader.accountIdByName(name))).warnings) fired.add(warning.rule);
  return RULES.filter((rule) => !fired.has(rule)).map(
    (rule) => `${rule}: the demo's showcase accounts (tools/org-emulator/src/data/showcase.ts) never raise it`,
  );
}

/** Every place that lags behind the core, one line each; empty when the repository agrees with it. */
export function findMissingPlaces(): string[] {
  return [
    ...testPlaces(),
    ...picklistPlaces(),
    ...schemaPlaces(),
    ...bundlePlaces(),
    ...methodPlaces(),
    ...contractPlaces(),
    ...showcasePlaces(),
    ...copyPlaces(),
  ];
}
