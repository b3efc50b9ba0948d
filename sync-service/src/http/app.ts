import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type Express, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { SyncMetrics } from '../metrics';
import { todayIn } from '../pipeline';
import type { SyncQueues } from '../queue';
import { isSalesforceId } from '../salesforce';
import { requireBearer } from './auth';

export interface AppDeps {
  config: Config;
  queues: SyncQueues;
  redis: Redis;
  metrics: SyncMetrics;
  log: Logger;
  /** Whether an org answers; the app caches the answer briefly so probes cost no API budget to speak of. */
  orgReachable: (org: string) => Promise<boolean>;
}

const READY_CACHE_MS = 30_000;

const REDIS_WAIT_MS = 2_000;
/** Readiness probes often time out after 1 s. */
const PROBE_REDIS_WAIT_MS = 500;

/**
 * ioredis queues commands while it (re)connects, so a request that touches the queues during a Redis outage
 * would hang until Redis returns. The routes wait briefly (a starting process connects within it) and then
 * answer 503.
 */
function redisReady(redis: Redis, waitMs = REDIS_WAIT_MS): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ok);
    };
    const onReady = (): void => done(true);
    const timer = setTimeout(() => done(false), waitMs);
    redis.once('ready', onReady);
  });
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  const auth = requireBearer(deps.config.http.token);
  const orgNames = new Set(deps.config.orgs.map((o) => o.name));
  const readiness = new Map<string, { ok: boolean; at: number }>();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, boolean> = {};
    try {
      checks.redis = (await redisReady(deps.redis, PROBE_REDIS_WAIT_MS)) && (await deps.redis.ping()) === 'PONG';
    } catch {
      checks.redis = false;
    }
    await Promise.all(
      deps.config.orgs.map(async (o) => {
        const cached = readiness.get(o.name);
        if (cached && Date.now() - cached.at < READY_CACHE_MS) {
          checks[`org:${o.name}`] = cached.ok;
          return;
        }
        const ok = await deps.orgReachable(o.name).catch(() => false);
        readiness.set(o.name, { ok, at: Date.now() });
        checks[`org:${o.name}`] = ok;
      }),
    );
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });

  app.get('/metrics', async (_req, res) => {
    for (const [name, queue] of [
      ['org-runs', deps.queues.orgRuns],
      ['account-batches', deps.queues.batches],
      ['run-finalize', deps.queues.finalize],
    ] as const) {
      const counts = await queue.getJobCounts(
        'waiting',
        'active',
        'delayed',
        'failed',
        'completed',
        'waiting-children',
      );
      for (const [state, n] of Object.entries(counts)) deps.metrics.queueJobs.set({ queue: name, state }, n);
    }
    res.set('Content-Type', deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  const queueStore = async (_req: Request, res: Response, next: express.NextFunction): Promise<void> => {
    if (await redisReady(deps.redis)) return next();
    res.status(503).json({ error: 'the queue store (Redis) is not reachable; try again when /readyz reports ready' });
  };

  const knownOrg = (req: Request, res: Response): string | undefined => {
    const org = String(req.params.org);
    if (orgNames.has(org)) return org;
    res.status(404).json({ error: `unknown org "${org}"` });
    return undefined;
  };

  app.post('/orgs/:org/sync', auth, queueStore, async (req, res) => {
    const org = knownOrg(req, res);
    if (!org) return;
    const full = req.query.full === 'true' || req.query.full === '1';
    const runId = await deps.queues.requestOrgRun(org, { full });
    deps.log.info({ runId, org, full }, 'org run requested over HTTP');
    res.status(202).json({ runId, status: `/runs/${runId}` });
  });

  app.post('/orgs/:org/accounts/:id/sync', auth, queueStore, async (req, res) => {
    const org = knownOrg(req, res);
    if (!org) return;
    const id = String(req.params.id);
    if (!isSalesforceId(id) || !id.startsWith('001')) {
      res.status(400).json({
        error: `invalid account id "${id.slice(0, 40)}": expected a 15- or 18-character Salesforce Account id (starting 001)`,
      });
      return;
    }
    const orgConfig = deps.config.orgs.find((o) => o.name === org)!;
    const runId = await deps.queues.requestAccountSync(org, id, todayIn(orgConfig.timezone));
    res.status(202).json({ runId, status: `/runs/${runId}` });
  });

  app.get('/runs/:id', auth, queueStore, async (req, res) => {
    const runId = String(req.params.id);
    if (!/^[A-Za-z0-9_.-]{1,120}$/.test(runId)) {
      res.status(400).json({ error: 'invalid run id' });
      return;
    }
    const status = await deps.queues.getRun(runId);
    if (!status) res.status(404).json({ error: `no run "${runId}"` });
    else res.json(status);
  });

  const board = new ExpressAdapter();
  board.setBasePath('/admin/queues');
  createBullBoard({
    queues: [
      new BullMQAdapter(deps.queues.orgRuns),
      new BullMQAdapter(deps.queues.batches),
      new BullMQAdapter(deps.queues.finalize),
    ],
    serverAdapter: board,
  });
  app.use('/admin/queues', auth, board.getRouter());

  app.use((err: Error, _req: Request, res: Response, _next: express.NextFunction) => {
    deps.log.error({ err }, 'request failed');
    res.status(500).json({ error: 'internal error' });
  });
  return app;
}
