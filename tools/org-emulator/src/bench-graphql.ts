/**
 * The emulator's share of the Account page: the one GraphQL request the page sends (the shape of
 * force-app/main/default/lwc/contactPlanData/query.js, all six lists), for an account of 100 contacts × 20 members
 * with a third of the pairs graded and every touched pair synced, asked as a rep (Contact_Plan_User, field-level security applies)
 * over HTTP, with 2,000 and then 20,000 tasks and events on the account. Prints the round trip per answer (loopback,
 * so almost all of it is the emulator), the process's CPU time per answer (emulator and the client's read of the
 * answer; steadier than wall time on a busy machine) and the answer's size.
 * Run: `npm run -s build && node tools/org-emulator/dist/bench.js graphql [runs]`.
 */
import { startEmulator, type Emulator } from './server';

const CONTACTS = 100;
const MEMBERS = 20;
const GRADES = ['T', 'O', 'S', 'S', 'I', 'D', 'M'];

const value = (field: string): string => `${field} { value }`;
const list = (fields: string[]): string => fields.map(value).join('\n');

const PAGE_QUERY = `
query contactPlan($accountId: ID, $contactAfter: String, $teamAfter: String, $relationshipAfter: String,
  $blueprintAfter: String) {
  uiapi {
    query {
      Account(where: { Id: { eq: $accountId } }, first: 1) {
        edges { node { Id ${value('Coverage_Synced_At__c')} } }
      }
      Contact(where: { AccountId: { eq: $accountId } }, orderBy: { Name: { order: ASC } }, first: 2000,
        upperBound: 20000, after: $contactAfter) {
        edges { node { Id ${list(['Name', 'Title', 'Department', 'Buyer_Roles__c', 'Seniority__c', 'Implied_Buyer_Roles__c'])} } }
        pageInfo { hasNextPage endCursor }
      }
      AccountTeamMember(where: { AccountId: { eq: $accountId } }, first: 2000, after: $teamAfter) {
        edges { node { Id ${value('UserId')} User { ...MemberUser } } }
        pageInfo { hasNextPage endCursor }
      }
      Relationship__c(where: { Account__c: { eq: $accountId } }, first: 2000, upperBound: 40000,
        after: $relationshipAfter) {
        edges {
          node {
            Id ${list(['Contact__c', 'Team_Member__c'])}
            Team_Member__r { ...MemberUser }
            ${list([
              'Grade__c',
              'Graded_On__c',
              'Key_Intersection__c',
              'Focus_Horizon__c',
              'Pair_Key__c',
              'Closed_On__c',
              'Closed_Reason__c',
              'Effective_Grade__c',
              'Suggested_Grade__c',
              'Grade_Reasons__c',
              'Last_Touch__c',
              'Last_Meeting__c',
              'Touches_90d__c',
            ])}
          }
        }
        pageInfo { hasNextPage endCursor }
      }
      Contact_Blueprint__c(where: { Relationship__r: { Account__c: { eq: $accountId } } }, first: 2000,
        after: $blueprintAfter) {
        edges {
          node {
            Id ${list([
              'Relationship__c',
              'Goal_Grade__c',
              'Influence_Strategies__c',
              'Tactics__c',
              'Resources__c',
              'Horizon__c',
              'Due_Date__c',
              'Status__c',
              'Invests_Own_Time__c',
              'Teaches_Us__c',
              'Shows_Usefulness__c',
            ])}
          }
        }
        pageInfo { hasNextPage endCursor }
      }
      Coverage_Snapshot__c(where: { Account__c: { eq: $accountId } }, first: 12, orderBy: { As_Of__c: { order: DESC } }) {
        edges { node { Id ${list(['As_Of__c', 'Score__c'])} } }
      }
    }
  }
}
fragment MemberUser on User { ${list(['Name', 'Title', 'Seniority__c'])} }
`;

/** Park–Miller generator, so every run measures the same account. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

interface BenchAccount {
  accountId: string;
  contacts: string[];
  members: string[];
  asOf: string;
  /** `contactId:userId` of every pair with a Relationship__c. */
  pairs: Set<string>;
}

/** A pair's Relationship__c with the sync's results filled in; `grade` is the rep's, when they graded it. */
function addPair(org: Emulator, account: BenchAccount, contactId: string, memberId: string, grade?: string): string {
  const key = `${contactId}:${memberId}`;
  account.pairs.add(key);
  return org.store.insert('Relationship__c', {
    Account__c: account.accountId,
    Contact__c: contactId,
    Team_Member__c: memberId,
    Pair_Key__c: key,
    Grade__c: grade ?? null,
    Graded_On__c: grade ? daysAgo(account.asOf, 30) : null,
    Effective_Grade__c: grade ?? 'S',
    Suggested_Grade__c: 'S',
    Grade_Reasons__c: `last meeting ${daysAgo(account.asOf, 12)}; 3 touches in the last 90 days`,
    Last_Touch__c: daysAgo(account.asOf, 5),
    Touches_90d__c: 3,
    Synced_At__c: `${account.asOf}T02:00:00.000Z`,
  });
}

const daysAgo = (asOf: string, days: number): string =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The account, its team, a third of the pairs graded with the sync's results filled in, blueprints and snapshots. */
function addAccount(org: Emulator, owner: string): BenchAccount {
  const next = random(11);
  const asOf = org.clock.today();
  const users = org.store.query('SELECT Id FROM User WHERE IsActive = true ORDER BY Id').map((u) => String(u.Id));
  const profileId = org.access.profileId('Standard User');
  for (let i = users.length; i < MEMBERS; i += 1) {
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
  const members = [owner, ...users.filter((u) => u !== owner)].slice(0, MEMBERS);
  const accountId = org.store.insert('Account', {
    Name: 'GraphQL Bench Account',
    OwnerId: owner,
    Coverage_Synced_At__c: `${asOf}T02:00:00.000Z`,
  });
  for (const userId of members) {
    org.store.insert('AccountTeamMember', { AccountId: accountId, UserId: userId, TeamMemberRole: 'Account Manager' });
  }
  const contacts = Array.from({ length: CONTACTS }, (_, i) =>
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
  const account: BenchAccount = { accountId, contacts, members, asOf, pairs: new Set() };
  for (const contactId of contacts) {
    for (const memberId of members) {
      if (next() > 0.33) continue;
      const relationshipId = addPair(org, account, contactId, memberId, GRADES[Math.floor(next() * GRADES.length)]);
      if (account.pairs.size % 20 === 1) {
        org.store.insert('Contact_Blueprint__c', {
          Relationship__c: relationshipId,
          Goal_Grade__c: 'O',
          Influence_Strategies__c: 'RECIPROCITY;LIKING',
          Tactics__c: 'Invite to the quarterly review; share the benchmark',
          Horizon__c: '60',
          Due_Date__c: daysAgo(asOf, -45),
          Status__c: 'active',
        });
      }
    }
  }
  for (let month = 0; month < 12; month += 1) {
    org.store.insert('Coverage_Snapshot__c', {
      Account__c: accountId,
      As_Of__c: daysAgo(asOf, month * 30),
      Score__c: 50 + month,
      Snapshot_Key__c: `${accountId}:${daysAgo(asOf, month * 30)}`,
    });
  }
  return account;
}

/**
 * Tasks and events (half each) between the account's contacts and members, up to `total`; as after a sync, every
 * pair with a touch has its Relationship__c.
 */
function addActivities(org: Emulator, account: BenchAccount, from: number, total: number): void {
  const next = random(97 + from);
  for (let i = from; i < total; i += 1) {
    const contactId = account.contacts[Math.floor(next() * account.contacts.length)] as string;
    const ownerId = account.members[Math.floor(next() * account.members.length)] as string;
    const date = daysAgo(account.asOf, Math.floor(next() * 400));
    if (!account.pairs.has(`${contactId}:${ownerId}`)) addPair(org, account, contactId, ownerId);
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
        WhatId: account.accountId,
        OwnerId: ownerId,
        ActivityDateTime: `${date}T10:00:00.000Z`,
        DurationInMinutes: 30,
      });
    }
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function benchGraphqlPage(runs: number): Promise<void> {
  const org = await startEmulator({ port: 0, dataset: 'demo', seed: 1 });
  try {
    const [showcase] = org.store.query(
      "SELECT OwnerId, Owner.Username FROM Account WHERE Name = 'Brightwater Logistics'",
    );
    if (!showcase) throw new Error('the demo dataset has no Brightwater Logistics');
    const owner = String(showcase.OwnerId);
    const username = String((showcase.Owner as { Username: string }).Username);
    const account = addAccount(org, owner);
    const login = await fetch(`${org.instanceUrl}/services/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        username,
        password: org.credentials.password,
        client_id: org.credentials.clientId,
        client_secret: org.credentials.clientSecret,
      }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const token = ((await login.json()) as { access_token: string }).access_token;
    const body = JSON.stringify({
      query: PAGE_QUERY,
      variables: {
        accountId: account.accountId,
        contactAfter: null,
        teamAfter: null,
        relationshipAfter: null,
        blueprintAfter: null,
      },
      operationName: 'contactPlan',
    });
    const ask = async (): Promise<{ ms: number; cpuMs: number; bytes: number; rows: number; errors: number }> => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const response = await fetch(`${org.instanceUrl}/services/data/v${org.apiVersion}/graphql`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
      });
      const text = await response.text();
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      const answer = JSON.parse(text) as {
        data: { uiapi: { query: Record<string, { edges: unknown[] } | null> } } | null;
        errors: unknown[];
      };
      const lists = Object.values(answer.data?.uiapi.query ?? {});
      const rows = lists.reduce((sum, l) => sum + (l?.edges.length ?? 0), 0);
      return { ms, cpuMs, bytes: text.length, rows, errors: answer.errors.length };
    };
    let added = 0;
    process.stdout.write(
      `GraphQL page answer (emulator, over loopback HTTP, as a rep), ${runs} runs after 3 warm-up\n`,
    );
    for (const activities of [2000, 20000]) {
      addActivities(org, account, added, activities);
      added = activities;
      for (let i = 0; i < 3; i += 1) await ask();
      const times: number[] = [];
      const cpuTimes: number[] = [];
      let last = await ask();
      for (let i = 0; i < runs; i += 1) {
        last = await ask();
        times.push(last.ms);
        cpuTimes.push(last.cpuMs);
      }
      const sorted = [...times].sort((a, b) => a - b);
      process.stdout.write(
        `  ${String(activities).padStart(6)} tasks+events: median ${median(times).toFixed(1)} ms ` +
          `(min ${sorted[0]?.toFixed(1)}, max ${sorted[sorted.length - 1]?.toFixed(1)}), ` +
          `CPU median ${median(cpuTimes).toFixed(1)} ms; ` +
          `${last.rows} rows, ${Math.round(last.bytes / 1024)} KiB, ${last.errors} errors\n`,
      );
    }
  } finally {
    await org.stop();
  }
}
