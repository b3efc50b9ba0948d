import { readFileSync } from 'node:fs';
import { buildSchema, SCHEMA_PATH } from '../../scripts/export-schema';

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
      required: true,
    });
    expect(relationship.fields.Grade__c).toMatchObject({
      type: 'Picklist',
      values: ['T', 'O', 'S', 'I', 'D', 'M'],
      restricted: true,
    });
    expect(relationship.fields.Pair_Key__c).toMatchObject({
      type: 'Text',
      length: 37,
      externalId: true,
      unique: true,
    });
    expect(schema.objects.Contact).toEqual({ custom: false, fields: expect.any(Object) });
    expect(Object.keys(schema.objects.Contact!.fields)).toEqual(['Buyer_Roles__c', 'Seniority__c']);
  });

  it('leaves optional keys out instead of writing false or empty values', () => {
    const { fields } = buildSchema().objects.Relationship__c!;
    expect(fields.Graded_On__c).toEqual({ type: 'Date', label: 'Graded On', inlineHelpText: expect.any(String) });
    expect(fields.Key_Intersection__c).toMatchObject({ type: 'Checkbox', defaultValue: false });
  });
});
