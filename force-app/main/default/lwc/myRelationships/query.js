import { gql } from 'lightning/graphql';

/** The cursor variable of each list My relationships pages (UI API GraphQL answers at most 2,000 rows a list). */
export const MY_LISTS = {
  Relationship__c: 'relationshipAfter',
  Contact_Blueprint__c: 'blueprintAfter',
  Coverage_Warning__c: 'warningAfter',
};

// The signed-in rep's cells on every account, their blueprints, and the open warnings that name the rep or a contact
// who left: only what the sync wrote (effective grades, the gravity countdown, next best moves, warnings), three lists
// in one round trip.
export const MY_RELATIONSHIPS_QUERY = gql`
  query myRelationships($userId: ID, $relationshipAfter: String, $blueprintAfter: String, $warningAfter: String) {
    uiapi {
      query {
        Relationship__c(
          where: { Team_Member__c: { eq: $userId } }
          orderBy: { Id: { order: ASC } }
          first: 2000
          after: $relationshipAfter
        ) {
          edges {
            node {
              Id
              Account__c {
                value
              }
              Account__r {
                Name {
                  value
                }
              }
              Contact__c {
                value
              }
              Contact__r {
                Name {
                  value
                }
                Title {
                  value
                }
                Buyer_Roles__c {
                  value
                }
              }
              Grade__c {
                value
              }
              Effective_Grade__c {
                value
              }
              Key_Intersection__c {
                value
              }
              Last_Touch__c {
                value
              }
              Grade_Drops_On__c {
                value
              }
              Next_Move_Goal__c {
                value
              }
              Next_Move_Gain__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Contact_Blueprint__c(
          where: { Relationship__r: { Team_Member__c: { eq: $userId } } }
          orderBy: { Id: { order: ASC } }
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
              Due_Date__c {
                value
              }
              Status__c {
                value
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
              { Status__c: { eq: "Open" } }
              { or: [{ Team_Member__c: { eq: $userId } }, { Rule__c: { eq: "CONTACT_LEFT" } }] }
            ]
          }
          orderBy: { Id: { order: ASC } }
          first: 2000
          after: $warningAfter
        ) {
          edges {
            node {
              Id
              Account__c {
                value
              }
              Rule__c {
                value
              }
              Severity__c {
                value
              }
              Message__c {
                value
              }
              Contact__c {
                value
              }
              Team_Member__c {
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
