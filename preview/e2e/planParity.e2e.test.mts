// The plan the browser builds from the GraphQL answer equals the plan the sync assembles from its SOQL extract, for
// the same org: same members, touches (invitees included), contact roles and opportunity teams, so the map's
// suggested grades are the sync's.
//   node --import tsx --test preview/e2e/planParity.e2e.test.mts
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { Connection } from 'jsforce';
import { analyzeAccount, type AccountPlan } from '@contact-plan/planning-core';
import { startEmulator, type Emulator } from '@contact-plan/emulator';
import { OrgClients, assemble, extractBatch, loadConfig, todayIn, type OrgHttp } from '@contact-plan/sync-service';

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
const asOf = todayIn('UTC');

before(async () => {
  org = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
  await conn.login(org.credentials.username, org.credentials.password);
  const config = loadConfig({
    env: {
      CP_ORG_NAME: 'parity',
      CP_ORG_LOGIN_URL: org.loginUrl,
      CP_ORG_AUTH: 'password',
      CP_ORG_USERNAME: org.credentials.username,
      CP_ORG_PASSWORD: org.credentials.password,
    },
  });
  http = new OrgClients().http(config.orgs[0]!);
});

after(async () => {
  await org?.stop();
});

/** What the components do: the account plan query, page after page through the wire's variables, then buildPlan. */
async function browserPlan(accountId: string): Promise<{ plan: AccountPlan; pages: number }> {
  const pager = new PlanPager();
  for (let pages = 1; ; pages += 1) {
    const answer = await conn.requestPost<GraphQlAnswer>(`/services/data/v${org.apiVersion}/graphql`, {
      query: ACCOUNT_PLAN_QUERY,
      variables: { accountId, ...pager.cursors },
    });
    assert.deepEqual(answer.errors, []);
    const whole = pager.receive(answer.data.uiapi.query);
    if (whole) return { plan: buildPlan(whole, accountId, asOf).plan, pages };
  }
}

/** What a sync run does before it analyzes: the extract stage's SOQL, then the assemble stage. */
async function syncPlan(accountId: string): Promise<AccountPlan> {
  const { sources } = await extractBatch(http, [accountId], asOf);
  const { accounts } = assemble(sources, { recentWindowDays: 90 });
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

test('for every demo account the browser builds the plan the sync assembles', async () => {
  const accountIds = ids('SELECT Id FROM Account ORDER BY Id');
  assert.ok(accountIds.length >= 3);
  let touches = 0;
  for (const accountId of accountIds) {
    const [browser, synced] = [await browserPlan(accountId), await syncPlan(accountId)];
    assert.deepEqual(canonical(browser.plan), canonical(synced), `plans differ for ${accountId}`);
    touches += synced.touches.length;
  }
  assert.ok(touches > 0);
});

test('an invitee-only meeting and a team-only Closed Won opportunity count in the browser as in the sync', async () => {
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

  const [browser, synced] = [await browserPlan(accountId!), await syncPlan(accountId!)];
  assert.deepEqual(canonical(browser.plan), canonical(synced));
  const plan = browser.plan;
  assert.deepEqual(plan.contacts.find((c) => c.id === contactId)?.roles, ['Power']);
  assert.deepEqual(
    plan.touches
      .filter((t) => t.contactId === contactId)
      .map((t) => `${t.memberId}:${t.kind}:${t.date}`)
      .sort(),
    [`${host}:meeting:${asOf}`, `${invitee}:meeting:${asOf}`].sort(),
  );
  assert.deepEqual([...plan.opportunities.find((o) => o.id === won)!.memberIds].sort(), [host, teamMate].sort());
  const cell = (p: AccountPlan, memberId: string) =>
    analyzeAccount(p).cells.find((c) => c.contactId === contactId && c.memberId === memberId);
  assert.equal(cell(plan, teamMate)?.suggested, 'S');
  assert.equal(cell(synced, teamMate)?.suggested, 'S');
  assert.equal(cell(plan, invitee)?.suggested, cell(synced, invitee)?.suggested);
  assert.ok(cell(plan, invitee), 'the invitee has a cell with the contact');
});

test('an account with more than 2000 calls is read page by page and still equals the sync plan', async () => {
  const [accountId] = ids("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'");
  const [contactId] = ids(`SELECT Id FROM Contact WHERE AccountId = '${accountId}' ORDER BY Id LIMIT 1`);
  const [owner] = org.store
    .query(`SELECT UserId FROM AccountTeamMember WHERE AccountId = '${accountId}' ORDER BY UserId LIMIT 1`)
    .map((r) => String(r.UserId));
  const before = org.store.query(`SELECT Id FROM Task WHERE AccountId = '${accountId}'`).length;
  for (let i = 0; i < 2100; i += 1) {
    const date = new Date(Date.parse(`${asOf}T00:00:00Z`) - (i % 400) * 86_400_000).toISOString().slice(0, 10);
    org.store.insert('Task', {
      Subject: `Call ${i}`,
      WhoId: contactId,
      OwnerId: owner,
      ActivityDate: date,
      TaskSubtype: 'Call',
      Status: 'Completed',
    });
  }
  const [browser, synced] = [await browserPlan(accountId!), await syncPlan(accountId!)];
  assert.ok(before + 2100 > 2000);
  assert.equal(browser.pages, 2);
  const calls = (p: AccountPlan) => p.touches.filter((t) => t.contactId === contactId && t.kind === 'call').length;
  assert.ok(calls(browser.plan) >= 2100);
  assert.equal(calls(browser.plan), calls(synced));
  assert.deepEqual(canonical(browser.plan), canonical(synced));
});
