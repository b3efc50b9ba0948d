// The page benchmark's org: the demo org plus an account of 100 contacts × 20 members and its tasks and events, synced
// by the real pipeline and served by the preview. `startBenchOrg` runs it in a child process, as an org and the rep's
// browser never share a process: the benchmark's browser driver then does not slow the org's answers.
//   child protocol (process.send): → { activities } adds tasks and events up to that many and syncs;
//   ← { ready: true } once started, then { synced: { activities, cells, url, accountId, otherId } } for each (otherId:
//   the demo's showcase account, another page to open in the same tab).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@contact-plan/emulator';
import { startPreview } from '../server.mjs';
import { syncDemoOrg } from '../../scripts/demo-org.mjs';

const CONTACTS = 100;
const MEMBERS = 20;
const GRADES = ['T', 'O', 'S', 'S', 'I', 'D', 'M'];

/** Park–Miller generator, so every run benchmarks the same account. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const daysAgo = (asOf, days) =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Adds the benchmark account to a demo org: 100 contacts, a team of 20, rep grades on a third of the pairs (also the
 * tall account of the windowed-map e2e test, with its own sizes).
 */
export function addAccount(org, owner, { contacts: contactCount = CONTACTS, members: memberCount = MEMBERS } = {}) {
  const next = random(11);
  const asOf = new Date().toISOString().slice(0, 10);
  const users = org.store.query('SELECT Id FROM User WHERE IsActive = true ORDER BY Id').map((u) => String(u.Id));
  const profileId = org.access.profileId('Standard User');
  for (let i = users.length; i < memberCount; i += 1) {
    users.push(
      org.store.insert('User', {
        Username: `bench.member${i}@sellerco.example`,
        FirstName: 'Bench',
        LastName: `Member ${i}`,
        Email: `bench.member${i}@sellerco.example`,
        Title: 'Account Executive',
        IsActive: true,
        ProfileId: profileId,
      }),
    );
  }
  const members = [owner, ...users.filter((u) => u !== owner)].slice(0, memberCount);
  const accountId = org.store.insert('Account', { Name: 'Benchmark Account', OwnerId: owner });
  for (const userId of members) {
    org.store.insert('AccountTeamMember', { AccountId: accountId, UserId: userId, TeamMemberRole: 'Account Manager' });
  }
  const contacts = Array.from({ length: contactCount }, (_, i) =>
    org.store.insert('Contact', {
      AccountId: accountId,
      FirstName: 'Bench',
      LastName: `Contact ${String(i).padStart(3, '0')}`,
      Title: 'Manager',
      Department: ['Finance', 'IT', 'Operations', 'Procurement', 'Strategy'][i % 5],
      Seniority__c: ['Executive', 'VP', 'Director', 'Manager', 'Staff'][i % 5],
      Buyer_Roles__c: ['Power', 'User', 'Advisor', 'Evangelist', null][i % 5],
    }),
  );
  for (const contactId of contacts) {
    for (const memberId of members) {
      if (next() > 0.33) continue;
      org.store.insert('Relationship__c', {
        Account__c: accountId,
        Contact__c: contactId,
        Team_Member__c: memberId,
        Pair_Key__c: `${contactId}:${memberId}`,
        Grade__c: GRADES[Math.floor(next() * GRADES.length)],
        Graded_On__c: daysAgo(asOf, 30),
      });
    }
  }
  return { accountId, contacts, members, asOf };
}

/**
 * Tasks and events (half each) between the account's contacts and members, from the `from`-th up to `total`. The
 * first ones visit every pair once, so the account has all of its pairs (and the same map) at 2,000 activities as at
 * 20,000: only the activity volume differs, which the page must not feel.
 */
export function addActivities(org, { accountId, contacts, members, asOf }, from, total) {
  const next = random(97 + from);
  const pairs = contacts.length * members.length;
  for (let i = from; i < total; i += 1) {
    const contactId =
      i < pairs ? contacts[Math.floor(i / members.length)] : contacts[Math.floor(next() * contacts.length)];
    const ownerId = i < pairs ? members[i % members.length] : members[Math.floor(next() * members.length)];
    // A first visit is recent enough for the sync to keep the pair (its evidence window).
    const date = daysAgo(asOf, Math.floor(next() * (i < pairs ? 60 : 400)));
    if (i % 2 === 0) {
      org.store.insert('Task', {
        WhoId: contactId,
        OwnerId: ownerId,
        ActivityDate: date,
        TaskSubtype: i % 4 === 0 ? 'Call' : 'Email',
        Status: 'Completed',
      });
    } else {
      org.store.insert('Event', {
        WhoId: contactId,
        WhatId: accountId,
        OwnerId: ownerId,
        ActivityDateTime: `${date}T10:00:00.000Z`,
        DurationInMinutes: 30,
      });
    }
  }
}

/** Serves the bench org from this (child) process: see the protocol above. */
async function serveBenchOrg({ build }) {
  const org = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  const [showcase] = org.store.query(
    "SELECT Id, OwnerId, Owner.Username FROM Account WHERE Name = 'Brightwater Logistics'",
  );
  const account = addAccount(org, String(showcase.OwnerId));
  let added = 0;
  let preview;
  process.on('message', async ({ activities }) => {
    addActivities(org, account, added, activities);
    added = activities;
    await syncDemoOrg(org);
    preview ??= await startPreview({
      org: { instanceUrl: org.instanceUrl, ...org.credentials, username: showcase.Owner.Username },
      recordId: account.accountId,
      build,
    });
    const cells = org.store.query(`SELECT Id FROM Relationship__c WHERE Account__c = '${account.accountId}'`).length;
    process.send({
      synced: { activities, cells, url: preview.url, accountId: account.accountId, otherId: String(showcase.Id) },
    });
  });
  process.on('disconnect', async () => {
    await preview?.close();
    await org.stop();
    process.exit(0);
  });
  process.send({ ready: true });
}

/**
 * Starts the bench org in a child process. Returns { sync(activities) → { cells, url }, stop() }: `sync` brings the
 * account to `activities` tasks and events (only ever more), runs the nightly sync and serves the preview on its
 * account.
 */
export async function startBenchOrg({ build = true } = {}) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', build ? 'build' : 'no-build'], { stdio: 'inherit' });
  const next = () =>
    new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`the bench org stopped (exit ${code})`)));
    });
  await next();
  return {
    async sync(activities) {
      const answer = next();
      child.send({ activities });
      return (await answer).synced;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.disconnect();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--serve') {
  serveBenchOrg({ build: process.argv[3] === 'build' }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
