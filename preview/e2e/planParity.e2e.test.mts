// The page reads the nightly results, not the raw activity: after a sync, the plan the browser builds from its
// GraphQL answer (people, rep fields and each pair's evidence summary from the svc fields the sync wrote) gives the
// map the cells the sync analyzed from tasks, events, invitees and won opportunities, on the sync's date, and its
// GraphQL cost does not grow with the account's activity. Buyer roles implied by opportunity contact roles (which the
// UI API cannot read) reach the browser through Contact.Implied_Buyer_Roles__c: the same warnings and score.
//   node --import tsx --test preview/e2e/planParity.e2e.test.mts
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { Connection } from 'jsforce';
import { analyzeAccount, type AccountPlan } from '@contact-plan/planning-core';
import { startEmulator, type Emulator } from '@contact-plan/emulator';
import {
  OrgClients,
  assemble,
  createLogger,
  extractBatch,
  loadConfig,
  syncOrg,
  todayIn,
  type OrgConfig,
  type OrgHttp,
} from '@contact-plan/sync-service';

register('./lwcModuleHooks.mjs', import.meta.url);
const lwc = '../../force-app/main/default/lwc/contactPlanData';
const { ACCOUNT_PLAN_QUERY } = await import(`${lwc}/query.js`);
const { buildPlan } = await import(`${lwc}/planBuilder.js`);
const { PlanPager } = await import(`${lwc}/planPages.js`);

type Row = Record<string, unknown>;
type GraphQlAnswer = { data: { uiapi: { query: Row } }; errors: Array<{ message: string }> };

let org: Emulator;
let conn: Connection;
let http: OrgHttp;
let config: OrgConfig;
const asOf = todayIn('UTC');

before(async () => {
  org = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
  await conn.login(org.credentials.username, org.credentials.password);
  const settings = loadConfig({
    env: {
      CP_ORG_NAME: 'parity',
      CP_ORG_LOGIN_URL: org.loginUrl,
      CP_ORG_AUTH: 'password',
      CP_ORG_USERNAME: org.credentials.username,
      CP_ORG_PASSWORD: org.credentials.password,
    },
  });
  config = settings.orgs[0]!;
  http = new OrgClients().http(config);
  await resync();
});

/** One full sync through the real pipeline: what the nightly run leaves in the org for the page to read. */
async function resync(): Promise<void> {
  const summary = await syncOrg({ org: config, http, log: createLogger({ level: 'silent' }), full: true });
  assert.equal(summary.stoppedBy, undefined);
}

after(async () => {
  await org?.stop();
});

/** What the components do: the account plan query, page after page through the wire's variables, then buildPlan. */
async function browserPlan(accountId: string): Promise<{ plan: AccountPlan; pages: number; rows: number }> {
  const pager = new PlanPager();
  let rows = 0;
  for (let pages = 1; ; pages += 1) {
    const answer = await conn.requestPost<GraphQlAnswer>(`/services/data/v${org.apiVersion}/graphql`, {
      query: ACCOUNT_PLAN_QUERY,
      variables: { accountId, ...pager.cursors },
    });
    assert.deepEqual(answer.errors, []);
    for (const list of Object.values(answer.data.uiapi.query) as Array<{ edges: unknown[] }>) rows += list.edges.length;
    const whole = pager.receive(answer.data.uiapi.query);
    if (whole) return { plan: buildPlan(whole, accountId, asOf).plan, pages, rows };
  }
}

/** What a sync run does before it analyzes: the extract stage's SOQL, then the assemble stage. */
async function syncPlan(accountId: string): Promise<AccountPlan> {
  const { sources } = await extractBatch(http, [accountId], asOf);
  const { accounts } = assemble(sources, { recentWindowDays: 90, horizonDays: 365 });
  assert.equal(accounts.length, 1);
  return accounts[0]!.plan;
}

/** The plan with every list in one order (the order of rows is the query's, not part of the plan's meaning). */
function canonical(plan: AccountPlan): unknown {
  const json = (value: unknown): string => JSON.stringify(value);
  const sorted = <T,>(list: readonly T[]): T[] => [...list].sort((a, b) => json(a).localeCompare(json(b)));
  const clean = JSON.parse(json(plan)) as AccountPlan;
  return {
    ...clean,
    contacts: sorted(clean.contacts.map((contact) => ({ ...contact, roles: [...contact.roles].sort() }))),
    members: sorted(clean.members),
    relationships: sorted(clean.relationships),
    touches: sorted(clean.touches),
    blueprints: sorted(clean.blueprints),
    opportunities: sorted(
      clean.opportunities.map((o) => ({
        ...o,
        memberIds: [...o.memberIds].sort(),
        contactRoles: sorted(o.contactRoles),
      })),
    ),
  };
}

const ids = (soql: string): string[] => org.store.query(soql).map((row) => String(row.Id));

/** The map's cells, sorted: what the rep sees of grades, suggestions and their reasons. */
const cellsOf = (plan: AccountPlan) =>
  [...analyzeAccount(plan).cells].sort((a, b) =>
    `${a.contactId}:${a.memberId}`.localeCompare(`${b.contactId}:${b.memberId}`),
  );

/** The browser's plan and the sync's share people, rep fields and blueprints; only the evidence arrives otherwise. */
function people(plan: AccountPlan): unknown {
  const c = canonical(plan) as AccountPlan;
  return { relationships: c.relationships, blueprints: c.blueprints, contactIds: c.contacts.map((x) => x.id).sort() };
}

test('for every demo account the browser shows the cells the sync analyzed, from the svc fields alone', async () => {
  const accountIds = ids('SELECT Id FROM Account ORDER BY Id');
  assert.ok(accountIds.length >= 3);
  let suggested = 0;
  for (const accountId of accountIds) {
    const [browser, synced] = [await browserPlan(accountId), await syncPlan(accountId)];
    assert.deepEqual(browser.plan.touches, []);
    assert.deepEqual(people(browser.plan), people(synced), `people differ for ${accountId}`);
    assert.deepEqual(cellsOf(browser.plan), cellsOf(synced), `cells differ for ${accountId}`);
    suggested += cellsOf(synced).filter((c) => c.suggested).length;
  }
  assert.ok(suggested > 0);
});

/** What the rep sees of the account's coverage: the warnings (sorted) and the score. */
const coverageOf = (plan: AccountPlan) => {
  const analysis = analyzeAccount(plan);
  const warnings = [...analysis.warnings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { warnings, score: analysis.score };
};

test('for every demo account the browser raises the warnings and the score the sync computed', async () => {
  for (const accountId of ids('SELECT Id FROM Account ORDER BY Id')) {
    const [browser, synced] = [await browserPlan(accountId), await syncPlan(accountId)];
    assert.deepEqual(coverageOf(browser.plan), coverageOf(synced), `coverage differs for ${accountId}`);
  }
});

test('a Power buyer known only from an opportunity contact role counts the same in the browser and the sync', async () => {
  const [owner, teamMate] = ids('SELECT Id FROM User WHERE IsActive = true ORDER BY Id');
  const accountId = org.store.insert('Account', { Name: 'Quayside Metals' });
  org.store.insert('AccountTeamMember', { AccountId: accountId, UserId: teamMate, TeamMemberRole: 'Account Manager' });
  const pia = org.store.insert('Contact', { FirstName: 'Pia', LastName: 'Lund', Title: 'CFO', AccountId: accountId });
  const olaf = org.store.insert('Contact', {
    FirstName: 'Olaf',
    LastName: 'Berg',
    Title: 'Buyer',
    AccountId: accountId,
  });
  const deal = org.store.insert('Opportunity', {
    Name: 'Quayside – Smelter sensors',
    AccountId: accountId,
    OwnerId: owner,
    StageName: 'Prospecting',
    CloseDate: asOf,
  });
  org.store.insert('OpportunityContactRole', { OpportunityId: deal, ContactId: pia, Role: 'Economic Buyer' });
  org.store.insert('OpportunityContactRole', { OpportunityId: deal, ContactId: olaf, Role: 'Evaluator' });
  org.store.insert('Task', {
    Subject: 'Call about the pilot',
    WhoId: olaf,
    OwnerId: teamMate,
    ActivityDate: asOf,
    TaskSubtype: 'Call',
    Status: 'Completed',
  });
  await resync();

  const [browser, synced] = [await browserPlan(accountId), await syncPlan(accountId)];
  const rolesOf = (plan: AccountPlan) => Object.fromEntries(plan.contacts.map((c) => [c.id, c.roles]));
  assert.deepEqual(rolesOf(browser.plan), { [pia]: ['Power'], [olaf]: ['Advisor'] });
  assert.deepEqual(rolesOf(browser.plan), rolesOf(synced));
  assert.deepEqual(browser.plan.opportunities, []);
  const coverage = coverageOf(browser.plan);
  assert.deepEqual(coverage, coverageOf(synced));
  const rules = coverage.warnings.map((w) => `${w.rule}:${w.severity}:${w.contactId ?? ''}`);
  assert.ok(rules.includes(`UNCOVERED_BUYER:critical:${pia}`), rules.join(' '));
  assert.ok(!rules.some((r) => r.startsWith('NO_POWER_BUYER')), rules.join(' '));
});

test('an invitee-only meeting and a team-only Closed Won opportunity reach the browser through the sync', async () => {
  const [accountId] = ids("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
  const team = new Set(
    org.store.query(`SELECT UserId FROM AccountTeamMember WHERE AccountId = '${accountId}'`).map((r) => r.UserId),
  );
  const [host, invitee, teamMate] = ids('SELECT Id FROM User WHERE IsActive = true ORDER BY Id').filter(
    (id) => !team.has(id),
  );
  assert.ok(host && invitee && teamMate, 'three active users outside the account team');
  const contactId = org.store.insert('Contact', { FirstName: 'Ines', LastName: 'Invitee', AccountId: accountId });
  const meeting = org.store.insert('Event', {
    Subject: 'Roadmap review',
    OwnerId: host,
    WhatId: accountId,
    ActivityDateTime: `${asOf}T09:00:00.000Z`,
    DurationInMinutes: 60,
  });
  org.store.insert('EventRelation', { EventId: meeting, RelationId: invitee });
  org.store.insert('EventRelation', { EventId: meeting, RelationId: contactId });
  const won = org.store.insert('Opportunity', {
    Name: 'Team-only win',
    AccountId: accountId,
    OwnerId: host,
    StageName: 'Closed Won',
    CloseDate: asOf,
  });
  org.store.insert('OpportunityTeamMember', { OpportunityId: won, UserId: teamMate, TeamMemberRole: 'Sales Rep' });
  org.store.insert('OpportunityContactRole', { OpportunityId: won, ContactId: contactId, Role: 'Economic Buyer' });

  // Before the next sync the page knows nothing of them; after it, what the sync concluded.
  const cell = (p: AccountPlan, memberId: string) =>
    analyzeAccount(p).cells.find((c) => c.contactId === contactId && c.memberId === memberId);
  assert.equal(cell((await browserPlan(accountId!)).plan, teamMate), undefined);
  await resync();
  const [browser, synced] = [await browserPlan(accountId!), await syncPlan(accountId!)];
  assert.equal(cell(synced, teamMate)?.suggested, 'S');
  assert.deepEqual(cell(browser.plan, teamMate), cell(synced, teamMate));
  assert.deepEqual(cell(browser.plan, invitee), cell(synced, invitee));
  assert.ok(cell(browser.plan, invitee), 'the invitee has a cell with the contact');
  assert.deepEqual(cellsOf(browser.plan), cellsOf(synced));
});

test('the page reads the same few rows in one page whether an account has 200 or 20,000 more activities', async () => {
  const [accountId] = ids("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
  const [contactId] = ids(`SELECT Id FROM Contact WHERE AccountId = '${accountId}' ORDER BY Id LIMIT 1`);
  const [owner] = org.store
    .query(`SELECT UserId FROM AccountTeamMember WHERE AccountId = '${accountId}' ORDER BY UserId LIMIT 1`)
    .map((r) => String(r.UserId));
  const addCalls = (from: number, count: number) => {
    for (let i = from; i < from + count; i += 1) {
      // Within the last year: Salesforce archives closed tasks 365 days old, which the browser's GraphQL read never
      // sees (the sync reads them through queryAll).
      const date = new Date(Date.parse(`${asOf}T00:00:00Z`) - (i % 360) * 86_400_000).toISOString().slice(0, 10);
      org.store.insert('Task', {
        Subject: `Call ${i}`,
        WhoId: contactId,
        OwnerId: owner,
        ActivityDate: date,
        TaskSubtype: 'Call',
        Status: 'Completed',
      });
    }
  };
  addCalls(0, 200);
  await resync();
  const small = await browserPlan(accountId!);
  addCalls(200, 20_000);
  await resync();
  const large = await browserPlan(accountId!);
  const synced = await syncPlan(accountId!);
  assert.ok(synced.touches.filter((t) => t.contactId === contactId).length >= 20_200);
  assert.equal(small.pages, 1);
  assert.equal(large.pages, 1);
  assert.equal(large.rows, small.rows);
  assert.deepEqual(cellsOf(large.plan), cellsOf(synced));
});
