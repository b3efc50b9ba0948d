import { isSeniorLeader } from './seniority';
import type { BuyerRole, Grade, Seniority, Strategy } from './types';

export interface StrategyInfo {
  name: string;
  /** The short handle reps remember it by. */
  nickname: string;
  explanation: string;
  tactics: string[];
}

/** The six influence strategies (after Cialdini), in our own words. */
export const STRATEGY_INFO: Readonly<Record<Strategy, StrategyInfo>> = {
  RECIPROCITY: {
    name: 'Reciprocity',
    nickname: 'IOU',
    explanation: 'People want to return a favour, so give something of real value before asking for anything.',
    tactics: [
      'Share a benchmark or an insight about their market that they did not ask for.',
      'Introduce them to someone useful outside the deal.',
      'Run a short free workshop on a problem they mentioned.',
    ],
  },
  COMMITMENT: {
    name: 'Commitment and consistency',
    nickname: "I said I'll do it",
    explanation: 'People keep to what they have said, especially in public, so start with small, visible agreements.',
    tactics: [
      'Agree one small next step and confirm it in writing.',
      'Ask them to present the shared plan to their own team.',
      'Deliver a promised fix on the day we said, and point that out.',
    ],
  },
  SOCIAL_PROOF: {
    name: 'Social proof',
    nickname: "Everybody's doing it",
    explanation: 'People follow peers they respect, so show who like them has already made the move.',
    tactics: [
      'Arrange a call with a reference customer in their industry.',
      'Share a short case study with results from a similar company.',
      'Invite them to a round table with peers who use our work.',
    ],
  },
  LIKING: {
    name: 'Liking',
    nickname: 'Love me, love my dog',
    explanation: 'People say yes to people they like and feel alike, so invest in the person, not only the project.',
    tactics: [
      'Find common ground outside work and follow up on it.',
      'Get introduced by someone they already like.',
      'Spend a meeting on their agenda and their career, not on ours.',
    ],
  },
  AUTHORITY: {
    name: 'Authority',
    nickname: 'Because I said so',
    explanation: 'People defer to credible expertise and rank, so bring the right senior or expert voice.',
    tactics: [
      'Have one of our executives meet them as a peer.',
      'Bring a recognised expert to a working session.',
      'Share research or analyst views that support the proposal.',
    ],
  },
  SCARCITY: {
    name: 'Scarcity',
    nickname: "It's going fast",
    explanation: 'People value what may slip away, so make the cost of waiting clear and honest.',
    tactics: [
      'Show what the renewal date or a price change means if the decision slips.',
      'Offer limited capacity, such as a pilot slot or an expert, for a set time.',
      'Quantify the monthly cost of staying with the current state.',
    ],
  },
};

/** What a blueprint author knows about the relationship they want to move. */
export interface StrategySituation {
  /** The effective grade; absent for a blank cell. */
  current?: Grade;
  roles?: readonly BuyerRole[];
  seniority?: Seniority;
  /** Days until the nearest open opportunity (a renewal, say) where the contact holds a role closes. */
  renewalInDays?: number;
}

export interface StrategySuggestion {
  strategy: Strategy;
  why: string;
}

type Pick2 = Array<[Strategy, string]>;

function byGrade(situation: StrategySituation): Pick2 {
  switch (situation.current) {
    case 'M':
      return [
        ['AUTHORITY', 'they are working to replace us: a senior sponsor of ours must meet theirs'],
        ['COMMITMENT', 'agree one concrete fix and be seen to deliver it on time'],
      ];
    case 'D':
      return [
        ['COMMITMENT', 'win back confidence with one small, visible step delivered as promised'],
        ['RECIPROCITY', 'make good on what went wrong before asking for anything'],
      ];
    case 'I':
      return [
        ['RECIPROCITY', 'give them something useful first so we stand out from other suppliers'],
        ['SOCIAL_PROOF', 'show what peers gained by working with us'],
      ];
    case 'S':
      return [
        ['RECIPROCITY', 'bring an idea they did not ask for to open the door to new proposals'],
        ['LIKING', 'invest time in their agenda so the relationship goes beyond delivery'],
      ];
    case 'O':
      return [
        ['COMMITMENT', 'ask for a small public step in favour of our proposal'],
        ['LIKING', 'ask for their advice to move from open to trusted'],
      ];
    case 'T':
      return [
        ['RECIPROCITY', 'return their trust with candid advice and early access'],
        ['LIKING', 'keep investing your own time even when nothing is being sold'],
      ];
    default:
      return situation.roles?.includes('Power')
        ? [
            ['AUTHORITY', 'a Power buyer nobody knows: come in at their level with a senior voice'],
            ['SOCIAL_PROOF', 'open with results from peers they respect'],
          ]
        : [
            ['LIKING', 'get introduced by someone they already like'],
            ['SOCIAL_PROOF', 'open with results from peers they respect'],
          ];
  }
}

/**
 * Influence strategies that fit the situation, most relevant first (docs/method.md §1.6): by current grade, plus AUTHORITY
 * for executives and VPs, SOCIAL_PROOF for evangelists who must sell inside, and SCARCITY when a renewal is near.
 */
export function suggestStrategies(situation: StrategySituation, renewalWindowDays = 90): StrategySuggestion[] {
  const picks = byGrade(situation);
  if (situation.seniority && isSeniorLeader(situation.seniority)) {
    picks.push(['AUTHORITY', `match their seniority (${situation.seniority}) with one of our executives`]);
  }
  if (situation.roles?.includes('Evangelist')) {
    picks.push(['SOCIAL_PROOF', 'arm them with peer stories they can retell inside']);
  }
  const renewal = situation.renewalInDays;
  if (renewal !== undefined && renewal >= 0 && renewal <= renewalWindowDays) {
    picks.push(['SCARCITY', `the renewal closes in ${renewal} days: make the cost of letting it slip clear`]);
  }
  const seen = new Set<Strategy>();
  const suggestions: StrategySuggestion[] = [];
  for (const [strategy, why] of picks) {
    if (seen.has(strategy)) continue;
    seen.add(strategy);
    suggestions.push({ strategy, why });
  }
  return suggestions;
}
