import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from '../../scripts/export-schema';
import { REPO_ROOT } from './metadata-files';

interface PlanEntry {
  sobject: string;
  saveRefs?: boolean;
  resolveRefs?: boolean;
  files: string[];
}
type SampleRecord = { attributes: { type: string; referenceId: string } } & Record<string, unknown>;

const dataDir = join(REPO_ROOT, 'data');
const plan = JSON.parse(readFileSync(join(dataDir, 'sample-plan.json'), 'utf8')) as PlanEntry[];
const recordsOf = (entry: PlanEntry): SampleRecord[] =>
  entry.files.flatMap(
    (f) => (JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as { records: SampleRecord[] }).records,
  );
const schema = buildSchema();

describe('data/sample-plan.json (sf data import tree)', () => {
  it('imports parents before children, from files that exist', () => {
    expect(plan.map((e) => e.sobject)).toEqual([
      'Account',
      'Contact',
      'Opportunity',
      'OpportunityContactRole',
      'Task',
      'Event',
    ]);
    for (const entry of plan) for (const file of entry.files) expect(existsSync(join(dataDir, file))).toBe(true);
  });

  it('gives every record its plan type and a unique reference id', () => {
    const ids = new Set<string>();
    for (const entry of plan) {
      for (const record of recordsOf(entry)) {
        expect(record.attributes.type).toBe(entry.sobject);
        expect(ids.has(record.attributes.referenceId)).toBe(false);
        ids.add(record.attributes.referenceId);
      }
    }
  });

  it('resolves every @reference to a record saved by an earlier plan entry', () => {
    const saved = new Map<string, string>();
    for (const entry of plan) {
      for (const record of recordsOf(entry)) {
        for (const [field, value] of Object.entries(record)) {
          if (typeof value !== 'string' || !value.startsWith('@')) continue;
          expect(entry.resolveRefs).toBe(true);
          expect({ field, target: saved.get(value.slice(1)) }).toEqual({ field, target: expect.any(String) });
        }
      }
      if (entry.saveRefs) for (const r of recordsOf(entry)) saved.set(r.attributes.referenceId, entry.sobject);
    }
  });

  it('uses only custom fields the package defines, with valid picklist values', () => {
    let checked = 0;
    for (const entry of plan) {
      for (const record of recordsOf(entry)) {
        for (const [field, value] of Object.entries(record)) {
          if (!field.endsWith('__c')) continue;
          const spec = schema.objects[entry.sobject]?.fields[field];
          expect({ field: `${entry.sobject}.${field}`, defined: spec !== undefined }).toEqual({
            field: `${entry.sobject}.${field}`,
            defined: true,
          });
          const values = spec?.type === 'MultiselectPicklist' ? String(value).split(';') : [String(value)];
          if (spec?.values) for (const v of values) expect(spec.values).toContain(v);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('is one realistic demo account with invented people on a reserved example domain', () => {
    const [account] = recordsOf(plan[0]!);
    expect(account!.Name).toBe('Brightwater Logistics');
    const contacts = recordsOf(plan[1]!);
    expect(contacts.length).toBeGreaterThanOrEqual(8);
    for (const c of contacts) expect(c.Email).toMatch(/^[a-z]+\.[a-z]+@brightwater-logistics\.example$/);
    const roles = contacts.flatMap((c) => String(c.Buyer_Roles__c ?? '').split(';'));
    expect(new Set(roles)).toEqual(new Set(['Power', 'User', 'Advisor', 'Evangelist', '']));
  });

  it('has activities with valid dates so the sync can suggest grades', () => {
    const tasks = recordsOf(plan[4]!);
    const events = recordsOf(plan[5]!);
    expect(tasks.length + events.length).toBeGreaterThanOrEqual(8);
    for (const t of tasks) expect(Number.isNaN(Date.parse(String(t.ActivityDate)))).toBe(false);
    for (const e of events)
      expect(Date.parse(String(e.EndDateTime))).toBeGreaterThan(Date.parse(String(e.StartDateTime)));
  });
});
