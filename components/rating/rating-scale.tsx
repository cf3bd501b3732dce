import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { bandOf, digitReader, SCORES } from '../../utils/core/content/pain-scale';
import type { MessageKey } from '../../utils/i18n';
import type { Band } from '../../utils/core/content/pain-scale';
import './rating-scale.css';

export const RATING_READY_MARK = 'limber-rating-ready';

/** A button without a band: one neutral colour for every score. */
const PLAIN = { background: 'var(--c-surface-2)' };

const BAND_KEY: Record<Band, MessageKey> = {
  none: 'bandNone',
  mild: 'bandMild',
  moderate: 'bandModerate',
  severe: 'bandSevere',
};

export interface RatingScaleProps {
  onRate(score: number): void;
  selected?: number | null;
  disabled?: boolean;
  compact?: boolean;
  /** Listen for digit keys on the whole page (the prompt window); off where other inputs exist. */
  digitKeys?: boolean;
  questionId: string;
  /** Words for 0 and 10; the pain rating's fixed anchors by default. */
  anchors?: [string, string];
  /** Where a prompt puts focus when it opens: the question and its answers, not a single answer. */
  focusTarget?: boolean;
  /**
   * The pain bands (colours, "7, severe" in each button's name, the legend); on by default. Off for
   * questions that are not pain right now, such as the weekly check's interference items
   * (docs/clinical-basis.md, "Weekly PEG check"): plain buttons named "7 of 10".
   */
  bands?: boolean;
}

/** The 0–10 Numeric Rating Scale: eleven large buttons; one click (or key) is the answer. */
export function RatingScale({
  onRate,
  selected,
  disabled,
  compact,
  digitKeys,
  questionId,
  anchors,
  focusTarget,
  bands = true,
}: RatingScaleProps) {
  const onRateRef = useRef(onRate);
  onRateRef.current = onRate;
  // A typed "1" waiting for "0" (10) or Enter (1): shown, never settled by a timer.
  const [one, setOne] = useState(false);

  useEffect(() => {
    // For the benchmark: the first moment one-click rating is possible on this page.
    if (!disabled && performance.getEntriesByName(RATING_READY_MARK).length === 0) performance.mark(RATING_READY_MARK);
  }, [disabled]);

  useEffect(() => {
    if (!digitKeys || disabled) return;
    const reader = digitReader((score) => onRateRef.current(score), setOne);
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, textarea, select')) return;
      // Handled keys do nothing else (Enter does not also press the focused button).
      if (reader.key(e.key)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      setOne(false);
    };
  }, [digitKeys, disabled]);

  return (
    <div>
      {/* A fieldset would need a legend and resets its own layout; role=group named by */}
      {/* aria-labelledby reads the same to assistive technology (axe-checked). */}
      {/* biome-ignore lint/a11y/useSemanticElements: see the comment above. */}
      <div
        class={compact ? 'rating-scale compact' : 'rating-scale'}
        role="group"
        aria-labelledby={questionId}
        aria-describedby={`${questionId}-anchors`}
        {...(focusTarget ? { tabIndex: -1, 'data-prompt-focus': '' } : {})}
      >
        {SCORES.map((score) => {
          const band = bandOf(score);
          return (
            <button
              key={score}
              type="button"
              class="rating-btn"
              data-band={bands ? band : undefined}
              style={bands ? undefined : PLAIN}
              aria-pressed={selected === score}
              data-pending={one && score === 1 ? '' : undefined}
              aria-label={
                bands ? t('ratingButtonLabel', [String(score), t(BAND_KEY[band])]) : t('pegButtonLabel', String(score))
              }
              disabled={disabled}
              onClick={() => onRate(score)}
            >
              {score}
            </button>
          );
        })}
      </div>
      <p class="rating-pending" aria-live="polite">
        {one ? t('ratingPendingOne') : ''}
      </p>
      <div class="rating-anchors muted" id={`${questionId}-anchors`}>
        <span>{anchors?.[0] ?? t('painAnchorLow')}</span>
        <span>{anchors?.[1] ?? t('painAnchorHigh')}</span>
      </div>
      {bands && !compact && !anchors && (
        <div class="rating-bands muted">
          <span>1–3 {t('bandMild')}</span>
          <span>4–6 {t('bandModerate')}</span>
          <span>7–10 {t('bandSevere')}</span>
        </div>
      )}
    </div>
  );
}
