import type { CallKind } from './calls';
import { seededRandom } from './random';

/**
 * What a faulted call does instead of (or before) its normal work:
 * - `error500` / `error503`: answers 500 UNKNOWN_EXCEPTION / 503 SERVER_UNAVAILABLE;
 * - `requestLimit`: answers 403 REQUEST_LIMIT_EXCEEDED for the spent daily allocation (`TotalRequests`);
 * - `concurrencyLimit`: answers 403 REQUEST_LIMIT_EXCEEDED for too many concurrent long-running requests;
 * - `expireSession`: expires the caller's token and answers 401 INVALID_SESSION_ID;
 * - `drop`: destroys the connection without answering;
 * - `lockRows`: collection calls fail some records with UNABLE_TO_LOCK_ROW (other kinds answer it for the call);
 * - `{ delayMs }`: answers normally after a delay;
 * - `pass`: no fault.
 */
export type FaultAction =
  | 'pass'
  | 'error500'
  | 'error503'
  | 'requestLimit'
  | 'concurrencyLimit'
  | 'expireSession'
  | 'drop'
  | 'lockRows'
  | { delayMs: number };

/**
 * Either a scripted sequence (one action per call, in order; `pass` once exhausted unless `repeat`), or a
 * probability with which each call gets `action`. `lockFraction` is the share of a collection's records that
 * `lockRows` fails (at least one).
 */
export type FaultSpec =
  | { sequence: FaultAction[]; repeat?: boolean; lockFraction?: number }
  | { probability: number; action: FaultAction; lockFraction?: number };

export type FaultTarget = CallKind | '*';

interface Armed {
  spec: FaultSpec;
  position: number;
}

export class FaultController {
  private readonly armed = new Map<FaultTarget, Armed>();
  private random: () => number;

  constructor(private readonly seed: number) {
    this.random = seededRandom(seed);
  }

  set(kind: FaultTarget, spec: FaultSpec): void {
    validateSpec(spec);
    this.armed.set(kind, { spec, position: 0 });
  }

  clear(kind?: FaultTarget): void {
    if (kind) this.armed.delete(kind);
    else {
      this.armed.clear();
      this.random = seededRandom(this.seed);
    }
  }

  list(): Partial<Record<FaultTarget, FaultSpec>> {
    return Object.fromEntries([...this.armed].map(([k, v]) => [k, v.spec]));
  }

  /** The action for the next call of this kind (a kind's own spec wins over `*`). */
  next(kind: CallKind): { action: FaultAction; lockFraction: number } {
    const armed = this.armed.get(kind) ?? this.armed.get('*');
    if (!armed) return { action: 'pass', lockFraction: 0 };
    const { spec } = armed;
    const lockFraction = spec.lockFraction ?? 0.5;
    if ('sequence' in spec) {
      if (armed.position >= spec.sequence.length) {
        if (!spec.repeat || spec.sequence.length === 0) return { action: 'pass', lockFraction };
        armed.position = 0;
      }
      return { action: spec.sequence[armed.position++] as FaultAction, lockFraction };
    }
    return { action: this.random() < spec.probability ? spec.action : 'pass', lockFraction };
  }

  /** Seeded choice used to pick which records a `lockRows` fault fails. */
  chance(): number {
    return this.random();
  }
}

const ACTIONS = new Set([
  'pass',
  'error500',
  'error503',
  'requestLimit',
  'concurrencyLimit',
  'expireSession',
  'drop',
  'lockRows',
]);

function validateAction(action: unknown): void {
  if (typeof action === 'string' && ACTIONS.has(action)) return;
  if (typeof action === 'object' && action !== null && typeof (action as { delayMs?: unknown }).delayMs === 'number') {
    return;
  }
  throw new Error(`unknown fault action ${JSON.stringify(action)}`);
}

function validateSpec(spec: FaultSpec): void {
  if ('sequence' in spec) {
    if (!Array.isArray(spec.sequence)) throw new Error('fault sequence must be an array');
    spec.sequence.forEach(validateAction);
  } else {
    if (!(spec.probability >= 0 && spec.probability <= 1)) throw new Error('fault probability must be in [0, 1]');
    validateAction(spec.action);
  }
}
