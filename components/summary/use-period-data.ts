import { useEffect, useMemo, useState } from 'preact/hooks';
import { readRangeChecked } from '../../utils/storage/records';
import { weekStartOf } from '../../utils/core/time/week';
import { periodFigures, periodReadRange } from '../../utils/core/stats/period';
import type { PeriodFigures, PeriodWeeks } from '../../utils/core/stats/period';
import type { LocalDate } from '../../utils/core/time/local-time';
import type { LimberRecord } from '../../utils/core/data/records';
import { userError } from '../../utils/user-error';

/**
 * Reads the weeks a summary needs (the `weeks` shown and the trend before them: twelve weeks of
 * day buckets, never all history) and hands them to `periodFigures`. `anchor` is any date in the
 * last week shown; the read starts before the settings (and so the first day of the week) are
 * known, covering both a Monday and a Sunday start, so the two reads run side by side.
 */
export function usePeriodData(
  anchor: LocalDate,
  weekStart: 0 | 1 | null,
  weeks: PeriodWeeks,
  reload = 0,
): { data: PeriodFigures | null; error: string | null; unreadable: number } {
  const [loaded, setRecords] = useState<LimberRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const { from, to } = periodReadRange(anchor);
  const lastWeekStart = weekStart === null ? null : weekStartOf(anchor, weekStart);
  // reload is a trigger: the page bumps it after an import to read the same range again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    let live = true;
    setRecords(null);
    readRangeChecked(from, to)
      .then((r) => {
        if (!live) return;
        setUnreadable(r.unreadable);
        setRecords(r.records);
      })
      .catch((err) => live && setError(userError(err)));
    return () => {
      live = false;
    };
  }, [from, to, reload]);

  const data = useMemo(
    () => (loaded && lastWeekStart ? periodFigures(loaded, lastWeekStart, weeks) : null),
    [loaded, lastWeekStart, weeks],
  );

  return { data, error, unreadable };
}
