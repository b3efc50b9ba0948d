import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, SCHEMA_PATH } from '../../scripts/export-schema';
import { REPO_ROOT } from './metadata-files';

describe('schema/contact-plan.schema.json', () => {
  // Formatting is prettier's job (npm run lint); this compares the content, key order included.
  it('holds exactly what npm run schema:export generates from the XML (not stale, not hand-edited)', () => {
    const committed: unknown = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    const generated = buildSchema();
    expect(committed).toStrictEqual(generated);
    expect(JSON.stringify(committed)).toBe(JSON.stringify(generated));
  });

  it('has the contract shape: api version, custom object header, reference and key fields', () => {
    const schema = buildSchema();
    expect(schema.apiVersion).toBe('64.0');
    expect(Object.keys(schema.objects)).toEqual([
      'Account',
      'Contact',
      'Contact_Blueprint__c',
      'Coverage_Snapshot__c',
      'Coverage_Warning__c',
      'Relationship__c',
      'User',
    ]);
    const relationship = schema.objects.Relationship__c!;
    expect(relationship).toMatchObject({
      custom: true,
      label: 'Relationship',
      pluralLabel: 'Relationships',
      nameField: { type: 'AutoNumber', label: 'Relationship Number', displayFormat: 'REL-{000000}' },
    });
    expect(relationship.fields.Contact__c).toMatchObject({
      type: 'Lookup',
      label: 'Contact',
      referenceTo: 'Contact',
      relationshipName: 'Contact__r',
      childRelationshipName: 'Plan_Relationships__r',
    });
    expect(relationship.fields.Contact__c?.required).toBeUndefined();
    expect(relationship.fields.Grade__c).toMatchObject({
      type: 'Picklist',
      values: ['T', 'O', 'S', 'I', 'D', 'M'],
      restricted: true,
    });
    expect(relationship.fields.Pair_Key__c).toMatchObject({
      type: 'Text',
      length: 80,
      externalId: true,
      unique: true,
    });
    expect(schema.objects.Contact).toEqual({ custom: false, fields: expect.any(Object) });
    expect(Object.keys(schema.objects.Contact!.fields)).toEqual([
      'Buyer_Roles__c',
      'Implied_Buyer_Roles__c',
      'Seniority__c',
    ]);
  });

  it('leaves optional keys out instead of writing false or empty values', () => {
    const { fields } = buildSchema().objects.Relationship__c!;
    expect(fields.Graded_On__c).toEqual({ type: 'Date', label: 'Graded On', inlineHelpText: expect.any(String) });
    expect(fields.Key_Intersection__c).toMatchObject({ type: 'Checkbox', defaultValue: false });
  });

  // The byte-for-byte comparison, prettier formatting included, runs in a child process: prettier cannot load in jest's VM.
  it('npm run schema:export -- --check agrees, byte for byte', () => {
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const result = spawnSync(tsx, ['scripts/export-schema.ts', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
