// While the page waits on the org for its plan, the main thread is idle. V8 compiles a function when it is first
// called, so the first answer paid for compiling the plan reader and the core inside the time the rep waits for the
// map. Reading and analysing a small account of the same shape first, in that idle time, leaves only the work itself.
// Nothing is kept but the compiled code: the reader and the core are pure, and the page's own state is not touched.
import { reanalyzeTypedPlan } from 'c/planningCore';
import { buildPlan } from './planBuilder';
import { hasAnalysedPlan } from './analysis';

const v = (value) => ({ value });
const sfId = (prefix, n) => `${prefix}${String(n).padStart(12, '0')}AAA`;
const ACCOUNT = sfId('001', 1);
const contactId = (n) => sfId('003', n);
const memberId = (n) => sfId('005', n);
const relationshipId = (n) => sfId('a01', n);

const CONTACTS = [
  ['Power', 'Executive', 'Finance'],
  ['User', 'Director', 'Operations'],
  ['Advisor', 'Manager', 'IT'],
  [null, 'Staff', 'IT'],
];
const MEMBERS = [
  ['VP', 'Regional Vice President'],
  [null, 'Account Executive'],
  ['Staff', 'Solution Engineer'],
];
// [contact, member, manual grade, suggested grade, key]
const PAIRS = [
  [1, 1, 'O', null, true],
  [1, 2, null, 'S', false],
  [2, 2, 'S', 'S', false],
  [2, 3, 'D', 'I', false],
  [3, 3, null, 'I', false],
];

const node = (fields) => ({ node: fields });
const connection = (nodes) => ({ edges: nodes.map(node), pageInfo: { hasNextPage: false, endCursor: null } });

/** A GraphQL answer of the Account page's plan query for a small made-up account, dated around `asOf`. */
export function sampleAnswer(asOf) {
  const member = (n) => ({ Name: v(`Member ${n}`), Title: v(MEMBERS[n - 1][1]), Seniority__c: v(MEMBERS[n - 1][0]) });
  return {
    uiapi: {
      query: {
        Account: connection([{ Id: ACCOUNT, Coverage_Synced_At__c: v(`${asOf}T02:00:00.000Z`) }]),
        Contact: connection(
          CONTACTS.map(([role, seniority, department], i) => ({
            Id: contactId(i + 1),
            Name: v(`Contact ${i + 1}`),
            Title: v(`${seniority} of ${department}`),
            Department: v(department),
            Buyer_Roles__c: v(role),
            Seniority__c: v(seniority),
            Implied_Buyer_Roles__c: v(null),
          })),
        ),
        AccountTeamMember: connection(
          MEMBERS.map((_, i) => ({ Id: sfId('01M', i + 1), UserId: v(memberId(i + 1)), User: member(i + 1) })),
        ),
        Relationship__c: connection(
          PAIRS.map(([c, m, grade, suggested, key], i) => ({
            Id: relationshipId(i + 1),
            Contact__c: v(contactId(c)),
            Team_Member__c: v(memberId(m)),
            Grade__c: v(grade),
            Graded_On__c: v(grade ? asOf : null),
            Key_Intersection__c: v(key),
            Focus_Horizon__c: v(key ? '60' : null),
            Pair_Key__c: v(`${contactId(c)}:${memberId(m)}`),
            Closed_On__c: v(null),
            Closed_Reason__c: v(null),
            Effective_Grade__c: v(grade || suggested),
            Suggested_Grade__c: v(suggested),
            Grade_Reasons__c: v(suggested ? `last touch ${asOf}` : null),
            Last_Touch__c: v(suggested ? asOf : null),
            Last_Meeting__c: v(suggested === 'S' ? asOf : null),
            Touches_90d__c: v(suggested ? 2 : 0),
          })),
        ),
        // The members' users, once each: the page's semi-join on the account's pairs.
        User: connection([...new Set(PAIRS.map(([, m]) => m))].map((m) => ({ Id: memberId(m), ...member(m) }))),
        Contact_Blueprint__c: connection([
          {
            Id: sfId('a02', 1),
            Relationship__c: v(relationshipId(1)),
            Goal_Grade__c: v('T'),
            Influence_Strategies__c: v('RECIPROCITY;LIKING'),
            Tactics__c: v('A workshop on their roadmap'),
            Resources__c: v(null),
            Horizon__c: v('60'),
            Due_Date__c: v(asOf),
            Status__c: v('active'),
            Invests_Own_Time__c: v(true),
            Teaches_Us__c: v(false),
            Shows_Usefulness__c: v(true),
          },
        ]),
        Coverage_Snapshot__c: connection([{ Id: sfId('a03', 1), As_Of__c: v(asOf), Score__c: v(50) }]),
      },
    },
  };
}

let warmed = false;

/**
 * Once a page, in the task after the current one: reads and analyses the sample account, then hands its plan and
 * analysis to `alsoWarm` (a panel's own view code). Skipped when the page has analysed a plan already.
 */
export function warmUpPlanPath(asOf, alsoWarm) {
  if (warmed) return;
  warmed = true;
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  setTimeout(() => {
    if (hasAnalysedPlan()) return;
    const { plan } = buildPlan(sampleAnswer(asOf).uiapi.query, ACCOUNT, asOf);
    const { analysis } = reanalyzeTypedPlan(undefined, plan);
    if (alsoWarm) alsoWarm(plan, analysis);
  }, 0);
}
