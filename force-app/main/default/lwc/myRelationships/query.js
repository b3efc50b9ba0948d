import { gql } from 'lightning/graphql';
import { listText, queryText } from 'c/contactPlanLists';

/** The cursor variable of each list My relationships pages. */
export const MY_LISTS = {
  Relationship__c: 'relationshipAfter',
  Contact_Blueprint__c: 'blueprintAfter',
  Coverage_Warning__c: 'warningAfter',
};

const BY_ID = '{ Id: { order: ASC } }';

// The signed-in rep's cells on every account, their blueprints, and the open warnings that name the rep or a contact
// who left: only what the sync wrote (effective grades, the gravity countdown, next best moves, warnings), three lists
// in one round trip.
export const MY_RELATIONSHIPS_QUERY = gql`
  ${queryText('myRelationships', ['$userId: ID'], MY_LISTS, [
    listText('Relationship__c', {
      where: '{ Team_Member__c: { eq: $userId } }',
      orderBy: BY_ID,
      cursor: MY_LISTS.Relationship__c,
      fields: [
        'Id',
        'Account__c',
        'Account__r.Name',
        'Contact__c',
        'Contact__r.Name',
        'Contact__r.Title',
        'Contact__r.Buyer_Roles__c',
        'Grade__c',
        'Effective_Grade__c',
        'Key_Intersection__c',
        'Last_Touch__c',
        'Grade_Drops_On__c',
        'Next_Move_Goal__c',
        'Next_Move_Gain__c',
      ],
    }),
    listText('Contact_Blueprint__c', {
      where: '{ Relationship__r: { Team_Member__c: { eq: $userId } } }',
      orderBy: BY_ID,
      cursor: MY_LISTS.Contact_Blueprint__c,
      fields: ['Id', 'Relationship__c', 'Goal_Grade__c', 'Due_Date__c', 'Status__c'],
    }),
    listText('Coverage_Warning__c', {
      where:
        '{ and: [{ Status__c: { eq: "Open" } }, ' +
        '{ or: [{ Team_Member__c: { eq: $userId } }, { Rule__c: { eq: "CONTACT_LEFT" } }] }] }',
      orderBy: BY_ID,
      cursor: MY_LISTS.Coverage_Warning__c,
      fields: ['Id', 'Account__c', 'Rule__c', 'Severity__c', 'Message__c', 'Contact__c', 'Team_Member__c'],
    }),
  ])}
`;
