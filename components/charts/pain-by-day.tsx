import { formatNumber, formatWeekday } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { DayStats } from '../../utils/core/stats/day-stats';
import './charts.css';

const W = 560;
const H = 190;
const PAD = { top: 22, right: 8, bottom: 28, left: 28 };

/** Average pain per day as bars, with each day's lowest and highest rating as a line. */
export function PainByDayChart({ days, tableId }: { days: readonly DayStats[]; tableId: string }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number): number => PAD.top + plotH - (v / 10) * plotH;
  const step = plotW / days.length;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="pbd-title" aria-describedby={tableId}>
        <title id="pbd-title">{t('chartPainByDay')}</title>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class={v === 0 ? 'axis' : 'grid'} x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text class="label" x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const cx = PAD.left + step * i + step / 2;
          const bw = Math.min(36, step * 0.6);
          return (
            <g key={d.date}>
              {d.pain ? (
                <>
                  <rect
                    class="bar-soft"
                    x={cx - bw / 2}
                    y={y(d.pain.avg)}
                    width={bw}
                    height={Math.max(1, y(0) - y(d.pain.avg))}
                    rx="3"
                  />
                  <line class="range" x1={cx} x2={cx} y1={y(d.pain.max)} y2={y(d.pain.min)} />
                  <text class="value" x={cx} y={y(d.pain.max) - 5} text-anchor="middle">
                    {formatNumber(d.pain.avg)}
                  </text>
                </>
              ) : (
                <text class="empty" x={cx} y={y(0) - 6} text-anchor="middle">
                  –
                </text>
              )}
              <text class="label" x={cx} y={H - 8} text-anchor="middle">
                {formatWeekday(d.date)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('chartPainByDayCaption')}</figcaption>
    </figure>
  );
}
