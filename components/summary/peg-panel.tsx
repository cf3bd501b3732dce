import { formatDay, formatNumber, formatShortDate, formatSigned } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { PegCheck, PegFigures, PegWeek } from '../../utils/core/stats/peg';
import type { LocalDate } from '../../utils/core/time/local-time';
import '../charts/charts.css';

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

const W = 560;
const H = 140;
const PAD = { top: 14, right: 12, bottom: 26, left: 28 };

/** The score per week as a line (gaps for weeks without a check), with a table for everyone. */
function PegTrend({ weeks }: { weeks: readonly PegWeek[] }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number): number => PAD.left + (weeks.length > 1 ? (i / (weeks.length - 1)) * plotW : plotW / 2);
  const y = (v: number): number => PAD.top + plotH - (v / 10) * plotH;
  const points = weeks.map((w, i) => (w.check ? ([x(i), y(w.check.score)] as const) : null));
  const segments: string[] = [];
  let cur = '';
  for (const p of points) {
    if (!p) {
      if (cur) segments.push(cur);
      cur = '';
      continue;
    }
    cur += `${cur ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
  }
  if (cur) segments.push(cur);
  const last = weeks.length - 1;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class={v === 0 ? 'axis' : 'grid'} x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text class="label" x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {segments.map((d) => (
          <path key={d} class="line" d={d} />
        ))}
        {points.map((p, i) =>
          p ? (
            <circle
              key={weeks[i]!.start}
              class={i === last ? 'dot-current' : 'dot'}
              cx={p[0]}
              cy={p[1]}
              r={i === last ? 5 : 3.5}
            />
          ) : null,
        )}
        {weeks.map((w, i) =>
          i % 3 === last % 3 ? (
            <text key={w.start} class="label" x={x(i)} y={H - 6} text-anchor={i === last ? 'end' : 'middle'}>
              {formatShortDate(w.start)}
            </text>
          ) : null,
        )}
      </svg>
      <table class="visually-hidden">
        <caption>{t('pegTrendTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colWeekOf')}</th>
            <th scope="col">{t('pegColScore')}</th>
            <th scope="col">{t('pegColItems')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{formatShortDate(w.start)}</th>
              <td>{w.check ? formatNumber(w.check.score) : '–'}</td>
              <td>{w.check ? `${w.check.pain} · ${w.check.enjoyment} · ${w.check.activity}` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>{t('pegTrendCaption')}</figcaption>
    </figure>
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
