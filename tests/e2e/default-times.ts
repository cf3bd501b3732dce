/**
 * A fresh profile runs the product's defaults until a test's own settings arrive a moment later.
 * The first step skips the default pain times already reached that day, so only a default time
 * falling inside that moment could still open a prompt the test did not ask for. A launch that
 * close to one waits until it has passed: what a test meets does not depend on the time of day.
 */
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { DAY_MS, wallTime } from '../../utils/core/time/local-time';

/** How close ahead of a default time a launch waits for it (the moment, with a wide margin). */
export const DEFAULT_TIME_MARGIN_MS = 20_000;

/** Milliseconds from `now` until the next default pain time in `timeZone`, within a day. */
export function msToDefaultTime(now: number, timeZone: string): number {
  const msOfDay = wallTime(now, timeZone).minutes * 60_000 + (now % 60_000);
  return Math.min(...DEFAULT_SETTINGS.pain.times.map((t) => (t * 60_000 - msOfDay + DAY_MS) % DAY_MS));
}

/** Milliseconds since the last default pain time, if it was less than a minute ago. */
function msSinceDefaultTime(now: number, timeZone: string): number {
  const ahead = msToDefaultTime(now - 60_000, timeZone);
  return ahead <= 60_000 ? 60_000 - ahead : Number.POSITIVE_INFINITY;
}

/**
 * How long a launch at `now` waits: from 20 s before a default pain time to the end of its minute.
 * Tests that take "now" as their own pain time must not land on a default's minute either: the
 * first step has marked that minute handled for the day.
 */
export function defaultTimeWait(now: number, timeZone: string): number {
  const ahead = msToDefaultTime(now, timeZone);
  if (ahead <= DEFAULT_TIME_MARGIN_MS) return ahead + 61_000;
  const since = msSinceDefaultTime(now, timeZone);
  return since < 60_000 ? 61_000 - since : 0;
}

/** The longest a launch waits: tests that launch give themselves this much more time. */
export const DEFAULT_TIME_MAX_WAIT_MS = DEFAULT_TIME_MARGIN_MS + 61_000;

/** Waits out a default pain time near `now` in `timeZone` (the machine's zone if none). */
export async function clearOfDefaultTimes(timeZone?: string): Promise<void> {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const wait = defaultTimeWait(Date.now(), zone);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}
