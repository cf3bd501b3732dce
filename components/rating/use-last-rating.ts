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
    // One read at a time: changes arriving meanwhile (a burst of ratings) make one more read after
    // it, not one each, so a busy day costs a read per burst, not per write.
    let reading = false;
    let again = false;
    void recordStore().then(({ readDays, watchDays }) => {
      if (!live) return;
      const read = (): void => {
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        readDays([date])
          .then(
            (records) => live && setLast(lastRating(records)),
            () => live && setLast(null),
          )
          .finally(() => {
            reading = false;
            if (again && live) {
              again = false;
              read();
            }
          });
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
