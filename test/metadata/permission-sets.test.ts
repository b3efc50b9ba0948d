import { ALL_FIELDS, hasFieldSecurity, MODEL, PERMISSION_SETS, type Access } from './design-model';
import { asArray, isTrue, listMetadata, readPermissionSet, type Xml } from './metadata-files';

interface FieldAccess {
  readable: boolean;
  editable: boolean;
}
interface ObjectAccess {
  create: boolean;
  read: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

const fieldAccess = (permSet: Xml): Map<string, FieldAccess> =>
  new Map(
    asArray<Xml>(permSet.fieldPermissions).map((p) => [
      p.field,
      { readable: isTrue(p.readable), editable: isTrue(p.editable) },
    ]),
  );

const objectAccess = (permSet: Xml): Record<string, ObjectAccess> =>
  Object.fromEntries(
    asArray<Xml>(permSet.objectPermissions).map((p) => [
      p.object,
      {
        create: isTrue(p.allowCreate),
        read: isTrue(p.allowRead),
        edit: isTrue(p.allowEdit),
        delete: isTrue(p.allowDelete),
        viewAll: isTrue(p.viewAllRecords),
        modifyAll: isTrue(p.modifyAllRecords),
      },
    ]),
  );

const access = (flags: string): ObjectAccess => ({
  create: flags.includes('C'),
  read: flags.includes('R'),
  edit: flags.includes('E'),
  delete: flags.includes('D'),
  viewAll: flags.includes('V'),
  modifyAll: flags.includes('M'),
});

const secured = ALL_FIELDS.filter(hasFieldSecurity);
const fieldsOf = (...classes: Access[]) => secured.filter((f) => classes.includes(f.access)).map((f) => f.qualified);
const editableIn = (name: string) =>
  [...fieldAccess(readPermissionSet(name))].filter(([, a]) => a.editable).map(([field]) => field);

describe('permission sets', () => {
  it('are exactly the three of the design', () => {
    expect(listMetadata('permissionsets', '.permissionset-meta.xml')).toEqual([...PERMISSION_SETS].sort());
  });

  it.each(PERMISSION_SETS)('%s has a label and a description that fits the 255-character limit', (name) => {
    const permSet = readPermissionSet(name);
    expect(permSet.label).toBe(name.replace(/_/g, ' '));
    expect(permSet.description.length).toBeGreaterThan(40);
    expect(permSet.description.length).toBeLessThanOrEqual(255);
  });

  it.each(PERMISSION_SETS)('%s grants no system-wide user permission but API access for the integration', (name) => {
    const granted = asArray<Xml>(readPermissionSet(name).userPermissions)
      .filter((p) => isTrue(p.enabled))
      .map((p) => p.name);
    // The sync sends the morning digest through the custom notification action, which needs this permission.
    expect(granted).toEqual(name === 'Contact_Plan_Integration' ? ['ApiEnabled', 'SendCustomNotifications'] : []);
    expect(granted).not.toContain('ModifyAllData');
    expect(granted).not.toContain('ViewAllData');
  });

  it.each(PERMISSION_SETS)('%s lists every secured field of the package, readable, and nothing else', (name) => {
    const fields = fieldAccess(readPermissionSet(name));
    expect([...fields.keys()].sort()).toEqual(secured.map((f) => f.qualified).sort());
    for (const [field, a] of fields) expect({ field, readable: a.readable }).toEqual({ field, readable: true });
  });

  it.each(PERMISSION_SETS)('%s carries no field permission on required or master-detail fields', (name) => {
    const fields = fieldAccess(readPermissionSet(name));
    const structural = ALL_FIELDS.filter((f) => !hasFieldSecurity(f)).map((f) => f.qualified);
    expect(structural).toEqual([
      'Relationship__c.Account__c',
      'Relationship__c.Team_Member__c',
      'Contact_Blueprint__c.Relationship__c',
      'Coverage_Warning__c.Account__c',
      'Coverage_Snapshot__c.Account__c',
    ]);
    for (const field of structural) expect(fields.has(field)).toBe(false);
  });

  it.each(PERMISSION_SETS)('%s follows the platform dependencies between object permissions', (name) => {
    const violations: string[] = [];
    for (const [object, a] of Object.entries(objectAccess(readPermissionSet(name)))) {
      if ((a.create || a.edit || a.viewAll) && !a.read) violations.push(`${object}: create/edit/view all without read`);
      if (a.delete && !a.edit) violations.push(`${object}: delete without edit`);
      if (a.modifyAll && !(a.viewAll && a.delete)) violations.push(`${object}: modify all without view all and delete`);
    }
    expect(violations).toEqual([]);
  });

  it.each(PERMISSION_SETS)('%s grants on each master what its access to the detail objects requires', (name) => {
    const objects = objectAccess(readPermissionSet(name));
    const violations: string[] = [];
    for (const f of ALL_FIELDS.filter((field) => field.type === 'MasterDetail')) {
      const detail = objects[f.object];
      const master = objects[f.referenceTo!];
      if (!detail) continue;
      if (detail.read && !master?.read) violations.push(`${f.object} readable but ${f.referenceTo} not`);
      if ((detail.viewAll || detail.modifyAll) && !master?.viewAll) {
        violations.push(`${f.object} with View All or Modify All but ${f.referenceTo} without View All`);
      }
    }
    expect(violations).toEqual([]);
  });

  it.each(PERMISSION_SETS)('%s can edit the object of every field it may edit', (name) => {
    const objects = objectAccess(readPermissionSet(name));
    for (const field of editableIn(name)) {
      const object = field.split('.')[0]!;
      // User fields are edited on one's own user record, which needs no object permission.
      if (object === 'User') continue;
      expect(`${field}: ${objects[object]?.edit}`).toBe(`${field}: true`);
    }
  });
});

describe('Contact_Plan_User (reps)', () => {
  const name = 'Contact_Plan_User';

  it('may edit only rep fields and the pair key of a relationship it creates', () => {
    expect(editableIn(name).sort()).toEqual(fieldsOf('rep', 'key').sort());
  });

  it('can never edit a field the sync service writes', () => {
    const fields = fieldAccess(readPermissionSet(name));
    const svc = fieldsOf('svc');
    expect(svc.length).toBe(38);
    for (const field of svc)
      expect({ field, ...fields.get(field) }).toEqual({ field, readable: true, editable: false });
  });

  it('reads everything the UI shows, grades relationships and owns blueprints, never deletes synced records', () => {
    expect(objectAccess(readPermissionSet(name))).toEqual({
      Account: access('R'),
      Contact: access('RE'),
      Relationship__c: access('CRE'),
      Contact_Blueprint__c: access('CRED'),
      Coverage_Warning__c: access('R'),
      Coverage_Snapshot__c: access('R'),
    });
  });
});

describe('Contact_Plan_Integration (the sync user)', () => {
  const name = 'Contact_Plan_Integration';

  it('may edit only svc fields and the pair key', () => {
    expect(editableIn(name).sort()).toEqual(fieldsOf('svc', 'key').sort());
  });

  it('can never edit a field a rep writes', () => {
    const fields = fieldAccess(readPermissionSet(name));
    const rep = fieldsOf('rep');
    expect(rep).toEqual([
      'Relationship__c.Grade__c',
      'Relationship__c.Graded_On__c',
      'Relationship__c.Key_Intersection__c',
      'Relationship__c.Focus_Horizon__c',
      'Contact_Blueprint__c.Goal_Grade__c',
      'Contact_Blueprint__c.Influence_Strategies__c',
      'Contact_Blueprint__c.Tactics__c',
      'Contact_Blueprint__c.Resources__c',
      'Contact_Blueprint__c.Horizon__c',
      'Contact_Blueprint__c.Due_Date__c',
      'Contact_Blueprint__c.Status__c',
      'Contact_Blueprint__c.Invests_Own_Time__c',
      'Contact_Blueprint__c.Teaches_Us__c',
      'Contact_Blueprint__c.Shows_Usefulness__c',
      'Contact.Buyer_Roles__c',
      'Contact.Seniority__c',
      'User.Seniority__c',
      'User.Contact_Plan_Digest__c',
    ]);
    for (const field of rep)
      expect({ field, ...fields.get(field) }).toEqual({ field, readable: true, editable: false });
  });

  it('reads the sources on every account and creates, updates and deletes only the records it owns', () => {
    // Edit on Contact is for its one svc field, Implied_Buyer_Roles__c; field-level security keeps the rest read-only.
    expect(objectAccess(readPermissionSet(name))).toEqual({
      Account: access('REV'),
      Contact: access('REV'),
      Opportunity: access('RV'),
      Relationship__c: access('CREDV'),
      Contact_Blueprint__c: access('RV'),
      Coverage_Warning__c: access('CREDV'),
      Coverage_Snapshot__c: access('CREDV'),
    });
  });

  it('has no tabs or app: it is an API-only user', () => {
    const permSet = readPermissionSet(name);
    expect(permSet.tabSettings).toBeUndefined();
    expect(permSet.applicationVisibilities).toBeUndefined();
  });
});

describe('Contact_Plan_Admin', () => {
  const name = 'Contact_Plan_Admin';

  it('may edit every secured field of the package', () => {
    expect(editableIn(name).sort()).toEqual(secured.map((f) => f.qualified).sort());
  });

  it('has full access to the custom objects and edit access to the standard ones it corrects', () => {
    const objects = objectAccess(readPermissionSet(name));
    const custom = Object.keys(MODEL).filter((o) => MODEL[o]!.custom);
    for (const object of custom) expect({ object, ...objects[object] }).toEqual({ object, ...access('CREDVM') });
    // View All on Account: the platform ties View All and Modify All on a detail object to View All on its master.
    expect(objects.Account).toEqual(access('REV'));
    expect(objects.Contact).toEqual(access('RE'));
  });
});

describe('tabs and app visibility', () => {
  it.each(['Contact_Plan_User', 'Contact_Plan_Admin'])('%s sees the Contact Plan app and existing tabs', (name) => {
    const permSet = readPermissionSet(name);
    expect(asArray<Xml>(permSet.applicationVisibilities)).toEqual([{ application: 'Contact_Plan', visible: 'true' }]);
    const tabs = asArray<Xml>(permSet.tabSettings).map((t) => t.tab);
    expect(tabs).toEqual(listMetadata('tabs', '.tab-meta.xml'));
  });
});
