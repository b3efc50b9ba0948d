import type { SystemPermission } from '../schema/platform-objects';

/** One `<objectPermissions>` entry of a permission set or profile (Metadata API, PermissionSet). */
export interface ObjectPermission {
  allowRead: boolean;
  allowCreate: boolean;
  allowEdit: boolean;
  allowDelete: boolean;
  viewAllRecords: boolean;
  modifyAllRecords: boolean;
}

/** One `<fieldPermissions>` entry, by `Object.Field`. */
export interface FieldPermission {
  readable: boolean;
  editable: boolean;
}

/** What a permission set (or the permission set a profile owns) grants. */
export interface PermissionGrant {
  objects: Record<string, ObjectPermission>;
  fields: Record<string, FieldPermission>;
  system: SystemPermission[];
}

export const NO_OBJECT_ACCESS: ObjectPermission = {
  allowRead: false,
  allowCreate: false,
  allowEdit: false,
  allowDelete: false,
  viewAllRecords: false,
  modifyAllRecords: false,
};

const CRUD: ObjectPermission = {
  allowRead: true,
  allowCreate: true,
  allowEdit: true,
  allowDelete: true,
  viewAllRecords: false,
  modifyAllRecords: false,
};

/** A standard profile the emulator knows, with the permission set it owns. */
export interface ProfileDef {
  name: string;
  userLicense: string;
  description: string;
  grant: PermissionGrant;
}

/**
 * The three profiles a Contact Plan org needs. System Administrator holds Modify All Data; Standard User the CRUD of
 * the sales objects and the activity permissions (it gets no access to custom objects a deploy adds: a deploy
 * without profiles grants only what Modify All Data implies); the API-only integration profile grants nothing but
 * API access, so everything the sync reads comes from its permission set (Salesforce Help, "Give Integration Users
 * API Only Access" / "Minimum Access - API Only Integrations" profile).
 */
export const PROFILES: readonly ProfileDef[] = [
  {
    name: 'System Administrator',
    userLicense: 'Salesforce',
    description: 'Full access: Modify All Data, View All Data, Modify Metadata.',
    grant: {
      objects: {},
      fields: {},
      system: [
        'ApiEnabled',
        'ModifyAllData',
        'ViewAllData',
        'ModifyMetadata',
        'CustomizeApplication',
        'AssignPermissionSets',
        'ManageUsers',
        'EditTask',
        'EditEvent',
        'ViewSetup',
      ],
    },
  },
  {
    name: 'Standard User',
    userLicense: 'Salesforce',
    description: 'Reads and edits accounts, contacts, opportunities and activities.',
    grant: {
      objects: { Account: CRUD, Contact: CRUD, Opportunity: CRUD },
      fields: {},
      system: ['ApiEnabled', 'EditTask', 'EditEvent'],
    },
  },
  {
    name: 'Minimum Access - API Only Integrations',
    userLicense: 'Salesforce Integration',
    description: 'API access only; object and field access come from permission sets.',
    grant: { objects: {}, fields: {}, system: ['ApiEnabled'] },
  },
];

export const ADMIN_PROFILE = 'System Administrator';
export const STANDARD_PROFILE = 'Standard User';
export const INTEGRATION_PROFILE = 'Minimum Access - API Only Integrations';
