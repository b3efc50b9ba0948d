// Turns the GraphQL answer into the planning core's AccountPlan, plus the record ids the components write back to.
// The plan itself comes from the plan reader the sync's assemble stage uses (c/planRecordReader, generated from
// plan-reader), so the plan the browser analyzes is the plan the sync analyzed. The page's answer carries no tasks or
// events: each pair's evidence is what the last sync wrote on its Relationship__c (evidence 'sync'), so the core
// re-analyzes a rep's edit from the sync's summaries and the rep fields. What is added here is the page's: record
// ids, the blueprint checkboxes the core does not read, the score trend and when the sync last ran.
import { readAccountPlan, recordsFromUiApi } from 'c/planRecordReader';

const value = (field) => (field && field.value !== undefined && field.value !== null ? field.value : undefined);
const nodes = (connection) => (connection && connection.edges ? connection.edges.map((edge) => edge.node) : []);
/** `entries` without its undefined and empty values. A loop, not entries/fromEntries: it runs once per row. */
const optional = (entries) => {
  const kept = {};
  for (const key of Object.keys(entries)) {
    if (entries[key] !== undefined && entries[key] !== '') kept[key] = entries[key];
  }
  return kept;
};

/** A contact × team member pair inside one account's plan. */
export function pairKey(contactId, memberId) {
  return `${contactId}:${memberId}`;
}

/** Relationship__c.Pair_Key__c of a record created for the pair on an account (docs/contracts.md, "Pair identity"). */
export function recordPairKey(accountId, contactId, memberId) {
  return `${accountId}:${contactId}:${memberId}`;
}

/** The planning core's view of a blueprint record (the core ignores the LWC-only fields). */
export function blueprintForCore(record) {
  return optional({
    contactId: record.contactId,
    memberId: record.memberId,
    goal: record.goal,
    strategies: record.strategies || [],
    tactics: record.tactics,
    resources: record.resources,
    horizonDays: record.horizonDays,
    dueDate: record.dueDate,
    status: record.status,
  });
}

/**
 * Builds the account's plan from the GraphQL `uiapi.query` answer (all pages of it).
 * Returns { plan, relationshipIds (pair key → Relationship__c Id), blueprints (records with ids), snapshots,
 * syncedAt (the account's last sync, an ISO datetime, if any), evidence ('sync' or 'activity'), rolesImplied (the ids
 * of the contacts whose buyer roles are implied by opportunity contact roles, not their own) }.
 */
export function buildPlan(query, accountId, asOf) {
  // An answer with activities (older saved answers, tests) is read from them; the page's own is read from the sync.
  const evidence = query.Task || query.Event ? 'activity' : 'sync';
  const read = readAccountPlan(accountId, recordsFromUiApi(query), { asOf, evidence });
  const { plan } = read;
  const relationshipIds = new Map(
    plan.relationships.map((r, i) => [pairKey(r.contactId, r.memberId), read.relationshipIds[i]]),
  );
  const blueprintNodes = new Map(nodes(query.Contact_Blueprint__c).map((node) => [node.Id, node]));
  const blueprints = plan.blueprints.map((blueprint, i) => {
    const { id, relationshipId } = read.blueprintIds[i];
    const node = blueprintNodes.get(id);
    return {
      id,
      relationshipId,
      ...blueprint,
      investsOwnTime: value(node.Invests_Own_Time__c) === true,
      teachesUs: value(node.Teaches_Us__c) === true,
      showsUsefulness: value(node.Shows_Usefulness__c) === true,
    };
  });
  const snapshots = nodes(query.Coverage_Snapshot__c)
    .map((node) => ({ asOf: value(node.As_Of__c), score: value(node.Score__c) }))
    .filter((snapshot) => snapshot.asOf && typeof snapshot.score === 'number')
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
  const [account] = nodes(query.Account);
  const syncedAt = account ? value(account.Coverage_Synced_At__c) : undefined;
  return { plan, relationshipIds, blueprints, snapshots, syncedAt, evidence, rolesImplied: read.rolesImplied };
}

/**
 * Returns a copy of the plan with one pair's relationship replaced (in its place) or added (at the end) by `changes`:
 * the order the org's answer will have once the change is saved, so the plan read back equals this one.
 */
export function withRelationship(plan, contactId, memberId, changes) {
  const at = plan.relationships.findIndex((r) => r.contactId === contactId && r.memberId === memberId);
  const next = optional({ ...(at === -1 ? { contactId, memberId } : plan.relationships[at]), ...changes });
  const relationships = [...plan.relationships];
  if (at === -1) relationships.push(next);
  else relationships[at] = next;
  return { ...plan, relationships };
}
