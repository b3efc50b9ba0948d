import { gql } from 'lightning/graphql';

// Everything the map, the warnings and the blueprint need for one account, in one round trip.
// UI API caps a page at 2000 rows; an account beyond that is outside what this page is meant to show.
export const ACCOUNT_PLAN_QUERY = gql`
  query contactPlan($accountId: ID) {
    uiapi {
      query {
        Contact(where: { AccountId: { eq: $accountId } }, first: 2000, orderBy: { Name: { order: ASC } }) {
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
        }
        AccountTeamMember(where: { AccountId: { eq: $accountId } }, first: 2000) {
          edges {
            node {
              Id
              UserId {
                value
              }
              TeamMemberRole {
                value
              }
              User {
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
            }
          }
        }
        Relationship__c(where: { Account__c: { eq: $accountId } }, first: 2000) {
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
              Pair_Key__c {
                value
              }
            }
          }
        }
        Contact_Blueprint__c(where: { Relationship__r: { Account__c: { eq: $accountId } } }, first: 2000) {
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
        }
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
        Task(where: { AccountId: { eq: $accountId } }, first: 2000, orderBy: { ActivityDate: { order: DESC } }) {
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
            }
          }
        }
        Event(where: { AccountId: { eq: $accountId } }, first: 2000, orderBy: { ActivityDate: { order: DESC } }) {
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
            }
          }
        }
        Opportunity(where: { AccountId: { eq: $accountId } }, first: 2000) {
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
              OpportunityContactRoles {
                edges {
                  node {
                    ContactId {
                      value
                    }
                    Role {
                      value
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
