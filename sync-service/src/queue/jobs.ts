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
}

export interface BatchData {
  org: string;
  runId: string;
  index: number;
  accountIds: string[];
  asOf: string;
  /** The run's timestamp (ISO): the dirty window's end and the value stamped on changed records. */
  now: string;
  /** Remaining daily API requests this run may not go below. */
  budgetFloor?: number;
  /** The batch holds every account between its first and last id (a full run). */
  contiguous?: boolean;
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

export interface BatchReturn {
  accounts: number;
  rowsRead: number;
  planned: number;
  written: number;
  calls: CallCounts;
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

/** BullMQ custom ids may not contain ':'; ours use '.' between the run and the batch number. */
export const batchJobId = (runId: string, index: number): string => `${runId}.b${String(index).padStart(5, '0')}`;
