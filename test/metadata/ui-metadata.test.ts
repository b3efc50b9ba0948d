import { CUSTOM_OBJECTS, MODEL } from './design-model';
import { asArray, listMetadata, readMetadata, readObject, type Xml } from './metadata-files';

const fieldOf = (object: string, name: string) => MODEL[object]!.fields[name];
const knownColumn = (object: string, column: string) => column === 'NAME' || fieldOf(object, column) !== undefined;

describe('custom tabs and the Contact Plan app', () => {
  it('every custom object has an object tab with a valid icon', () => {
    expect(listMetadata('tabs', '.tab-meta.xml')).toEqual([...CUSTOM_OBJECTS].sort());
    for (const object of CUSTOM_OBJECTS) {
      const tab = readMetadata(`tabs/${object}.tab-meta.xml`, 'CustomTab');
      expect(tab.customObject).toBe('true');
      expect(tab.motif).toMatch(/^Custom\d+: \w/);
      // Object tabs take their label from the object; a label element fails the deploy.
      expect(tab.label).toBeUndefined();
    }
  });

  it('the app is a Lightning app whose tabs all exist', () => {
    const app = readMetadata('applications/Contact_Plan.app-meta.xml', 'CustomApplication');
    expect(app.uiType).toBe('Lightning');
    const tabs = asArray<string>(app.tabs);
    expect(tabs).toEqual(expect.arrayContaining(['standard-Account', ...CUSTOM_OBJECTS]));
    for (const tab of tabs.filter((t) => !t.startsWith('standard-'))) expect(CUSTOM_OBJECTS).toContain(tab);
  });
});

describe.each(CUSTOM_OBJECTS)('%s user interface', (object) => {
  it('has an assigned compact layout showing the name first and existing fields', () => {
    const assigned = readObject(object).compactLayoutAssignment as string;
    expect(listMetadata(`objects/${object}/compactLayouts`, '.compactLayout-meta.xml')).toEqual([assigned]);
    const compact = readMetadata(
      `objects/${object}/compactLayouts/${assigned}.compactLayout-meta.xml`,
      'CompactLayout',
    );
    const fields = asArray<string>(compact.fields);
    expect(fields[0]).toBe('Name');
    expect(fields.length).toBeLessThanOrEqual(10);
    expect(fields.slice(1).filter((field) => !fieldOf(object, field))).toEqual([]);
  });

  it('has an "All" list view and every list view shows and filters on existing fields with valid values', () => {
    const views = listMetadata(`objects/${object}/listViews`, '.listView-meta.xml');
    expect(views).toContain('All');
    for (const view of views) {
      const xml = readMetadata(`objects/${object}/listViews/${view}.listView-meta.xml`, 'ListView');
      expect(xml.fullName).toBe(view);
      for (const column of asArray<string>(xml.columns))
        expect([view, column, knownColumn(object, column)]).toEqual([view, column, true]);
      for (const filter of asArray<Xml>(xml.filters)) {
        const field = fieldOf(object, filter.field);
        const value = String(asArray<string>(filter.value)[0]);
        expect(field).toBeDefined();
        if (field?.values) for (const v of value.split(',')) expect(field.values).toContain(v);
        if (field?.type === 'Checkbox') expect(['0', '1']).toContain(value);
      }
    }
  });

  it('has one page layout with every field once; sync fields read-only, rep fields editable', () => {
    const layouts = listMetadata('layouts', '.layout-meta.xml').filter((l) => l.startsWith(`${object}-`));
    expect(layouts).toHaveLength(1);
    const layout = readMetadata(`layouts/${layouts[0]}.layout-meta.xml`, 'Layout');
    const items = asArray<Xml>(layout.layoutSections)
      .flatMap((s) => asArray<Xml>(s.layoutColumns))
      .flatMap((c) => asArray<Xml>(c?.layoutItems));
    const placed = items.map((i) => i.field as string);
    expect([...placed].sort()).toEqual(['Name', ...Object.keys(MODEL[object]!.fields)].sort());
    for (const item of items) {
      const spec = fieldOf(object, item.field);
      const expected =
        item.field === 'Name'
          ? 'Readonly'
          : spec!.type === 'MasterDetail' || spec!.required
            ? 'Required'
            : spec!.access === 'rep' || (spec!.access === 'key' && spec!.type === 'Lookup')
              ? 'Edit'
              : 'Readonly';
      expect(`${item.field}: ${item.behavior}`).toBe(`${item.field}: ${expected}`);
    }
  });
});

describe('related lists', () => {
  it('the relationship layout lists its blueprints with existing fields', () => {
    const layout = readMetadata('layouts/Relationship__c-Relationship Layout.layout-meta.xml', 'Layout');
    const [related] = asArray<Xml>(layout.relatedLists);
    expect(related.relatedList).toBe('Contact_Blueprint__c.Relationship__c');
    for (const column of asArray<string>(related.fields))
      expect(knownColumn('Contact_Blueprint__c', column)).toBe(true);
  });
});
