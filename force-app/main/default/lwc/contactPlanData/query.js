import { gql } from 'lightning/graphql';

/**
 * The cursor variable of each list the account plan query pages (UI API GraphQL answers at most 2000 rows a list).
 * A null cursor asks for the first page.
 */
export const PAGE_CURSORS = {
  Contact: 'contactAfter',
  AccountTeamMember: 'teamAfter',
  Relationship__c: 'relationshipAfter',
  Contact_Blueprint__c: 'blueprintAfter',
  Task: 'taskAfter',
  Event: 'eventAfter',
  EventRelation: 'inviteeAfter',
  Opportunity: 'opportunityAfter',
  OpportunityTeamMember: 'opportunityTeamAfter',
  OpportunityContactRole: 'contactRoleAfter',
};

/**
 * The lists that only refine suggested grades (meeting invitees, opportunity teams, contact roles). An org may not
 * expose them to GraphQL, or a rep may not read them; the plan is still usable without them.
 */
export const SUPPLEMENTARY_LISTS = ['EventRelation', 'OpportunityTeamMember', 'OpportunityContactRole'];

// The selection of each list, keyed by list. Team members reach the plan through many lists; each carries the user's
// name, title and seniority (fragment MemberUser).
const LIST_SELECTIONS = {
  Contact: `
        Contact(
          where: { AccountId: { eq: $accountId } }
          orderBy: { Name: { order: ASC } }
          first: 2000
          after: $contactAfter
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              Title {
                value
              }
              Department {
                value
              }
              Buyer_Roles__c {
                value
              }
              Seniority__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  AccountTeamMember: `
        AccountTeamMember(where: { AccountId: { eq: $accountId } }, first: 2000, after: $teamAfter) {
          edges {
            node {
              Id
              UserId {
                value
              }
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
  Relationship__c: `
        Relationship__c(where: { Account__c: { eq: $accountId } }, first: 2000, after: $relationshipAfter) {
          edges {
            node {
              Id
              Contact__c {
                value
              }
              Team_Member__c {
                value
              }
              Team_Member__r {
                ...MemberUser
              }
              Grade__c {
                value
              }
              Graded_On__c {
                value
              }
              Key_Intersection__c {
                value
              }
              Focus_Horizon__c {
                value
              }
              Closed_On__c {
                value
              }
              Closed_Reason__c {
                value
              }
              Pair_Key__c {
                value
              }
              Effective_Grade__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  Contact_Blueprint__c: `
        Contact_Blueprint__c(
          where: { Relationship__r: { Account__c: { eq: $accountId } } }
          first: 2000
          after: $blueprintAfter
        ) {
          edges {
            node {
              Id
              Relationship__c {
                value
              }
              Goal_Grade__c {
                value
              }
              Influence_Strategies__c {
                value
              }
              Tactics__c {
                value
              }
              Resources__c {
                value
              }
              Horizon__c {
                value
              }
              Due_Date__c {
                value
              }
              Status__c {
                value
              }
              Invests_Own_Time__c {
                value
              }
              Teaches_Us__c {
                value
              }
              Shows_Usefulness__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
`,
  Coverage_Snapshot__c: `
        Coverage_Snapshot__c(
          where: { Account__c: { eq: $accountId } }
          first: 12
          orderBy: { As_Of__c: { order: DESC } }
        ) {
          edges {
            node {
              Id
              As_Of__c {
                value
              }
              Score__c {
                value
              }
            }
          }
        }
`,
  Task: `
        Task(
          where: { AccountId: { eq: $accountId }, TaskSubtype: { in: ["Call", "Email"] } }
          first: 2000
          after: $taskAfter
        ) {
          edges {
            node {
              Id
              WhoId {
                value
              }
              OwnerId {
                value
              }
              ActivityDate {
                value
              }
              TaskSubtype {
                value
              }
              Owner {
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
  Event: `
        Event(where: { AccountId: { eq: $accountId } }, first: 2000, after: $eventAfter) {
          edges {
            node {
              Id
              WhoId {
                value
              }
              OwnerId {
                value
              }
              ActivityDate {
                value
              }
              StartDateTime {
                value
              }
              Owner {
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
  EventRelation: `
        EventRelation(where: { Event: { AccountId: { eq: $accountId } } }, first: 2000, after: $inviteeAfter) {
          edges {
            node {
              Id
              EventId {
                value
              }
              RelationId {
                value
              }
              Relation {
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
  Opportunity: `
        Opportunity(where: { AccountId: { eq: $accountId } }, first: 2000, after: $opportunityAfter) {
          edges {
            node {
              Id
              IsClosed {
                value
              }
              IsWon {
                value
              }
              CloseDate {
                value
              }
              OwnerId {
                value
              }
              Owner {
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
  OpportunityTeamMember: `
        OpportunityTeamMember(
          where: { Opportunity: { AccountId: { eq: $accountId } } }
          first: 2000
          after: $opportunityTeamAfter
        ) {
          edges {
            node {
              Id
              OpportunityId {
                value
              }
              UserId {
                value
              }
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
  OpportunityContactRole: `
        OpportunityContactRole(
          where: { Opportunity: { AccountId: { eq: $accountId } } }
          first: 2000
          after: $contactRoleAfter
        ) {
          edges {
            node {
              Id
              OpportunityId {
                value
              }
              ContactId {
                value
              }
              Role {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
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

/** The account plan query text over `lists`, declaring the cursor variable of each paged one. */
function planQueryText(name, lists) {
  const cursors = lists.filter((list) => PAGE_CURSORS[list]).map((list) => `    $${PAGE_CURSORS[list]}: String`);
  const selections = lists.map((list) => LIST_SELECTIONS[list]).join('');
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

const ALL_LISTS = Object.keys(LIST_SELECTIONS);

// Everything the map, the warnings and the blueprint need for one account, in one round trip per page. It reads
// what the sync's extract reads (docs/contracts.md, "GraphQL"): activities with their invitees, and opportunities
// with their teams and contact roles, so the browser's plan is the sync's plan.
export const ACCOUNT_PLAN_QUERY = gql`
  ${planQueryText('contactPlan', ALL_LISTS)}
`;

// The same query without the supplementary lists: what the components fall back to when the org refuses one of them.
export const CORE_PLAN_QUERY = gql`
  ${planQueryText(
    'contactPlanCore',
    ALL_LISTS.filter((list) => !SUPPLEMENTARY_LISTS.includes(list)),
  )}
`;
