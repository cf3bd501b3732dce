import { formatDay } from '../../utils/format';
import { EntryRow } from './entry-row';
import type { DiaryDay } from './entry-kinds';
import type { EntryActions } from './entry-row';

/** The week's days that have entries, newest first, each under its own heading. */
export function DayList({ days, actions }: { days: readonly DiaryDay[]; actions: EntryActions }) {
  return (
    <div class="stack diary-days">
      {days.map((day) => (
        <section key={day.date} class="card diary-day" aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>{formatDay(day.date, true)}</h2>
          <ul class="entries">
            {day.entries.map((r) => (
              <EntryRow key={r.id} record={r} actions={actions} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
