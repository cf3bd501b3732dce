import { TZDateMini } from '@date-fns/tz';

/** A calendar date in the user's zone, `YYYY-MM-DD`. */
export type LocalDate = string;

/** Milliseconds in a day of 24 hours (not a calendar day across DST: use addDays for those). */
export const DAY_MS = 86_400_000;

/** How a LocalDate is written. */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `s` is written as a LocalDate and names a day the calendar has. */
export function isLocalDate(s: string): boolean {
  return LOCAL_DATE_PATTERN.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

export interface WallTime {
  date: LocalDate;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes east of UTC at that instant (UTC+1 → 60). */
  offset: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The wall-clock reading of instant `at` in `timeZone` (an IANA name or "+01:00"). */
export function wallTime(at: number, timeZone: string): WallTime {
  const d = new TZDateMini(at, timeZone);
  return {
    date: `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    minutes: d.getHours() * 60 + d.getMinutes(),
    weekday: d.getDay(),
    offset: -d.getTimezoneOffset(),
  };
}

function parseDate(date: LocalDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

/**
 * The instant when the clock in `timeZone` reads `minutes` after midnight on `date`.
 * A time skipped by a DST change resolves to the instant just after the gap.
 */
export function atWallTime(date: LocalDate, minutes: number, timeZone: string): number {
  const [y, m, d] = parseDate(date);
  return new TZDateMini(y, m, d, Math.floor(minutes / 60), minutes % 60, 0, timeZone).getTime();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parseDate(date);
  const t = new Date(Date.UTC(y, m, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function weekdayOf(date: LocalDate): number {
  const [y, m, d] = parseDate(date);
  return new Date(Date.UTC(y, m, d)).getUTCDay();
}

/** `HH:MM` → minutes after midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}
