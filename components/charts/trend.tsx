import { formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { WeekAverage } from '../../utils/core/stats/trend';
import { WeeklyLine } from './weekly-line';

/** Weekly average pain over the last weeks, the week shown last; a table alternative follows. */
export function TrendChart({ weeks }: { weeks: readonly WeekAverage[] }) {
  return (
    <WeeklyLine
      height={160}
      title={t('trendTitle')}
      columns={[t('colWeekOf'), t('colAverage'), t('colRatings')]}
      caption={t('trendCaption')}
      weeks={weeks.map((w) => ({
        start: w.start,
        value: w.avg,
        cells: [w.avg === null ? '–' : formatNumber(w.avg), String(w.count)],
      }))}
    />
  );
}
