import { CUSTOM_OBJECTS, MODEL } from './design-model';
import { asArray, listMetadata, readMetadata, readObject, type Xml } from './metadata-files';

/** Lightning page tabs (not object tabs). */
const PAGE_TABS = ['My_Relationships'];

const fieldOf = (object: string, name: string) => MODEL[object]!.fields[name];
const knownColumn = (object: string, column: string) => column === 'NAME' || fieldOf(object, column) !== undefined;

describe('custom tabs and the Contact Plan app', () => {
  it('every custom object has an object tab with a valid icon, and My Relationships a Lightning page tab', () => {
    expect(listMetadata('tabs', '.tab-meta.xml')).toEqual([...CUSTOM_OBJECTS, ...PAGE_TABS].sort());
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
    for (const tab of tabs.filter((t) => !t.startsWith('standard-'))) {
      expect([...CUSTOM_OBJECTS, ...PAGE_TABS]).toContain(tab);
    }
    expect(tabs[0]).toBe('My_Relationships');
  });

  it('the My Relationships tab shows its app page, which places the component on a page type it targets', () => {
    const tab = readMetadata('tabs/My_Relationships.tab-meta.xml', 'CustomTab');
    expect({ flexiPage: tab.flexiPage, label: tab.label }).toEqual({
      flexiPage: 'My_Relationships',
      label: 'My Relationships',
    });
    expect(tab.motif).toMatch(/^Custom\d+: \w/);
    const page = readMetadata('flexipages/My_Relationships.flexipage-meta.xml', 'FlexiPage');
    expect(page.type).toBe('AppPage');
    expect(page.template.name).toBe('flexipage:defaultAppHomeTemplate');
  });
});

// A page may place only exposed bundles that list the page's type among their targets (LWC Developer Guide, "XML
// Configuration File Elements": isExposed and a target per Lightning page type).
const PAGE_TARGETS: Record<string, string> = {
  AppPage: 'lightning__AppPage',
  HomePage: 'lightning__HomePage',
  RecordPage: 'lightning__RecordPage',
};

describe.each(listMetadata('flexipages', '.flexipage-meta.xml'))('flexipage %s', (name) => {
  it('places exposed components that target its page type', () => {
    const page = readMetadata(`flexipages/${name}.flexipage-meta.xml`, 'FlexiPage');
    const regions = Array.isArray(page.flexiPageRegions) ? page.flexiPageRegions : [page.flexiPageRegions];
    const components = regions
      .flatMap((r: Xml) => (Array.isArray(r.itemInstances) ? r.itemInstances : [r.itemInstances]))
      .map((i: Xml) => i?.componentInstance?.componentName as string | undefined)
      .filter((c: string | undefined): c is string => Boolean(c && c.startsWith('c:')));
    expect(components.length).toBeGreaterThan(0);
    for (const component of components) {
      const bundle = component.slice(2);
      const meta = readMetadata(`lwc/${bundle}/${bundle}.js-meta.xml`, 'LightningComponentBundle');
      const targets = Array.isArray(meta.targets.target) ? meta.targets.target : [meta.targets.target];
      expect({ component, isExposed: meta.isExposed, targets }).toEqual({
        component,
        isExposed: 'true',
        targets: expect.arrayContaining([PAGE_TARGETS[page.type]]),
      });
    }
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
