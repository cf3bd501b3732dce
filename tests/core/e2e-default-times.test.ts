/** The e2e harness's guard (tests/e2e/default-times.ts): how far the next default pain time is. */
import { describe, expect, it } from 'vitest';
import { defaultTimeWait, msToDefaultTime } from '../e2e/default-times';
import { at, TZ } from './scheduler-harness';

describe('msToDefaultTime', () => {
  it.each([
    ['2026-11-23 10:59', 60_000],
    ['2026-11-23 11:00', 0],
    ['2026-11-23 11:01', (3 * 60 + 29) * 60_000],
    ['2026-11-23 17:30', (17 * 60 + 30) * 60_000],
  ])('at %s in Berlin: %i ms', (time, ms) => {
    expect(msToDefaultTime(at(time), TZ)).toBe(ms);
  });

  it('counts seconds and milliseconds, in the zone asked for', () => {
    expect(msToDefaultTime(at('2026-11-23 10:59') + 45_500, TZ)).toBe(14_500);
    expect(msToDefaultTime(at('2026-11-23 10:00', 'America/Los_Angeles'), 'America/Los_Angeles')).toBe(3600_000);
  });
});

describe('defaultTimeWait', () => {
  it.each([
    ['2026-11-23 10:58', 0, 0],
    ['2026-11-23 10:59', 30_000, 0],
    ['2026-11-23 10:59', 45_000, 15_000 + 61_000],
    ['2026-11-23 11:00', 0, 61_000],
    ['2026-11-23 11:00', 59_000, 2_000],
    ['2026-11-23 11:01', 1_000, 0],
  ])('at %s + %i ms: waits %i ms', (time, plus, wait) => {
    expect(defaultTimeWait(at(time) + plus, TZ)).toBe(wait);
  });
});
