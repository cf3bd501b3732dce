import type { JSX, RefObject } from 'preact';
import { useUndoWindow } from './use-undo-window';
import { formatTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { SavedRatingControl } from './use-saved-rating';
import './saved-rating.css';

export interface SavedRatingProps {
  control: SavedRatingControl;
  /** The scale this rating was given on: focus goes back there after an Undo. */
  scale: RefObject<HTMLElement>;
  /** Whether another score on that scale changes this rating (the prompt), or is another rating (the popup). */
  changeable?: boolean;
}

/**
 * Under the scale, right after it in tab order: what was saved ("Saved: 8 at 11:02.") with an Undo
 * for about ten seconds and, where it does, a hint that another score changes it; after an Undo, that nothing was
 * saved. The line is a status region, so both are announced.
 */
export function SavedRating({ control, scale, changeable = true }: SavedRatingProps): JSX.Element {
  const { rating, takenBack, error } = control;
  const live = rating && !takenBack ? rating : null;
  const undo = useUndoWindow(live ? `${live.id}@${live.at}` : null);

  const takeBack = async (): Promise<void> => {
    if (!live) return;
    // The Undo button goes: focus returns to the scale, on the score just taken back.
    if (await control.undo()) scale.current?.querySelectorAll<HTMLButtonElement>('.rating-btn')[live.score]?.focus();
  };

  return (
    <div class="saved-rating">
      <div class="row">
        <p role="status" class="status muted">
          {live
            ? t('ratingSaved', [String(live.score), formatTime(live.at, Date.now())])
            : takenBack
              ? t(control.deletedElsewhere ? 'undoDeletedElsewhere' : 'undoTakenBack')
              : ''}
        </p>
        {live && undo.open && (
          <button
            type="button"
            class="btn btn-small"
            aria-label={t('undoLabel', String(live.score))}
            {...undo.hold}
            onClick={() => void takeBack()}
          >
            {t('undo')}
          </button>
        )}
      </div>
      {live && changeable && <p class="muted">{t('undoChangeHint')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
