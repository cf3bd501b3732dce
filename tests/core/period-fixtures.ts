/** Records for the period tests: ratings and breaks on given days in the test zone. */
import { atWallTime } from '../../utils/core/time/local-time';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import type { BreakKind, BreakOutcome, LimberRecord } from '../../utils/core/data/records';

const TZ = 'Europe/Berlin';
let n = 0;
/** Ratings `[date, score]`, an hour apart from 08:00 on their day. */
export const ratings = (list: readonly (readonly [string, number])[]): LimberRecord[] =>
  list.map(([date, score], i) =>
    makeRating({ id: `p${n++}`, at: atWallTime(date, 8 * 60 + (i % 12) * 60, TZ), source: 'prompt', score }, TZ),
  );
export const brk = (date: string, kind: BreakKind, outcome: BreakOutcome, fixed?: boolean): LimberRecord =>
  makeBreak(
    {
      id: `b${n++}`,
      at: atWallTime(date, 10 * 60 + (n % 300), TZ),
      kind,
      outcome,
      ...(fixed === undefined ? {} : { fixed }),
    },
    TZ,
  );
export const times = (k: number, make: () => LimberRecord): LimberRecord[] => Array.from({ length: k }, make);

// Monday 23 November 2026 is the week shown unless said otherwise; the week before starts on the 16th.
export const MON = '2026-11-23';
