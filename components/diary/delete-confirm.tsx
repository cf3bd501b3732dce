import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface DeleteConfirmProps {
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before deleting an entry, in place of its buttons: the question, Delete (focused) and
 * Cancel; Escape cancels.
 */
export function DeleteConfirm({ busy, onConfirm, onCancel }: DeleteConfirmProps) {
  const id = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form fields; this is a question and two buttons.
    <div
      class="diary-confirm stack"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <p id={id}>{t('diaryDeleteQuestion')}</p>
      <div class="row">
        <button
          ref={confirm}
          type="button"
          class="btn btn-small btn-danger"
          aria-describedby={id}
          // Not disabled while deleting: a disabled button would drop the keyboard focus.
          aria-disabled={busy}
          onClick={() => !busy && onConfirm()}
        >
          {t('diaryDelete')}
        </button>
        <button type="button" class="btn btn-small" onClick={onCancel}>
          {t('diaryCancel')}
        </button>
      </div>
    </div>
  );
}
