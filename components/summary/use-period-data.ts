import { useEffect, useMemo, useState } from 'preact/hooks';
import { addDays } from '../../utils/core/time/local-time';
import { readRangeChecked } from '../../utils/storage/records';
import { weekStartOf } from '../../utils/core/time/week';
import { seekHelpReasons } from '../../utils/core/stats/seek-help';
import { clinicalChange } from '../../utils/core/stats/clinical-change';
import { breaksVsPain, painStats, summarizeDays, weeklyAverages } from '../../utils/core/stats/weekly-stats';
import type { LocalDate } from '../../utils/core/time/local-time';
import type { LimberRecord } from '../../utils/core/data/records';
import { errorMessage } from '../../utils/core/error-message';

export const TREND_WEEKS = 12;

/**
 * Reads the weeks a summary needs (the `weeks` shown and the trend before them: twelve weeks of
 * day buckets, never all history) and computes everything from them. `anchor` is any date in the
 * last week shown; the read starts before the settings (and so the first day of the week) are
 * known, covering both a Monday and a Sunday start, so the two reads run side by side.
 */
export function usePeriodData(anchor: LocalDate, weekStart: 0 | 1 | null, weeks: 1 | 4, reload = 0) {
  const [loaded, setRecords] = useState<LimberRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [sunday, monday] = [weekStartOf(anchor, 0), weekStartOf(anchor, 1)];
  const from = addDays(sunday < monday ? sunday : monday, -7 * (TREND_WEEKS - 1));
  const to = addDays(sunday > monday ? sunday : monday, 6);
  const lastWeekStart = weekStart === null ? null : weekStart === 0 ? sunday : monday;
  useEffect(() => {
    let live = true;
    setRecords(null);
    readRangeChecked(from, to)
      .then((r) => {
        if (!live) return;
        setUnreadable(r.unreadable);
        setRecords(r.records);
      })
      .catch((err) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [from, to, reload]);

  const data = useMemo(() => {
    let records = loaded;
    if (!records || !lastWeekStart) return null;
    const first = addDays(lastWeekStart, -7 * (weeks - 1));
    const dates = Array.from({ length: 7 * weeks }, (_, i) => addDays(first, i));
    const inPeriod = new Set(dates);
    const trendFrom = addDays(lastWeekStart, -7 * (TREND_WEEKS - 1));
    records = records.filter((r) => r.date >= trendFrom);
    const period = records.filter((r) => inPeriod.has(r.date));
    const averages = weeklyAverages(records, lastWeekStart, TREND_WEEKS);
    const fourWeeks = Array.from({ length: 28 }, (_, i) => addDays(lastWeekStart, i - 21));
    // The period against the same length of time just before it (a week: the week before).
    const prevFirst = addDays(first, -7 * weeks);
    const scores = (from: LocalDate, to: LocalDate) =>
      records.flatMap((r) => (r.type === 'rating' && r.date >= from && r.date < to ? [r.score] : []));
    const before = painStats(scores(prevFirst, first));
    const now = painStats(scores(first, addDays(lastWeekStart, 7)));
    return {
      first,
      last: addDays(lastWeekStart, 6),
      summary: summarizeDays(period, dates),
      averages,
      change: before && now ? clinicalChange(before.avg, now.avg) : null,
      breaksVsPain: breaksVsPain(records, fourWeeks),
      seekHelp: seekHelpReasons(records.filter((r) => r.date >= lastWeekStart), averages),
      anyInTrend: records.length > 0,
      anyInPeriod: period.length > 0,
    };
  }, [loaded, lastWeekStart, weeks]);

  return { data, error, unreadable };
}
