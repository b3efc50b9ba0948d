import { gql } from 'lightning/graphql';

/** The cursor variable of each list the org chart pages (UI API GraphQL answers at most 2,000 rows a list). */
export const CHART_LISTS = {
  Contact: 'contactAfter',
  Relationship__c: 'relationshipAfter',
  Coverage_Warning__c: 'warningAfter',
};

// The account's contacts with their managers (ReportsTo), our relationships with them as the sync graded them
// (effective grades), and the open uncovered-buyer warnings the sync wrote: the gaps.
export const ORG_CHART_QUERY = gql`
  query contactOrgChart($accountId: ID, $contactAfter: String, $relationshipAfter: String, $warningAfter: String) {
    uiapi {
      query {
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
              ReportsToId {
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
        Relationship__c(where: { Account__c: { eq: $accountId } }, first: 2000, after: $relationshipAfter) {
          edges {
            node {
              Id
              Contact__c {
                value
              }
              Effective_Grade__c {
                value
              }
              Team_Member__r {
                Name {
                  value
                }
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Coverage_Warning__c(
          where: {
            and: [
              { Account__c: { eq: $accountId } }
              { Status__c: { eq: "Open" } }
              { Rule__c: { eq: "UNCOVERED_BUYER" } }
            ]
          }
          first: 2000
          after: $warningAfter
        ) {
          edges {
            node {
              Id
              Contact__c {
                value
              }
              Severity__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;
