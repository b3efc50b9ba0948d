import { gql } from 'lightning/graphql';
import { listText, queryText } from 'c/contactPlanLists';

/** The lists the trend pages (the snapshots are one a day: the last 91 fit one page). */
export const TREND_LISTS = { Coverage_Warning__c: 'warningAfter' };

/** Snapshots read: one a day for the last 90 days and the day before the window (the first change's baseline). */
export const SNAPSHOTS_READ = 91;

// The account's daily coverage snapshots (newest first) and its warnings, open and resolved, with the days they
// appeared; a resolved warning's last modification is the sync run that resolved it.
export const COVERAGE_TREND_QUERY = gql`
  ${queryText('coverageTrend', ['$accountId: ID'], TREND_LISTS, [
    listText('Coverage_Snapshot__c', {
      where: '{ Account__c: { eq: $accountId } }',
      orderBy: '{ As_Of__c: { order: DESC } }',
      first: SNAPSHOTS_READ,
      fields: ['Id', 'As_Of__c', 'Score__c', 'Count_Critical__c', 'Count_High__c', 'Count_Medium__c', 'Count_Low__c'],
    }),
    listText('Coverage_Warning__c', {
      where: '{ Account__c: { eq: $accountId } }',
      orderBy: '{ Id: { order: ASC } }',
      cursor: TREND_LISTS.Coverage_Warning__c,
      fields: [
        'Id',
        'Rule__c',
        'Severity__c',
        'Status__c',
        'First_Seen__c',
        'Last_Seen__c',
        'LastModifiedDate',
        'Contact__r.Name',
        'Team_Member__r.Name',
      ],
    }),
  ])}
`;
