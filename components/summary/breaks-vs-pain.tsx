import { formatDateRange, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { BreaksVsPain, BreaksVsPainSide } from '../../utils/core/stats/breaks-vs-pain';

/** Pain on the days with most breaks against the rest, with what it rests on; or why not yet. */
export function BreaksVsPainPanel({ data }: { data: BreaksVsPain | null }) {
  if (!data) return <p class="muted">{t('breaksVsPainNotYet')}</p>;
  const row = (label: string, side: BreaksVsPainSide) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatNumber(side.avg)}</td>
      <td>{formatNumber(side.breaksPerDay)}</td>
      <td>{t('daysRatingsCell', [String(side.days), String(side.ratings)])}</td>
    </tr>
  );
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption class="muted">{t('breaksVsPainCaption', formatDateRange(data.fromDate, data.toDate))}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t('colDaysGroup')}</span>
            </th>
            <th scope="col">{t('colAverage')}</th>
            <th scope="col">{t('colBreaksTakenPerDay')}</th>
            <th scope="col">{t('colDaysRatings')}</th>
          </tr>
        </thead>
        <tbody>
          {row(t('breaksVsPainMore'), data.more)}
          {row(t('breaksVsPainRest'), data.rest)}
        </tbody>
      </table>
    </div>
  );
}
