import { gql } from 'lightning/graphql';
import { listText, queryText } from 'c/contactPlanLists';
import { windowStart } from './window';

/** The lists the trend pages (the snapshots are one a day: the last 91 fit one page). */
export const TREND_LISTS = { Coverage_Warning__c: 'warningAfter' };

/** Snapshots read: one a day for the last 90 days and the day before the window (the first change's baseline). */
export const SNAPSHOTS_READ = 91;

/**
 * Which of the account's warnings the trend can name (trend.js names a warning on a day in the window when it appeared
 * or was resolved on that day): those first seen on or after the window's first day, and those resolved on or after
 * it (a resolved warning's last modification is the sync run that resolved it; the trend reads that instant's UTC
 * day). A warning that appeared and cleared before the window is never named, so it is not read: the answer grows
 * with the window's churn, not with the account's history. Date filters take `{ value }` (GraphQL API, "Filter
 * Results": Date and DateTime operators take an input object, not a bare string).
 */
export const TREND_WARNINGS_WHERE = `{ and: [
  { Account__c: { eq: $accountId } },
  { or: [
    { First_Seen__c: { gte: { value: $windowStart } } },
    { and: [{ Status__c: { eq: "Resolved" } }, { LastModifiedDate: { gte: { value: $resolvedSince } } }] }
  ] }
] }`;

/** The trend query's variables for the account as of `today` (YYYY-MM-DD), the paging cursors apart. */
export function trendVariables(accountId, today) {
  const start = windowStart(today);
  return { accountId, windowStart: start, resolvedSince: `${start}T00:00:00.000Z` };
}

// The account's daily coverage snapshots (newest first) and the warnings the window can name, open and resolved,
// with the days they appeared.
export const COVERAGE_TREND_TEXT = queryText(
  'coverageTrend',
  ['$accountId: ID', '$windowStart: Date', '$resolvedSince: DateTime'],
  TREND_LISTS,
  [
    listText('Coverage_Snapshot__c', {
      where: '{ Account__c: { eq: $accountId } }',
      orderBy: '{ As_Of__c: { order: DESC } }',
      first: SNAPSHOTS_READ,
      fields: ['Id', 'As_Of__c', 'Score__c', 'Count_Critical__c', 'Count_High__c', 'Count_Medium__c', 'Count_Low__c'],
    }),
    listText('Coverage_Warning__c', {
      where: TREND_WARNINGS_WHERE,
      orderBy: '{ Id: { order: ASC } }',
      cursor: TREND_LISTS.Coverage_Warning__c,
      fields: [
        'Id',
        'Rule__c',
        'Severity__c',
        'Status__c',
        'First_Seen__c',
        'LastModifiedDate',
        'Contact__r.Name',
        'Team_Member__r.Name',
      ],
    }),
  ],
);

export const COVERAGE_TREND_QUERY = gql`
  ${COVERAGE_TREND_TEXT}
`;
