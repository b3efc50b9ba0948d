// The public API of the plan reader: an account's Salesforce records → the planning core's AccountPlan. Pure: no
// I/O, no clock. The sync's assemble stage, the LWCs (through the generated planRecordReader bundle) and the
// emulator's dataset checks all read plans here, so the browser's plan is the sync's by construction.
export {
  EVIDENCE_FIELDS,
  MOVE_FIELDS,
  PLAN_FIELDS,
  type OrgRecord,
  type PlanObject,
  type PlanRecords,
} from './records';
export {
  readAccountPlan,
  readAccountPlans,
  relationshipEvidence,
  relationshipRepFields,
  type BlueprintIds,
  type PlanRead,
  type ReadOptions,
  type SkipCounts,
} from './read';
export {
  ACTIVITY_FIELDS,
  evidenceRecords,
  relationChangeDays,
  type EvidenceOptions,
  type FetchedRecords,
} from './evidence';
export { recordsFromUiApi, type UiApiNode, type UiApiQuery } from './ui-api';
export { bool, day, groupBy, isContactId, isUserId, multi, num, pick, text, valueAt } from './values';
export { keyContactId } from './read';
