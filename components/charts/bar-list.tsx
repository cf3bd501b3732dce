import './charts.css';

export interface BarItem {
  label: string;
  /** Bar length, 0..max; null when there is nothing to show. */
  value: number | null;
  /** The figures in words, read by everyone (the bar itself is decoration). */
  detail: string;
}

/** Horizontal bars drawn in HTML, so the labels stay sharp and are read as text. */
export function BarList({ items, max, title }: { items: readonly BarItem[]; max: number; title: string }) {
  return (
    <ul class="bar-list" aria-label={title}>
      {items.map((it) => (
        <li key={it.label}>
          <span class="bar-label">{it.label}</span>
          <span class="bar-track" aria-hidden="true">
            {it.value !== null && (
              <span class="bar-fill" style={{ width: `${Math.max(1, (it.value / max) * 100)}%` }} />
            )}
          </span>
          <span class="bar-detail">{it.detail}</span>
        </li>
      ))}
    </ul>
  );
}
