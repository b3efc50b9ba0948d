import { applyClockCommand, ClockError, isCalendarDate, OrgClock } from './clock';

/** A wall clock the test moves by hand. */
function wallAt(iso: string) {
  let ms = Date.parse(iso);
  return { read: () => ms, tick: (by: number) => (ms += by) };
}

describe('the org clock', () => {
  it('starts on asOf at the wall clock time of day and runs with the wall clock', () => {
    const wall = wallAt('2026-12-01T14:05:30.250Z');
    const clock = new OrgClock({ asOf: '2026-11-20' }, wall.read);
    expect(clock.state()).toEqual({ now: '2026-11-20T14:05:30.250Z', today: '2026-11-20', pinned: false });
    wall.tick(10 * 3_600_000);
    expect(clock.state()).toEqual({ now: '2026-11-21T00:05:30.250Z', today: '2026-11-21', pinned: false });
  });

  it('is the wall clock when it starts today, and starts at an exact instant when given one', () => {
    const wall = wallAt('2026-12-01T14:05:30.250Z');
    expect(new OrgClock({}, wall.read).state().now).toBe('2026-12-01T14:05:30.250Z');
    expect(new OrgClock({ asOf: '2026-12-01' }, wall.read).state().now).toBe('2026-12-01T14:05:30.250Z');
    expect(new OrgClock({ now: '2029-11-20T09:00:00+02:00' }, wall.read).state().now).toBe('2029-11-20T07:00:00.000Z');
  });

  it('stands still while pinned, moves when advanced, and runs on from where it was let go', () => {
    const wall = wallAt('2026-12-01T14:00:00.000Z');
    const clock = new OrgClock({ now: '2026-11-20T10:00:00Z', pinned: true }, wall.read);
    wall.tick(60_000);
    expect(clock.state()).toEqual({ now: '2026-11-20T10:00:00.000Z', today: '2026-11-20', pinned: true });
    clock.advanceDays(3);
    expect(clock.today()).toBe('2026-11-23');
    clock.pin(false);
    wall.tick(1_000);
    expect(clock.state().now).toBe('2026-11-23T10:00:01.000Z');
    clock.advance(-2_000);
    expect(clock.state().now).toBe('2026-11-23T09:59:59.000Z');
  });

  it('refuses days and instants that are not real', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '20261120', '', undefined].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(() => new OrgClock({ asOf: '2026-02-30' })).toThrow(ClockError);
    expect(() => new OrgClock({ now: '2026-11-20T10:00:00' })).toThrow('now: expected an ISO 8601 instant with a zone');
  });
});

describe('the admin clock command', () => {
  const pinnedClock = () =>
    new OrgClock({ now: '2026-11-20T10:00:00Z', pinned: true }, wallAt('2026-12-01T14:00:00Z').read);

  it('sets the day, the instant, advances by seconds or days and pins', () => {
    const clock = pinnedClock();
    expect(applyClockCommand(clock, { advanceDays: 200 })).toEqual({
      now: '2027-06-08T10:00:00.000Z',
      today: '2027-06-08',
      pinned: true,
    });
    expect(applyClockCommand(clock, { now: '2029-11-20T08:30:00Z', advanceSeconds: 90 }).now).toBe(
      '2029-11-20T08:31:30.000Z',
    );
    expect(applyClockCommand(clock, { asOf: '2026-11-20', pinned: false })).toEqual({
      now: '2026-11-20T14:00:00.000Z',
      today: '2026-11-20',
      pinned: false,
    });
  });

  it.each<[string, unknown, string]>([
    ['a list', [], 'expected a JSON object'],
    ['an unknown field', { today: '2026-11-20' }, 'unknown clock field(s): today'],
    ['both now and asOf', { now: '2026-11-20T00:00:00Z', asOf: '2026-11-20' }, 'give now or asOf, not both'],
    ['a bad day', { asOf: '2026-11-31' }, 'asOf: expected a YYYY-MM-DD day, got 2026-11-31'],
    ['a zoneless instant', { now: '2026-11-20T10:00' }, 'now: expected an ISO 8601 instant with a zone'],
    ['a text advance', { advanceDays: '3' }, 'advanceDays: expected a number, got "3"'],
    ['a text pin', { pinned: 'yes' }, 'pinned: expected true or false, got "yes"'],
  ])('refuses %s and leaves the clock alone', (_label, body, message) => {
    const clock = pinnedClock();
    expect(() => applyClockCommand(clock, body)).toThrow(message);
    expect(clock.state().now).toBe('2026-11-20T10:00:00.000Z');
  });
});
