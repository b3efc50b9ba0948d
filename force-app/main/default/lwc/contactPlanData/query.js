import { gql } from 'lightning/graphql';

/**
 * The cursor variable of each list the account plan query pages. Every list it reads grows with the account's people
 * (contacts, team, pairs, blueprints), never with its activity: the nightly sync summarizes tasks and events into the
 * svc fields of Relationship__c, which the page reads instead (docs/contracts.md, "GraphQL"). A null cursor asks for
 * the first page.
 */
export const PAGE_CURSORS = {
  Contact: 'contactAfter',
  AccountTeamMember: 'teamAfter',
  Relationship__c: 'relationshipAfter',
  User: 'memberAfter',
  Contact_Blueprint__c: 'blueprintAfter',
};

/**
 * The lists the plan can do without: an org without Account Teams has no AccountTeamMember (the sync treats it as
 * optional too). The map then shows the people with a relationship record, with a notice.
 */
export const SUPPLEMENTARY_LISTS = ['AccountTeamMember'];

/**
 * The fields of the sync's results the page reads (Relationship__c evidence, the account's last sync, the buyer roles
 * a contact's opportunity contact roles imply, which the UI API cannot read itself). A rep whose field-level security
 * hides one of them still gets the plan, without that field, and a notice.
 */
export const SYNC_RESULT_FIELDS = {
  Relationship__c: ['Suggested_Grade__c', 'Grade_Reasons__c', 'Last_Touch__c', 'Last_Meeting__c', 'Touches_90d__c'],
  Account: ['Coverage_Synced_At__c'],
  Contact: ['Implied_Buyer_Roles__c'],
};

/**
 * The team member fields the page reads from User (fragment MemberUser). A rep whose field-level security hides the
 * title or the seniority still gets the plan: members then read without it (seniority parsed from the title, or
 * Staff), with a notice.
 */
export const MEMBER_USER_FIELDS = ['Name', 'Title', 'Seniority__c'];
export const HIDEABLE_USER_FIELDS = ['Title', 'Seniority__c'];

/**
 * Every list of the query, in order: seven lists and the User list's semi-join, eight subqueries (the GraphQL API
 * allows ten a query).
 */
export const PLAN_LISTS = [
  'Account',
  'Contact',
  'AccountTeamMember',
  'Relationship__c',
  'User',
  'Contact_Blueprint__c',
  'Coverage_Snapshot__c',
];

const value = (field) => `
              ${field} {
                value
              }`;

// The fields of `object` among `fields` that the org did not refuse to this rep (`omit`: Object.Field).
const readable = (object, fields, omit) => fields.filter((field) => !omit.has(`${object}.${field}`));

// The selection of each list, keyed by list; `omit` names fields the org refused to this rep (field-level security).
// The pairs name their member by Team_Member__c only: the User list reads each member's user once (name, title,
// seniority: fragment MemberUser), through a semi-join on the account's pairs, where nesting Team_Member__r repeated
// the same users in every row (about 14% of the answer for 100 contacts x 20 members). The account team still nests
// its users: a team member without a pair is not in the semi-join, and OR cannot join two semi-joins. The long
// lists page with upperBound, so they may pass 4,000 rows.
const LIST_SELECTIONS = {
  Account: (omit) => `
        Account(where: { Id: { eq: $accountId } }, first: 1) {
          edges {
            node {
              Id${readable('Account', SYNC_RESULT_FIELDS.Account, omit).map(value).join('')}
            }
          }
        }
`,
  Contact: (omit) => `
        Contact(
          where: { AccountId: { eq: $accountId } }
          orderBy: { Name: { order: ASC } }
          first: 2000
          upperBound: 20000
          after: $contactAfter
        ) {
          edges {
            node {
              Id${['Name', 'Title', 'Department', 'Buyer_Roles__c', 'Seniority__c']
                .concat(readable('Contact', SYNC_RESULT_FIELDS.Contact, omit))
                .map(value)
                .join('')}
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  AccountTeamMember: () => `
        AccountTeamMember(where: { AccountId: { eq: $accountId } }, first: 2000, after: $teamAfter) {
          edges {
            node {
              Id${value('UserId')}
              User {
                ...MemberUser
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  Relationship__c: (omit) => `
        Relationship__c(
          where: { Account__c: { eq: $accountId } }
          first: 2000
          upperBound: 40000
          after: $relationshipAfter
        ) {
          edges {
            node {
              Id${[
                'Contact__c',
                'Team_Member__c',
                'Grade__c',
                'Graded_On__c',
                'Key_Intersection__c',
                'Focus_Horizon__c',
                'Pair_Key__c',
                'Closed_On__c',
                'Closed_Reason__c',
                'Effective_Grade__c',
              ]
                .concat(readable('Relationship__c', SYNC_RESULT_FIELDS.Relationship__c, omit))
                .map(value)
                .join('')}
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  User: () => `
        User(
          where: {
            Id: { inq: { Relationship__c: { Account__c: { eq: $accountId } }, ApiName: "Team_Member__c" } }
          }
          first: 2000
          upperBound: 40000
          after: $memberAfter
        ) {
          edges {
            node {
              Id
              ...MemberUser
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  Contact_Blueprint__c: () => `
        Contact_Blueprint__c(
          where: { Relationship__r: { Account__c: { eq: $accountId } } }
          first: 2000
          after: $blueprintAfter
        ) {
          edges {
            node {
              Id${[
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
              ]
                .map(value)
                .join('')}
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  Coverage_Snapshot__c: () => `
        Coverage_Snapshot__c(
          where: { Account__c: { eq: $accountId } }
          first: 12
          orderBy: { As_Of__c: { order: DESC } }
        ) {
          edges {
            node {
              Id${value('As_Of__c')}${value('Score__c')}
            }
          }
        }
`,
};

const memberUserFragment = (omit) => `
  fragment MemberUser on User {${readable('User', MEMBER_USER_FIELDS, omit)
    .map(
      (field) => `
    ${field} {
      value
    }`,
    )
    .join('')}
  }
`;

/** The account plan query text over `lists`, without the `omit` fields, declaring each paged list's cursor. */
function planQueryText(name, lists, omit) {
  const cursors = lists.filter((list) => PAGE_CURSORS[list]).map((list) => `    $${PAGE_CURSORS[list]}: String`);
  const selections = lists.map((list) => LIST_SELECTIONS[list](omit)).join('');
  return `
  query ${name}(
    $accountId: ID
${cursors.join('\n')}
  ) {
    uiapi {
      query {${selections}      }
    }
  }
${memberUserFragment(omit)}`;
}

const documents = new Map();

/**
 * The account plan query over `lists` without the `omit` fields (Object.Field), parsed once per variant. The page
 * starts with every list and field and drops only what the org refuses (planReader).
 */
export function planQuery(lists = PLAN_LISTS, omit = []) {
  const key = `${lists.join(',')}|${[...omit].sort().join(',')}`;
  if (!documents.has(key)) {
    const omitted = new Set(omit);
    const name = lists.length === PLAN_LISTS.length && !omit.length ? 'contactPlan' : 'contactPlanPartial';
    documents.set(
      key,
      gql`
        ${planQueryText(name, lists, omitted)}
      `,
    );
  }
  return documents.get(key);
}

// Everything the map, the warnings and the blueprint need for one account, in one round trip per page.
export const ACCOUNT_PLAN_QUERY = planQuery();

// The same query without the optional lists: what the components fall back to when the org refuses one of them.
export const CORE_PLAN_QUERY = planQuery(PLAN_LISTS.filter((list) => !SUPPLEMENTARY_LISTS.includes(list)));
