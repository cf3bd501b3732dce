import { formatDay, formatRecordTime } from '../../utils/format';
import type { PeriodNote } from '../../utils/core/stats/weekly-stats';

/** Notes are the user's own words: always rendered as text, never as markup. */
export function NotesList({ notes }: { notes: readonly PeriodNote[] }) {
  return (
    <ul class="notes">
      {notes.map((n) => (
        <li key={n.at}>
          <span class="muted">
            {formatDay(n.date)} {formatRecordTime(n.at, n.tz)} · {n.score}/10
          </span>
          <span>{n.note}</span>
        </li>
      ))}
    </ul>
  );
}
