// Turns the GraphQL answer into the planning core's AccountPlan, plus the record ids the components write back to.
// It reads the rows the way the sync's assemble stage does (sync-service/src/pipeline/assemble.ts), so the plan the
// browser analyzes is the plan the sync analyzed: the same members, touches, roles and opportunity teams.
import {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  GRADES,
  HORIZONS,
  SENIORITIES,
  STRATEGIES,
  mapOpportunityRole,
} from 'c/planningCore';

const TASK_KINDS = { Call: 'call', Email: 'email' };

const value = (field) => (field && field.value !== undefined && field.value !== null ? field.value : undefined);
/** A field's value as trimmed text; blank is undefined (the sync's reading of a value). */
const text = (field) => {
  const raw = value(field);
  const trimmed = raw === undefined ? '' : String(raw).trim();
  return trimmed === '' ? undefined : trimmed;
};
/** The YYYY-MM-DD part of a date or datetime field. */
const day = (field) => {
  const raw = text(field);
  return raw && /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : undefined;
};
const nodes = (connection) => (connection && connection.edges ? connection.edges.map((edge) => edge.node) : []);
/** `entries` without its undefined and empty values. A loop, not entries/fromEntries: it runs once per row. */
const optional = (entries) => {
  const kept = {};
  for (const key of Object.keys(entries)) {
    if (entries[key] !== undefined && entries[key] !== '') kept[key] = entries[key];
  }
  return kept;
};
const pick = (allowed, field) => {
  const raw = text(field);
  return allowed.includes(raw) ? raw : undefined;
};
const multiSelect = (field, allowed) =>
  (text(field) || '')
    .split(';')
    .map((code) => code.trim())
    .filter((code) => allowed.includes(code));
const isUserId = (id) => typeof id === 'string' && id.startsWith('005');
const isContactId = (id) => typeof id === 'string' && id.startsWith('003');
const groupBy = (rows, field) => {
  const groups = new Map();
  for (const row of rows) {
    const key = text(row[field]);
    if (!key) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  return groups;
};

/** The key the package uses for a contact × team member pair (Relationship__c.Pair_Key__c). */
export function pairKey(contactId, memberId) {
  return `${contactId}:${memberId}`;
}

function horizonOf(field) {
  const raw = Number(text(field));
  return HORIZONS.includes(raw) ? raw : undefined;
}

/** Team members as they turn up in the answer: id → the user node that came with them (name, title, seniority). */
class MemberCollector {
  constructor() {
    this.users = new Map();
    this.ids = new Set();
  }

  /** Remembers the user details a row carries, whether or not the user becomes a member. */
  know(id, user) {
    if (isUserId(id) && user && !this.users.has(id)) this.users.set(id, user);
  }

  add(id, user) {
    this.know(id, user);
    if (isUserId(id)) this.ids.add(id);
  }

  members() {
    return [...this.ids].map((id) => {
      const user = this.users.get(id);
      return optional({
        id,
        name: text(user && user.Name) || id,
        title: user ? text(user.Title) : undefined,
        seniority: user ? pick(SENIORITIES, user.Seniority__c) : undefined,
      });
    });
  }
}

/** Opportunities with a close date, with their owner and team; maps contact roles to buyer roles on the way. */
function readOpportunities(query, contactIds, members) {
  const teams = groupBy(nodes(query.OpportunityTeamMember), 'OpportunityId');
  const roles = groupBy(nodes(query.OpportunityContactRole), 'OpportunityId');
  const mappedRoles = new Map();
  const opportunities = [];
  for (const node of nodes(query.Opportunity)) {
    const team = [];
    const owner = text(node.OwnerId);
    members.add(owner, node.Owner);
    if (isUserId(owner)) team.push(owner);
    for (const row of teams.get(node.Id) || []) {
      const userId = text(row.UserId);
      members.add(userId, row.User);
      if (isUserId(userId)) team.push(userId);
    }
    const contactRoles = (roles.get(node.Id) || []).flatMap((row) => {
      const contactId = text(row.ContactId);
      if (!contactId) return [];
      const role = text(row.Role);
      const mapped = role ? mapOpportunityRole(role) : undefined;
      if (mapped && contactIds.has(contactId)) {
        if (!mappedRoles.has(contactId)) mappedRoles.set(contactId, new Set());
        mappedRoles.get(contactId).add(mapped);
      }
      return [{ contactId, role: role || '' }];
    });
    const closeDate = day(node.CloseDate);
    if (!closeDate) continue;
    const closed = value(node.IsClosed) === true;
    const stage = !closed ? 'open' : value(node.IsWon) === true ? 'won' : 'lost';
    opportunities.push({ id: node.Id, stage, closeDate, memberIds: [...new Set(team)], contactRoles });
  }
  return { opportunities, mappedRoles };
}

function toContact(node, mappedRoles) {
  const own = multiSelect(node.Buyer_Roles__c, BUYER_ROLES);
  const roles = own.length ? own : [...(mappedRoles.get(node.Id) || [])];
  return optional({
    id: node.Id,
    name: text(node.Name) || node.Id,
    title: text(node.Title),
    seniority: pick(SENIORITIES, node.Seniority__c),
    roles: [...new Set(roles)],
    department: text(node.Department),
  });
}

/** Calls and emails from tasks; meetings from events with every invited user and contact (EventRelation). */
function readTouches(query, contactIds, members) {
  const touches = [];
  const add = (contacts, memberIds, date, kind) => {
    const known = contacts.filter((id) => contactIds.has(id));
    if (!date || !known.length) return;
    for (const contactId of new Set(known)) {
      for (const memberId of new Set(memberIds)) {
        members.add(memberId);
        touches.push({ contactId, memberId, date, kind });
      }
    }
  };
  for (const node of nodes(query.Task)) {
    const kind = TASK_KINDS[text(node.TaskSubtype)];
    const owner = text(node.OwnerId);
    members.know(owner, node.Owner);
    const who = text(node.WhoId);
    if (kind) add(isContactId(who) ? [who] : [], isUserId(owner) ? [owner] : [], day(node.ActivityDate), kind);
  }
  const invitees = groupBy(nodes(query.EventRelation), 'EventId');
  for (const node of nodes(query.Event)) {
    const owner = text(node.OwnerId);
    members.know(owner, node.Owner);
    const related = (invitees.get(node.Id) || []).map((row) => {
      members.know(text(row.RelationId), row.Relation);
      return text(row.RelationId);
    });
    const people = [text(node.WhoId), ...related];
    add(
      people.filter(isContactId),
      [owner, ...related].filter(isUserId),
      day(node.ActivityDate) || day(node.StartDateTime),
      'meeting',
    );
  }
  return touches;
}

function toRelationship(node) {
  const key = value(node.Key_Intersection__c) === true;
  return optional({
    contactId: text(node.Contact__c),
    memberId: text(node.Team_Member__c),
    grade: pick(GRADES, node.Grade__c),
    gradedOn: day(node.Graded_On__c),
    key: key || undefined,
    horizonDays: horizonOf(node.Focus_Horizon__c),
  });
}

/** Relationship__c rows on the account's contacts, the first row of each pair (as the sync keeps them). */
function keptRelationships(query, contactIds) {
  const seen = new Set();
  return nodes(query.Relationship__c).filter((node) => {
    const contactId = text(node.Contact__c);
    const memberId = text(node.Team_Member__c);
    if (!contactId || !isUserId(memberId) || !contactIds.has(contactId)) return false;
    const pair = pairKey(contactId, memberId);
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
}

function toBlueprintRecord(node, relationshipById) {
  const relationship = relationshipById.get(text(node.Relationship__c));
  const goal = pick(GRADES, node.Goal_Grade__c);
  const status = pick(BLUEPRINT_STATUSES, node.Status__c);
  if (!relationship || !goal || !status) return undefined;
  return optional({
    id: node.Id,
    relationshipId: relationship.Id,
    contactId: text(relationship.Contact__c),
    memberId: text(relationship.Team_Member__c),
    goal,
    strategies: multiSelect(node.Influence_Strategies__c, STRATEGIES),
    tactics: text(node.Tactics__c),
    resources: text(node.Resources__c),
    horizonDays: horizonOf(node.Horizon__c),
    dueDate: day(node.Due_Date__c),
    status,
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
 * Builds the account's plan from the GraphQL `uiapi.query` answer (all pages of it).
 * Returns { plan, relationshipIds (pair key → Relationship__c Id), blueprints (records with ids), snapshots }.
 */
export function buildPlan(query, accountId, asOf) {
  const contactNodes = nodes(query.Contact);
  const contactIds = new Set(contactNodes.map((node) => node.Id));
  // The account team leads the map's rows; users met through opportunities and activities follow.
  const members = new MemberCollector();
  for (const node of nodes(query.AccountTeamMember)) members.add(text(node.UserId), node.User);
  const { opportunities, mappedRoles } = readOpportunities(query, contactIds, members);
  const contacts = contactNodes.map((node) => toContact(node, mappedRoles));
  const touches = readTouches(query, contactIds, members);
  const relationshipNodes = keptRelationships(query, contactIds);
  // A member graded on this account stays on the map even after leaving the account team.
  relationshipNodes.forEach((node) => members.add(text(node.Team_Member__c), node.Team_Member__r));
  const relationshipById = new Map(relationshipNodes.map((node) => [node.Id, node]));
  const relationshipIds = new Map(
    relationshipNodes.map((node) => [pairKey(text(node.Contact__c), text(node.Team_Member__c)), node.Id]),
  );
  const blueprints = nodes(query.Contact_Blueprint__c)
    .map((node) => toBlueprintRecord(node, relationshipById))
    .filter(Boolean);
  const snapshots = nodes(query.Coverage_Snapshot__c)
    .map((node) => ({ asOf: value(node.As_Of__c), score: value(node.Score__c) }))
    .filter((snapshot) => snapshot.asOf && typeof snapshot.score === 'number')
    .sort((a, b) => a.asOf.localeCompare(b.asOf));

  const plan = {
    accountId,
    asOf,
    contacts,
    members: members.members(),
    relationships: relationshipNodes.map(toRelationship),
    touches,
    blueprints: blueprints.map(blueprintForCore),
    opportunities,
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
