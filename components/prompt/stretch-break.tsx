import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { Stretch } from '../../utils/core/content/stretches';
import type { JSX } from 'preact';

export interface StretchBreakProps {
  stretches: readonly Stretch[];
  disabled?: boolean;
  /** `seconds` is how long the guided stretches ran; undefined when the user did not start them. */
  onDone(seconds: number | undefined): void;
}

type Phase = { step: 'ready' } | { step: 'running'; index: number; endsAt: number } | { step: 'finished' };

/** A guided break: each stretch held for its time with a visible countdown. Done is always allowed. */
export function StretchBreak({ stretches, disabled, onDone }: StretchBreakProps): JSX.Element {
  const [phase, setPhase] = useState<Phase>({ step: 'ready' });
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (phase.step !== 'running') return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [phase.step]);

  // checked on each tick of the countdown clock (`now`); the phase only changes through advance() itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    if (phase.step === 'running' && now >= phase.endsAt) advance();
  }, [now]);

  const begin = (index: number): void => {
    const s = stretches[index];
    if (!s) {
      setPhase({ step: 'finished' });
      return;
    }
    const at = Date.now();
    setNow(at);
    setPhase({ step: 'running', index, endsAt: at + s.seconds * 1000 });
  };
  const advance = (): void => {
    if (phase.step === 'running') begin(phase.index + 1);
  };
  const start = (): void => {
    setStartedAt(Date.now());
    begin(0);
  };
  const done = (): void => {
    onDone(startedAt === null ? undefined : Math.round((Date.now() - startedAt) / 1000));
  };

  const current = phase.step === 'running' ? phase.index : -1;
  const left = phase.step === 'running' ? Math.max(0, Math.ceil((phase.endsAt - now) / 1000)) : 0;

  return (
    <div class="stack">
      <p class="muted">{t('stretchIntro')}</p>
      <ol class="stretch-list">
        {stretches.map((s, i) => (
          <li
            key={s.id}
            class={i === current ? 'stretch current' : 'stretch'}
            aria-current={i === current ? 'step' : undefined}
          >
            <strong>{t(s.name)}</strong>
            <span class="muted"> · {t('stretchForArea', t(`area${s.area}` as MessageKey))}</span>
            {(i === current || phase.step === 'ready') && <p class="stretch-how">{t(s.how)}</p>}
          </li>
        ))}
      </ol>
      {phase.step === 'running' && (
        <div class="countdown">
          <span class="muted">{t('stretchProgress', [String(current + 1), String(stretches.length)])}</span>
          <span class="countdown-value" role="timer" aria-atomic="true">
            {t('stretchRemaining', String(left))}
          </span>
          <progress max={stretches[current]?.seconds ?? 30} value={(stretches[current]?.seconds ?? 30) - left} />
        </div>
      )}
      {phase.step === 'finished' && <p role="status">{t('stretchAllDone')}</p>}
      <div class="row">
        {phase.step === 'ready' && (
          <button type="button" class="btn btn-primary" disabled={disabled} onClick={start}>
            {t('stretchStart')}
          </button>
        )}
        {phase.step === 'running' && (
          <button type="button" class="btn" disabled={disabled} onClick={advance}>
            {t('stretchNext')}
          </button>
        )}
        <button
          type="button"
          class={phase.step === 'ready' ? 'btn' : 'btn btn-primary'}
          disabled={disabled}
          onClick={done}
        >
          {t('stretchDone')}
        </button>
      </div>
    </div>
  );
}
