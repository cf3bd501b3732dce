import { formatShortDate } from '../../utils/format';
import type { LocalDate } from '../../utils/core/time/local-time';
import './charts.css';

const W = 560;
const PAD = { top: 14, right: 12, bottom: 26, left: 28 };

/** One week of a 0–10 line: its start, its value (null: no data, a gap) and the table's two cells. */
export interface WeekPoint {
  start: LocalDate;
  value: number | null;
  cells: readonly [string, string];
}

export interface WeeklyLineProps {
  weeks: readonly WeekPoint[];
  height: number;
  /** The table alternative's caption and its three column headers (week, then the two cells). */
  title: string;
  columns: readonly [string, string, string];
  caption: string;
}

/**
 * A value from 0 to 10 week by week as a line, the last week marked; weeks without data break the
 * line rather than bridging it. The drawing is hidden from assistive technology, which reads the
 * table beside it instead. Used by the pain trend and the weekly check.
 */
export function WeeklyLine({ weeks, height: H, title, columns, caption }: WeeklyLineProps) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number): number => PAD.left + (weeks.length > 1 ? (i / (weeks.length - 1)) * plotW : plotW / 2);
  const y = (v: number): number => PAD.top + plotH - (v / 10) * plotH;
  const points = weeks.map((w, i) => (w.value === null ? null : ([x(i), y(w.value)] as const)));
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
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{formatShortDate(w.start)}</th>
              <td>{w.cells[0]}</td>
              <td>{w.cells[1]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
