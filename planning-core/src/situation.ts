import { analyzeAccount, buyerRolesOf } from './analyze';
import { daysBetween } from './dates';
import { resolveSeniority } from './seniority';
import { resolveSettings, type Settings } from './settings';
import { suggestStrategies, type StrategySituation, type StrategySuggestion } from './strategies';
import type { AccountAnalysis, AccountPlan } from './types';

/**
 * What the blueprint of one contact–member pair starts from: the pair's effective grade, the contact's buyer roles
 * and seniority, and the days until the nearest open opportunity (a renewal, say) where the contact holds a role.
 * Pass the account's analysis when you already have it, to save analyzing the plan again.
 */
export function describeSituation(
  plan: AccountPlan,
  contactId: string,
  memberId: string,
  settings?: Partial<Settings>,
  analysis: AccountAnalysis = analyzeAccount(plan, settings),
): StrategySituation {
  const situation: StrategySituation = {};
  const cell = analysis.cells.find((c) => c.contactId === contactId && c.memberId === memberId);
  if (cell?.effective) situation.current = cell.effective;
  const roles = buyerRolesOf(plan, settings).get(contactId);
  if (roles && roles.length > 0) situation.roles = roles;
  const contact = plan.contacts.find((c) => c.id === contactId);
  if (contact) situation.seniority = resolveSeniority(contact);
  let renewal: number | undefined;
  for (const opportunity of plan.opportunities) {
    if (opportunity.stage !== 'open' || !opportunity.contactRoles.some((role) => role.contactId === contactId))
      continue;
    const days = daysBetween(plan.asOf, opportunity.closeDate);
    if (days >= 0 && (renewal === undefined || days < renewal)) renewal = days;
  }
  if (renewal !== undefined) situation.renewalInDays = renewal;
  return situation;
}

/** Influence strategies for the blueprint of one pair, from its situation in the plan (docs/method.md §1.6). */
export function suggestStrategiesFor(
  plan: AccountPlan,
  contactId: string,
  memberId: string,
  settings?: Partial<Settings>,
): StrategySuggestion[] {
  const situation = describeSituation(plan, contactId, memberId, settings);
  return suggestStrategies(situation, resolveSettings(settings).renewalWindowDays);
}
