// A deterministic GraphQL answer for an account of `contacts` × `members` (the UI benchmark's map).
const ROLES = ['Power', 'User', 'Advisor', 'Evangelist', null];
const SENIORITY = ['Executive', 'VP', 'Director', 'Manager', 'Staff'];
const GRADES = ['T', 'O', 'S', 'S', 'S', 'I', 'D', 'M'];
const DEPARTMENTS = ['Finance', 'IT', 'Operations', 'Procurement', 'Strategy'];

const id = (prefix, n) => `${prefix}${String(n).padStart(12, '0')}AAA`;
const v = (value) => ({ value });

/** Park–Miller generator, so every run benchmarks the same map. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** A synthetic GraphQL answer; its snapshot is dated `asOf`, by default today (UTC) as the page's own day. */
export function syntheticAnswer({
  contacts = 100,
  members = 20,
  asOf = new Date().toISOString().slice(0, 10),
  seed = 7,
} = {}) {
  const next = random(seed);
  const contactIds = Array.from({ length: contacts }, (_, i) => id('003', i + 1));
  const memberIds = Array.from({ length: members }, (_, i) => id('005', i + 1));
  const contactNodes = contactIds.map((cid, i) => ({
    node: {
      Id: cid,
      Name: v(`Contact ${i + 1}`),
      Title: v('Manager'),
      Department: v(DEPARTMENTS[i % DEPARTMENTS.length]),
      Buyer_Roles__c: v(ROLES[i % ROLES.length]),
      Seniority__c: v(SENIORITY[i % SENIORITY.length]),
    },
  }));
  const teamNodes = memberIds.map((uid, i) => ({
    node: {
      Id: id('01M', i + 1),
      UserId: v(uid),
      TeamMemberRole: v('Account Manager'),
      User: { Name: v(`Member ${i + 1}`), Title: v('Account Executive'), Seniority__c: v(SENIORITY[i % 5]) },
    },
  }));
  const relationships = [];
  contactIds.forEach((cid) =>
    memberIds.forEach((uid) => {
      if (next() > 0.3) return;
      const n = relationships.length + 1;
      relationships.push({
        node: {
          Id: id('a01', n),
          Contact__c: v(cid),
          Team_Member__c: v(uid),
          Team_Member__r: { Name: v('Member'), Title: v(null), Seniority__c: v(null) },
          Grade__c: v(GRADES[Math.floor(next() * GRADES.length)]),
          Graded_On__c: v('2026-09-01'),
          Key_Intersection__c: v(n % 40 === 0),
          Focus_Horizon__c: v(n % 40 === 0 ? '60' : null),
          Pair_Key__c: v(`${cid}:${uid}`),
        },
      });
    }),
  );
  const edges = (list) => ({ edges: list });
  return {
    uiapi: {
      query: {
        Contact: edges(contactNodes),
        AccountTeamMember: edges(teamNodes),
        Relationship__c: edges(relationships),
        Contact_Blueprint__c: edges([]),
        Coverage_Snapshot__c: edges([{ node: { Id: id('a03', 1), As_Of__c: v(asOf), Score__c: v(50) } }]),
        Task: edges([]),
        Event: edges([]),
        Opportunity: edges([]),
      },
    },
  };
}
