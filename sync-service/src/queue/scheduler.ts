import type { Queue } from 'bullmq';
import type { OrgConfig } from '../config';
import type { OrgRunData } from './jobs';

const schedulerId = (org: string): string => `nightly-${org}`;

/** Makes the org-run schedulers match the configured orgs: one per org with its cron and time zone. */
export async function syncSchedulers(queue: Queue<OrgRunData>, orgs: readonly OrgConfig[]): Promise<string[]> {
  const wanted = new Set(orgs.map((o) => schedulerId(o.name)));
  for (const s of await queue.getJobSchedulers()) {
    if (s.key && !wanted.has(s.key)) await queue.removeJobScheduler(s.key);
  }
  for (const org of orgs) {
    await queue.upsertJobScheduler(
      schedulerId(org.name),
      { pattern: org.cron, tz: org.timezone },
      {
        name: 'org-run',
        data: { org: org.name },
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
      },
    );
  }
  return [...wanted];
}
