import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { Group } from './fields';
import { DataPanel } from '../summary/data-panel';
import { StorageUse } from './storage-use';
import { t } from '../../utils/i18n';
import { addDays } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { deleteAllData } from '../../utils/storage/delete-all';
import { weekStartOf } from '../../utils/core/time/week';
import { userError } from '../../utils/user-error';

/** Export, import, how much is stored, delete everything (after a confirmation), and what stays where. */
export function DataGroup({ weekStart, onDeleted }: { weekStart: 0 | 1; onDeleted(): void }): JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** Bumped when what is stored changes here (an import, a deletion): the storage figure is read again. */
  const [stored, setStored] = useState(0);
  const start = weekStartOf(today(), weekStart);

  const confirmDelete = async (): Promise<void> => {
    dialog.current?.close();
    try {
      await deleteAllData();
      setStatus(t('optDeleted'));
      setStored((n) => n + 1);
      // The page reloads its settings from the now empty storage: a stale form would write them back.
      onDeleted();
    } catch (err) {
      setStatus(userError(err));
    }
  };

  return (
    <Group id="data" title={t('dataTitle')}>
      <p>{t('optPrivacy')}</p>
      <DataPanel weekFrom={start} weekTo={addDays(start, 6)} onImported={() => setStored((n) => n + 1)} />
      <StorageUse key={stored} />
      <fieldset class="stack">
        <legend>{t('optDeleteTitle')}</legend>
        <p class="muted">{t('optDeleteHint')}</p>
        <div class="row">
          <button type="button" class="btn btn-danger" onClick={() => dialog.current?.showModal()}>
            {t('optDelete')}
          </button>
        </div>
        <p role="status">{status ?? ''}</p>
      </fieldset>
      <dialog ref={dialog} aria-labelledby="delete-title" aria-describedby="delete-text" class="card">
        <h2 id="delete-title">{t('optDeleteConfirmTitle')}</h2>
        <p id="delete-text">{t('optDeleteConfirmText')}</p>
        <div class="row">
          <button type="button" class="btn btn-danger" onClick={() => void confirmDelete()}>
            {t('optDeleteConfirm')}
          </button>
          {/* a destructive confirmation opens on its safe choice (WAI-ARIA dialog pattern). */}
          {/* biome-ignore lint/a11y/noAutofocus: see the comment above. */}
          <button type="button" class="btn" autoFocus onClick={() => dialog.current?.close()}>
            {t('optCancel')}
          </button>
        </div>
      </dialog>
    </Group>
  );
}
