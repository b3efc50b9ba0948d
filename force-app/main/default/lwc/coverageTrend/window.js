// The trend's window, shared by the query (what it asks the org for) and the trend (what it draws).
import { addDays } from 'c/planningCore';

/** Days the trend shows before today; day 90 is in the window. */
export const WINDOW_DAYS = 90;

/** The window's first day (YYYY-MM-DD) as of `today`. */
export function windowStart(today) {
  return addDays(today, -WINDOW_DAYS);
}
