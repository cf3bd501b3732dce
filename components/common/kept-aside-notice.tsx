import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import { locale } from '../../utils/format';
import { isKeptAsideReason, listKeptAside } from '../../utils/storage/problems';
import type { KeptAsideReason, StoredKeptAside } from '../../utils/storage/problems';

const REASON_KEY: Record<KeptAsideReason, MessageKey> = {
  dayUnreadable: 'keptAsideReasonDay',
  settingsUnreadable: 'keptAsideReasonSettings',
  scheduleUnreadable: 'keptAsideReasonSchedule',
  exercisesUnreadable: 'keptAsideReasonExercises',
};

/**
 * Why something was kept aside, in the user's language. Entries from older versions stored an
 * English sentence, and a newer version may store a code this one does not know: both get the
 * general message, never the stored text.
 */
export function keptAsideReasonText(reason: unknown): string {
  return t(isKeptAsideReason(reason) ? REASON_KEY[reason] : 'keptAsideReasonUnknown');
}

/** When it was kept aside, in the user's locale (a damaged entry without a time shows a dash). */
function when(at: number | null): string {
  return at === null ? '–' : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * Says, in plain words, what stored data could not be read and that it is kept, not deleted.
 * Renders from the normalised entries, so a damaged one shows the general message and a dash.
 */
export function KeptAsideNotice({ unreadableRecords = 0 }: { unreadableRecords?: number }): JSX.Element | null {
  const [kept, setKept] = useState<StoredKeptAside[]>([]);
  useEffect(() => {
    listKeptAside().then(setKept, () => setKept([]));
  }, []);
  if (!kept.length && !unreadableRecords) return null;
  return (
    <div class="notice" role="status">
      <h2>{t('keptAsideTitle')}</h2>
      <ul>
        {unreadableRecords > 0 && <li>{t('keptAsideRecords', String(unreadableRecords))}</li>}
        {kept.map((k, i) => (
          // Several copies may share a key and a time; the list is read once and never reordered.
          <li key={i}>{t('keptAsideItem', [keptAsideReasonText(k.reason), when(k.at)])}</li>
        ))}
      </ul>
      <p class="muted">{t('keptAsideText')}</p>
    </div>
  );
}
