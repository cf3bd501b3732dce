import { t } from '../../utils/i18n';
import type { JSX } from 'preact';

/** The water reminder (docs/clinical-basis.md, "Water reminder"): one line, and Done. */
export function WaterBreak({ disabled, onDone }: { disabled?: boolean; onDone(): void }): JSX.Element {
  return (
    <div class="stack">
      <p>{t('waterHow')}</p>
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={disabled} onClick={onDone}>
          {t('stretchDone')}
        </button>
      </div>
    </div>
  );
}
