// Turns the GraphQL answer into the planning core's AccountPlan, plus the record ids the components write back to.

const BUYER_ROLES = ['Power', 'User', 'Advisor', 'Evangelist'];
const SENIORITIES = ['Executive', 'VP', 'Director', 'Manager', 'Staff'];
const HORIZONS = [30, 60, 90];

const value = (field) => (field && field.value !== undefined && field.value !== null ? field.value : undefined);
const nodes = (connection) => (connection && connection.edges ? connection.edges.map((edge) => edge.node) : []);
const optional = (entries) =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ''));

/** The key the package uses for a contact × team member pair (Relationship__c.Pair_Key__c). */
export function pairKey(contactId, memberId) {
  return `${contactId}:${memberId}`;
}

function seniorityOf(field) {
  const raw = value(field);
  return SENIORITIES.includes(raw) ? raw : undefined;
}

function horizonOf(field) {
  const raw = Number(value(field));
  return HORIZONS.includes(raw) ? raw : undefined;
}

function multiSelect(field, allowed) {
  const raw = value(field);
  return raw ? raw.split(';').filter((code) => allowed.includes(code)) : [];
}

function toContact(node) {
  return optional({
    id: node.Id,
    name: value(node.Name) || node.Id,
    title: value(node.Title),
    seniority: seniorityOf(node.Seniority__c),
    roles: multiSelect(node.Buyer_Roles__c, BUYER_ROLES),
    department: value(node.Department),
  });
}

function toMember(id, user) {
  return optional({
    id,
    name: (user && value(user.Name)) || id,
    title: user ? value(user.Title) : undefined,
    seniority: user ? seniorityOf(user.Seniority__c) : undefined,
  });
}

function collectMembers(teamNodes, relationshipNodes) {
  const members = new Map();
  for (const node of teamNodes) {
    const id = value(node.UserId);
    if (id && !members.has(id)) members.set(id, toMember(id, node.User));
  }
  // A member graded on this account stays on the map even after leaving the account team.
  for (const node of relationshipNodes) {
    const id = value(node.Team_Member__c);
    if (id && !members.has(id)) members.set(id, toMember(id, node.Team_Member__r));
  }
  return [...members.values()];
}

function toRelationship(node) {
  const key = value(node.Key_Intersection__c) === true;
  return optional({
    contactId: value(node.Contact__c),
    memberId: value(node.Team_Member__c),
    grade: value(node.Grade__c),
    gradedOn: value(node.Graded_On__c),
    key,
    horizonDays: key ? horizonOf(node.Focus_Horizon__c) : undefined,
  });
}

function taskKind(subtype) {
  if (subtype === 'Call') return 'call';
  if (subtype === 'Email' || subtype === 'ListEmail') return 'email';
  return 'other';
}

function toTouches(taskNodes, eventNodes, contactIds) {
  const touches = [];
  const add = (node, kind) => {
    const contactId = value(node.WhoId);
    const memberId = value(node.OwnerId);
    const date = value(node.ActivityDate);
    if (contactIds.has(contactId) && memberId && date) touches.push({ contactId, memberId, date, kind });
  };
  taskNodes.forEach((node) => add(node, taskKind(value(node.TaskSubtype))));
  eventNodes.forEach((node) => add(node, 'meeting'));
  return touches;
}

function toOpportunity(node) {
  const closed = value(node.IsClosed) === true;
  const stage = !closed ? 'open' : value(node.IsWon) === true ? 'won' : 'lost';
  const owner = value(node.OwnerId);
  return {
    id: node.Id,
    stage,
    closeDate: value(node.CloseDate),
    memberIds: owner ? [owner] : [],
    contactRoles: nodes(node.OpportunityContactRoles)
      .map((role) => ({ contactId: value(role.ContactId), role: value(role.Role) || 'Other' }))
      .filter((role) => role.contactId),
  };
}

function toBlueprintRecord(node, relationshipById) {
  const relationship = relationshipById.get(value(node.Relationship__c));
  if (!relationship) return undefined;
  return optional({
    id: node.Id,
    relationshipId: relationship.Id,
    contactId: value(relationship.Contact__c),
    memberId: value(relationship.Team_Member__c),
    goal: value(node.Goal_Grade__c),
    strategies: value(node.Influence_Strategies__c) ? value(node.Influence_Strategies__c).split(';') : [],
    tactics: value(node.Tactics__c),
    resources: value(node.Resources__c),
    horizonDays: horizonOf(node.Horizon__c),
    dueDate: value(node.Due_Date__c),
    status: value(node.Status__c) || 'planned',
    investsOwnTime: value(node.Invests_Own_Time__c) === true,
    teachesUs: value(node.Teaches_Us__c) === true,
    showsUsefulness: value(node.Shows_Usefulness__c) === true,
  });
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
 * Builds the account's plan from the GraphQL `uiapi.query` answer.
 * Returns { plan, relationshipIds (pair key → Relationship__c Id), blueprints (records with ids), snapshots }.
 */
export function buildPlan(query, accountId, asOf) {
  const contactNodes = nodes(query.Contact);
  const relationshipNodes = nodes(query.Relationship__c).filter(
    (node) => value(node.Contact__c) && value(node.Team_Member__c),
  );
  const contacts = contactNodes.map(toContact);
  const contactIds = new Set(contacts.map((contact) => contact.id));
  const relationshipById = new Map(relationshipNodes.map((node) => [node.Id, node]));
  const relationshipIds = new Map(
    relationshipNodes.map((node) => [pairKey(value(node.Contact__c), value(node.Team_Member__c)), node.Id]),
  );
  const blueprints = nodes(query.Contact_Blueprint__c)
    .map((node) => toBlueprintRecord(node, relationshipById))
    .filter((record) => record && record.goal);
  const snapshots = nodes(query.Coverage_Snapshot__c)
    .map((node) => ({ asOf: value(node.As_Of__c), score: value(node.Score__c) }))
    .filter((snapshot) => snapshot.asOf && typeof snapshot.score === 'number')
    .sort((a, b) => a.asOf.localeCompare(b.asOf));

  const plan = {
    accountId,
    asOf,
    contacts,
    members: collectMembers(nodes(query.AccountTeamMember), relationshipNodes),
    relationships: relationshipNodes.map(toRelationship).filter((r) => contactIds.has(r.contactId)),
    touches: toTouches(nodes(query.Task), nodes(query.Event), contactIds),
    blueprints: blueprints.map(blueprintForCore),
    opportunities: nodes(query.Opportunity)
      .map(toOpportunity)
      .filter((opportunity) => opportunity.closeDate),
  };
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
