import { formatNumber, formatShortDate } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { WeekAverage } from '../../utils/core/stats/trend';
import './charts.css';

const W = 560;
const H = 160;
const PAD = { top: 14, right: 12, bottom: 26, left: 28 };

/** Weekly average pain over the last weeks, the week shown last; a table alternative follows. */
export function TrendChart({ weeks }: { weeks: readonly WeekAverage[] }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number): number => PAD.left + (weeks.length > 1 ? (i / (weeks.length - 1)) * plotW : plotW / 2);
  const y = (v: number): number => PAD.top + plotH - (v / 10) * plotH;
  const points = weeks.map((w, i) => (w.avg === null ? null : ([x(i), y(w.avg)] as const)));
  // Gaps (weeks without ratings) break the line rather than bridging it.
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
              class={i === weeks.length - 1 ? 'dot-current' : 'dot'}
              cx={p[0]}
              cy={p[1]}
              r={i === weeks.length - 1 ? 5 : 3.5}
            />
          ) : null,
        )}
        {weeks.map((w, i) =>
          i % 3 === (weeks.length - 1) % 3 ? (
            <text key={w.start} class="label" x={x(i)} y={H - 6} text-anchor="middle">
              {formatShortDate(w.start)}
            </text>
          ) : null,
        )}
      </svg>
      <table class="visually-hidden">
        <caption>{t('trendTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colWeekOf')}</th>
            <th scope="col">{t('colAverage')}</th>
            <th scope="col">{t('colRatings')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{formatShortDate(w.start)}</th>
              <td>{w.avg === null ? '–' : formatNumber(w.avg)}</td>
              <td>{w.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>{t('trendCaption')}</figcaption>
    </figure>
  );
}
