// docs/contracts.md restated as data, so the tests can hold the XML to it; the value lists come from the core.
import {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  DEPARTURE_REASONS,
  GRADES as CORE_GRADES,
  HORIZONS as CORE_HORIZONS,
  RULES,
  SENIORITIES,
  SEVERITIES,
  STRATEGIES,
  gradeCodeLabel,
} from '@contact-plan/planning-core';

export type Access = 'rep' | 'svc' | 'key' | 'structure';

export interface ExpectedField {
  type: string;
  access: Access;
  length?: number;
  precision?: number;
  scale?: number;
  values?: readonly string[];
  referenceTo?: string;
  required?: boolean;
  externalIdUnique?: boolean;
}

export interface ExpectedObject {
  custom: boolean;
  label?: string;
  pluralLabel?: string;
  nameLabel?: string;
  displayFormat?: string;
  fields: Record<string, ExpectedField>;
}

// The value lists are the planning core's (docs/contracts.md: picklist API names equal the core's codes), so a new
// code is checked here without a second copy of it.
export const GRADES = CORE_GRADES;
export const GRADE_LABELS = GRADES.map(gradeCodeLabel);
const HORIZONS = CORE_HORIZONS.map(String);

const picklist = (access: Access, values: readonly string[]): ExpectedField => ({ type: 'Picklist', access, values });
const multi = (access: Access, values: readonly string[]): ExpectedField => ({
  type: 'MultiselectPicklist',
  access,
  values,
});
const date = (access: Access): ExpectedField => ({ type: 'Date', access });
const dateTime = (access: Access): ExpectedField => ({ type: 'DateTime', access });
const checkbox = (access: Access): ExpectedField => ({ type: 'Checkbox', access });
const count = (access: Access): ExpectedField => ({ type: 'Number', access, precision: 6, scale: 0 });
const longText = (access: Access, length: number): ExpectedField => ({ type: 'LongTextArea', access, length });
const masterDetail = (referenceTo: string): ExpectedField => ({
  type: 'MasterDetail',
  access: 'structure',
  referenceTo,
  required: true,
});
const lookup = (access: Access, referenceTo: string, required = false): ExpectedField => ({
  type: 'Lookup',
  access,
  referenceTo,
  required,
});
const key = (access: Access, length: number): ExpectedField => ({
  type: 'Text',
  access,
  length,
  externalIdUnique: true,
});

export const MODEL: Record<string, ExpectedObject> = {
  Relationship__c: {
    custom: true,
    label: 'Relationship',
    pluralLabel: 'Relationships',
    nameLabel: 'Relationship Number',
    displayFormat: 'REL-{000000}',
    fields: {
      Account__c: masterDetail('Account'),
      // Set when the pair is created (by a rep or the sync), re-pointed only by reps; cleared when the contact is deleted.
      Contact__c: lookup('key', 'Contact'),
      Team_Member__c: lookup('structure', 'User', true),
      Grade__c: picklist('rep', GRADES),
      Graded_On__c: date('rep'),
      Key_Intersection__c: checkbox('rep'),
      Focus_Horizon__c: picklist('rep', HORIZONS),
      Suggested_Grade__c: picklist('svc', GRADES),
      Effective_Grade__c: picklist('svc', GRADES),
      Grade_Reasons__c: longText('svc', 4000),
      Grade_Drops_On__c: date('svc'),
      Next_Move_Goal__c: picklist('svc', GRADES),
      Next_Move_Gain__c: { type: 'Number', access: 'svc', precision: 3, scale: 0 },
      Last_Touch__c: date('svc'),
      Last_Meeting__c: date('svc'),
      Touches_90d__c: count('svc'),
      Synced_At__c: dateTime('svc'),
      Closed_On__c: date('svc'),
      Closed_Reason__c: picklist('svc', DEPARTURE_REASONS),
      // Set by whoever creates the pair: a rep grading a blank cell or the sync service.
      Pair_Key__c: key('key', 80),
    },
  },
  Contact_Blueprint__c: {
    custom: true,
    label: 'Contact Blueprint',
    pluralLabel: 'Contact Blueprints',
    nameLabel: 'Blueprint Number',
    displayFormat: 'BP-{000000}',
    fields: {
      Relationship__c: masterDetail('Relationship__c'),
      Goal_Grade__c: picklist('rep', GRADES),
      Influence_Strategies__c: multi('rep', STRATEGIES),
      Tactics__c: longText('rep', 32000),
      Resources__c: longText('rep', 32000),
      Horizon__c: picklist('rep', HORIZONS),
      Due_Date__c: date('rep'),
      Status__c: picklist('rep', BLUEPRINT_STATUSES),
      Invests_Own_Time__c: checkbox('rep'),
      Teaches_Us__c: checkbox('rep'),
      Shows_Usefulness__c: checkbox('rep'),
    },
  },
  Coverage_Warning__c: {
    custom: true,
    label: 'Coverage Warning',
    pluralLabel: 'Coverage Warnings',
    nameLabel: 'Warning Number',
    displayFormat: 'CW-{000000}',
    fields: {
      Account__c: masterDetail('Account'),
      Rule__c: picklist('svc', RULES),
      Severity__c: picklist('svc', SEVERITIES),
      Message__c: longText('svc', 2000),
      Contact__c: lookup('svc', 'Contact'),
      Team_Member__c: lookup('svc', 'User'),
      Status__c: picklist('svc', ['Open', 'Resolved']),
      First_Seen__c: date('svc'),
      Last_Seen__c: date('svc'),
      Warning_Key__c: key('svc', 100),
    },
  },
  Coverage_Snapshot__c: {
    custom: true,
    label: 'Coverage Snapshot',
    pluralLabel: 'Coverage Snapshots',
    nameLabel: 'Snapshot Number',
    displayFormat: 'CS-{000000}',
    fields: {
      Account__c: masterDetail('Account'),
      As_Of__c: date('svc'),
      Score__c: { type: 'Number', access: 'svc', precision: 3, scale: 0 },
      ...Object.fromEntries(GRADES.map((g) => [`Count_${g}__c`, count('svc')])),
      Count_Critical__c: count('svc'),
      Count_High__c: count('svc'),
      Count_Medium__c: count('svc'),
      Count_Low__c: count('svc'),
      Snapshot_Key__c: key('svc', 40),
    },
  },
  Account: {
    custom: false,
    fields: {
      Coverage_Score__c: { type: 'Number', access: 'svc', precision: 3, scale: 0 },
      Coverage_Synced_At__c: dateTime('svc'),
      Coverage_Review_On__c: date('svc'),
    },
  },
  Contact: {
    custom: false,
    fields: {
      Buyer_Roles__c: multi('rep', BUYER_ROLES),
      // The roles the contact's opportunity contact roles imply (docs/contracts.md); Buyer_Roles__c wins over it.
      Implied_Buyer_Roles__c: multi('svc', BUYER_ROLES),
      Seniority__c: picklist('rep', SENIORITIES),
    },
  },
  User: {
    custom: false,
    fields: { Seniority__c: picklist('rep', SENIORITIES), Contact_Plan_Digest__c: checkbox('rep') },
  },
};

export const CUSTOM_OBJECTS = Object.keys(MODEL).filter((name) => MODEL[name]!.custom);

export interface ModelField extends ExpectedField {
  object: string;
  field: string;
  qualified: string;
}

export const ALL_FIELDS: ModelField[] = Object.entries(MODEL).flatMap(([object, spec]) =>
  Object.entries(spec.fields).map(([field, f]) => ({ ...f, object, field, qualified: `${object}.${field}` })),
);

/** Salesforce rejects field permissions on required and master-detail fields: access to them follows the object. */
export const hasFieldSecurity = (f: ExpectedField): boolean => f.type !== 'MasterDetail' && !f.required;

export const PERMISSION_SETS = ['Contact_Plan_User', 'Contact_Plan_Admin', 'Contact_Plan_Integration'] as const;
