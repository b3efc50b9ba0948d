// Reads one account's records back into the planning core's AccountPlan with the product's own plan reader (the
// one the sync and the LWCs use), so the tests check that the generated data means, to the product, what it was
// designed to mean.

import { DEFAULT_SETTINGS, evidenceHorizonDays, type AccountPlan } from '@contact-plan/planning-core';
import { evidenceRecords, readAccountPlans, type PlanRead } from '@contact-plan/plan-reader';
import type { Dataset } from './datasets';

export class AccountPlanReader {
  private reads: Map<string, PlanRead> | undefined;

  constructor(private readonly dataset: Dataset) {}

  accountIdByName(name: string): string {
    const account = this.dataset.records.Account?.find((row) => row.Name === name);
    if (!account) throw new Error(`no account named ${name}`);
    return account.Id as string;
  }

  plan(accountId: string): AccountPlan {
    // Every account is read in one pass over the dataset, the way the sync reads a batch, with the activities the
    // sync reads as evidence (completed, not declined, within the horizon; shared and related contacts).
    const asOf = this.dataset.asOf;
    this.reads ??= readAccountPlans(
      evidenceRecords(this.dataset.records, { asOf, horizonDays: evidenceHorizonDays(DEFAULT_SETTINGS) }),
      (this.dataset.records.Account ?? []).map((row) => row.Id as string),
      { asOf: this.dataset.asOf },
    );
    const read = this.reads.get(accountId);
    if (!read) throw new Error(`no account ${accountId}`);
    return read.plan;
  }
}
