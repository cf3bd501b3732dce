import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readRangeChecked, watchDays } from '../../utils/storage/records';
import { weekStartOf } from '../../utils/core/time/week';
import { inRange } from '../../utils/core/time/date-range';
import { periodFigures, periodReadRange, rangeFigures } from '../../utils/core/stats/period';
import { addDays } from '../../utils/core/time/local-time';
import type { PeriodFigures, PeriodWeeks } from '../../utils/core/stats/period';
import type { LocalDate } from '../../utils/core/time/local-time';
import type { LimberRecord } from '../../utils/core/data/records';
import { userError } from '../../utils/user-error';

/**
 * How long a change waits before the read: an import or a burst of changes writing many days in
 * one go is read once, and a single change still shows at once to the eye.
 */
export const LIVE_DEBOUNCE_MS = 50;

/**
 * Reads the weeks a summary needs (the `weeks` shown and the trend before them: twelve weeks of
 * day buckets, never all history) and hands them to `periodFigures`. `anchor` is any date in the
 * last week shown; the read starts before the settings (and so the first day of the week) are
 * known, covering both a Monday and a Sunday start, so the two reads run side by side.
 *
 * Live: when a day of that range changes in storage (a prompt answered, a rating edited, deleted,
 * added or taken back, an import, in this page or any other), the range is read again and the
 * figures follow, without the page going back to its loading state.
 */
export function usePeriodData(
  anchor: LocalDate,
  weekStart: 0 | 1 | null,
  weeks: PeriodWeeks | 12,
  reload = 0,
  since: LocalDate | null = null,
): { data: PeriodFigures | null; error: string | null; unreadable: number } {
  const [loaded, setRecords] = useState<LimberRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  /** Bumped when a day of the range changed in storage. */
  const [changed, setChanged] = useState(0);
  const twelve = periodReadRange(anchor);
  // The report since a date reads back to the week before it (in chunks, readRangeChecked).
  const from = since && since < twelve.from ? addDays(since, -6) : twelve.from;
  const to = twelve.to;
  const lastWeekStart = weekStart === null ? null : weekStartOf(anchor, weekStart);
  /** The range of the records on screen: a new range shows the loading state, a re-read does not. */
  const shown = useRef<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unwatch = watchDays((dates) => {
      if (!dates.some((d) => inRange(d, from, to))) return;
      clearTimeout(timer);
      timer = setTimeout(() => setChanged((n) => n + 1), LIVE_DEBOUNCE_MS);
    });
    return () => {
      unwatch();
      clearTimeout(timer);
    };
  }, [from, to]);

  // reload and changed are triggers: the page bumps reload after an import, the watch bumps changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    let live = true;
    const range = `${from}/${to}`;
    if (shown.current !== range) setRecords(null);
    readRangeChecked(from, to)
      .then((r) => {
        if (!live) return;
        shown.current = range;
        setError(null);
        setUnreadable(r.unreadable);
        setRecords(r.records);
      })
      .catch((err) => live && setError(userError(err)));
    return () => {
      live = false;
    };
  }, [from, to, reload, changed]);

  const data = useMemo(() => {
    if (!loaded || !lastWeekStart) return null;
    // Twelve weeks or since a date: the clinician report's longer ranges (rangeFigures).
    if (since) return rangeFigures(loaded, since, lastWeekStart);
    if (weeks === 12) return rangeFigures(loaded, addDays(lastWeekStart, -7 * 11), lastWeekStart);
    return periodFigures(loaded, lastWeekStart, weeks);
  }, [loaded, lastWeekStart, weeks, since]);

  return { data, error, unreadable };
}
