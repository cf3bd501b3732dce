import { BarList } from '../charts/bar-list';
import { formatClock, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import { timeOfDayGroups } from '../../utils/core/stats/time-of-day';
import type { MessageKey } from '../../utils/i18n';
import type { RatingTime, TimeBin, TimeGroup } from '../../utils/core/stats/time-of-day';

const BIN_KEY: Readonly<Record<TimeBin, MessageKey>> = {
  morning: 'binMorning',
  midday: 'binMidday',
  afternoon: 'binAfternoon',
  evening: 'binEvening',
};

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** "Around 11:00", "Other times", or a fixed part of the day. */
export function timeGroupLabel(group: TimeGroup): string {
  if (group.kind === 'bin') return t(BIN_KEY[group.bin]);
  if (group.kind === 'time') return t('timeOfDayAround', formatClock(hhmm(group.minutes)));
  return t('timeOfDayOther');
}

/**
 * Pain by time of day: a row per pain rating time set (the fixed parts of the day when none is),
 * and how the rows are made (docs/clinical-basis.md, "Time-of-day groups").
 */
export function TimeOfDayPanel({
  ratingTimes,
  painTimes,
}: {
  ratingTimes: readonly RatingTime[];
  painTimes: readonly number[];
}) {
  const rows = timeOfDayGroups(ratingTimes, painTimes);
  return (
    <>
      <BarList
        title={t('timeOfDayTitle')}
        max={10}
        items={rows.map((r) => ({
          label: timeGroupLabel(r.group),
          value: r.avg,
          detail: r.avg === null ? t('noRatingsShort') : t('binDetail', [formatNumber(r.avg), String(r.count)]),
        }))}
      />
      <p class="muted">{painTimes.length ? t('timeOfDayHint') : t('timeOfDayFixedHint')}</p>
    </>
  );
}
