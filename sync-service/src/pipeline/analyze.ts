import { analyzeWithReview, type AccountAnalysis, type Settings } from '@contact-plan/planning-core';
import type { AssembledAccount } from './assemble';

export interface Analyzed {
  account: AssembledAccount;
  analysis: AccountAnalysis;
  reviewOn?: string;
}

export interface AnalyzeResult {
  analyzed: Analyzed[];
  /** Accounts the core refused, with its reason; the run goes on without them. */
  failed: { accountId: string; reason: string }[];
}

/** Runs the planning core, unchanged, on each assembled account, and dates its next review. */
export function analyzeAccounts(accounts: readonly AssembledAccount[], settings?: Partial<Settings>): AnalyzeResult {
  const result: AnalyzeResult = { analyzed: [], failed: [] };
  for (const account of accounts) {
    try {
      const { analysis, reviewOn: coreReview } = analyzeWithReview(account.plan, settings);
      // The account is looked at again on the first day gravity, staleness or a dated contact relation changes it.
      const reviewOn = [coreReview, account.relationsChangeOn].filter((d): d is string => Boolean(d)).sort()[0];
      result.analyzed.push({ account, analysis, reviewOn });
    } catch (e) {
      result.failed.push({ accountId: account.plan.accountId, reason: (e as Error).message });
    }
  }
  return result;
}
