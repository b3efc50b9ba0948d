import { auditFields } from './standard-objects';
import type { FieldDef, FieldType, ObjectDef } from './types';

/**
 * The setup objects Salesforce's own `sf` CLI reads and writes (`Organization`, `Profile`, `PermissionSet`,
 * `PermissionSetAssignment`) and the standard fields that tie users to them. Kept apart from the business objects in
 * standard-objects.ts: these belong to the org's configuration, which the Metadata API deploy and the access model
 * (src/access) own.
 *
 * Sources: Object Reference for the Salesforce Platform, "Organization", "Profile", "PermissionSet",
 * "PermissionSetAssignment" (fields, their types and the operations each object supports).
 */
type Spec = Partial<FieldDef> & { type: FieldType };

const readOnly = { createable: false, updateable: false };
const field = (name: string, spec: Spec): FieldDef => ({
  name,
  label: spec.label ?? name.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'),
  custom: false,
  createable: true,
  updateable: true,
  ...spec,
});
const text = (length: number, extra: Partial<FieldDef> = {}): Spec => ({ type: 'string', length, ...extra });
const flag = (extra: Partial<FieldDef> = {}): Spec => ({ type: 'boolean', defaultValue: false, ...extra });
const ref = (to: string, relationshipName: string, extra: Partial<FieldDef> = {}): Spec => ({
  type: 'reference',
  length: 18,
  referenceTo: [to],
  relationshipName,
  ...extra,
});
const picklist = (values: string[], extra: Partial<FieldDef> = {}): Spec => ({
  type: 'picklist',
  length: 255,
  picklistValues: values,
  restricted: true,
  ...extra,
});

/** The system permissions the emulator knows, as `PermissionSet.Permissions<Name>` checkbox fields. */
export const SYSTEM_PERMISSIONS = [
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
  'SendCustomNotifications',
] as const;
export type SystemPermission = (typeof SYSTEM_PERMISSIONS)[number];

export const PLATFORM_KEY_PREFIXES = {
  Organization: '00D',
  Profile: '00e',
  PermissionSet: '0PS',
  PermissionSetAssignment: '0Pa',
  CustomNotificationType: '0ML',
} as const;

const object = (
  name: keyof typeof PLATFORM_KEY_PREFIXES,
  labelPlural: string,
  operations: NonNullable<ObjectDef['operations']>,
  fields: FieldDef[],
): ObjectDef => ({
  name,
  label: name.replace(/([a-z])([A-Z])/g, '$1 $2'),
  labelPlural,
  keyPrefix: PLATFORM_KEY_PREFIXES[name],
  custom: false,
  fields: [...auditFields(false), ...fields],
  childRelationships: [],
  operations,
  setup: true,
});

export function platformObjects(): ObjectDef[] {
  return [
    // One row: the org itself. Query-only over the API.
    object('Organization', 'Organizations', { create: false, update: false, delete: false }, [
      field('Name', text(80, readOnly)),
      field('Division', text(80, readOnly)),
      field('InstanceName', text(5, readOnly)),
      field('IsSandbox', flag(readOnly)),
      field('TrialExpirationDate', { type: 'datetime', ...readOnly }),
      field('NamespacePrefix', text(15, readOnly)),
      field(
        'OrganizationType',
        picklist(['Team Edition', 'Professional Edition', 'Enterprise Edition', 'Developer Edition'], readOnly),
      ),
      field('LanguageLocaleKey', text(40, readOnly)),
      field('DefaultLocaleSidKey', text(40, readOnly)),
      field('TimeZoneSidKey', text(40, readOnly)),
      field('FiscalYearStartMonth', { type: 'int', precision: 2, scale: 0, ...readOnly }),
    ]),
    object('Profile', 'Profiles', { create: false, update: false, delete: false }, [
      field('Name', text(255, readOnly)),
      field('Description', text(255, readOnly)),
      field('UserType', picklist(['Standard', 'PowerPartner', 'CsnOnly'], readOnly)),
      field('UserLicenseName', text(80, { ...readOnly, label: 'User License' })),
    ]),
    object('PermissionSet', 'Permission Sets', { create: false, update: false, delete: false }, [
      field('Name', text(80, readOnly)),
      field('Label', text(80, readOnly)),
      field('Description', text(255, readOnly)),
      field('NamespacePrefix', text(15, readOnly)),
      field('IsOwnedByProfile', flag(readOnly)),
      field('IsCustom', flag(readOnly)),
      field('ProfileId', ref('Profile', 'Profile', readOnly)),
      field('Type', picklist(['Regular', 'Profile', 'Group', 'Session'], readOnly)),
      field('HasActivationRequired', flag(readOnly)),
      ...SYSTEM_PERMISSIONS.map((p) => field(`Permissions${p}`, flag(readOnly))),
    ]),
    // Assignments are created and deleted, never updated (Object Reference: "Supported calls: create(), delete(),
    // describeSObjects(), query(), retrieve()…"). One user holds a permission set at most once: DUPLICATE_VALUE.
    object('PermissionSetAssignment', 'Permission Set Assignments', { create: true, update: false, delete: true }, [
      field('AssigneeId', ref('User', 'Assignee', { required: true, updateable: false })),
      field('PermissionSetId', ref('PermissionSet', 'PermissionSet', { required: true, updateable: false })),
      field('IsActive', flag({ ...readOnly, defaultValue: true })),
      field('ExpirationDate', { type: 'datetime', updateable: false }),
    ]),
    // A deployed CustomNotificationType component (Metadata API) becomes one row; query-only over the REST API
    // here, stricter than the Tooling API, which may also create them (Object Reference, "CustomNotificationType").
    object('CustomNotificationType', 'Custom Notification Types', { create: false, update: false, delete: false }, [
      field('CustomNotifTypeName', text(80, { ...readOnly, label: 'Name' })),
      field('DeveloperName', text(80, readOnly)),
      field('MasterLabel', text(80, { ...readOnly, label: 'Label' })),
      field('Description', text(255, readOnly)),
      field('Desktop', flag(readOnly)),
      field('Mobile', flag(readOnly)),
      field('NamespacePrefix', text(15, readOnly)),
    ]),
  ].map((def) =>
    def.name === 'PermissionSetAssignment' ? { ...def, uniqueTogether: [['AssigneeId', 'PermissionSetId']] } : def,
  );
}

/** Fields the platform objects add to the standard ones (User.ProfileId: every user has exactly one profile). */
export function platformFieldsOf(objectName: string): FieldDef[] {
  if (objectName === 'User') return [field('ProfileId', ref('Profile', 'Profile', { required: true }))];
  return [];
}

/** Child relationship names of the platform lookups. */
export const PLATFORM_CHILD_RELATIONSHIP_NAMES: Record<string, string> = {
  'PermissionSetAssignment.AssigneeId': 'PermissionSetAssignments',
  'PermissionSetAssignment.PermissionSetId': 'Assignments',
  'PermissionSet.ProfileId': 'PermissionSets',
  'User.ProfileId': 'Users',
};
