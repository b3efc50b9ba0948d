// Turns the GraphQL answer into the planning core's AccountPlan, plus the record ids the components write back to.
// The plan itself comes from the plan reader the sync's assemble stage uses (c/planRecordReader, generated from
// plan-reader), so the plan the browser analyzes is the plan the sync analyzed. What is added here is the page's:
// record ids, the blueprint checkboxes the core does not read, and the score trend.
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
 * Returns { plan, relationshipIds (pair key → Relationship__c Id), blueprints (records with ids), snapshots }.
 */
export function buildPlan(query, accountId, asOf) {
  const read = readAccountPlan(accountId, recordsFromUiApi(query), { asOf });
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
  return { plan, relationshipIds, blueprints, snapshots };
}

/** Returns a copy of the plan with one pair's relationship replaced (or added) by `changes`. */
export function withRelationship(plan, contactId, memberId, changes) {
  const others = plan.relationships.filter((r) => r.contactId !== contactId || r.memberId !== memberId);
  const current = plan.relationships.find((r) => r.contactId === contactId && r.memberId === memberId) || {
    contactId,
    memberId,
  };
  const next = optional({ ...current, ...changes });
  return { ...plan, relationships: [...others, next] };
}
