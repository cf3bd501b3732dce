/**
 * A heavy user's history for the benchmark, made fast: 55 records every workday (3 prompted pain
 * ratings and 1 from the popup, 8 stretch breaks or natural ones, 16 posture checks, 24 eye breaks,
 * a lunch break, a meeting hold and a fullscreen hold) and a PEG check on Fridays, every record under
 * the id the scheduler gives it. tests/fixtures/history.ts computes each record's local date and
 * offset through the time-zone library (26 s for 20 years); here they are computed once a day, as all
 * records fall between 08:30 and 17:20, hours no daylight-saving change touches.
 */
import { DEFAULT_SHOWN_REGIONS } from '../../utils/core/content/regions';
import { isRecord, RECORD_VERSION } from '../../utils/core/data/records';
import { addDays, atWallTime, wallTime, weekdayOf } from '../../utils/core/time/local-time';
import type { BreakOutcome, BreakRecord, HoldRecord, LimberRecord } from '../../utils/core/data/records';

type Stamp = Pick<LimberRecord, 'v' | 'id' | 'at' | 'tz' | 'date'>;
import type { LocalDate } from '../../utils/core/time/local-time';

export const HEAVY_PER_WORKDAY = 55;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES = ['long meeting, no breaks', 'better after a walk', 'slept badly', 'new chair helps'];

/** One day's records, in time order. */
function workday(date: LocalDate, timeZone: string, rnd: () => number, level: number): LimberRecord[] {
  const tz = wallTime(atWallTime(date, 12 * 60, timeZone), timeZone).offset;
  const midnight = Date.parse(`${date}T00:00:00Z`) - tz * 60_000;
  const stamp = (id: (at: number) => string, minutes: number): Stamp => {
    const at = midnight + minutes * 60_000 + Math.floor(rnd() * 60_000);
    return { v: RECORD_VERSION, id: id(at), at, tz, date };
  };
  const prompted = (kind: string) => (at: number) => `p${at}:${kind}`;
  const outcome = (): BreakOutcome => {
    const r = rnd();
    return r < 0.7 ? 'done' : r < 0.8 ? 'snoozed' : r < 0.9 ? 'skipped' : 'missed';
  };
  const out: LimberRecord[] = [];
  for (const minutes of [11 * 60, 14 * 60 + 30, 17 * 60]) {
    const score = Math.min(10, Math.max(0, Math.round(level + (rnd() - 0.5) * 3)));
    const regions = rnd() < 0.6 ? DEFAULT_SHOWN_REGIONS.filter(() => rnd() < 0.35) : [];
    const note = rnd() < 0.05 ? NOTES[Math.floor(rnd() * NOTES.length)] : undefined;
    out.push({
      ...stamp(prompted('pain'), minutes),
      type: 'rating',
      source: 'prompt',
      score,
      ...(regions.length ? { regions } : {}),
      ...(note ? { note } : {}),
    });
  }
  out.push({ ...stamp((at) => `m${at}`, 9 * 60 + 40), type: 'rating', source: 'manual', score: Math.round(level) });
  for (let h = 9; h <= 16; h++) {
    const o = outcome();
    const b: BreakRecord = { ...stamp(prompted('stretch'), h * 60), type: 'break', kind: 'stretch', outcome: o };
    if (o === 'done') b.seconds = 90 + Math.floor(rnd() * 210);
    out.push(b);
  }
  for (let i = 0; i < 16; i++) {
    const o = rnd() < 0.15 ? 'missed' : 'done';
    const b: BreakRecord = {
      ...stamp(prompted('posture'), 8 * 60 + 30 + i * 30),
      type: 'break',
      kind: 'posture',
      outcome: o,
    };
    if (o === 'done') b.fixed = rnd() < 0.3;
    b.item = i % 8;
    out.push(b);
  }
  for (let i = 0; i < 24; i++)
    out.push({ ...stamp(prompted('eyes'), 8 * 60 + 40 + i * 20), type: 'break', kind: 'eyes', outcome: outcome() });
  out.push({
    ...stamp((at) => `n${at}`, 12 * 60 + 30),
    type: 'break',
    kind: 'natural',
    outcome: 'done',
    seconds: 1800,
  });
  const hold = (minutes: number, ms: number, reasons: HoldRecord['reasons']): HoldRecord => ({
    ...stamp((at) => `h${at}`, minutes),
    type: 'hold',
    ms,
    reasons,
    kinds: ['eyes', 'posture'],
    shown: ['posture'],
  });
  out.push(hold(10 * 60 + 5, 3_600_000, ['meeting']), hold(15 * 60 + 5, 1_200_000, ['fullscreen']));
  if (weekdayOf(date) === 5) {
    const score = (): number => Math.floor(rnd() * 11);
    out.push({
      ...stamp(prompted('peg'), 15 * 60 + 30),
      type: 'peg',
      pain: score(),
      enjoyment: score(),
      activity: score(),
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** `days` days of heavy history ending `to`, as the record store's day buckets, and the record count. */
export function heavyBuckets(
  to: LocalDate,
  days: number,
  timeZone: string,
): { buckets: Record<string, { v: 1; records: LimberRecord[] }>; records: number } {
  const rnd = mulberry32(42);
  const buckets: Record<string, { v: 1; records: LimberRecord[] }> = {};
  let records = 0;
  let level = 3.5;
  for (let date = addDays(to, -days + 1); date <= to; date = addDays(date, 1)) {
    const wd = weekdayOf(date);
    if (wd === 0 || wd === 6) continue;
    level = Math.min(7, Math.max(1, level + (rnd() - 0.5) * 0.6));
    const day = workday(date, timeZone, rnd, level);
    // The shapes are checked once, on the first day, against the store's own schema.
    if (records === 0 && !day.every(isRecord)) throw new Error('heavy history: a record the store would refuse');
    buckets[`rec:${date}`] = { v: 1, records: day };
    records += day.length;
  }
  return { buckets, records };
}
