import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { addDays, isLocalDate } from '../../utils/core/time/local-time';
import { earliestSince } from './range';
import type { LocalDate } from '../../utils/core/time/local-time';
import type { ReportRange } from './range';

/** The date the picker suggests before one is chosen: about six months back. */
const SINCE_SUGGESTED_DAYS = 182;

const WEEKS = [
  [1, 'reportRangeWeek'],
  [4, 'reportRangeFourWeeks'],
  [12, 'reportRangeTwelveWeeks'],
] as const;

/**
 * The report's range: a week, four weeks, twelve weeks or since a chosen date (up to a year back).
 * On screen only: the printed page names its dates in the header.
 */
export function RangePicker({
  range,
  today,
  onChange,
}: {
  range: ReportRange;
  today: LocalDate;
  onChange: (range: ReportRange) => void;
}) {
  // The date box keeps its own value, so a half-typed date does not move the report.
  const [date, setDate] = useState<LocalDate>(range.since ?? addDays(today, -SINCE_SUGGESTED_DAYS));
  const earliest = earliestSince(today);
  const valid = (d: string): boolean => isLocalDate(d) && d >= earliest && d <= today;
  return (
    <fieldset class="no-print range-picker">
      <legend>{t('reportRangeLegend')}</legend>
      {WEEKS.map(([weeks, key]) => (
        <label class="choice" key={weeks}>
          <input
            type="radio"
            name="report-range"
            checked={range.weeks === weeks}
            onChange={() => onChange({ weeks })}
          />
          {t(key)}
        </label>
      ))}
      <label class="choice">
        <input
          type="radio"
          name="report-range"
          checked={!!range.since}
          onChange={() => valid(date) && onChange({ since: date })}
        />
        {t('reportRangeSince')}
      </label>
      <input
        type="date"
        aria-label={t('reportRangeSinceDate')}
        min={earliest}
        max={today}
        value={date}
        onChange={(e) => {
          const d = e.currentTarget.value;
          setDate(d);
          if (valid(d)) onChange({ since: d });
        }}
      />
    </fieldset>
  );
}
