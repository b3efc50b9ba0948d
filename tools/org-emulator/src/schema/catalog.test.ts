import * as fs from 'node:fs';
import { Catalog, DEFAULT_SCHEMA_PATH } from './catalog';
import { FIXTURE_SCHEMA } from '../testing/fixtures';

describe('catalog', () => {
  it('merges package fields into standard objects and builds custom objects', () => {
    const catalog = new Catalog(FIXTURE_SCHEMA);
    const contact = catalog.get('contact');
    expect(catalog.field(contact, 'seniority__c')).toMatchObject({ type: 'picklist', restricted: true, custom: true });
    const rel = catalog.get('Relationship__c');
    expect(rel.keyPrefix).toBe('a00');
    expect(catalog.field(rel, 'Name')).toMatchObject({ autoNumber: true, createable: false });
    expect(catalog.field(rel, 'OwnerId')).toBeUndefined();
    expect(catalog.parentRelationship(rel, 'Account__r')?.name).toBe('Account__c');
    expect(catalog.byKeyPrefix('a00EM0000000001AAA')?.name).toBe('Relationship__c');
    expect(() => catalog.get('Nope__c')).toThrow(/sObject type 'Nope__c' is not supported/);
  });

  const real = fs.existsSync(DEFAULT_SCHEMA_PATH);
  (real ? it : it.skip)('loads the package schema export with its child relationship names', () => {
    const catalog = Catalog.load();
    const account = catalog.get('Account');
    expect(account.childRelationships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          childSObject: 'Relationship__c',
          relationshipName: 'Plan_Relationships__r',
          cascadeDelete: true,
        }),
        expect.objectContaining({ childSObject: 'Coverage_Warning__c', relationshipName: 'Coverage_Warnings__r' }),
      ]),
    );
    const rel = catalog.get('Relationship__c');
    expect(catalog.field(rel, 'Pair_Key__c')).toMatchObject({ externalId: true, unique: true, length: 80 });
    expect(catalog.field(rel, 'Touches_90d__c')?.inlineHelpText).toMatch(/90 days/);
    expect(catalog.get('Contact_Blueprint__c').autoNumberFormat).toBe('BP-{000000}');
  });
});
