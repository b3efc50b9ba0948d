import type { BuyerRole } from './types';

export interface RoleInfo {
  name: string;
  /** Who holds the role. */
  who: string;
  /** What to pay attention to with this buyer. */
  watch: string;
  /** The trap to avoid with this buyer. */
  watchOutFor: string;
}

export const ROLE_INFO: Readonly<Record<BuyerRole, RoleInfo>> = {
  Power: {
    name: 'Power Buyer',
    who: 'Owns the budget or the function and can say yes on their own (the economic buyer).',
    watch: 'Tie every conversation to the business result they answer for, and meet them at their own level.',
    watchOutFor: 'Being handed down to their staff and never hearing their view until the decision is made.',
  },
  User: {
    name: 'User Buyer',
    who: 'Works with what we deliver day to day and puts it in place with us.',
    watch: 'How the change lands in their daily work: effort, training, the first weeks after go-live.',
    watchOutFor: 'Quiet resistance: a user who feels ignored can stall a deal the executives already like.',
  },
  Advisor: {
    name: 'Advisor Buyer',
    who: 'Checks the proposal on behalf of others: technical, purchasing, legal or finance.',
    watch: 'Their checklist and criteria; give them clear, complete answers early.',
    watchOutFor: 'Treating them as a formality: they rarely win a deal for us but can easily block one.',
  },
  Evangelist: {
    name: 'Evangelist',
    who: 'Wants the change to happen and pushes the decision forward inside the client.',
    watch: 'Give them the material and the story they need to sell the idea internally.',
    watchOutFor: 'Mistaking enthusiasm for authority, and letting them spend credibility on our behalf.',
  },
};

/**
 * Salesforce OpportunityContactRole.Role values (matched case-insensitively) and the buyer role each implies.
 * This is configuration: an org with its own picklist values passes its own table as `Settings.roleMapping`.
 */
export const DEFAULT_ROLE_MAPPING: Readonly<Record<string, BuyerRole | null>> = Object.freeze({
  'decision maker': 'Power',
  'economic buyer': 'Power',
  'economic decision maker': 'Power',
  'executive sponsor': 'Power',
  'business user': 'User',
  'technical buyer': 'Advisor',
  evaluator: 'Advisor',
  influencer: 'Advisor',
  other: null,
  champion: 'Evangelist',
  evangelist: 'Evangelist',
  advocate: 'Evangelist',
  'internal champion': 'Evangelist',
});

function normalizeRole(role: string): string {
  return role.trim().toLowerCase().replace(/\s+/g, ' ');
}

const normalizedMappings = new WeakMap<object, Map<string, BuyerRole | null>>();

function normalizedMapping(mapping: Readonly<Record<string, BuyerRole | null>>): Map<string, BuyerRole | null> {
  let normalized = normalizedMappings.get(mapping);
  if (!normalized) {
    normalized = new Map(Object.entries(mapping).map(([role, buyerRole]) => [normalizeRole(role), buyerRole]));
    normalizedMappings.set(mapping, normalized);
  }
  return normalized;
}

/** The buyer role an opportunity contact role implies, or undefined for "none" and unknown values. */
export function mapOpportunityRole(
  role: string,
  mapping: Readonly<Record<string, BuyerRole | null>> = DEFAULT_ROLE_MAPPING,
): BuyerRole | undefined {
  return normalizedMapping(mapping).get(normalizeRole(role)) ?? undefined;
}
