// The UI API GraphQL shape (what the LWCs' `lightning/graphql` wire delivers) turned into the reader's one record
// shape: `{ Name: { value: 'Ada' } }` becomes `{ Name: 'Ada' }`, and the answer's own `User` list (the page reads each
// member's user once, through a semi-join on the account's pairs) with the users nested in the rows (`Owner`,
// `User`, `Relation`, `Team_Member__r`) becomes the `User` list.
import {
  EVIDENCE_FIELDS,
  MOVE_FIELDS,
  PLAN_FIELDS,
  type OrgRecord,
  type PlanObject,
  type PlanRecords,
} from './records';
import { isUserId } from './values';

/** A record node: `Id` as a string, other fields as `{ value }`, parent records nested under their relationship. */
export type UiApiNode = Readonly<Record<string, unknown>>;

/** The `uiapi.query` part of an answer: one connection per object, each `{ edges: [{ node }] }`. */
export type UiApiQuery = Readonly<
  Record<string, { readonly edges?: ReadonlyArray<{ readonly node: UiApiNode }> } | null | undefined>
>;

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null;

/** A field of a node: the `value` of a UI API field, or the value itself (`Id`, or an already plain record). */
const fieldValue = (v: unknown): unknown => (isObject(v) && 'value' in v ? v.value : v);

/** The lookup field that holds a nested parent's id: `Owner` → `OwnerId`, `Team_Member__r` → `Team_Member__c`. */
const lookupField = (relationship: string): string =>
  relationship.endsWith('__r') ? `${relationship.slice(0, -3)}__c` : `${relationship}Id`;

const userFields = PLAN_FIELDS.User.filter((field) => field !== 'Id');

/**
 * The parents nested in a list's nodes, each with the lookup that holds its id. Nodes of one list share the
 * query's selection, so the first node tells: a parent is `null` or an object without `value`.
 */
function nestedParents(node: UiApiNode | undefined): Array<[string, string]> {
  if (!node) return [];
  return Object.keys(node)
    .filter((key) => key !== 'Id' && (node[key] === null || (isObject(node[key]) && !('value' in node[key]))))
    .map((key) => [key, lookupField(key)]);
}

/** A user node as a plain row: its Id and the user fields the plan reads (undefined where the node lacks one). */
function userRow(id: string, node: UiApiNode): OrgRecord {
  const user: Record<string, unknown> = { Id: id };
  for (const field of userFields) user[field] = fieldValue(node[field]);
  return user;
}

/**
 * The records of a UI API answer (all pages of it), by object; the lists the answer lacks are left out. `User` holds
 * the answer's User list first, then the users nested in other rows that list lacks, once each.
 */
export function recordsFromUiApi(query: UiApiQuery): PlanRecords {
  const records: Partial<Record<PlanObject, OrgRecord[]>> = {};
  const users = new Map<string, OrgRecord>();
  for (const edge of query.User?.edges ?? []) {
    const id = fieldValue(edge.node.Id);
    if (isUserId(id) && !users.has(id)) users.set(id, userRow(id, edge.node));
  }
  for (const object of Object.keys(PLAN_FIELDS) as PlanObject[]) {
    const connection = query[object];
    if (object === 'User' || !connection) continue;
    // Relationship rows also carry the sync's evidence when the query selected it.
    const fields: readonly string[] =
      object === 'Relationship__c' ? [...PLAN_FIELDS[object], ...EVIDENCE_FIELDS] : PLAN_FIELDS[object];
    const nodes = (connection.edges ?? []).map((edge) => edge.node);
    const parents = nestedParents(nodes[0]);
    records[object] = nodes.map((node) => {
      const row: Record<string, unknown> = {};
      for (const field of fields) if (field in node) row[field] = fieldValue(node[field]);
      // The move fields a query selected (flat ones; parents stay nested for valueAt).
      for (const field of (MOVE_FIELDS as Partial<Record<PlanObject, readonly string[]>>)[object] ?? []) {
        if (field in node) row[field] = fieldValue(node[field]);
      }
      for (const [key, lookup] of parents) {
        const nested = node[key];
        if (!isObject(nested)) continue;
        const id = fieldValue(nested.Id) ?? fieldValue(node[lookup]);
        if (!isUserId(id) || users.has(id)) continue;
        users.set(id, userRow(id, nested));
      }
      return row;
    });
  }
  records.User = [...users.values()];
  return records;
}
