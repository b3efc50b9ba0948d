import { gql } from 'lightning/graphql';
import { listText, queryText } from 'c/contactPlanLists';

/** The cursor variable of each list the org chart pages. */
export const CHART_LISTS = {
  Contact: 'contactAfter',
  Relationship__c: 'relationshipAfter',
  Coverage_Warning__c: 'warningAfter',
};

// The account's contacts with their managers (ReportsTo), our relationships with them as the sync graded them
// (effective grades), and the open uncovered-buyer warnings the sync wrote: the gaps.
export const ORG_CHART_QUERY = gql`
  ${queryText('contactOrgChart', ['$accountId: ID'], CHART_LISTS, [
    listText('Contact', {
      where: '{ AccountId: { eq: $accountId } }',
      orderBy: '{ Name: { order: ASC } }',
      cursor: CHART_LISTS.Contact,
      fields: ['Id', 'Name', 'Title', 'ReportsToId', 'Buyer_Roles__c', 'Seniority__c'],
    }),
    listText('Relationship__c', {
      where: '{ Account__c: { eq: $accountId } }',
      cursor: CHART_LISTS.Relationship__c,
      fields: ['Id', 'Contact__c', 'Effective_Grade__c', 'Team_Member__r.Name'],
    }),
    listText('Coverage_Warning__c', {
      where:
        '{ and: [{ Account__c: { eq: $accountId } }, { Status__c: { eq: "Open" } }, ' +
        '{ Rule__c: { eq: "UNCOVERED_BUYER" } }] }',
      cursor: CHART_LISTS.Coverage_Warning__c,
      fields: ['Id', 'Contact__c', 'Severity__c'],
    }),
  ])}
`;
