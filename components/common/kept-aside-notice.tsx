import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { listKeptAside } from '../../utils/storage/problems';
import type { KeptAside } from '../../utils/storage/problems';

/** Says, in plain words, what stored data could not be read and that it is kept, not deleted. */
export function KeptAsideNotice({ unreadableRecords = 0 }: { unreadableRecords?: number }) {
  const [kept, setKept] = useState<KeptAside[]>([]);
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
          <li key={k.key}>{t('keptAsideItem', [k.reason, new Date(k.at).toLocaleString()])}</li>
        ))}
      </ul>
      <p class="muted">{t('keptAsideText')}</p>
    </div>
  );
}
