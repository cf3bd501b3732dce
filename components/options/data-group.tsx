import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { Group } from './fields';
import { DataPanel } from '../summary/data-panel';
import { t } from '../../utils/i18n';
import { addDays } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { deleteAllData } from '../../utils/storage/delete-all';
import { weekStartOf } from '../../utils/core/time/week';
import { errorMessage } from '../../utils/core/error-message';

/** Export, import, delete everything (after a confirmation), and what stays where. */
export function DataGroup({ weekStart, onDeleted }: { weekStart: 0 | 1; onDeleted(): void }): JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const start = weekStartOf(today(), weekStart);

  const confirmDelete = async (): Promise<void> => {
    dialog.current?.close();
    try {
      await deleteAllData();
      setStatus(t('optDeleted'));
      // The page reloads its settings from the now empty storage: a stale form would write them back.
      onDeleted();
    } catch (err) {
      setStatus(t('errorGeneric', errorMessage(err)));
    }
  };

  return (
    <Group id="data" title={t('dataTitle')}>
      <p>{t('optPrivacy')}</p>
      <DataPanel weekFrom={start} weekTo={addDays(start, 6)} onImported={() => {}} />
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
