import { useState } from 'preact/hooks';
import { useNow } from '../common/use-stored';
import { t } from '../../utils/i18n';
import type { JSX } from 'preact';

const SECONDS = 20;

/** 20-20-20: look at something at least 20 feet (6 m) away for 20 seconds (docs/clinical-basis.md, "Eye break"). */
export function EyeBreak({ disabled, onDone }: { disabled?: boolean; onDone(): void }): JSX.Element {
  const [endsAt, setEndsAt] = useState<number | null>(null);
  // Ticks while the count runs, not after it (the tick that reaches the end stops it).
  const now = useNow(250, endsAt !== null && Date.now() < endsAt);
  const left = endsAt === null ? SECONDS : Math.min(SECONDS, Math.max(0, Math.ceil((endsAt - now) / 1000)));
  return (
    <div class="stack">
      <p>{t('eyesHow')}</p>
      {endsAt !== null && (
        <span class="countdown-value" role="timer" aria-atomic="true">
          {left > 0 ? t('stretchRemaining', String(left)) : t('eyesDone')}
        </span>
      )}
      <div class="row">
        {endsAt === null && (
          <button type="button" class="btn" disabled={disabled} onClick={() => setEndsAt(Date.now() + SECONDS * 1000)}>
            {t('eyesStart')}
          </button>
        )}
        <button type="button" class="btn btn-primary" disabled={disabled} onClick={onDone}>
          {t('stretchDone')}
        </button>
      </div>
    </div>
  );
}
