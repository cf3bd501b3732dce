import { t } from '../../utils/i18n';
import { POSTURE_ITEMS } from '../../utils/core/content/posture';
import type { JSX } from 'preact';

export interface PostureCheckProps {
  item: number;
  disabled?: boolean;
  onAnswer(answer: 'fixed' | 'good'): void;
}

/** One OSHA checklist item; two one-click answers (docs/clinical-basis.md, "Posture check"). */
export function PostureCheck({ item, disabled, onAnswer }: PostureCheckProps): JSX.Element {
  const entry = POSTURE_ITEMS[item % POSTURE_ITEMS.length]!;
  return (
    <div class="stack">
      <div>
        <p style={{ fontWeight: 600, fontSize: 'var(--text-l)' }}>{t(entry.title)}</p>
        <p style={{ color: 'var(--c-text-muted)' }}>{t(entry.detail)}</p>
      </div>
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={disabled} onClick={() => onAnswer('fixed')}>
          {t('postureFixed')}
        </button>
        <button type="button" class="btn" disabled={disabled} onClick={() => onAnswer('good')}>
          {t('postureGood')}
        </button>
      </div>
    </div>
  );
}
