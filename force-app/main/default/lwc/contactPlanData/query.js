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

/** Every list of the query, in order: six subqueries (the GraphQL API allows ten a query). */
export const PLAN_LISTS = [
  'Account',
  'Contact',
  'AccountTeamMember',
  'Relationship__c',
  'Contact_Blueprint__c',
  'Coverage_Snapshot__c',
];

const value = (field) => `
              ${field} {
                value
              }`;

// The selection of each list, keyed by list; `omit` names fields the org refused to this rep (field-level security).
// Team members reach the plan through the team and the pairs; each carries the user's name, title and seniority
// (fragment MemberUser). The long lists page with upperBound, so they may pass 4,000 rows.
const LIST_SELECTIONS = {
  Account: (omit) => `
        Account(where: { Id: { eq: $accountId } }, first: 1) {
          edges {
            node {
              Id${SYNC_RESULT_FIELDS.Account.filter((f) => !omit.has(f))
                .map(value)
                .join('')}
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
                .concat(SYNC_RESULT_FIELDS.Contact.filter((f) => !omit.has(f)))
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
              Id${['Contact__c', 'Team_Member__c'].map(value).join('')}
              Team_Member__r {
                ...MemberUser
              }${[
                'Grade__c',
                'Graded_On__c',
                'Key_Intersection__c',
                'Focus_Horizon__c',
                'Pair_Key__c',
                'Closed_On__c',
                'Closed_Reason__c',
                'Effective_Grade__c',
              ]
                .concat(SYNC_RESULT_FIELDS.Relationship__c.filter((f) => !omit.has(f)))
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

const MEMBER_USER_FRAGMENT = `
  fragment MemberUser on User {
    Name {
      value
    }
    Title {
      value
    }
    Seniority__c {
      value
    }
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
${MEMBER_USER_FRAGMENT}`;
}

const documents = new Map();

/**
 * The account plan query over `lists` without the `omit` fields (Object.Field), parsed once per variant. The page
 * starts with every list and field and drops only what the org refuses (planReader).
 */
export function planQuery(lists = PLAN_LISTS, omit = []) {
  const key = `${lists.join(',')}|${[...omit].sort().join(',')}`;
  if (!documents.has(key)) {
    const omitted = new Set(omit.map((field) => field.split('.')[1]));
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
