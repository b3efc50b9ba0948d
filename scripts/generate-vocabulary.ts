// Writes the value sets of the package's picklists from the planning core's codes and labels, then the schema
// export that follows from them, so a new rule, grade, role, seniority, strategy or severity reaches Salesforce
// without a hand edit (docs/contracts.md, "Picklist API values").
// Usage: npm run vocabulary            writes the files
//        npm run vocabulary -- --check exits 1 and names the stale files
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  BLUEPRINT_STATUSES,
  BLUEPRINT_STATUS_LABELS,
  BUYER_ROLES,
  DEPARTURE_REASONS,
  DEPARTURE_REASON_LABELS,
  GRADES,
  HORIZONS,
  RULES,
  SENIORITIES,
  SENIORITY_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  STRATEGIES,
  gradeCodeLabel,
  horizonLabel,
  roleLabel,
  ruleLabel,
  strategyLabel,
} from '../planning-core/src/index';
import { buildSchema, renderSchema, SCHEMA_PATH } from './export-schema';

const repoRoot = resolve(__dirname, '..');
const OBJECTS_DIR = join(repoRoot, 'force-app', 'main', 'default', 'objects');

/** A picklist whose values are one of the core's lists: its codes, in the core's order, with the core's labels. */
export interface PicklistSpec {
  object: string;
  field: string;
  values: ReadonlyArray<{ code: string; label: string }>;
}

const entries = <T extends string | number>(codes: readonly T[], label: (code: T) => string) =>
  codes.map((code) => ({ code: String(code), label: label(code) }));

const grades = entries(GRADES, gradeCodeLabel);
const horizons = entries(HORIZONS, horizonLabel);
const seniorities = entries(SENIORITIES, (code) => SENIORITY_LABELS[code]);

export const PICKLISTS: readonly PicklistSpec[] = [
  { object: 'Relationship__c', field: 'Grade__c', values: grades },
  { object: 'Relationship__c', field: 'Suggested_Grade__c', values: grades },
  { object: 'Relationship__c', field: 'Effective_Grade__c', values: grades },
  { object: 'Relationship__c', field: 'Next_Move_Goal__c', values: grades },
  { object: 'Relationship__c', field: 'Focus_Horizon__c', values: horizons },
  {
    object: 'Relationship__c',
    field: 'Closed_Reason__c',
    values: entries(DEPARTURE_REASONS, (code) => DEPARTURE_REASON_LABELS[code]),
  },
  { object: 'Contact_Blueprint__c', field: 'Goal_Grade__c', values: grades },
  { object: 'Contact_Blueprint__c', field: 'Horizon__c', values: horizons },
  {
    object: 'Contact_Blueprint__c',
    field: 'Status__c',
    values: entries(BLUEPRINT_STATUSES, (code) => BLUEPRINT_STATUS_LABELS[code]),
  },
  { object: 'Contact_Blueprint__c', field: 'Influence_Strategies__c', values: entries(STRATEGIES, strategyLabel) },
  { object: 'Contact', field: 'Buyer_Roles__c', values: entries(BUYER_ROLES, roleLabel) },
  { object: 'Contact', field: 'Implied_Buyer_Roles__c', values: entries(BUYER_ROLES, roleLabel) },
  { object: 'Contact', field: 'Seniority__c', values: seniorities },
  { object: 'User', field: 'Seniority__c', values: seniorities },
  { object: 'Coverage_Warning__c', field: 'Rule__c', values: entries(RULES, ruleLabel) },
  { object: 'Coverage_Warning__c', field: 'Severity__c', values: entries(SEVERITIES, (code) => SEVERITY_LABELS[code]) },
];

export const picklistPath = (spec: PicklistSpec): string =>
  join(OBJECTS_DIR, spec.object, 'fields', `${spec.field}.field-meta.xml`);

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const VALUE_SET = /(<valueSetDefinition>\s*<sorted>[^<]*<\/sorted>\n)([\s\S]*?)(\s*<\/valueSetDefinition>)/;

/** The field's XML with its values replaced by the spec's; a value that was the default stays the default. */
export function renderPicklist(xml: string, spec: PicklistSpec): string {
  const match = VALUE_SET.exec(xml);
  if (!match) throw new Error(`${spec.object}.${spec.field}: no <valueSetDefinition> with <sorted> to rewrite`);
  const defaults = new Set(
    [...(match[2] ?? '').matchAll(/<fullName>([^<]*)<\/fullName>\s*<default>true<\/default>/g)].map((m) => m[1]),
  );
  const values = spec.values
    .map(
      ({ code, label }) =>
        `            <value>\n` +
        `                <fullName>${escapeXml(code)}</fullName>\n` +
        `                <default>${defaults.has(code)}</default>\n` +
        `                <label>${escapeXml(label)}</label>\n` +
        `            </value>`,
    )
    .join('\n');
  return xml.replace(VALUE_SET, (_all, head: string, _old: string, tail: string) => `${head}${values}${tail}`);
}

/** Each generated file whose content on disk differs from what the core gives, with the content it should have. */
export function staleVocabularyFiles(): Array<{ path: string; content: string }> {
  const stale: Array<{ path: string; content: string }> = [];
  for (const spec of PICKLISTS) {
    const path = picklistPath(spec);
    const current = readFileSync(path, 'utf8');
    const wanted = renderPicklist(current, spec);
    if (wanted !== current) stale.push({ path, content: wanted });
  }
  return stale;
}

async function main(argv: string[]): Promise<number> {
  const stale = staleVocabularyFiles();
  if (argv.includes('--check')) {
    for (const file of stale) console.error(`${relative(repoRoot, file.path)} is out of date with planning-core`);
    if (stale.length) console.error('run npm run vocabulary');
    return stale.length ? 1 : 0;
  }
  for (const file of stale) {
    writeFileSync(file.path, file.content);
    console.log(`wrote ${relative(repoRoot, file.path)}`);
  }
  // The schema export reads the XML, so it follows the picklists.
  writeFileSync(SCHEMA_PATH, await renderSchema(buildSchema()));
  console.log(`wrote ${relative(repoRoot, SCHEMA_PATH)}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
