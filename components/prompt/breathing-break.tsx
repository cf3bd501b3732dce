import { useState } from 'preact/hooks';
import { useNow } from '../common/use-stored';
import { t } from '../../utils/i18n';
import { BREATHING_MS, breathPhase } from '../../utils/core/content/breathing';
import type { JSX } from 'preact';

/**
 * A one-minute paced-breathing break (docs/clinical-basis.md, "Breathing break"): in for 4 s, out
 * for 6 s. The phase is said in words (announced when it changes) and counted down; a circle grows
 * and shrinks with it, and holds still where the system asks for reduced motion (the stepping bar
 * and the words carry it then). Done reports the seconds it ran.
 */
export function BreathingBreak({
  disabled,
  onDone,
}: {
  disabled?: boolean;
  onDone(seconds?: number): void;
}): JSX.Element {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  // Ticks while the guide runs, not after its minute (the tick that passes the end stops it).
  const now = useNow(250, startedAt !== null && Date.now() - startedAt < BREATHING_MS);
  const elapsed = startedAt === null ? 0 : Math.min(BREATHING_MS, Math.max(0, now - startedAt));
  const over = startedAt !== null && elapsed >= BREATHING_MS;
  const p = breathPhase(elapsed);
  const left = Math.ceil((BREATHING_MS - elapsed) / 1000);
  return (
    <div class="stack">
      <p>{t('breathingHow')}</p>
      {startedAt !== null && (
        <div class="breathing" data-phase={over ? 'done' : p.phase}>
          <div class="breathing-circle" aria-hidden="true" />
          {/* Announced when the phase changes, not every second: the count is beside it, unannounced. */}
          <p class="breathing-phase" role="status">
            {over ? t('breathingOver') : t(p.phase === 'in' ? 'breathingIn' : 'breathingOut')}
          </p>
          {!over && (
            <p class="countdown-value" aria-hidden="true">
              {p.secondsLeft}
            </p>
          )}
          <progress max={BREATHING_MS / 1000} value={Math.floor(elapsed / 1000)} aria-label={t('breathingProgress')} />
          {!over && (
            <span class="muted" role="timer" aria-live="off">
              {t('stretchRemaining', String(left))}
            </span>
          )}
        </div>
      )}
      <div class="row">
        {startedAt === null && (
          <button type="button" class="btn" disabled={disabled} onClick={() => setStartedAt(Date.now())}>
            {t('breathingStart')}
          </button>
        )}
        <button
          type="button"
          class="btn btn-primary"
          disabled={disabled}
          onClick={() => onDone(startedAt === null ? undefined : Math.round(elapsed / 1000))}
        >
          {t('stretchDone')}
        </button>
      </div>
    </div>
  );
}
