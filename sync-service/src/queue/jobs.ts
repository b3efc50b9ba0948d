import type { BatchRequest, RunTotals } from '../pipeline';
import type { CallCounts } from '../salesforce';

export const QUEUE_NAMES = {
  orgRuns: 'org-runs',
  batches: 'account-batches',
  finalize: 'run-finalize',
} as const;

export interface OrgRunData {
  org: string;
  /** Set by a manual trigger; a scheduled run derives it from the job's timestamp. */
  runId?: string;
  requestedAt?: number;
  full?: boolean;
  /** A run of these accounts only (18-character ids): it leaves the watermark alone. */
  accountIds?: string[];
}

/** One batch job: the batch as the run planned it (dry runs stay in the foreground) and where it belongs. */
export interface BatchData extends Omit<BatchRequest, 'dryRun'> {
  org: string;
  runId: string;
  index: number;
  /** Remaining daily API requests this run may not go below. */
  budgetFloor?: number;
}

export interface FinalizeData {
  org: string;
  runId: string;
  until: string;
  accounts: number;
  batches: number;
  /** Moves the watermark when every batch succeeded (not for single-account runs). */
  advanceWatermark: boolean;
  discoveryCalls: CallCounts;
}

export interface BatchReturn extends RunTotals {
  accounts: number;
}

export interface RunSummary {
  runId: string;
  org: string;
  accounts: number;
  batches: number;
  rowsRead: number;
  written: number;
  calls: CallCounts;
  apiCalls: number;
  watermark?: string;
}

/** `emu-20261122T020000Z`: stable for one trigger instant, so a repeated trigger cannot start a second run. */
export function runIdFor(org: string, at: number): string {
  return `${org}-${new Date(at).toISOString().replace(/[-:]|\.\d{3}/g, '')}`;
}

/** Whether a run id names a run of the whole org (not a run of chosen accounts, not a foreground lease). */
export const isWholeOrgRun = (runId: string): boolean => /-\d{8}T\d{6}Z$/.test(runId);

/** BullMQ custom ids may not contain ':'; ours use '.' between the run and the batch number. */
export const batchJobId = (runId: string, index: number): string => `${runId}.b${String(index).padStart(5, '0')}`;
