import { useEffect, useState } from 'preact/hooks';
import { recordStore } from '../common/record-store';
import type { LimberRecord, RatingRecord } from '../../utils/core/data/records';
import type { LocalDate } from '../../utils/core/time/local-time';

/** The latest of these records' ratings (by the time each is about), or null when there is none. */
export function lastRating(records: readonly LimberRecord[]): RatingRecord | null {
  let last: RatingRecord | null = null;
  for (const r of records) if (r.type === 'rating' && (!last || r.at >= last.at)) last = r;
  return last;
}

/**
 * The day's last rating, read after first paint (the record store loads then) and read again
 * whenever that day's records change anywhere: a rating given, changed in the diary or in another
 * window, or taken back. Null while unknown, when the day has none, or when it cannot be read.
 */
export function useLastRating(date: LocalDate): RatingRecord | null {
  const [last, setLast] = useState<RatingRecord | null>(null);
  useEffect(() => {
    let live = true;
    let unwatch = (): void => undefined;
    // Reads may finish out of order: only the latest one's answer is shown.
    let asked = 0;
    void recordStore().then(({ readDays, watchDays }) => {
      if (!live) return;
      const read = (): void => {
        const mine = ++asked;
        readDays([date]).then(
          (records) => live && mine === asked && setLast(lastRating(records)),
          () => live && mine === asked && setLast(null),
        );
      };
      unwatch = watchDays((dates) => {
        if (dates.includes(date)) read();
      });
      read();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [date]);
  return last;
}
