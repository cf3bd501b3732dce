import { formatDay, formatNumber, formatShortDate, formatSigned } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { PegCheck, PegFigures, PegWeek } from '../../utils/core/stats/peg';
import type { LocalDate } from '../../utils/core/time/local-time';
import { WeeklyLine } from '../charts/weekly-line';

/**
 * The weekly check (PEG) on the summary and the report (docs/clinical-basis.md, "Weekly PEG
 * check"): the latest score with its three answers, the difference from the check before in points
 * only (no verdict), and the score week by week. Nothing at all without a check in the trend weeks:
 * the check is off by default.
 */

/** "Fri 7 Mar: pain 7, interference with enjoyment of life 6, with general activity 5". */
function itemsText(c: PegCheck): string {
  return t('pegItems', [formatDay(c.date), String(c.pain), String(c.enjoyment), String(c.activity)]);
}

/** The score per week as a line (gaps for weeks without a check), with a table for everyone. */
function PegTrend({ weeks }: { weeks: readonly PegWeek[] }) {
  return (
    <WeeklyLine
      height={140}
      title={t('pegTrendTitle')}
      columns={[t('colWeekOf'), t('pegColScore'), t('pegColItems')]}
      caption={t('pegTrendCaption')}
      weeks={weeks.map(({ start, check }) => ({
        start,
        value: check ? check.score : null,
        cells: check
          ? [formatNumber(check.score), `${check.pain} · ${check.enjoyment} · ${check.activity}`]
          : ['–', '–'],
      }))}
    />
  );
}

/** The summary's card: latest score, change in points, the twelve weeks. */
export function PegPanel({ peg }: { peg: PegFigures }) {
  const { latest, previous, change } = peg;
  if (!latest) return null;
  return (
    <section class="card stack peg-panel" aria-labelledby="peg-title">
      <h2 id="peg-title">{t('pegPanelTitle')}</h2>
      <div class="grid-2">
        <div class="stack">
          <div class="stat">
            <span class="stat-label">{t('pegLatestLabel')}</span>
            <span class="stat-value">{formatNumber(latest.score)}</span>
            <span class="muted">{itemsText(latest)}</span>
          </div>
          <div class="stat">
            <span class="stat-label">{t('pegChangeLabel')}</span>
            <span class="stat-value">{change === null ? '–' : formatSigned(change)}</span>
            <span class="muted">
              {previous
                ? t('pegPrevious', [formatNumber(previous.score), formatDay(previous.date)])
                : t('pegNoPrevious')}
            </span>
            <span class="muted">{t('pegChangeNote')}</span>
          </div>
        </div>
        <PegTrend weeks={peg.weeks} />
      </div>
      <p class="muted">{t('pegAbout')}</p>
    </section>
  );
}

/**
 * The report's line, the last row of its key figures: the latest score with its answers and the
 * change in points, then the score of every check of the period from `from` on, so the report
 * stays one page. Spans every column of the key figures' grid.
 */
export function PegReport({ peg, from }: { peg: PegFigures; from: LocalDate }) {
  const { latest, previous, change } = peg;
  if (!latest) return null;
  const inPeriod = peg.checks.filter((c) => c.date >= from);
  const parts = [
    t('pegReportLatest', [
      formatDay(latest.date),
      String(latest.pain),
      String(latest.enjoyment),
      String(latest.activity),
    ]),
  ];
  if (change !== null && previous)
    parts.push(t('pegReportChange', [formatSigned(change), formatShortDate(previous.date)]));
  const list = inPeriod.map((c) => t('pegReportEntry', [formatShortDate(c.date), formatNumber(c.score)]));
  return (
    <p class="peg-report" style={REPORT_ROW}>
      <strong>
        {t('pegPanelTitle')}: <span class="peg-score">{formatNumber(latest.score)}</span>
      </strong>{' '}
      {parts.join('; ')}.{' '}
      <span class="muted">
        {inPeriod.length > 1 ? `${t('pegReportPeriod', list.join(' · '))} ` : ''}
        {t('pegReportAbout')}
      </span>
    </p>
  );
}

/** A row of its own under the key figures' tiles. */
const REPORT_ROW = { gridColumn: '1 / -1', margin: 0 };
