import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallCounts } from './salesforce';

/** Prometheus metrics of the sync; each process has its own registry and exposes it on /metrics. */
export class SyncMetrics {
  readonly registry = new Registry();
  readonly runs = new Counter({
    name: 'contact_plan_runs_total',
    help: 'Org runs finished, by outcome',
    labelNames: ['org', 'outcome'],
    registers: [this.registry],
  });
  readonly accounts = new Counter({
    name: 'contact_plan_accounts_total',
    help: 'Accounts synced',
    labelNames: ['org'],
    registers: [this.registry],
  });
  readonly rowsRead = new Counter({
    name: 'contact_plan_rows_read_total',
    help: 'Source rows read',
    labelNames: ['org'],
    registers: [this.registry],
  });
  readonly recordsWritten = new Counter({
    name: 'contact_plan_records_written_total',
    help: 'Records written to the org',
    labelNames: ['org'],
    registers: [this.registry],
  });
  readonly apiCalls = new Counter({
    name: 'contact_plan_api_calls_total',
    help: 'Salesforce API calls, by kind',
    labelNames: ['org', 'kind'],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'contact_plan_errors_total',
    help: 'Failed jobs, by stage',
    labelNames: ['org', 'stage'],
    registers: [this.registry],
  });
  readonly batchSeconds = new Histogram({
    name: 'contact_plan_batch_duration_seconds',
    help: 'Time to sync one batch of accounts',
    labelNames: ['org'],
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });
  readonly runSeconds = new Histogram({
    name: 'contact_plan_run_duration_seconds',
    help: 'Time from planning an org run to its last batch',
    labelNames: ['org'],
    buckets: [10, 30, 60, 300, 900, 1800, 3600, 7200, 14400],
    registers: [this.registry],
  });
  readonly queueJobs = new Gauge({
    name: 'contact_plan_queue_jobs',
    help: 'Jobs in the queues, by state',
    labelNames: ['queue', 'state'],
    registers: [this.registry],
  });
  readonly redisUp = new Gauge({
    name: 'contact_plan_redis_up',
    help: 'Whether Redis answered when the metrics were read (queue depth is left out while it does not)',
    registers: [this.registry],
  });

  constructor(withDefaults = true) {
    if (withDefaults) collectDefaultMetrics({ register: this.registry, prefix: 'contact_plan_' });
  }

  observeBatch(
    org: string,
    b: { accounts: number; rowsRead: number; written: number; calls: CallCounts },
    seconds: number,
  ): void {
    this.accounts.inc({ org }, b.accounts);
    this.rowsRead.inc({ org }, b.rowsRead);
    this.recordsWritten.inc({ org }, b.written);
    for (const [kind, n] of Object.entries(b.calls)) this.apiCalls.inc({ org, kind }, n);
    this.batchSeconds.observe({ org }, seconds);
  }
}
