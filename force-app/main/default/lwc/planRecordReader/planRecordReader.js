// GENERATED FILE, do not edit: built from plan-reader/src by scripts/build-planning-core-lwc.js.
// Rebuild with `npm run build:lwc-core`; the LWC tests fail while this file is stale.

// plan-reader/src/records.ts
var PLAN_FIELDS = {
  Contact: ["Id", "Name", "Title", "Department", "Seniority__c", "Buyer_Roles__c", "Implied_Buyer_Roles__c"],
  AccountTeamMember: ["UserId"],
  Opportunity: ["Id", "OwnerId", "IsClosed", "IsWon", "CloseDate"],
  OpportunityTeamMember: ["OpportunityId", "UserId"],
  OpportunityContactRole: ["OpportunityId", "ContactId", "Role"],
  Task: ["WhoId", "OwnerId", "ActivityDate", "TaskSubtype"],
  Event: ["Id", "WhoId", "OwnerId", "ActivityDate", "StartDateTime"],
  EventRelation: ["EventId", "RelationId"],
  Relationship__c: [
    "Id",
    "Contact__c",
    "Team_Member__c",
    "Grade__c",
    "Graded_On__c",
    "Key_Intersection__c",
    "Focus_Horizon__c",
    "Closed_On__c",
    "Closed_Reason__c"
  ],
  Contact_Blueprint__c: [
    "Id",
    "Relationship__c",
    "Goal_Grade__c",
    "Influence_Strategies__c",
    "Tactics__c",
    "Resources__c",
    "Horizon__c",
    "Due_Date__c",
    "Status__c"
  ],
  User: ["Id", "Name", "Title", "Seniority__c"]
};
var EVIDENCE_FIELDS = [
  "Suggested_Grade__c",
  "Grade_Reasons__c",
  "Last_Touch__c",
  "Last_Meeting__c",
  "Touches_90d__c"
];
var MOVE_FIELDS = {
  Relationship__c: [
    "Account__c",
    "Pair_Key__c",
    "Effective_Grade__c",
    "Last_Touch__c",
    "Account__r.Name",
    "Contact__r.Name",
    "Contact__r.Buyer_Roles__c",
    "Contact__r.Account.Name"
  ]
};
var ACCOUNT_FIELDS = {
  Contact: "AccountId",
  AccountTeamMember: "AccountId",
  Opportunity: "AccountId",
  Task: "AccountId",
  Event: "AccountId",
  Relationship__c: "Account__c"
};
var PARENT_FIELDS = {
  OpportunityTeamMember: ["OpportunityId", "Opportunity"],
  OpportunityContactRole: ["OpportunityId", "Opportunity"],
  EventRelation: ["EventId", "Event"],
  Contact_Blueprint__c: ["Relationship__c", "Relationship__c"]
};

// plan-reader/src/read.ts
import {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  DEPARTURE_REASONS,
  GRADES,
  HORIZONS,
  SENIORITIES,
  STRATEGIES,
  mapOpportunityRole
} from "c/planningCore";

// plan-reader/src/values.ts
var text = (v) => {
  if (v === null || v === void 0) return void 0;
  const s = String(v).trim();
  return s === "" ? void 0 : s;
};
var num = (v) => {
  if (v === null || v === void 0 || v === "") return void 0;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : void 0;
};
var bool = (v) => v === true || v === "true";
var day = (v) => {
  const s = text(v);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : void 0;
};
var multi = (v) => (text(v) ?? "").split(";").map((s) => s.trim()).filter(Boolean);
var pick = (values, v) => {
  const s = text(v);
  return s !== void 0 && values.includes(s) ? s : void 0;
};
function groupBy(rows, field) {
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows ?? []) {
    const key = text(row[field]);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
var isUserId = (id) => typeof id === "string" && id.startsWith("005");
var isContactId = (id) => typeof id === "string" && id.startsWith("003");
function valueAt(row, path) {
  if (path in row) return row[path];
  let value = row;
  for (const part of path.split(".")) {
    value = value && typeof value === "object" ? value[part] : void 0;
  }
  return value;
}

// plan-reader/src/read.ts
var TASK_KINDS = { Call: "call", Email: "email" };
var buyerRoles = (values) => BUYER_ROLES.filter((role) => values.includes(role));
var isBuyerRole = (value) => BUYER_ROLES.includes(value);
var unique = (ids) => ids.length < 2 ? ids : [...new Set(ids)];
var horizon = (v) => {
  const n = num(v);
  return HORIZONS.find((h) => h === n);
};
var usersById = (rows) => {
  const users = /* @__PURE__ */ new Map();
  for (const row of rows ?? []) {
    const id = text(row.Id);
    if (id && !users.has(id)) users.set(id, row);
  }
  return users;
};
function relationshipRepFields(row) {
  const fields = {};
  const grade = pick(GRADES, row.Grade__c);
  const gradedOn = day(row.Graded_On__c);
  const horizonDays = horizon(row.Focus_Horizon__c);
  if (grade) fields.grade = grade;
  if (gradedOn) fields.gradedOn = gradedOn;
  if (bool(row.Key_Intersection__c)) fields.key = true;
  if (horizonDays) fields.horizonDays = horizonDays;
  return fields;
}
function relationshipEvidence(row, contactId, memberId) {
  const suggested = pick(GRADES, row.Suggested_Grade__c);
  const lastTouch = day(row.Last_Touch__c);
  const lastMeeting = day(row.Last_Meeting__c);
  const touches = num(row.Touches_90d__c);
  if (!suggested && !lastTouch && !lastMeeting && !touches) return void 0;
  const summary = { contactId, memberId, recentTouches: touches && touches > 0 ? touches : 0 };
  if (lastTouch) summary.lastTouch = lastTouch;
  if (lastMeeting) summary.lastMeeting = lastMeeting;
  if (suggested) {
    summary.suggested = suggested;
    summary.reasons = (text(row.Grade_Reasons__c) ?? "").split("\n").filter(Boolean);
  }
  return summary;
}
function keyContactId(key) {
  const parts = (text(key) ?? "").split(":");
  return [parts.length >= 3 ? parts[1] : parts[0]].find(isContactId);
}
var knownGrade = (row) => pick(GRADES, row.Grade__c) ?? pick(GRADES, row.Effective_Grade__c);
function readDeparture(row, contactId, memberId) {
  const reason = pick(DEPARTURE_REASONS, row.Closed_Reason__c);
  const leftOn = day(row.Closed_On__c);
  if (!reason || !leftOn) return void 0;
  const name = text(valueAt(row, "Contact__r.Name")) ?? (reason === "deleted" ? "A contact" : contactId);
  const departure = { contactId, name, reason, leftOn, relationships: [] };
  const roles = multi(valueAt(row, "Contact__r.Buyer_Roles__c")).filter(isBuyerRole);
  const toAccountName = reason === "deleted" ? void 0 : text(valueAt(row, "Contact__r.Account.Name"));
  if (roles.length) departure.roles = roles;
  if (toAccountName) departure.toAccountName = toAccountName;
  const grade = knownGrade(row);
  departure.relationships.push(grade ? { memberId, grade } : { memberId });
  return departure;
}
function readHistory(row, memberId) {
  const grade = knownGrade(row);
  const dates = [day(row.Graded_On__c), day(row.Last_Touch__c)].filter((d) => Boolean(d)).sort();
  const date = dates[dates.length - 1] ?? day(row.Closed_On__c);
  if (!grade || !date) return void 0;
  return { accountName: text(valueAt(row, "Account__r.Name")) ?? "another account", memberId, grade, date };
}
function readBlueprint(row, contactId, memberId) {
  const goal = pick(GRADES, row.Goal_Grade__c);
  const status = pick(BLUEPRINT_STATUSES, row.Status__c);
  if (!goal || !status) return void 0;
  const blueprint = {
    contactId,
    memberId,
    goal,
    strategies: multi(row.Influence_Strategies__c).filter(
      (s) => STRATEGIES.includes(s)
    ),
    status
  };
  const tactics = text(row.Tactics__c);
  const resources = text(row.Resources__c);
  const horizonDays = horizon(row.Horizon__c);
  const dueDate = day(row.Due_Date__c);
  if (tactics) blueprint.tactics = tactics;
  if (resources) blueprint.resources = resources;
  if (horizonDays) blueprint.horizonDays = horizonDays;
  if (dueDate) blueprint.dueDate = dueDate;
  return blueprint;
}
function readMember(id, user) {
  const member = { id, name: text(user?.Name) ?? id };
  const title = text(user?.Title);
  const seniority = pick(SENIORITIES, user?.Seniority__c);
  if (title) member.title = title;
  if (seniority) member.seniority = seniority;
  return member;
}
function readPlan(accountId, records, users, options) {
  const skipped = {};
  const skip = (reason) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const memberIds = /* @__PURE__ */ new Set();
  const addMember = (id) => {
    if (isUserId(id)) memberIds.add(id);
  };
  for (const row of records.AccountTeamMember ?? []) addMember(text(row.UserId));
  const contactRows = records.Contact ?? [];
  const contactIds = new Set(contactRows.map((row) => String(row.Id)));
  const teams = groupBy(records.OpportunityTeamMember, "OpportunityId");
  const roles = groupBy(records.OpportunityContactRole, "OpportunityId");
  const mappedRoles = /* @__PURE__ */ new Map();
  const opportunities = [];
  for (const row of records.Opportunity ?? []) {
    const id = String(row.Id);
    const team = [text(row.OwnerId), ...(teams.get(id) ?? []).map((m) => text(m.UserId))].filter(isUserId);
    team.forEach(addMember);
    const contactRoles = (roles.get(id) ?? []).flatMap((r) => {
      const contactId = text(r.ContactId);
      const role = text(r.Role);
      if (!contactId) return [];
      const mapped = role ? mapOpportunityRole(role, options.roleMapping) : void 0;
      if (mapped && contactIds.has(contactId)) {
        const set = mappedRoles.get(contactId) ?? /* @__PURE__ */ new Set();
        set.add(mapped);
        mappedRoles.set(contactId, set);
      }
      return [{ contactId, role: role ?? "" }];
    });
    const closeDate = day(row.CloseDate);
    if (!closeDate) {
      skip("opportunity without close date");
      continue;
    }
    const stage = !bool(row.IsClosed) ? "open" : bool(row.IsWon) ? "won" : "lost";
    opportunities.push({ id, stage, closeDate, memberIds: [...new Set(team)], contactRoles });
  }
  const fromRows = records.OpportunityContactRole !== void 0;
  const impliedRoles = /* @__PURE__ */ new Map();
  const rolesImplied = /* @__PURE__ */ new Set();
  const contacts = contactRows.map((row) => {
    const id = String(row.Id);
    const own = [...new Set(multi(row.Buyer_Roles__c).filter(isBuyerRole))];
    const implied = buyerRoles(fromRows ? [...mappedRoles.get(id) ?? []] : multi(row.Implied_Buyer_Roles__c));
    if (implied.length) impliedRoles.set(id, implied);
    if (!own.length && implied.length) rolesImplied.add(id);
    const name = text(row.Name);
    if (!name) skip("contact without a name (shown by id)");
    const contact = { id, name: name ?? id, roles: own.length ? own : implied };
    const title = text(row.Title);
    const seniority = pick(SENIORITIES, row.Seniority__c);
    const department = text(row.Department);
    if (title) contact.title = title;
    if (seniority) contact.seniority = seniority;
    if (department) contact.department = department;
    return contact;
  });
  const touches = [];
  const addTouches = (people, members2, date, kind) => {
    if (!date) {
      skip("activity without a date");
      return;
    }
    const known = people.filter((id) => contactIds.has(id));
    if (!known.length) {
      skip("activity without a contact of this account");
      return;
    }
    for (const contactId of unique(known)) {
      for (const memberId of unique(members2)) {
        addMember(memberId);
        touches.push({ contactId, memberId, date, kind });
      }
    }
  };
  for (const row of records.Task ?? []) {
    const kind = TASK_KINDS[text(row.TaskSubtype) ?? ""];
    if (!kind) continue;
    addTouches(
      [text(row.WhoId)].filter(isContactId),
      [text(row.OwnerId)].filter(isUserId),
      day(row.ActivityDate),
      kind
    );
  }
  const invitees = groupBy(records.EventRelation, "EventId");
  for (const row of records.Event ?? []) {
    const related = (invitees.get(String(row.Id)) ?? []).map((r) => text(r.RelationId));
    addTouches(
      [text(row.WhoId), ...related].filter(isContactId),
      [text(row.OwnerId), ...related].filter(isUserId),
      day(row.ActivityDate) ?? day(row.StartDateTime),
      "meeting"
    );
  }
  const relationships = [];
  const evidence = [];
  const relationshipIds = [];
  const kept = /* @__PURE__ */ new Map();
  const pairs = /* @__PURE__ */ new Set();
  const departures = /* @__PURE__ */ new Map();
  const histories = /* @__PURE__ */ new Map();
  for (const row of records.Relationship__c ?? []) {
    const memberId = text(row.Team_Member__c);
    const linked = text(row.Contact__c);
    const contactId = linked ?? (text(row.Closed_Reason__c) === "deleted" ? keyContactId(row.Pair_Key__c) : void 0);
    if (!contactId || !isUserId(memberId)) {
      skip("relationship without contact or team member");
      continue;
    }
    const homeAccount = text(row.Account__c);
    if (homeAccount && homeAccount !== accountId) {
      const entry = contactIds.has(contactId) ? readHistory(row, memberId) : void 0;
      if (!entry) continue;
      addMember(memberId);
      histories.set(contactId, [...histories.get(contactId) ?? [], entry]);
      continue;
    }
    if (!contactIds.has(contactId) || !linked) {
      const departed = readDeparture(row, contactId, memberId);
      if (!departed) {
        skip("relationship on a contact no longer on the account");
        continue;
      }
      addMember(memberId);
      const known = departures.get(contactId);
      if (!known) departures.set(contactId, departed);
      else {
        known.relationships.push(...departed.relationships);
        if (departed.leftOn < known.leftOn) known.leftOn = departed.leftOn;
      }
      continue;
    }
    const pair = `${contactId}:${memberId}`;
    if (pairs.has(pair)) {
      skip("duplicate relationship record for one pair");
      continue;
    }
    pairs.add(pair);
    addMember(memberId);
    const relationship = { contactId, memberId, ...relationshipRepFields(row) };
    relationships.push(relationship);
    if (options.evidence === "sync") {
      const summary = relationshipEvidence(row, contactId, memberId);
      if (summary) evidence.push(summary);
    }
    relationshipIds.push(String(row.Id));
    kept.set(String(row.Id), relationship);
  }
  const blueprints = [];
  const blueprintIds = [];
  for (const row of records.Contact_Blueprint__c ?? []) {
    const relationshipId = text(row.Relationship__c);
    const relationship = relationshipId ? kept.get(relationshipId) : void 0;
    if (!relationshipId || !relationship) continue;
    const blueprint = readBlueprint(row, relationship.contactId, relationship.memberId);
    if (!blueprint) {
      skip("blueprint without a valid goal or status");
      continue;
    }
    blueprints.push(blueprint);
    blueprintIds.push({ id: String(row.Id), relationshipId });
  }
  const members = [...memberIds].map((id) => {
    const user = users.get(id);
    if (!user) skip("team member without a readable user record");
    return readMember(id, user);
  });
  for (const contact of contacts) {
    const history = histories.get(contact.id);
    if (history) contact.history = history;
  }
  const plan = {
    accountId,
    asOf: options.asOf,
    contacts,
    members,
    relationships,
    touches,
    blueprints,
    opportunities
  };
  if (options.evidence === "sync") {
    plan.touches = [];
    plan.evidence = evidence;
  }
  if (departures.size) plan.departures = [...departures.values()];
  return {
    plan,
    impliedRoles,
    rolesImplied,
    relationshipIds,
    blueprintIds,
    skipped
  };
}
function readAccountPlan(accountId, records, options) {
  return readPlan(accountId, records, usersById(records.User), options);
}
function readAccountPlans(records, accountIds, options) {
  const wanted = new Set(accountIds);
  const byAccount = /* @__PURE__ */ new Map();
  const file = (accountId, object, row) => {
    if (!accountId || !wanted.has(accountId)) return;
    let lists = byAccount.get(accountId);
    if (!lists) byAccount.set(accountId, lists = {});
    (lists[object] ?? (lists[object] = [])).push(row);
  };
  const accountOf = /* @__PURE__ */ new Map();
  for (const [object, field] of Object.entries(ACCOUNT_FIELDS)) {
    const parents = /* @__PURE__ */ new Map();
    accountOf.set(object, parents);
    for (const row of records[object] ?? []) {
      const accountId = text(row[field]);
      const id = text(row.Id);
      if (accountId && id && !parents.has(id)) parents.set(id, accountId);
      file(accountId, object, row);
    }
  }
  const contactAccount = accountOf.get("Contact");
  const onAccount = new Set((records.Contact ?? []).map((row) => `${text(row.AccountId) ?? ""}:${text(row.Id) ?? ""}`));
  for (const row of records.Relationship__c ?? []) {
    const contactId = text(row.Contact__c) ?? "";
    const home = contactAccount?.get(contactId);
    const stillThere = onAccount.has(`${text(row.Account__c) ?? ""}:${contactId}`);
    if (home && home !== text(row.Account__c) && !stillThere) file(home, "Relationship__c", row);
  }
  for (const [object, [field, parent]] of Object.entries(PARENT_FIELDS)) {
    const parents = accountOf.get(parent);
    for (const row of records[object] ?? []) file(parents?.get(text(row[field]) ?? ""), object, row);
  }
  const users = usersById(records.User);
  const given = Object.keys(records).filter((object) => records[object] !== void 0);
  const listsOf = (id) => {
    const lists = byAccount.get(id) ?? {};
    for (const object of given) lists[object] ?? (lists[object] = []);
    return lists;
  };
  return new Map(accountIds.map((id) => [id, readPlan(id, listsOf(id), users, options)]));
}

// plan-reader/src/evidence.ts
import { addDays, mapOpportunityRole as mapOpportunityRole2 } from "c/planningCore";
var ACTIVITY_FIELDS = {
  Task: ["Id", "IsClosed"],
  TaskRelation: ["TaskId", "RelationId", "IsWhat"],
  EventRelation: ["Status"],
  AccountContactRelation: ["AccountId", "ContactId", "IsDirect", "IsActive", "Roles", "StartDate", "EndDate"]
};
function evidenceRecords(records, options) {
  const from = addDays(options.asOf, -options.horizonDays);
  const inWindow = (date) => date === void 0 || date >= from && date <= options.asOf;
  const relations = groupBy(records.TaskRelation, "TaskId");
  const tasks = [];
  for (const task of records.Task ?? []) {
    if (!bool(task.IsClosed) || !inWindow(day(task.ActivityDate))) continue;
    tasks.push(task);
    const who = text(task.WhoId);
    const others = /* @__PURE__ */ new Set();
    for (const relation of relations.get(text(task.Id) ?? "") ?? []) {
      const contactId = text(relation.RelationId);
      if (!bool(relation.IsWhat) && isContactId(contactId) && contactId !== who) others.add(contactId);
    }
    for (const contactId of others) tasks.push({ ...task, WhoId: contactId });
  }
  const declined = /* @__PURE__ */ new Set();
  const eventRelations = [];
  for (const relation of records.EventRelation ?? []) {
    if (text(relation.Status) === "Declined") declined.add(`${text(relation.EventId)}:${text(relation.RelationId)}`);
    else eventRelations.push(relation);
  }
  const events = [];
  for (const event of records.Event ?? []) {
    if (!inWindow(day(event.ActivityDate) ?? day(event.StartDateTime))) continue;
    const who = text(event.WhoId);
    events.push(who && declined.has(`${text(event.Id)}:${who}`) ? { ...event, WhoId: null } : event);
  }
  const contacts = [...records.Contact ?? []];
  const contactById = new Map(contacts.map((row) => [text(row.Id), row]));
  for (const relation of records.AccountContactRelation ?? []) {
    if (bool(relation.IsDirect) || relation.IsActive === false || relation.IsActive === "false") continue;
    const start = day(relation.StartDate);
    const end = day(relation.EndDate);
    if (start && start > options.asOf || end && end < options.asOf) continue;
    const contact = contactById.get(text(relation.ContactId));
    const accountId = text(relation.AccountId);
    if (!contact || !accountId || text(contact.AccountId) === accountId) continue;
    const related = { ...contact, AccountId: accountId };
    if (multi(contact.Buyer_Roles__c).length === 0) {
      const roles = multi(relation.Roles).map((role) => mapOpportunityRole2(role, options.roleMapping)).filter((role) => Boolean(role));
      if (roles.length) related.Buyer_Roles__c = [...new Set(roles)].join(";");
    }
    contacts.push(related);
  }
  return { ...records, Contact: contacts, Task: tasks, Event: events, EventRelation: eventRelations };
}
function relationChangeDays(relations, asOf) {
  const days = /* @__PURE__ */ new Map();
  for (const relation of relations ?? []) {
    if (bool(relation.IsDirect) || relation.IsActive === false || relation.IsActive === "false") continue;
    const accountId = text(relation.AccountId);
    if (!accountId) continue;
    const start = day(relation.StartDate);
    const end = day(relation.EndDate);
    const gone = end ? addDays(end, 1) : void 0;
    for (const change of [start, gone]) {
      if (!change || change <= asOf) continue;
      const known = days.get(accountId);
      if (!known || change < known) days.set(accountId, change);
    }
  }
  return days;
}

// plan-reader/src/ui-api.ts
var isObject = (v) => typeof v === "object" && v !== null;
var fieldValue = (v) => isObject(v) && "value" in v ? v.value : v;
var lookupField = (relationship) => relationship.endsWith("__r") ? `${relationship.slice(0, -3)}__c` : `${relationship}Id`;
var userFields = PLAN_FIELDS.User.filter((field) => field !== "Id");
function nestedParents(node) {
  if (!node) return [];
  return Object.keys(node).filter((key) => key !== "Id" && (node[key] === null || isObject(node[key]) && !("value" in node[key]))).map((key) => [key, lookupField(key)]);
}
function userRow(id, node) {
  const user = { Id: id };
  for (const field of userFields) user[field] = fieldValue(node[field]);
  return user;
}
function recordsFromUiApi(query) {
  const records = {};
  const users = /* @__PURE__ */ new Map();
  for (const edge of query.User?.edges ?? []) {
    const id = fieldValue(edge.node.Id);
    if (isUserId(id) && !users.has(id)) users.set(id, userRow(id, edge.node));
  }
  for (const object of Object.keys(PLAN_FIELDS)) {
    const connection = query[object];
    if (object === "User" || !connection) continue;
    const fields = object === "Relationship__c" ? [...PLAN_FIELDS[object], ...EVIDENCE_FIELDS] : PLAN_FIELDS[object];
    const nodes = (connection.edges ?? []).map((edge) => edge.node);
    const parents = nestedParents(nodes[0]);
    records[object] = nodes.map((node) => {
      const row = {};
      for (const field of fields) if (field in node) row[field] = fieldValue(node[field]);
      for (const field of MOVE_FIELDS[object] ?? []) {
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
export {
  ACTIVITY_FIELDS,
  EVIDENCE_FIELDS,
  MOVE_FIELDS,
  PLAN_FIELDS,
  bool,
  day,
  evidenceRecords,
  groupBy,
  isContactId,
  isUserId,
  keyContactId,
  multi,
  num,
  pick,
  readAccountPlan,
  readAccountPlans,
  recordsFromUiApi,
  relationChangeDays,
  relationshipEvidence,
  relationshipRepFields,
  text,
  valueAt
};
