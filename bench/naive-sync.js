// The independent check and naive peer of the sync. Starts two emulators from the same dataset; on org A runs the
// product's full sync (bench/sync.js's full phase), on org B a naive jsforce sync written plainly here: per account,
// one SOQL query per object (and per opportunity, task and event for their children), its own plan assembly from
// docs/method.md §1.4.2 and docs/contracts.md (no plan-reader, no sync-service), the public core's analyzeAccount with
// the default settings, and one create/update call per changed record. Then compares every svc field of
// Relationship__c, the open Coverage_Warning__c, Coverage_Snapshot__c and Account.Coverage_Score__c between A and B.
// Both assemble departures (records closed with their reason, CONTACT_LEFT) and the history a contact brings from
// accounts it left. Then a round of changes goes to both orgs (a move, a merge, an AccountContactRelation added and
// one deleted, a grade edit), the product syncs incrementally, the naive sync runs again, and the fields are compared
// again.
// Usage: npx tsc -b && npm run bench:naive -- --dataset m [--accounts 200]
// Exits 1 when anything disagrees.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parseArgs } = require('node:util');
const jsforce = require('jsforce');
const core = require('@contact-plan/planning-core');
const { startEmulatorProcess, emulatorCalls, report } = require('./sync');

const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'm' },
    accounts: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

const SETTINGS = core.resolveSettings();
const GRADES = new Set(core.GRADES);
const ROLES = new Set(core.BUYER_ROLES);
const day = (v) => (typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : undefined);
const blank = (v) => (v === undefined || v === null || v === '' ? null : v);
const q = (id) => `'${String(id).replace(/[^A-Za-z0-9]/g, '')}'`;

async function connect(login, admin) {
  const creds = JSON.parse(login);
  const conn = new jsforce.Connection({ loginUrl: creds.loginUrl, version: creds.apiVersion });
  await conn.login(admin ? creds.adminUsername : creds.username, creds.password);
  return conn;
}

const all = async (conn, soql) => (await conn.query(soql, { autoFetch: true, maxFetch: 1e9 })).records;
const allArchived = async (conn, soql) =>
  (await conn.query(soql, { scanAll: true, autoFetch: true, maxFetch: 1e9 })).records;

/** One account's plan, assembled plainly from its records. */
async function naiveAccount(conn, accountId, asOf, users) {
  const from = core.addDays(asOf, -core.evidenceHorizonDays(SETTINGS));
  const a = q(accountId);
  const contacts = await all(
    conn,
    `SELECT Id, Name, Title, Seniority__c, Department, Buyer_Roles__c, AccountId FROM Contact WHERE AccountId = ${a}`,
  );
  // Indirect, active relations in force on asOf add their contact (homed elsewhere) to this account.
  const relations = await all(
    conn,
    `SELECT ContactId, Roles, StartDate, EndDate FROM AccountContactRelation WHERE AccountId = ${a} AND IsDirect = false AND IsActive = true`,
  );
  for (const r of relations) {
    if ((day(r.StartDate) && day(r.StartDate) > asOf) || (day(r.EndDate) && day(r.EndDate) < asOf)) continue;
    if (contacts.some((c) => c.Id === r.ContactId)) continue;
    const [c] = await all(
      conn,
      `SELECT Id, Name, Title, Seniority__c, Department, Buyer_Roles__c, AccountId FROM Contact WHERE Id = ${q(r.ContactId)}`,
    );
    if (!c) continue;
    if (!c.Buyer_Roles__c && r.Roles) {
      const mapped = String(r.Roles)
        .split(';')
        .map((role) => core.mapOpportunityRole(role))
        .filter(Boolean);
      c.Buyer_Roles__c = [...new Set(mapped)].join(';');
    }
    contacts.push(c);
  }
  const onAccount = new Set(contacts.map((c) => c.Id));
  const members = [];
  const addMember = (id) => {
    if (typeof id === 'string' && id.startsWith('005') && !members.includes(id)) members.push(id);
  };
  for (const m of await all(conn, `SELECT UserId FROM AccountTeamMember WHERE AccountId = ${a}`)) addMember(m.UserId);

  const opportunities = [];
  const dealRoles = new Map();
  for (const o of await all(
    conn,
    `SELECT Id, OwnerId, CloseDate, IsClosed, IsWon FROM Opportunity WHERE AccountId = ${a}`,
  )) {
    const team = [o.OwnerId];
    for (const m of await all(conn, `SELECT UserId FROM OpportunityTeamMember WHERE OpportunityId = ${q(o.Id)}`))
      team.push(m.UserId);
    team.forEach(addMember);
    const contactRoles = [];
    for (const r of await all(
      conn,
      `SELECT ContactId, Role FROM OpportunityContactRole WHERE OpportunityId = ${q(o.Id)}`,
    )) {
      if (!r.ContactId) continue;
      contactRoles.push({ contactId: r.ContactId, role: r.Role ?? '' });
      const mapped = r.Role ? core.mapOpportunityRole(r.Role) : undefined;
      if (mapped && onAccount.has(r.ContactId))
        dealRoles.set(r.ContactId, new Set([...(dealRoles.get(r.ContactId) ?? []), mapped]));
    }
    if (!day(o.CloseDate)) continue;
    opportunities.push({
      id: o.Id,
      stage: !o.IsClosed ? 'open' : o.IsWon ? 'won' : 'lost',
      closeDate: day(o.CloseDate),
      memberIds: [...new Set(team.filter((u) => typeof u === 'string' && u.startsWith('005')))],
      contactRoles,
    });
  }

  const touches = [];
  const touch = (contactIds, memberIds, date, kind) => {
    if (!date) return;
    for (const c of new Set(contactIds.filter((id) => onAccount.has(id))))
      for (const m of new Set(memberIds.filter((id) => typeof id === 'string' && id.startsWith('005')))) {
        addMember(m);
        touches.push({ contactId: c, memberId: m, date, kind });
      }
  };
  // Completed calls and e-mails within the horizon, archived ones too; a shared task counts for each contact.
  for (const t of await allArchived(
    conn,
    `SELECT Id, WhoId, OwnerId, ActivityDate, TaskSubtype FROM Task WHERE AccountId = ${a} AND IsClosed = true AND TaskSubtype IN ('Call','Email') AND ActivityDate >= ${from} AND ActivityDate <= ${asOf} AND IsDeleted = false`,
  )) {
    const who = [t.WhoId];
    for (const r of await allArchived(
      conn,
      `SELECT RelationId FROM TaskRelation WHERE TaskId = ${q(t.Id)} AND IsWhat = false AND IsDeleted = false`,
    ))
      who.push(r.RelationId);
    touch(who, [t.OwnerId], day(t.ActivityDate), t.TaskSubtype === 'Call' ? 'call' : 'email');
  }
  // Meetings within the horizon with every invitee who did not decline (the event's own contact included).
  for (const e of await allArchived(
    conn,
    `SELECT Id, WhoId, OwnerId, ActivityDate, StartDateTime FROM Event WHERE AccountId = ${a} AND ActivityDate >= ${from} AND ActivityDate <= ${asOf} AND IsDeleted = false`,
  )) {
    const invited = await allArchived(
      conn,
      `SELECT RelationId, Status FROM EventRelation WHERE EventId = ${q(e.Id)} AND IsDeleted = false`,
    );
    const declined = new Set(invited.filter((r) => r.Status === 'Declined').map((r) => r.RelationId));
    const present = invited.filter((r) => r.Status !== 'Declined').map((r) => r.RelationId);
    const who = e.WhoId && !declined.has(e.WhoId) ? [e.WhoId] : [];
    touch([...who, ...present], [e.OwnerId, ...present], day(e.ActivityDate) ?? day(e.StartDateTime), 'meeting');
  }

  const existing = await all(
    conn,
    `SELECT Id, Contact__c, Team_Member__c, Pair_Key__c, Grade__c, Graded_On__c, Key_Intersection__c, Focus_Horizon__c, Suggested_Grade__c, Effective_Grade__c, Grade_Reasons__c, Last_Touch__c, Last_Meeting__c, Touches_90d__c, Grade_Drops_On__c, Next_Move_Goal__c, Next_Move_Gain__c, Closed_On__c, Closed_Reason__c FROM Relationship__c WHERE Account__c = ${a}`,
  );
  // People who left (docs/contracts.md, "Pair identity"): a record whose contact is no longer here is closed once,
  // with the reason, and read as a departure from then on.
  const closes = [];
  const departures = new Map();
  for (const r of existing) {
    if (r.Contact__c && onAccount.has(r.Contact__c)) continue;
    if (!r.Closed_On__c) {
      let reason = 'deleted';
      if (r.Contact__c) {
        const merged = await allArchived(
          conn,
          `SELECT Id FROM Contact WHERE MasterRecordId = ${q(r.Contact__c)} AND AccountId = ${a} AND IsDeleted = true`,
        );
        reason = merged.length ? 'merged' : 'moved';
      }
      r.Closed_On__c = asOf;
      r.Closed_Reason__c = reason;
      closes.push({ Id: r.Id, Closed_On__c: asOf, Closed_Reason__c: reason });
    }
    const contactId = r.Contact__c ?? (r.Closed_Reason__c === 'deleted' ? keyContact(r.Pair_Key__c) : undefined);
    if (
      !contactId ||
      !String(r.Team_Member__c).startsWith('005') ||
      !core.DEPARTURE_REASONS.includes(r.Closed_Reason__c)
    )
      continue;
    const [who] = r.Contact__c
      ? await all(conn, `SELECT Name, Buyer_Roles__c, Account.Name FROM Contact WHERE Id = ${q(r.Contact__c)}`)
      : [];
    // Its member joins the map in the records' order, with the kept ones (below).
    r.departed = true;
    const grade = GRADES.has(r.Grade__c)
      ? r.Grade__c
      : GRADES.has(r.Effective_Grade__c)
        ? r.Effective_Grade__c
        : undefined;
    const taken = grade ? { memberId: r.Team_Member__c, grade } : { memberId: r.Team_Member__c };
    const known = departures.get(contactId);
    if (known) {
      known.relationships.push(taken);
      if (day(r.Closed_On__c) < known.leftOn) known.leftOn = day(r.Closed_On__c);
      continue;
    }
    const departure = {
      contactId,
      name: who?.Name ?? (r.Closed_Reason__c === 'deleted' ? 'A deleted contact' : contactId),
      reason: r.Closed_Reason__c,
      leftOn: day(r.Closed_On__c),
      relationships: [taken],
    };
    const roles = String(who?.Buyer_Roles__c ?? '')
      .split(';')
      .filter((role) => ROLES.has(role));
    if (roles.length) departure.roles = roles;
    if (r.Closed_Reason__c !== 'deleted' && who?.Account?.Name) departure.toAccountName = who.Account.Name;
    departures.set(contactId, departure);
  }
  // The history a contact homed here brings: its records on other accounts it is no longer on (not those of an
  // account it is still related to).
  const histories = new Map();
  const historyMembers = [];
  for (const r of await all(
    conn,
    `SELECT Account__c, Account__r.Name, Contact__c, Team_Member__c, Grade__c, Graded_On__c, Effective_Grade__c, Last_Touch__c, Closed_On__c FROM Relationship__c WHERE Contact__r.AccountId = ${a} AND Account__c != ${a}`,
  )) {
    if (!String(r.Team_Member__c).startsWith('005')) continue;
    const stillThere = (
      await all(
        conn,
        `SELECT StartDate, EndDate FROM AccountContactRelation WHERE ContactId = ${q(r.Contact__c)} AND AccountId = ${q(r.Account__c)} AND IsDirect = false AND IsActive = true`,
      )
    ).some((x) => !((day(x.StartDate) && day(x.StartDate) > asOf) || (day(x.EndDate) && day(x.EndDate) < asOf)));
    if (stillThere) continue;
    const grade = GRADES.has(r.Grade__c)
      ? r.Grade__c
      : GRADES.has(r.Effective_Grade__c)
        ? r.Effective_Grade__c
        : undefined;
    const dates = [day(r.Graded_On__c), day(r.Last_Touch__c)].filter(Boolean).sort();
    const date = dates[dates.length - 1] ?? day(r.Closed_On__c);
    if (!grade || !date) continue;
    historyMembers.push(r.Team_Member__c);
    const entry = { accountName: r.Account__r?.Name ?? 'another account', memberId: r.Team_Member__c, grade, date };
    histories.set(r.Contact__c, [...(histories.get(r.Contact__c) ?? []), entry]);
  }
  const relationships = [];
  const byPair = new Map();
  for (const r of existing) {
    if (r.departed) addMember(r.Team_Member__c);
    if (!r.Contact__c || !onAccount.has(r.Contact__c) || !String(r.Team_Member__c).startsWith('005')) continue;
    const pair = `${r.Contact__c}:${r.Team_Member__c}`;
    if (byPair.has(pair)) continue;
    byPair.set(pair, r);
    addMember(r.Team_Member__c);
    const rel = { contactId: r.Contact__c, memberId: r.Team_Member__c };
    if (GRADES.has(r.Grade__c)) rel.grade = r.Grade__c;
    if (day(r.Graded_On__c)) rel.gradedOn = day(r.Graded_On__c);
    if (r.Key_Intersection__c) rel.key = true;
    if (core.HORIZONS.includes(Number(r.Focus_Horizon__c))) rel.horizonDays = Number(r.Focus_Horizon__c);
    relationships.push(rel);
  }
  // Members known only through the history come last, as the product's reader meets them.
  historyMembers.forEach(addMember);
  const blueprints = [];
  const withBlueprint = new Set();
  for (const b of await all(
    conn,
    `SELECT Relationship__c, Goal_Grade__c, Status__c, Influence_Strategies__c, Tactics__c, Resources__c, Horizon__c, Due_Date__c FROM Contact_Blueprint__c WHERE Relationship__r.Account__c = ${a}`,
  )) {
    withBlueprint.add(b.Relationship__c);
    const r = existing.find((x) => x.Id === b.Relationship__c);
    if (!r || byPair.get(`${r.Contact__c}:${r.Team_Member__c}`) !== r) continue;
    if (!GRADES.has(b.Goal_Grade__c) || !core.BLUEPRINT_STATUSES.includes(b.Status__c)) continue;
    const bp = {
      contactId: r.Contact__c,
      memberId: r.Team_Member__c,
      goal: b.Goal_Grade__c,
      status: b.Status__c,
      strategies: String(b.Influence_Strategies__c ?? '')
        .split(';')
        .filter((s) => core.STRATEGIES.includes(s)),
    };
    if (b.Tactics__c) bp.tactics = b.Tactics__c;
    if (b.Resources__c) bp.resources = b.Resources__c;
    if (core.HORIZONS.includes(Number(b.Horizon__c))) bp.horizonDays = Number(b.Horizon__c);
    if (day(b.Due_Date__c)) bp.dueDate = day(b.Due_Date__c);
    blueprints.push(bp);
  }
  const memberRows = [];
  for (const id of members) {
    if (!users.has(id))
      users.set(id, (await all(conn, `SELECT Id, Name, Title, Seniority__c FROM User WHERE Id = ${q(id)}`))[0]);
    const u = users.get(id);
    const m = { id, name: u?.Name ?? id };
    if (u?.Title) m.title = u.Title;
    if (core.SENIORITIES.includes(u?.Seniority__c)) m.seniority = u.Seniority__c;
    memberRows.push(m);
  }
  const plan = {
    accountId,
    asOf,
    contacts: contacts.map((c) => {
      const own = String(c.Buyer_Roles__c ?? '')
        .split(';')
        .filter((r) => ROLES.has(r));
      const contact = { id: c.Id, name: c.Name ?? c.Id, roles: [...new Set(own.length ? own : dealRoles.get(c.Id))] };
      if (c.Title) contact.title = c.Title;
      if (core.SENIORITIES.includes(c.Seniority__c)) contact.seniority = c.Seniority__c;
      if (c.Department) contact.department = c.Department;
      if (c.AccountId === accountId && histories.has(c.Id)) contact.history = histories.get(c.Id);
      return contact;
    }),
    members: memberRows,
    relationships,
    touches,
    blueprints,
    opportunities,
  };
  if (departures.size) plan.departures = [...departures.values()];
  return { plan, byPair, closes, withBlueprint };
}

/** The contact a record was created for, from its Pair_Key__c (`accountId:contactId:userId` or `contactId:userId`). */
function keyContact(key) {
  const parts = String(key ?? '').split(':');
  const id = parts.length >= 3 ? parts[1] : parts[0];
  return id && id.startsWith('003') ? id : undefined;
}

/** Last touch, last meeting (on or before asOf) and touches in the touch window, per pair, counted here. */
function pairEvidence(plan) {
  const out = new Map();
  const windowStart = core.addDays(plan.asOf, -SETTINGS.touchWindowDays);
  for (const t of plan.touches) {
    if (t.date > plan.asOf) continue;
    const k = `${t.contactId}:${t.memberId}`;
    const e = out.get(k) ?? { recent: 0 };
    if (!e.last || t.date > e.last) e.last = t.date;
    if (t.kind === 'meeting' && (!e.meeting || t.date > e.meeting)) e.meeting = t.date;
    if (t.date >= windowStart) e.recent += 1;
    out.set(k, e);
  }
  return out;
}

async function naiveSync(conn, accountIds, asOf) {
  const users = new Map();
  const now = new Date().toISOString();
  let written = 0;
  for (const accountId of accountIds) {
    const { plan, byPair, closes, withBlueprint } = await naiveAccount(conn, accountId, asOf, users);
    for (const close of closes) {
      await conn.sobject('Relationship__c').update(close);
      written += 1;
    }
    const analysis = core.analyzeAccount(plan, SETTINGS);
    const evidence = pairEvidence(plan);
    const moves = new Map(analysis.nextMoves.map((m) => [`${m.contactId}:${m.memberId}`, m]));
    const inCells = new Set(analysis.cells.map((c) => `${c.contactId}:${c.memberId}`));
    const blankMoves = analysis.nextMoves
      .filter((m) => !inCells.has(`${m.contactId}:${m.memberId}`))
      .map((m) => ({ contactId: m.contactId, memberId: m.memberId, reasons: [] }));
    // A record carries the rep's data when it has a rep field or a blueprint; one without is the sync's alone.
    const repDataOf = (r) =>
      Boolean(r.Grade__c || r.Graded_On__c || r.Key_Intersection__c || r.Focus_Horizon__c || withBlueprint.has(r.Id));
    const kept = new Set();
    for (const cell of [...analysis.cells, ...blankMoves]) {
      const k = `${cell.contactId}:${cell.memberId}`;
      const have = byPair.get(k);
      const move = moves.get(k);
      const repData = have && repDataOf(have);
      const onlyMove = !(cell.manual || cell.suggested || cell.effective || cell.key) && !repData;
      if (onlyMove && !move) continue;
      kept.add(k);
      const e = evidence.get(k);
      const svc = {
        Suggested_Grade__c: cell.suggested ?? null,
        Effective_Grade__c: cell.effective ?? null,
        Grade_Reasons__c: !onlyMove && cell.reasons.length ? cell.reasons.join('\n') : null,
        Last_Touch__c: e?.last ?? null,
        Last_Meeting__c: e?.meeting ?? null,
        Touches_90d__c: e?.recent ?? 0,
        Grade_Drops_On__c: cell.dropsOn ?? null,
        Next_Move_Goal__c: move?.goal ?? null,
        Next_Move_Gain__c: move?.gain ?? null,
      };
      if (!have) {
        await conn.sobject('Relationship__c').create({
          Pair_Key__c: `${accountId}:${cell.contactId}:${cell.memberId}`,
          Account__c: accountId,
          Contact__c: cell.contactId,
          Team_Member__c: cell.memberId,
          ...svc,
          Synced_At__c: now,
        });
        written += 1;
      } else if (Object.entries(svc).some(([f, v]) => blank(v) !== blank(have[f]))) {
        await conn.sobject('Relationship__c').update({ Id: have.Id, ...svc, Synced_At__c: now });
        written += 1;
      }
    }
    // A pair that is no longer a relationship, and whose record holds nothing of the rep's, loses its record.
    for (const [k, have] of byPair) {
      if (kept.has(k) || repDataOf(have)) continue;
      await conn.sobject('Relationship__c').destroy(have.Id);
      written += 1;
    }
    const open = await all(
      conn,
      `SELECT Id, Warning_Key__c, Severity__c, Message__c FROM Coverage_Warning__c WHERE Account__c = ${q(accountId)} AND Status__c = 'Open'`,
    );
    const seen = new Set();
    for (const w of analysis.warnings) {
      const key = `${accountId}:${w.rule}:${w.contactId ?? ''}:${w.memberId ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const have = open.find((o) => o.Warning_Key__c === key);
      if (!have) {
        await conn.sobject('Coverage_Warning__c').create({
          Warning_Key__c: key,
          Account__c: accountId,
          Rule__c: w.rule,
          Severity__c: w.severity,
          Message__c: w.message,
          Contact__c: w.contactId ?? null,
          Team_Member__c: w.memberId ?? null,
          Status__c: 'Open',
          First_Seen__c: asOf,
          Last_Seen__c: asOf,
        });
        written += 1;
      } else if (have.Severity__c !== w.severity || have.Message__c !== w.message) {
        await conn
          .sobject('Coverage_Warning__c')
          .update({ Id: have.Id, Severity__c: w.severity, Message__c: w.message, Last_Seen__c: asOf });
        written += 1;
      }
    }
    for (const o of open)
      if (!seen.has(o.Warning_Key__c)) {
        await conn.sobject('Coverage_Warning__c').update({ Id: o.Id, Status__c: 'Resolved' });
        written += 1;
      }
    const counts = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const w of analysis.warnings) counts[w.severity] += 1;
    const snapshot = { Score__c: analysis.score, Count_Critical__c: counts.critical, Count_High__c: counts.high };
    Object.assign(snapshot, { Count_Medium__c: counts.medium, Count_Low__c: counts.low });
    for (const g of core.GRADES) snapshot[`Count_${g}__c`] = analysis.gradeCounts[g];
    const [snap] = await all(
      conn,
      `SELECT Id FROM Coverage_Snapshot__c WHERE Account__c = ${q(accountId)} AND As_Of__c = ${asOf}`,
    );
    if (snap) await conn.sobject('Coverage_Snapshot__c').update({ Id: snap.Id, ...snapshot });
    else
      await conn
        .sobject('Coverage_Snapshot__c')
        .create({ Snapshot_Key__c: `${accountId}:${asOf}`, Account__c: accountId, As_Of__c: asOf, ...snapshot });
    await conn
      .sobject('Account')
      .update({ Id: accountId, Coverage_Score__c: analysis.score, Coverage_Synced_At__c: now });
    written += 2;
  }
  return written;
}

const REL_FIELDS = [
  'Suggested_Grade__c',
  'Effective_Grade__c',
  'Grade_Reasons__c',
  'Last_Touch__c',
  'Last_Meeting__c',
  'Touches_90d__c',
  'Grade_Drops_On__c',
  'Next_Move_Goal__c',
  'Next_Move_Gain__c',
  'Closed_On__c',
  'Closed_Reason__c',
];
const SNAP_FIELDS = ['Score__c', ...core.GRADES.map((g) => `Count_${g}__c`), 'Count_Critical__c', 'Count_High__c'];
SNAP_FIELDS.push('Count_Medium__c', 'Count_Low__c');

/** What each org holds of ours on the accounts, keyed for the comparison. */
async function outcome(conn, accountIds) {
  const out = { rel: new Map(), warn: new Map(), snap: new Map(), acct: new Map() };
  const wanted = new Set(accountIds);
  for (const r of await all(
    conn,
    `SELECT Account__c, Contact__c, Team_Member__c, ${REL_FIELDS.join(', ')} FROM Relationship__c`,
  ))
    if (wanted.has(r.Account__c)) out.rel.set(`${r.Account__c}:${r.Contact__c}:${r.Team_Member__c}`, r);
  for (const w of await all(
    conn,
    "SELECT Account__c, Warning_Key__c, Rule__c, Severity__c, Message__c FROM Coverage_Warning__c WHERE Status__c = 'Open'",
  ))
    if (wanted.has(w.Account__c)) out.warn.set(w.Warning_Key__c, w);
  for (const s of await all(conn, `SELECT Account__c, As_Of__c, ${SNAP_FIELDS.join(', ')} FROM Coverage_Snapshot__c`))
    if (wanted.has(s.Account__c)) out.snap.set(`${s.Account__c}:${day(s.As_Of__c)}`, s);
  for (const a of await all(conn, 'SELECT Id, Coverage_Score__c FROM Account'))
    if (wanted.has(a.Id)) out.acct.set(a.Id, a);
  return out;
}

function compare(title, fields, a, b, problems) {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const f of ['(record)', ...fields]) {
    let agree = 0;
    for (const k of keys) {
      const x = a.get(k);
      const y = b.get(k);
      const ok = f === '(record)' ? Boolean(x) === Boolean(y) : !x || !y || blank(x[f]) === blank(y[f]);
      if (ok) agree += 1;
      else
        problems.push(
          `${title} ${k} ${f}: product ${JSON.stringify(x?.[f] ?? (x ? null : 'missing'))} naive ${JSON.stringify(y?.[f] ?? (y ? null : 'missing'))}`,
        );
    }
    console.log(`  ${`${title}.${f}`.padEnd(44)} ${agree} / ${keys.length}`);
  }
}

/** The product's sync on org A in its own process (bench/sync.js's phases): `full`, or `incremental` since a mark. */
function productSync(login, phase, since) {
  const extra = since ? ['--since', since] : [];
  const out = spawnSync(
    process.execPath,
    ['--max-old-space-size=768', path.join(__dirname, 'sync.js'), '--phase', phase, '--login', login, ...extra],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (out.status !== 0) throw new Error(`product sync (${phase}) failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop());
}

/** Compares what A and B hold on the accounts; prints the agreement per field and returns the disagreements. */
async function compareOrgs(adminA, adminB, ids) {
  console.log('\nagreement (n agree / n total)');
  const a = await outcome(adminA, ids);
  const b = await outcome(adminB, ids);
  const problems = [];
  compare('Relationship__c', REL_FIELDS, a.rel, b.rel, problems);
  compare('Coverage_Warning__c', ['Rule__c', 'Severity__c', 'Message__c'], a.warn, b.warn, problems);
  compare('Coverage_Snapshot__c', SNAP_FIELDS, a.snap, b.snap, problems);
  compare('Account', ['Coverage_Score__c'], a.acct, b.acct, problems);
  const closed = {};
  for (const r of a.rel.values())
    if (r.Closed_Reason__c) closed[r.Closed_Reason__c] = (closed[r.Closed_Reason__c] ?? 0) + 1;
  const left = [...a.warn.values()].filter((w) => w.Rule__c === 'CONTACT_LEFT').length;
  console.log(`  (closed records by reason on A: ${JSON.stringify(closed)}; open CONTACT_LEFT warnings: ${left})`);
  if (problems.length) {
    console.log(`\n${problems.length} disagreement(s); the first ones:`);
    for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
  } else console.log('\nevery compared field agrees');
  return problems;
}

/**
 * One round of what people do, chosen from org A among the compared accounts and applied alike to A and B (as the
 * admin, a person): a contact moves to another account, a contact is merged into one of another account
 * (store.merge, through the emulator's admin route), an indirect AccountContactRelation is added and one deleted, a
 * rep changes a grade.
 */
async function changeRound(orgs, ids, asOf) {
  const [adminA] = orgs.map((o) => o.conn);
  const inSlice = new Set(ids);
  const homes = new Map((await all(adminA, 'SELECT Id, AccountId FROM Contact')).map((c) => [c.Id, c.AccountId]));
  const graded = (
    await all(
      adminA,
      'SELECT Id, Account__c, Contact__c, Grade__c FROM Relationship__c WHERE Grade__c != null AND Closed_On__c = null AND Contact__c != null ORDER BY Id',
    )
  ).filter((r) => inSlice.has(r.Account__c) && homes.get(r.Contact__c) === r.Account__c);
  const used = new Set();
  const take = (pred) => {
    const r = graded.find((x) => !used.has(x.Account__c) && pred(x));
    if (r) used.add(r.Account__c);
    return r;
  };
  const otherAccount = () => ids.find((id) => !used.has(id) && (used.add(id), true));
  const contactOf = (accountId) => [...homes].find(([, home]) => home === accountId)?.[0];
  const done = [];
  const moved = take(() => true);
  const merged = take((r) => r.Contact__c !== moved?.Contact__c);
  const regraded = take(() => true);
  const moveTo = otherAccount();
  const master = contactOf(otherAccount());
  const relateFrom = contactOf(otherAccount());
  const relateTo = otherAccount();
  const [dropped] = (
    await all(adminA, 'SELECT Id, AccountId FROM AccountContactRelation WHERE IsDirect = false ORDER BY Id')
  ).filter((r) => inSlice.has(r.AccountId) && !used.has(r.AccountId));
  for (const { conn, login } of orgs) {
    if (moved && moveTo) await conn.sobject('Contact').update({ Id: moved.Contact__c, AccountId: moveTo });
    if (merged && master) {
      const res = await fetch(`${JSON.parse(login).instanceUrl}/__admin/merge`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ masterId: master, loserIds: [merged.Contact__c] }),
      });
      if (!res.ok) throw new Error(`merge failed: ${await res.text()}`);
    }
    if (relateFrom && relateTo)
      await conn
        .sobject('AccountContactRelation')
        .create({ AccountId: relateTo, ContactId: relateFrom, Roles: 'Economic Buyer' });
    if (dropped) await conn.sobject('AccountContactRelation').destroy(dropped.Id);
    if (regraded)
      await conn
        .sobject('Relationship__c')
        .update({ Id: regraded.Id, Grade__c: regraded.Grade__c === 'T' ? 'O' : 'T', Graded_On__c: asOf });
  }
  if (moved && moveTo) done.push(`contact ${moved.Contact__c} moved ${moved.Account__c} → ${moveTo}`);
  if (merged && master) done.push(`contact ${merged.Contact__c} (${merged.Account__c}) merged into ${master}`);
  if (relateFrom && relateTo) done.push(`contact ${relateFrom} related to ${relateTo}`);
  if (dropped) done.push(`relation ${dropped.Id} to ${dropped.AccountId} deleted`);
  if (regraded) done.push(`record ${regraded.Id} regraded`);
  return done;
}

async function main() {
  const extra = ['--seed', args.seed];
  const [A, B] = await Promise.all([
    startEmulatorProcess(args.dataset, extra),
    startEmulatorProcess(args.dataset, extra),
  ]);
  try {
    // The product's sync on A, in its own process, as bench/sync.js runs it.
    let before = await emulatorCalls(A.login);
    const product = productSync(A.login, 'full');
    const productCalls = (await emulatorCalls(A.login)) - before;
    report(`product sync (org A, dataset ${args.dataset})`, product, productCalls);

    const adminA = await connect(A.login, true);
    const adminB = await connect(B.login, true);
    const [anySnap] = (await adminA.query('SELECT As_Of__c FROM Coverage_Snapshot__c LIMIT 1')).records;
    const asOf = day(anySnap.As_Of__c);
    const allIds = (await all(adminA, 'SELECT Id FROM Account ORDER BY Id')).map((r) => r.Id);
    const ids = args.accounts ? allIds.slice(0, Number(args.accounts)) : allIds;

    const connB = await connect(B.login, false);
    before = await emulatorCalls(B.login);
    const started = Date.now();
    const naiveWritten = await naiveSync(connB, ids, asOf);
    const naiveMs = Date.now() - started;
    const naiveCalls = (await emulatorCalls(B.login)) - before;
    console.log(`\nnaive sync (org B): ${ids.length} of ${allIds.length} accounts as of ${asOf}`);
    console.log(`  records written  ${naiveWritten}`);
    console.log(`  API calls        ${naiveCalls}`);
    console.log(`  wall time        ${(naiveMs / 1000).toFixed(1)} s`);

    // The product synced every account; scale its figures to the share compared for the ratios.
    const share = ids.length / allIds.length;
    console.log(
      `\nratios (product scaled to ${ids.length}/${allIds.length} accounts): calls ${((productCalls * share) / naiveCalls).toFixed(4)} (bar 0.01), wall time ${((product.durationMs * share) / naiveMs).toFixed(4)} (bar 0.2)`,
    );
    const problems = await compareOrgs(adminA, adminB, ids);

    // A round of changes on both orgs; the product syncs incrementally from its watermark, the naive sync again.
    const round = await changeRound(
      [
        { conn: adminA, login: A.login },
        { conn: adminB, login: B.login },
      ],
      ids,
      asOf,
    );
    console.log(`\nchange round on both orgs:\n${round.map((line) => `  ${line}`).join('\n')}`);
    before = await emulatorCalls(A.login);
    const incremental = productSync(A.login, 'incremental', product.watermark);
    report('product sync, incremental (org A)', incremental, (await emulatorCalls(A.login)) - before);
    const rewritten = await naiveSync(connB, ids, asOf);
    console.log(`\nnaive sync again (org B): ${rewritten} records written`);
    const after = await compareOrgs(adminA, adminB, ids);
    if (problems.length || after.length) process.exitCode = 1;
  } finally {
    A.emulator.kill('SIGTERM');
    B.emulator.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
