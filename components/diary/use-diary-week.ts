import { useEffect, useState } from 'preact/hooks';
import { addDays } from '../../utils/core/time/local-time';
import { readDaysChecked, watchDays } from '../../utils/storage/records';
import { userError } from '../../utils/user-error';
import type { LimberRecord } from '../../utils/core/data/records';
import type { LocalDate } from '../../utils/core/time/local-time';

export interface DiaryWeek {
  /** The first day of the week these are from. */
  start: LocalDate;
  records: LimberRecord[];
  unreadable: number;
}

/** The seven dates of the week starting `start`. */
export const weekDates = (start: LocalDate): LocalDate[] => Array.from({ length: 7 }, (_, i) => addDays(start, i));

/**
 * The entries of the week starting `start` (null: not known yet), read from its seven day buckets
 * only, whatever the length of history, and read again whenever one of those days changes in any
 * context (a prompt answered, another diary tab). The last week read stays shown while the next
 * read runs, so a change never blanks the page.
 */
export function useDiaryWeek(start: LocalDate | null): { week: DiaryWeek | null; error: string | null } {
  const [week, setWeek] = useState<DiaryWeek | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!start) return;
    const dates = weekDates(start);
    let live = true;
    // Reads may finish out of order; only the latest one asked for is shown.
    let asked = 0;
    const read = (): void => {
      const n = ++asked;
      readDaysChecked(dates)
        .then((r) => {
          if (!live || n !== asked) return;
          setError(null);
          setWeek({ start, records: r.records, unreadable: r.unreadable });
        })
        .catch((err) => live && n === asked && setError(userError(err)));
    };
    read();
    const unwatch = watchDays((changed) => {
      if (changed.some((d) => dates.includes(d))) read();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [start]);

  return { week: week && week.start === start ? week : null, error };
}
