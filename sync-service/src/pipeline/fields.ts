// The lenient readers of record values live with the plan reader, which reads the same records.
export { bool, day, multi, num, text } from '@contact-plan/plan-reader';

/** Today's date in a time zone, as YYYY-MM-DD. */
export const todayIn = (timeZone: string, now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
