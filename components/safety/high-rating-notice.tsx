import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { isVeryHigh } from '../../utils/core/stats/very-high';
import { t } from '../../utils/i18n';
import { openHelp } from './open-help';
import { WarningSigns } from './warning-signs';
import './safety.css';

export interface HighRatingNoticeProps {
  /** The rating just saved here; null when there is none or it was taken back. Shown for 9–10. */
  rating: { id: string; score: number } | null;
  /** The notice's heading level: one below the heading of where it sits. */
  level?: 2 | 3 | 4;
  /**
   * Where focus goes once "Hide" removes the notice (the scale the rating was given on), so it is
   * not dropped to the page. The notice never takes focus from the scale when it appears.
   */
  onHidden?(): void;
  /**
   * Focus the notice's heading when it appears, instead of announcing it: for the diary's forms,
   * where the control that had focus (Save) is gone once the rating is saved.
   */
  focusHeading?: boolean;
  /** Whether it has its own "Hide" (the diary's forms close with the form instead). */
  hideable?: boolean;
  /** Controls after its own, such as the diary form's Close. */
  children?: ComponentChildren;
}

/**
 * Right after a rating of 9 or 10: a calm notice with the warning signs in two tiers and a way to
 * the "When to seek help" page (docs/clinical-basis.md, "Seek-help rules"). Never a diagnosis.
 * It appears at once under the saved line, after the Undo in tab order; a status line, there
 * before the notice, announces it politely, so a screen reader hears it without losing its place
 * on the scale (where a misclicked 10 is changed or undone). Hidden, it stays hidden for that
 * rating; a new rating of 9–10 shows it again.
 */
export function HighRatingNotice({
  rating,
  level = 2,
  onHidden,
  focusHeading = false,
  hideable = true,
  children,
}: HighRatingNoticeProps): JSX.Element {
  const [hiddenFor, setHiddenFor] = useState<string | null>(null);
  const id = `safety-${useId()}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = rating !== null && isVeryHigh(rating.score) && hiddenFor !== rating.id;
  const Heading = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4';

  useEffect(() => {
    if (shown && focusHeading) heading.current?.focus();
  }, [shown, focusHeading]);

  return (
    <div class="safety-slot">
      {!focusHeading && (
        <p role="status" class="visually-hidden">
          {shown ? t('safetyAnnounce', String(rating.score)) : ''}
        </p>
      )}
      {shown && (
        <section class="safety-notice stack" aria-labelledby={id}>
          <Heading id={id} ref={heading} tabIndex={-1}>
            {t('safetyNoticeTitle', String(rating.score))}
          </Heading>
          <p>{t('safetyNoticeLead')}</p>
          <WarningSigns idPrefix={id} level={(level + 1) as 3 | 4 | 5} />
          <p>{t('safetyNoticeNone')}</p>
          <div class="row">
            <button type="button" class="btn btn-small" onClick={() => void openHelp()}>
              {t('helpTitle')}
            </button>
            {hideable && (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => {
                  setHiddenFor(rating.id);
                  onHidden?.();
                }}
              >
                {t('safetyHide')}
              </button>
            )}
            {children}
          </div>
        </section>
      )}
    </div>
  );
}
