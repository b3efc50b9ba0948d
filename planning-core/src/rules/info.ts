import type { Rule } from '../types';

/** What people see of a coverage rule; the code stays the rule's identity everywhere (docs/contracts.md). */
export interface RuleInfo {
  /** Short name for badges, lists and the Rule__c picklist. */
  label: string;
  /** When the rule fires, in a rep's words (docs/method.md §1.5 explains each one). */
  summary: string;
}

/** One entry per code of RULES: a new rule does not compile without its text. */
export const RULE_INFO: Readonly<Record<Rule, RuleInfo>> = {
  BELOW_SATISFIED: {
    label: 'Below satisfied',
    summary: 'A relationship is graded Indifferent, Dissatisfied or Motivated to change.',
  },
  UNCOVERED_BUYER: { label: 'Uncovered', summary: 'A buyer nobody on the team has a relationship with.' },
  SINGLE_THREADED: { label: 'Single-threaded', summary: 'A buyer known by exactly one person on the team.' },
  OVER_COVERED: { label: 'Over-covered', summary: 'A contact with more relationships than the team needs.' },
  SENIOR_GAP: {
    label: 'Senior gap',
    summary: 'An executive or VP we know, but only through people below VP on our side.',
  },
  TRUST_INFLATION: { label: 'Trust inflation', summary: 'More relationships graded Trust than is believable.' },
  FEW_OPEN: { label: 'Few open', summary: 'Too few relationships open to new ideas to move the account forward.' },
  NO_POWER_BUYER: { label: 'No power buyer', summary: 'The account has contacts, but none who can decide alone.' },
  STALE_GRADE: {
    label: 'Stale grade',
    summary: 'A grade slipped because nothing happened with the person for too long.',
  },
  KEY_WITHOUT_BLUEPRINT: {
    label: 'Key without blueprint',
    summary: 'A key intersection with no planned or active blueprint.',
  },
  GOAL_TOO_FAR: {
    label: 'Goal too far',
    summary: "A blueprint aims more than one level above today's grade, or below it.",
  },
  TOO_MANY_KEYS: { label: 'Too many keys', summary: 'More key intersections than a team can work on at once.' },
  CONTACT_LEFT: {
    label: 'Contact left',
    summary: 'Someone we had relationships with left the account: moved, merged into another contact or deleted.',
  },
};
