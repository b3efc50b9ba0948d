import { ALL_FIELDS, CUSTOM_OBJECTS, GRADE_LABELS, MODEL, type ModelField } from './design-model';
import { asArray, isTrue, listMetadata, readField, readObject, type Xml } from './metadata-files';

const picklistEntries = (field: Xml): Xml[] => asArray(field.valueSet?.valueSetDefinition?.value);

describe('objects of docs/contracts.md', () => {
  it.each(Object.keys(MODEL))('%s defines exactly the fields of the design, no more', (object) => {
    expect(listMetadata(`objects/${object}/fields`, '.field-meta.xml')).toEqual(
      Object.keys(MODEL[object]!.fields).sort(),
    );
  });

  it.each(CUSTOM_OBJECTS)('%s has its labels, an auto-number name and sharing controlled by its master', (object) => {
    const spec = MODEL[object]!;
    const xml = readObject(object);
    expect(xml.label).toBe(spec.label);
    expect(xml.pluralLabel).toBe(spec.pluralLabel);
    expect(xml.nameField).toMatchObject({
      type: 'AutoNumber',
      label: spec.nameLabel,
      displayFormat: spec.displayFormat,
    });
    expect(xml.sharingModel).toBe('ControlledByParent');
    expect(xml.deploymentStatus).toBe('Deployed');
    expect(xml.description).toEqual(expect.any(String));
  });

  it('standard objects carry no object definition of ours (only their custom fields are deployed)', () => {
    for (const object of ['Account', 'Contact', 'User']) {
      expect(() => readObject(object)).toThrow(/missing/);
    }
  });
});

describe.each(ALL_FIELDS.map((f) => [f.qualified, f] as [string, ModelField]))('field %s', (_name, spec) => {
  const xml = readField(spec.object, spec.field);

  it('has the type, size and reference of the contract', () => {
    expect(xml.fullName).toBe(spec.field);
    expect(xml.type).toBe(spec.type);
    if (spec.length !== undefined) expect(Number(xml.length)).toBe(spec.length);
    if (spec.precision !== undefined) expect(Number(xml.precision)).toBe(spec.precision);
    if (spec.scale !== undefined) expect(Number(xml.scale)).toBe(spec.scale);
    expect(xml.referenceTo).toBe(spec.referenceTo);
    if (spec.type === 'Lookup') expect(isTrue(xml.required)).toBe(spec.required);
  });

  it('has a label and inline help that explains it to a rep', () => {
    expect(xml.label).toMatch(/^\S.{1,39}$/);
    expect(typeof xml.inlineHelpText).toBe('string');
    expect(xml.inlineHelpText.length).toBeGreaterThan(30);
    expect(xml.inlineHelpText.length).toBeLessThanOrEqual(510);
  });

  it('is a unique external id exactly when the contract says so', () => {
    expect(isTrue(xml.externalId)).toBe(spec.externalIdUnique === true);
    expect(isTrue(xml.unique)).toBe(spec.externalIdUnique === true);
  });

  if (spec.values) {
    it('is a restricted picklist whose API names are the core codes, in order, with human labels', () => {
      expect(xml.valueSet.restricted).toBe('true');
      const entries = picklistEntries(xml);
      expect(entries.map((v) => v.fullName)).toEqual(spec.values);
      for (const entry of entries) {
        expect(entry.label).toMatch(/^[A-Z0-9]/);
        if (/^[A-Z_]{3,}$/.test(entry.fullName)) expect(entry.label).not.toBe(entry.fullName);
      }
      expect(entries.filter((v) => isTrue(v.default)).length).toBeLessThanOrEqual(1);
    });
  }
});

describe('field rules Salesforce enforces at deploy time', () => {
  const fields = ALL_FIELDS.map((spec) => ({ spec, xml: readField(spec.object, spec.field) }));

  it('grade picklists label each code with its name ("T – Trust")', () => {
    const gradeFields = fields.filter(({ spec }) => spec.values?.join() === 'T,O,S,I,D,M');
    expect(gradeFields.map(({ spec }) => spec.qualified)).toEqual([
      'Relationship__c.Grade__c',
      'Relationship__c.Suggested_Grade__c',
      'Relationship__c.Effective_Grade__c',
      'Relationship__c.Next_Move_Goal__c',
      'Contact_Blueprint__c.Goal_Grade__c',
    ]);
    for (const { xml } of gradeFields) expect(picklistEntries(xml).map((v) => v.label)).toEqual(GRADE_LABELS);
  });

  it('text lengths fit Text (1–255) and long text areas (256–131072) with visible lines', () => {
    for (const { spec, xml } of fields) {
      if (spec.type === 'Text') expect(Number(xml.length)).toBeLessThanOrEqual(255);
      if (spec.type === 'LongTextArea') {
        expect(Number(xml.length)).toBeGreaterThanOrEqual(256);
        expect(Number(xml.length)).toBeLessThanOrEqual(131072);
        expect(Number(xml.visibleLines)).toBeGreaterThan(1);
      }
      if (spec.type === 'MultiselectPicklist') expect(Number(xml.visibleLines)).toBeGreaterThanOrEqual(3);
      if (spec.type === 'Checkbox') expect(xml.defaultValue).toBe('false');
    }
  });

  it('master-detail fields are first-order relationships that need only read access on the master', () => {
    const masters = fields.filter(({ spec }) => spec.type === 'MasterDetail');
    expect(masters.map(({ spec }) => spec.qualified)).toEqual([
      'Relationship__c.Account__c',
      'Contact_Blueprint__c.Relationship__c',
      'Coverage_Warning__c.Account__c',
      'Coverage_Snapshot__c.Account__c',
    ]);
    for (const { xml } of masters) {
      expect(xml.relationshipOrder).toBe('0');
      expect(xml.writeRequiresMasterRead).toBe('true');
      expect(xml.required).toBeUndefined();
    }
  });

  it('required lookups to records that can be deleted restrict that deletion; optional ones clear', () => {
    for (const { spec, xml } of fields.filter(({ spec }) => spec.type === 'Lookup')) {
      if (spec.referenceTo === 'User') expect(xml.deleteConstraint).toBeUndefined();
      else expect(xml.deleteConstraint).toBe(spec.required ? 'Restrict' : 'SetNull');
    }
  });

  it('child relationship names are unique on each parent object', () => {
    const seen = new Map<string, string>();
    for (const { spec, xml } of fields.filter(({ spec }) => spec.referenceTo)) {
      const key = `${xml.referenceTo}.${xml.relationshipName}`;
      expect(xml.relationshipName).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(seen.get(key)).toBeUndefined();
      seen.set(key, spec.qualified);
    }
    expect(seen.size).toBe(8);
  });

  it('only the three key fields are external ids, case-insensitive because they hold 18-character ids', () => {
    const keys = fields.filter(({ xml }) => isTrue(xml.externalId));
    expect(keys.map(({ spec }) => spec.qualified)).toEqual([
      'Relationship__c.Pair_Key__c',
      'Coverage_Warning__c.Warning_Key__c',
      'Coverage_Snapshot__c.Snapshot_Key__c',
    ]);
    for (const { xml } of keys) expect(xml.caseSensitive).toBe('false');
  });
});
