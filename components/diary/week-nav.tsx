import { useState } from 'preact/hooks';
import { isLocalDate } from '../../utils/core/time/local-time';
import { formatDateRange } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { WeekNavigation } from '../../utils/core/stats/period';
import type { LocalDate } from '../../utils/core/time/local-time';

export interface DiaryWeekNavProps {
  /** Null until the settings say on which day weeks start. */
  nav: WeekNavigation | null;
  today: LocalDate;
  /** Show the week containing `date`; null: this week. */
  onGo(date: LocalDate | null): void;
}

/** Previous, next (never past this week) and this week, and a date field to go to any week. */
export function DiaryWeekNav({ nav, today, onGo }: DiaryWeekNavProps) {
  const [jump, setJump] = useState('');
  const atThisWeek = !nav || nav.isThisWeek;
  return (
    <nav class="week-nav diary-week-nav" aria-label={t('weekNav')}>
      <button type="button" class="btn" disabled={!nav} onClick={() => nav && onGo(nav.previous)}>
        ← {t('weekPrevious')}
      </button>
      <h2 aria-live="polite">{nav ? formatDateRange(nav.start, nav.end) : '…'}</h2>
      <button type="button" class="btn" disabled={atThisWeek} onClick={() => nav && onGo(nav.next)}>
        {t('weekNext')} →
      </button>
      <button type="button" class="btn" disabled={atThisWeek} onClick={() => onGo(null)}>
        {t('weekThis')}
      </button>
      <form
        class="row diary-jump"
        onSubmit={(e) => {
          e.preventDefault();
          if (isLocalDate(jump)) onGo(jump > today ? null : jump);
        }}
      >
        <label for="diary-jump" class="field-label">
          {t('diaryGoToLabel')}
        </label>
        <input
          id="diary-jump"
          type="date"
          max={today}
          value={jump}
          onInput={(e) => setJump((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="btn" disabled={!nav || !isLocalDate(jump)}>
          {t('diaryGoTo')}
        </button>
      </form>
    </nav>
  );
}
