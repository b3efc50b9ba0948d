// Date and datetime strings relative to the dataset's `asOf` (fixed for one generation), cached so the millions of records that share a
// day share one string instead of each holding its own copy.

const DAY_MS = 86_400_000;

function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export class Calendar {
  private readonly asOfMs: number;
  private readonly dates = new Map<number, string>();
  private readonly dateTimes = new Map<number, string>();

  constructor(readonly asOf: string) {
    this.asOfMs = parseDate(asOf);
  }

  /** `YYYY-MM-DD` of the day `days` before asOf (negative: after). */
  date(daysAgo: number): string {
    let text = this.dates.get(daysAgo);
    if (text === undefined) {
      text = new Date(this.asOfMs - daysAgo * DAY_MS).toISOString().slice(0, 10);
      this.dates.set(daysAgo, text);
    }
    return text;
  }

  /** ISO 8601 UTC datetime at `minuteOfDay` (0–1439) on the day `days` before asOf. */
  dateTime(daysAgo: number, minuteOfDay: number): string {
    const key = daysAgo * 1440 + minuteOfDay;
    let text = this.dateTimes.get(key);
    if (text === undefined) {
      text = new Date(this.asOfMs - daysAgo * DAY_MS + minuteOfDay * 60_000).toISOString();
      this.dateTimes.set(key, text);
    }
    return text;
  }

  /** Days from `date` to asOf (positive for past dates). */
  daysAgo(date: string): number {
    return Math.round((this.asOfMs - parseDate(date)) / DAY_MS);
  }
}
