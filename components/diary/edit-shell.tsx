import { t } from '../../utils/i18n';
import type { ComponentChildren, RefObject } from 'preact';

export interface EditShellProps {
  formRef: RefObject<HTMLFormElement>;
  /** Unique on the page: the title's id is `${prefix}-title`. */
  prefix: string;
  title: string;
  busy: boolean;
  problem: string | null;
  onSubmit(e: Event): void;
  onCancel(): void;
  children: ComponentChildren;
}

/**
 * What every diary edit form is around its fields: a form named by its title, Escape to cancel,
 * the problem said in words, Save and Cancel. Save is aria-disabled, not disabled, while it saves:
 * a disabled button would drop the focus to the page.
 */
export function EditShell({ formRef, prefix, title, busy, problem, onSubmit, onCancel, children }: EditShellProps) {
  return (
    <form
      ref={formRef}
      class="card stack diary-form"
      aria-labelledby={`${prefix}-title`}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <h3 id={`${prefix}-title`}>{title}</h3>
      {children}
      <p class="error status" role="alert">
        {problem ?? ''}
      </p>
      <div class="row">
        <button type="submit" class="btn btn-primary" aria-disabled={busy}>
          {t('diarySave')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('diaryCancel')}
        </button>
      </div>
    </form>
  );
}
