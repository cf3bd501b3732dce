import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { digitReader, SCORES } from '../../utils/core/content/pain-scale';
import type { EarlyKeys } from './early-keys';
import './rating-scale.css';

export const RATING_READY_MARK = 'limber-rating-ready';

export interface RatingScaleProps {
  onRate(score: number): void;
  selected?: number | null;
  /**
   * Takes no answer (one is being saved, or the page is loading). Shown as aria-disabled, not
   * disabled: a disabled button loses focus to the page, and a keyboard user their place.
   */
  disabled?: boolean;
  compact?: boolean;
  /** Listen for digit keys on the whole page (the prompt window); off where other inputs exist. */
  digitKeys?: boolean;
  questionId: string;
  /** Words for 0 and 10; the pain rating's fixed anchors by default. */
  anchors?: [string, string];
  /** Where a prompt puts focus when it opens: the question and its answers, not a single answer. */
  focusTarget?: boolean;
  /** Digit keys the popup's first script read before this took over: a waiting "1", a score typed since. */
  earlyKeys?: EarlyKeys;
}

/**
 * The 0–10 Numeric Rating Scale: eleven large buttons named "7 of 10"; one click (or key) is the
 * answer. No bands ("mild", "moderate", "severe"): their cut points have no source that fits chronic
 * musculoskeletal pain (docs/clinical-basis.md, "Pain scale"). The colour only deepens with the
 * score (`--score`), without categories; the anchors name the ends.
 */
export function RatingScale({
  onRate,
  selected,
  disabled,
  compact,
  digitKeys,
  questionId,
  anchors,
  focusTarget,
  earlyKeys,
}: RatingScaleProps) {
  const onRateRef = useRef(onRate);
  onRateRef.current = onRate;
  // A typed "1" waiting for "0" (10) or Enter (1): shown, never settled by a timer.
  const [one, setOne] = useState(() => earlyKeys?.one ?? false);

  useEffect(() => {
    // For the benchmark: the first moment one-click rating is possible on this page.
    if (!disabled && performance.getEntriesByName(RATING_READY_MARK).length === 0) performance.mark(RATING_READY_MARK);
  }, [disabled]);

  // A layout effect: listening from the moment the buttons are on the page. An effect waits for a
  // paint, which a new or busy window delays, and a key typed meanwhile was lost.
  useLayoutEffect(() => {
    if (!digitKeys || disabled) return;
    const early = earlyKeys?.take();
    const reader = digitReader((score) => onRateRef.current(score), setOne, early?.one);
    if (early) {
      setOne(early.one);
      if (early.typed !== null) onRateRef.current(early.typed);
    }
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
  }, [digitKeys, disabled, earlyKeys]);

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
        // tabindex as the attribute's own name: Preact adopting the prompt's first-script markup keeps
        // it (tabIndex would remove and set it again, taking focus from the group for a moment).
        {...(focusTarget ? { tabindex: -1, 'data-prompt-focus': '' } : {})}
      >
        {SCORES.map((score) => (
          <button
            key={score}
            type="button"
            class="rating-btn"
            style={{ '--score': score }}
            aria-pressed={selected === score}
            data-pending={one && score === 1 ? '' : undefined}
            aria-label={t('scoreButtonLabel', String(score))}
            aria-disabled={disabled ? 'true' : undefined}
            onClick={() => {
              if (!disabled) onRate(score);
            }}
          >
            {score}
          </button>
        ))}
      </div>
      <p class="rating-pending" aria-live="polite">
        {one ? t('ratingPendingOne') : ''}
      </p>
      <div class="rating-anchors muted" id={`${questionId}-anchors`}>
        <span>{anchors?.[0] ?? t('painAnchorLow')}</span>
        <span>{anchors?.[1] ?? t('painAnchorHigh')}</span>
      </div>
    </div>
  );
}
