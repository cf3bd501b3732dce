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
function when(at: unknown): string {
  return typeof at === 'number' && Number.isFinite(at)
    ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at)
    : '–';
}

/** Says, in plain words, what stored data could not be read and that it is kept, not deleted. */
export function KeptAsideNotice({ unreadableRecords = 0 }: { unreadableRecords?: number }) {
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
        {kept.map((k) => (
          <li key={k.key}>{t('keptAsideItem', [keptAsideReasonText(k.reason), when(k.at)])}</li>
        ))}
      </ul>
      <p class="muted">{t('keptAsideText')}</p>
    </div>
  );
}
