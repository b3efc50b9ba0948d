// Whether each org answers, for /readyz. Probes come often and many at once (every replica, every load balancer):
// concurrent probes share one check per org, its answer is kept for a while, and a probe waits for a check only
// briefly, so a slow org makes the service "not ready" instead of piling up calls or holding probes open.

export interface ReadinessOptions {
  /** How long an answer is kept (default 30 s). */
  cacheMs?: number;
  /** How long a probe waits for a check in flight (default 800 ms; probes often time out after 1 s). */
  orgTimeoutMs?: number;
}

export class OrgReadiness {
  private readonly answers = new Map<string, { ok: boolean; at: number }>();
  private readonly inFlight = new Map<string, { check: Promise<boolean>; since: number }>();
  private readonly cacheMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly reachable: (org: string) => Promise<boolean>,
    options: ReadinessOptions = {},
  ) {
    this.cacheMs = options.cacheMs ?? 30_000;
    this.timeoutMs = options.orgTimeoutMs ?? 800;
  }

  async ready(org: string): Promise<boolean> {
    const now = Date.now();
    const answer = this.answers.get(org);
    if (answer && now - answer.at < this.cacheMs) return answer.ok;
    let flight = this.inFlight.get(org);
    // A check that never settles (a login that hangs) is given up after the cache time, so the next probe tries again.
    if (!flight || now - flight.since >= this.cacheMs) {
      flight = { check: this.start(org), since: now };
      this.inFlight.set(org, flight);
    }
    return this.within(flight.check);
  }

  private start(org: string): Promise<boolean> {
    const check = this.reachable(org)
      .catch(() => false)
      .then((ok) => {
        this.answers.set(org, { ok, at: Date.now() });
        if (this.inFlight.get(org)?.check === check) this.inFlight.delete(org);
        return ok;
      });
    return check;
  }

  private within(check: Promise<boolean>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.timeoutMs);
    });
    return Promise.race([check, late]).finally(() => clearTimeout(timer));
  }
}
