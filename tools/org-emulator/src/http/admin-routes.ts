import express, { type Router } from 'express';
import { applyClockCommand, ClockError } from '../clock';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import { CALL_KINDS } from '../observe/calls';
import type { FaultSpec, FaultTarget } from '../observe/faults';

/** Test and benchmark controls: call counts, faults, session expiry and the clock. Not part of Salesforce's API. */
export function adminRoutes(org: OrgContext): Router {
  const router = express.Router();
  router.use('/__admin', express.json());

  router.get('/__admin/calls', (_req, res) => {
    res.json(org.calls.snapshot());
  });
  router.post('/__admin/calls/reset', (_req, res) => {
    org.calls.reset();
    res.json(org.calls.snapshot());
  });
  router.get('/__admin/faults', (_req, res) => {
    res.json(org.faults.list());
  });
  router.post('/__admin/faults', (req, res) => {
    const body = (req.body ?? {}) as { kind?: string; spec?: FaultSpec };
    const kind = body.kind as FaultTarget;
    if (kind !== '*' && !(CALL_KINDS as readonly string[]).includes(kind)) {
      res.status(400).json({ error: `unknown call kind ${String(body.kind)}`, kinds: CALL_KINDS });
      return;
    }
    try {
      org.faults.set(kind, body.spec as FaultSpec);
    } catch (error) {
      res.status(400).json({ error: (error as Error).message });
      return;
    }
    res.json(org.faults.list());
  });
  router.delete('/__admin/faults', (req, res) => {
    org.faults.clear(typeof req.query.kind === 'string' ? (req.query.kind as FaultTarget) : undefined);
    res.json(org.faults.list());
  });
  router.post('/__admin/expire-sessions', (_req, res) => {
    org.sessions.expireAll();
    res.json({ expired: true });
  });
  router.post('/__admin/budget', (req, res) => {
    const max = Number((req.body as { max?: unknown } | undefined)?.max);
    if (Number.isFinite(max) && max >= 0) org.calls.budget = max;
    res.json(org.calls.snapshot());
  });
  // store.merge over HTTP, for a benchmark's emulator in its own process (Salesforce merges through SOAP merge()).
  router.post('/__admin/merge', (req, res) => {
    const body = (req.body ?? {}) as { masterId?: unknown; loserIds?: unknown };
    try {
      const losers = Array.isArray(body.loserIds) ? body.loserIds.map(String) : [];
      res.json(org.store.merge(String(body.masterId), losers));
    } catch (error) {
      if (!(error instanceof SfError)) throw error;
      res.status(error.status).json([{ errorCode: error.errorCode, message: error.message }]);
    }
  });
  router.get('/__admin/clock', (_req, res) => {
    res.json(org.clock.state());
  });
  router.post('/__admin/clock', (req, res) => {
    try {
      res.json(applyClockCommand(org.clock, req.body ?? {}));
    } catch (error) {
      if (!(error instanceof ClockError)) throw error;
      res.status(400).json({ error: error.message });
    }
  });
  return router;
}
