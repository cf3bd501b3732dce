import { formatDateRange, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { Factor, GoesWithRow } from '../../utils/core/stats/goes-with';
import type { LocalDate } from '../../utils/core/time/local-time';

/** A factor in words: a morning item's worse side, or a tag as the user sees it. */
export function factorText(f: Factor): string {
  if (f.kind === 'poorSleep') return t('goesWithPoorSleep');
  if (f.kind === 'longStiffness') return t('goesWithStiffness');
  if (f.kind === 'tired') return t('goesWithTired');
  return t('goesWithTag', f.kind === 'tag' ? t(`ctx${f.tag}`) : f.tag);
}

/**
 * What goes with the pain (docs/clinical-basis.md, "What goes with the pain"): average pain on the
 * days with each factor against the other rated days, with the days behind each figure, and a
 * line saying it shows things side by side, not causes. Or, with too few days, what it needs.
 */
export function GoesWithPanel({ rows, from, to }: { rows: readonly GoesWithRow[]; from: LocalDate; to: LocalDate }) {
  if (!rows.length) return <p class="muted">{t('goesWithNotYet')}</p>;
  const cell = (side: GoesWithRow['with']) =>
    t('goesWithCell', [formatNumber(side.avg), t('daysRatingsCell', [String(side.days), String(side.ratings)])]);
  return (
    <div class="stack">
      <div class="table-wrap">
        <table class="data-table">
          <caption class="muted">{t('goesWithCaption', formatDateRange(from, to))}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{t('goesWithColFactor')}</span>
              </th>
              <th scope="col">{t('goesWithColWith')}</th>
              <th scope="col">{t('goesWithColWithout')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={JSON.stringify(r.factor)}>
                <th scope="row">{factorText(r.factor)}</th>
                <td>{cell(r.with)}</td>
                <td>{cell(r.without)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">{t('goesWithNoCause')}</p>
    </div>
  );
}
