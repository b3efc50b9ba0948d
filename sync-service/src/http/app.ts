import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { SyncMetrics } from '../metrics';
import { redisReady, REDIS_WAIT_MS, withRedis, type SyncQueues } from '../queue';
import { InvalidIdError, normalizeRecordId } from '../salesforce';
import { quoteVisible } from '../visible-text';
import { hasBearer, requireBearer } from './auth';
import { errorHandler, HttpError, notFound } from './errors';
import { securityHeaders } from './headers';
import { OrgReadiness, type ReadinessOptions } from './readiness';

export interface AppDeps {
  config: Config;
  queues: SyncQueues;
  redis: Redis;
  metrics: SyncMetrics;
  log: Logger;
  /** Whether an org answers; /readyz shares and caches the answer so probes cost no API budget to speak of. */
  orgReachable: (org: string) => Promise<boolean>;
  readiness?: ReadinessOptions;
}

const QUEUE_STORE_AWAY = 'the queue store (Redis) is not reachable; try again when /readyz reports ready';

const QUEUES_FOR_METRICS = ['orgRuns', 'batches', 'finalize'] as const;
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'waiting-children'] as const;

/** `?full=` as a boolean: absent is false; anything but true/false/1/0 (or the key given twice) is refused. */
function fullFlag(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new HttpError(400, 'full: expected true or false');
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  const token = deps.config.http.token;
  const auth = requireBearer(token);
  const orgNames = new Set(deps.config.orgs.map((o) => o.name));
  const orgs = new OrgReadiness(deps.orgReachable, deps.readiness);

  /** Answers 503 (and returns false) unless Redis is ready within the request wait. */
  const queueStoreReady = async (res: Response): Promise<boolean> => {
    if (await redisReady(deps.redis, REDIS_WAIT_MS.request)) return true;
    res.status(503).json({ error: QUEUE_STORE_AWAY });
    return false;
  };

  const knownOrg = (req: Request): string => {
    const org = String(req.params.org);
    if (!orgNames.has(org)) throw new HttpError(404, `unknown org ${quoteVisible(org)}`);
    return org;
  };

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (req, res) => {
    const checks: Record<string, boolean> = {};
    await Promise.all([
      withRedis(deps.redis, () => deps.redis.ping(), REDIS_WAIT_MS.probe)
        .then((pong) => pong === 'PONG')
        .catch(() => false)
        .then((ok) => {
          checks.redis = ok;
        }),
      ...deps.config.orgs.map(async (o) => {
        checks[`org:${o.name}`] = await orgs.ready(o.name);
      }),
    ]);
    const ready = Object.values(checks).every(Boolean);
    const status = ready ? 'ready' : 'not ready';
    // Which dependency is down is for operators: details only with the token.
    res.status(ready ? 200 : 503).json(hasBearer(req, token) ? { status, checks } : { status });
  });

  app.get('/metrics', async (_req, res) => {
    deps.metrics.queueJobs.reset();
    try {
      for (const name of QUEUES_FOR_METRICS) {
        const queue = deps.queues[name];
        const counts = await withRedis(deps.redis, () => queue.getJobCounts(...JOB_STATES), REDIS_WAIT_MS.probe);
        for (const [state, n] of Object.entries(counts)) deps.metrics.queueJobs.set({ queue: queue.name, state }, n);
      }
      deps.metrics.redisUp.set(1);
    } catch {
      // Redis is away: serve the process's own metrics, say so, and leave the queue depth out rather than stale.
      deps.metrics.queueJobs.reset();
      deps.metrics.redisUp.set(0);
    }
    res.set('Content-Type', deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  app.post('/orgs/:org/sync', auth, async (req, res) => {
    const org = knownOrg(req);
    const full = fullFlag(req.query.full);
    if (!(await queueStoreReady(res))) return;
    const runId = await deps.queues.requestOrgRun(org, { full });
    deps.log.info({ runId, org, full }, 'org run requested over HTTP');
    res.status(202).json({ runId, status: `/runs/${runId}` });
  });

  app.post('/orgs/:org/accounts/:id/sync', auth, async (req, res) => {
    const org = knownOrg(req);
    let accountId: string;
    try {
      accountId = normalizeRecordId(String(req.params.id), 'Account');
    } catch (e) {
      if (e instanceof InvalidIdError) throw new HttpError(400, e.message);
      throw e;
    }
    if (!(await queueStoreReady(res))) return;
    const runId = await deps.queues.requestAccountSync(org, accountId);
    deps.log.info({ runId, org }, 'account sync requested over HTTP');
    res.status(202).json({ runId, status: `/runs/${runId}` });
  });

  app.get('/runs/:id', auth, async (req, res) => {
    const runId = String(req.params.id);
    if (!/^[A-Za-z0-9_.-]{1,120}$/.test(runId)) throw new HttpError(400, 'invalid run id');
    if (!(await queueStoreReady(res))) return;
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
  // The dashboard's page loads without Redis; its API reads the queues, so it waits for Redis like the routes above.
  app.use('/admin/queues/api', auth, async (_req: Request, res: Response, next: NextFunction) => {
    if (await queueStoreReady(res)) next();
  });
  const dashboard = board.getRouter() as Express;
  dashboard.disable('x-powered-by');
  app.use('/admin/queues', auth, dashboard);

  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}
