import { gql } from 'lightning/graphql';

/** The lists the trend pages (the snapshots are one a day: the last 91 fit one page). */
export const TREND_LISTS = { Coverage_Warning__c: 'warningAfter' };

/** Snapshots read: one a day for the last 90 days and the day before the window (the first change's baseline). */
export const SNAPSHOTS_READ = 91;

// The account's daily coverage snapshots (newest first) and its warnings, open and resolved, with the days they
// appeared; a resolved warning's last modification is the sync run that resolved it.
export const COVERAGE_TREND_QUERY = gql`
  query coverageTrend($accountId: ID, $warningAfter: String) {
    uiapi {
      query {
        Coverage_Snapshot__c(
          where: { Account__c: { eq: $accountId } }
          orderBy: { As_Of__c: { order: DESC } }
          first: ${SNAPSHOTS_READ}
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
              Count_Critical__c {
                value
              }
              Count_High__c {
                value
              }
              Count_Medium__c {
                value
              }
              Count_Low__c {
                value
              }
            }
          }
        }
        Coverage_Warning__c(
          where: { Account__c: { eq: $accountId } }
          orderBy: { Id: { order: ASC } }
          first: 2000
          after: $warningAfter
        ) {
          edges {
            node {
              Id
              Rule__c {
                value
              }
              Severity__c {
                value
              }
              Status__c {
                value
              }
              First_Seen__c {
                value
              }
              Last_Seen__c {
                value
              }
              LastModifiedDate {
                value
              }
              Contact__r {
                Name {
                  value
                }
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
      }
    }
  }
`;
