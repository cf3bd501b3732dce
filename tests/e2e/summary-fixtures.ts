import { addDays } from '../../utils/core/time/local-time';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { generateHistory, toBuckets } from '../fixtures/history';
import type { LimberRecord } from '../../utils/core/data/records';

export const TZ = 'Europe/Berlin';
/** A hand-made week inside five years of generated history. */
export const KNOWN_WEEK = '2025-03-03';
/** A week with breaks but no ratings. */
export const NO_RATINGS_WEEK = '2025-03-10';

const at = (date: string, h: number, m = 0) =>
  Date.parse(`${date}T${String(h - 1).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`);

export function knownWeek(): LimberRecord[] {
  const mon = KNOWN_WEEK;
  const wed = addDays(mon, 2);
  let n = 0;
  const id = () => `k-${n++}`;
  return [
    makeRating({ id: id(), at: at(mon, 9), source: 'prompt', score: 2 }, TZ),
    makeRating({ id: id(), at: at(mon, 12), source: 'prompt', score: 4, regions: ['neck'] }, TZ),
    makeRating(
      {
        id: id(),
        at: at(mon, 16),
        source: 'prompt',
        score: 6,
        regions: ['neck', 'lowerBack'],
        note: '<img src=x onerror=alert(1)> after a long call',
      },
      TZ,
    ),
    makeBreak({ id: id(), at: at(mon, 10), kind: 'stretch', outcome: 'done', seconds: 120 }, TZ),
    makeBreak({ id: id(), at: at(mon, 11), kind: 'stretch', outcome: 'done', seconds: 150 }, TZ),
    makeBreak({ id: id(), at: at(mon, 13), kind: 'stretch', outcome: 'snoozed' }, TZ),
    makeBreak({ id: id(), at: at(mon, 13, 5), kind: 'stretch', outcome: 'skipped', reason: 'meeting' }, TZ),
    makeBreak({ id: id(), at: at(mon, 15), kind: 'stretch', outcome: 'missed' }, TZ),
    makeBreak({ id: id(), at: at(mon, 12, 30), kind: 'natural', outcome: 'done', seconds: 900 }, TZ),
    makeBreak({ id: id(), at: at(mon, 9, 30), kind: 'posture', outcome: 'done', fixed: true, item: 0 }, TZ),
    makeBreak({ id: id(), at: at(mon, 10, 30), kind: 'posture', outcome: 'done', fixed: true, item: 1 }, TZ),
    makeBreak({ id: id(), at: at(mon, 11, 30), kind: 'posture', outcome: 'done', fixed: false, item: 2 }, TZ),
    makeBreak({ id: id(), at: at(mon, 14, 30), kind: 'posture', outcome: 'missed', item: 3 }, TZ),
    makeRating({ id: id(), at: at(wed, 11), source: 'prompt', score: 9, regions: ['lowerBack'] }, TZ),
  ];
}

export function noRatingsWeek(): LimberRecord[] {
  return [makeBreak({ id: 'nr-1', at: at(NO_RATINGS_WEEK, 10), kind: 'stretch', outcome: 'done' }, TZ)];
}

/** Five years of history ending `today`, with the two special weeks replaced. */
export function seededHistory(today: string): Record<string, unknown> {
  const special = new Set([
    ...Array.from({ length: 7 }, (_, i) => addDays(KNOWN_WEEK, i)),
    ...Array.from({ length: 7 }, (_, i) => addDays(NO_RATINGS_WEEK, i)),
  ]);
  const history = generateHistory({ from: addDays(today, -5 * 365), to: today, timeZone: TZ }).filter(
    (r) => !special.has(r.date),
  );
  const buckets: Record<string, unknown> = toBuckets([...history, ...knownWeek(), ...noRatingsWeek()]);
  // Buckets of the special weeks that now hold nothing are removed rather than left stale.
  for (const d of special) if (!buckets[`rec:${d}`]) buckets[`rec:${d}`] = { v: 1, records: [] };
  return buckets;
}
