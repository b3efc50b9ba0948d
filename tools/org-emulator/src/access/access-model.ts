import { makeId } from '../ids';
import type { SystemPermission } from '../schema/platform-objects';
import type { FieldDef, ObjectDef } from '../schema/types';
import type { Store } from '../store/store';
import {
  NO_OBJECT_ACCESS,
  PROFILES,
  type FieldPermission,
  type ObjectPermission,
  type PermissionGrant,
} from './permissions';

/** Objects whose access follows another object's (Object Reference: "access … is determined by the parent"). */
const FOLLOWS: Record<string, string> = {
  AccountTeamMember: 'Account',
  OpportunityContactRole: 'Opportunity',
  OpportunityTeamMember: 'Opportunity',
  AccountContactRelation: 'Account',
};

/** Activities have no object permissions: any user reads them; writing needs Edit Tasks / Edit Events. */
const ACTIVITY_PERMISSION: Record<string, SystemPermission> = {
  Task: 'EditTask',
  Event: 'EditEvent',
  EventRelation: 'EditEvent',
  TaskRelation: 'EditTask',
};

export type Operation = 'read' | 'create' | 'edit' | 'delete';

/**
 * What one user may do: the union of their profile's permission set and every permission set assigned to them.
 * Object access follows the Metadata API's implications (edit ⇒ read, delete ⇒ edit, View All ⇒ read, Modify All ⇒
 * everything); Modify All Data grants every object and field. Field-level security applies to the package's custom
 * fields; required and master-detail fields cannot carry it and follow the object's access. Standard fields follow
 * the object (their FLS is not modelled). Record sharing is not modelled either.
 */
export class UserAccess {
  private readonly objectCache = new Map<string, ObjectPermission>();

  constructor(
    readonly userId: string,
    private readonly grants: PermissionGrant[],
  ) {}

  has(permission: SystemPermission): boolean {
    return this.grants.some((g) => g.system.includes(permission));
  }

  get modifyAllData(): boolean {
    return this.has('ModifyAllData');
  }

  /** The object permission in force, implications applied. */
  object(def: ObjectDef): ObjectPermission {
    const cached = this.objectCache.get(def.name);
    if (cached) return cached;
    const computed = this.computeObject(def);
    this.objectCache.set(def.name, computed);
    return computed;
  }

  can(def: ObjectDef, operation: Operation): boolean {
    const p = this.object(def);
    if (operation === 'read') return p.allowRead;
    if (operation === 'create') return p.allowCreate;
    if (operation === 'edit') return p.allowEdit;
    return p.allowDelete;
  }

  fieldReadable(def: ObjectDef, field: FieldDef): boolean {
    if (!this.can(def, 'read')) return false;
    if (!hasFieldSecurity(field) || this.has('ViewAllData') || this.modifyAllData) return true;
    return this.fieldGrant(def, field).readable;
  }

  fieldEditable(def: ObjectDef, field: FieldDef): boolean {
    if (!this.can(def, 'edit') && !this.can(def, 'create')) return false;
    if (!hasFieldSecurity(field) || this.modifyAllData) return true;
    return this.fieldGrant(def, field).editable;
  }

  private fieldGrant(def: ObjectDef, field: FieldDef): FieldPermission {
    const key = `${def.name}.${field.name}`;
    let readable = false;
    let editable = false;
    for (const g of this.grants) {
      const p = g.fields[key];
      if (!p) continue;
      editable ||= p.editable;
      readable ||= p.readable || p.editable;
    }
    return { readable, editable };
  }

  private computeObject(def: ObjectDef): ObjectPermission {
    if (this.modifyAllData) {
      const writable = (op: 'create' | 'update' | 'delete'): boolean => def.operations?.[op] !== false;
      return {
        allowRead: true,
        allowCreate: writable('create'),
        allowEdit: writable('update'),
        allowDelete: writable('delete'),
        viewAllRecords: true,
        modifyAllRecords: true,
      };
    }
    if (def.setup || def.name === 'User') {
      const assigns = def.name === 'PermissionSetAssignment' && this.has('AssignPermissionSets');
      const manages = def.name === 'User' && this.has('ManageUsers');
      return {
        ...NO_OBJECT_ACCESS,
        allowRead: true,
        allowCreate: assigns || manages,
        allowEdit: manages,
        allowDelete: assigns,
      };
    }
    const activity = ACTIVITY_PERMISSION[def.name];
    if (activity) {
      const edit = this.has(activity);
      return { ...NO_OBJECT_ACCESS, allowRead: true, allowCreate: edit, allowEdit: edit, allowDelete: edit };
    }
    const parent = FOLLOWS[def.name];
    if (parent) {
      const p = this.grantedObject(parent);
      return {
        ...NO_OBJECT_ACCESS,
        allowRead: p.allowRead,
        allowCreate: p.allowEdit,
        allowEdit: p.allowEdit,
        allowDelete: p.allowEdit,
      };
    }
    const p = this.grantedObject(def.name);
    if (this.has('ViewAllData')) return { ...p, allowRead: true, viewAllRecords: true };
    return p;
  }

  /** The union of the grants on one object, with the implications between its flags. */
  private grantedObject(name: string): ObjectPermission {
    const p = { ...NO_OBJECT_ACCESS };
    for (const g of this.grants) {
      const o = g.objects[name];
      if (!o) continue;
      for (const key of Object.keys(p) as Array<keyof ObjectPermission>) p[key] ||= o[key];
    }
    if (p.modifyAllRecords)
      Object.assign(p, {
        allowRead: true,
        allowCreate: true,
        allowEdit: true,
        allowDelete: true,
        viewAllRecords: true,
      });
    if (p.viewAllRecords || p.allowEdit || p.allowCreate || p.allowDelete) p.allowRead = true;
    if (p.allowDelete) p.allowEdit = true;
    return p;
  }
}

/**
 * Whether a field carries field-level security: custom fields that are neither required nor master-detail (the
 * Metadata API refuses fieldPermissions on those; Metadata API Developer Guide, PermissionSet → fieldPermissions).
 */
export function hasFieldSecurity(field: FieldDef): boolean {
  return field.custom && !field.required && !field.masterDetail && !field.system;
}

/**
 * The org's profiles, permission sets and assignments: permission sets are rows of `PermissionSet` (so the sf CLI
 * finds them by Name) whose grants this model keeps; assignments are rows of `PermissionSetAssignment`.
 */
export class AccessModel {
  private readonly grants = new Map<string, PermissionGrant>();
  private readonly profileIds = new Map<string, string>();
  private sequence = 0;

  constructor(private readonly store: Store) {}

  /** Creates the standard profiles and the permission sets they own. */
  seedProfiles(loadedAt: string): void {
    PROFILES.forEach((profile, i) => {
      const profileId = makeId('00e', i + 1, 'EM');
      const permissionSetId = makeId('0PS', i + 1, 'EM');
      this.store.load(
        {
          Profile: [
            {
              Id: profileId,
              Name: profile.name,
              Description: profile.description,
              UserType: 'Standard',
              UserLicenseName: profile.userLicense,
            },
          ],
          PermissionSet: [
            {
              Id: permissionSetId,
              Name: `X00e${String(i + 1).padStart(11, '0')}`,
              Label: profile.name,
              IsOwnedByProfile: true,
              IsCustom: false,
              ProfileId: profileId,
              Type: 'Profile',
              ...systemPermissionFields(profile.grant.system),
            },
          ],
        },
        loadedAt,
      );
      this.profileIds.set(profile.name, profileId);
      this.grants.set(permissionSetId, profile.grant);
    });
    this.sequence = PROFILES.length;
  }

  profileId(name: string): string {
    const id = this.profileIds.get(name);
    if (!id) throw new Error(`unknown profile ${name}`);
    return id;
  }

  /** The Id of the permission set with this API name (not a profile's), or undefined. */
  permissionSetId(name: string): string | undefined {
    for (const r of this.store.table('PermissionSet').rows.values()) {
      if (r.Name === name && r.IsOwnedByProfile !== true && !r.IsDeleted) return r.Id as string;
    }
    return undefined;
  }

  /**
   * Creates or replaces a permission set (what a deploy of a PermissionSet component does): the row keeps its Id,
   * so existing assignments carry the new grants.
   */
  definePermissionSet(
    name: string,
    fields: { label: string; description?: string; hasActivationRequired?: boolean },
    grant: PermissionGrant,
    stamp: string,
  ): string {
    const existing = this.permissionSetId(name);
    const id = existing ?? makeId('0PS', ++this.sequence + 100, 'EM');
    this.store.load(
      {
        PermissionSet: [
          {
            Id: id,
            Name: name,
            Label: fields.label,
            Description: fields.description ?? null,
            IsOwnedByProfile: false,
            IsCustom: true,
            ProfileId: null,
            Type: 'Regular',
            HasActivationRequired: Boolean(fields.hasActivationRequired),
            ...systemPermissionFields(grant.system),
            CreatedDate: existing ? undefined : stamp,
            LastModifiedDate: stamp,
            SystemModstamp: stamp,
          },
        ],
      },
      stamp,
    );
    this.grants.set(id, grant);
    return id;
  }

  /** The grants of a permission set by API name (deployed ones), for tests and the deploy's own checks. */
  grantOf(name: string): PermissionGrant | undefined {
    const id = this.permissionSetId(name);
    return id ? this.grants.get(id) : undefined;
  }

  /** What the user may do now: their profile plus their active assignments. */
  forUser(userId: string): UserAccess {
    const user = this.store.live(userId);
    const grants: PermissionGrant[] = [];
    const profileId = user?.ProfileId as string | undefined;
    if (profileId) {
      const [owned] = this.store.rowsWhere('PermissionSet', 'ProfileId', profileId);
      const grant = owned ? this.grants.get(owned.Id as string) : undefined;
      if (grant) grants.push(grant);
    }
    for (const assignment of this.store.rowsWhere('PermissionSetAssignment', 'AssigneeId', userId)) {
      if (assignment.IsDeleted || assignment.IsActive === false) continue;
      const grant = this.grants.get(assignment.PermissionSetId as string);
      if (grant) grants.push(grant);
    }
    return new UserAccess(userId, grants);
  }
}

function systemPermissionFields(system: SystemPermission[]): Record<string, boolean> {
  return Object.fromEntries(system.map((p) => [`Permissions${p}`, true]));
}
