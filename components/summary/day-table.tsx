import { formatDay, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { DayStats } from '../../utils/core/stats/day-stats';

/**
 * The week day by day: pain, breaks by what happened, posture checks. Also the pain chart's text
 * alternative. "Breaks taken" is the overview's figure day by day (with the guide or away from the
 * computer); breaks marked done without the guide have their own column, never added in
 * (docs/clinical-basis.md, "Stretch break").
 */
export function DayTable({ days, id }: { days: readonly DayStats[]; id: string }) {
  return (
    <div class="table-wrap">
      <table id={id} class="data-table">
        <caption class="visually-hidden">{t('dayTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colDay')}</th>
            <th scope="col">{t('colAverage')}</th>
            <th scope="col">{t('colMinMax')}</th>
            <th scope="col">{t('colRatings')}</th>
            <th scope="col">{t('colBreaksTakenGuideOrAway')}</th>
            <th scope="col">{t('colMarkedDoneUnguided')}</th>
            <th scope="col">{t('colSnoozed')}</th>
            <th scope="col">{t('colSkipped')}</th>
            <th scope="col">{t('colMissed')}</th>
            <th scope="col">{t('colPosture')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{formatDay(d.date)}</th>
              <td>{d.pain ? formatNumber(d.pain.avg) : '–'}</td>
              <td>{d.pain ? `${d.pain.min}–${d.pain.max}` : '–'}</td>
              <td>{d.pain?.count ?? 0}</td>
              <td>{d.breaks.taken}</td>
              <td>{d.breaks.unguided}</td>
              <td>{d.breaks.snoozed}</td>
              <td>{d.breaks.skipped}</td>
              <td>{d.breaks.missed}</td>
              <td>{t('postureCell', [String(d.posture.answered), String(d.posture.fixed)])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
