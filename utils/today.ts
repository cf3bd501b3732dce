import type { LocalDate } from './core/time/local-time';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * Today's date on this computer's clock and zone, for pages (which run in the user's zone).
 * The pure core never calls this: it is handed `now` and a zone.
 */
export function today(now: Date = new Date()): LocalDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
