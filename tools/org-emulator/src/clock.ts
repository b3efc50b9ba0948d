// The org's one clock. Every date the org hands out comes from it: TODAY and the other SOQL date literals,
// CreatedDate, LastModifiedDate and SystemModstamp on writes, deploy and Bulk API job timestamps. It runs at the wall
// clock's pace from a start the test or the dataset chooses; tests can pin it (stop it) and move it.

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = DATE.exec(text);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text;
}

/** Today (UTC) as `YYYY-MM-DD`. */
export const utcToday = (wallMs: number = Date.now()): string => new Date(wallMs).toISOString().slice(0, 10);

/** An ISO 8601 instant with a zone (`Z` or `±hh:mm`), as milliseconds; undefined when it is not one. */
function instantMs(text: unknown): number | undefined {
  if (
    typeof text !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)
  )
    return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) && isCalendarDate(text.slice(0, 10)) ? ms : undefined;
}

export interface ClockState {
  /** The org's current instant (ISO 8601, UTC). */
  now: string;
  /** The org's current day (UTC), what TODAY means in SOQL. */
  today: string;
  /** A pinned clock stands still until it is moved. */
  pinned: boolean;
}

export interface ClockStart {
  /** The start instant (ISO 8601 with a zone); wins over `asOf`. */
  now?: string;
  /**
   * The start day: the clock starts on it at the wall clock's time of day, so a clock started on today's date is
   * the wall clock itself. Default: today (UTC).
   */
  asOf?: string;
  /** Start pinned (standing still). */
  pinned?: boolean;
}

export class ClockError extends Error {
  override name = 'ClockError';
}

export class OrgClock {
  /** Org instant minus wall instant, while running. */
  private offsetMs = 0;
  /** The instant it stands at, while pinned. */
  private pinnedAtMs: number | undefined;

  constructor(
    start: ClockStart = {},
    private readonly wall: () => number = Date.now,
  ) {
    this.reset(start);
  }

  /** (Re)starts the clock as `start` says. Throws ClockError on a malformed instant or day. */
  reset(start: ClockStart): void {
    const wallMs = this.wall();
    let startMs: number;
    if (start.now !== undefined) {
      const ms = instantMs(start.now);
      if (ms === undefined) throw new ClockError(`now: expected an ISO 8601 instant with a zone, got ${start.now}`);
      startMs = ms;
    } else if (start.asOf !== undefined) {
      if (!isCalendarDate(start.asOf)) throw new ClockError(`asOf: expected a YYYY-MM-DD day, got ${start.asOf}`);
      // Whole days from today: the time of day stays the wall clock's.
      startMs = wallMs + (Date.parse(`${start.asOf}T00:00:00Z`) - Date.parse(`${utcToday(wallMs)}T00:00:00Z`));
    } else startMs = wallMs;
    this.offsetMs = startMs - wallMs;
    this.pinnedAtMs = start.pinned ? startMs : undefined;
  }

  nowMs(): number {
    return this.pinnedAtMs ?? this.wall() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  today(): string {
    return utcToday(this.nowMs());
  }

  /** Moves the clock by `ms` (forward when positive), pinned or running. */
  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new ClockError(`advance: expected a number of milliseconds, got ${ms}`);
    if (this.pinnedAtMs !== undefined) this.pinnedAtMs += ms;
    else this.offsetMs += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * DAY_MS);
  }

  /** Stops the clock where it is (true) or lets it run on from there (false). */
  pin(pinned: boolean): void {
    if (pinned && this.pinnedAtMs === undefined) this.pinnedAtMs = this.nowMs();
    if (!pinned && this.pinnedAtMs !== undefined) {
      this.offsetMs = this.pinnedAtMs - this.wall();
      this.pinnedAtMs = undefined;
    }
  }

  state(): ClockState {
    const ms = this.nowMs();
    return { now: new Date(ms).toISOString(), today: utcToday(ms), pinned: this.pinnedAtMs !== undefined };
  }
}

/** The body `POST /__admin/clock` takes; applied in the order now/asOf, advance, pinned. */
export interface ClockCommand {
  now?: string;
  asOf?: string;
  advanceSeconds?: number;
  advanceDays?: number;
  pinned?: boolean;
}

const COMMAND_KEYS = new Set(['now', 'asOf', 'advanceSeconds', 'advanceDays', 'pinned']);

/** Applies an admin command to the clock; throws ClockError (nothing changed) on anything malformed. */
export function applyClockCommand(clock: OrgClock, body: unknown): ClockState {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ClockError('expected a JSON object with now, asOf, advanceSeconds, advanceDays or pinned');
  }
  const command = body as Record<string, unknown>;
  const unknown = Object.keys(command).filter((k) => !COMMAND_KEYS.has(k));
  if (unknown.length) throw new ClockError(`unknown clock field(s): ${unknown.join(', ')}`);
  if (command.now !== undefined && command.asOf !== undefined) throw new ClockError('give now or asOf, not both');
  if (command.now !== undefined && instantMs(command.now) === undefined) {
    throw new ClockError(`now: expected an ISO 8601 instant with a zone, got ${String(command.now)}`);
  }
  if (command.asOf !== undefined && !isCalendarDate(command.asOf)) {
    throw new ClockError(`asOf: expected a YYYY-MM-DD day, got ${String(command.asOf)}`);
  }
  for (const key of ['advanceSeconds', 'advanceDays'] as const) {
    const v = command[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) {
      throw new ClockError(`${key}: expected a number, got ${JSON.stringify(v)}`);
    }
  }
  if (command.pinned !== undefined && typeof command.pinned !== 'boolean') {
    throw new ClockError(`pinned: expected true or false, got ${JSON.stringify(command.pinned)}`);
  }
  if (command.now !== undefined || command.asOf !== undefined) {
    clock.reset({
      now: command.now as string | undefined,
      asOf: command.asOf as string | undefined,
      pinned: clock.state().pinned,
    });
  }
  if (command.advanceSeconds !== undefined) clock.advance((command.advanceSeconds as number) * 1000);
  if (command.advanceDays !== undefined) clock.advanceDays(command.advanceDays as number);
  if (command.pinned !== undefined) clock.pin(command.pinned as boolean);
  return clock.state();
}
