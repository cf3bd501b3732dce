import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { ChoiceFigures, ImportDecision } from './use-import';

/**
 * Asked before an import changes anything stored: the file's entries that differ from the stored
 * ones, in words, and whether the file's versions replace them or the stored ones stay. Opens with
 * the focus on it (its name and text are read out); Escape cancels, importing nothing.
 */
export function ImportChoice({
  figures,
  busy,
  onChoose,
  onCancel,
}: {
  figures: ChoiceFigures;
  busy: boolean;
  onChoose(choice: ImportDecision): void;
  onCancel(): void;
}) {
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => group.current?.focus(), []);
  const f = figures;

  return (
    <fieldset
      ref={group}
      tabIndex={-1}
      class="card stack"
      aria-describedby="import-choice-text"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || busy) return;
        e.preventDefault();
        onCancel();
      }}
    >
      <legend>{t('importChoiceTitle')}</legend>
      <div id="import-choice-text">
        {(f.differ > 0 || f.exercisesDiffer === 0) && <p>{t('importChoiceDiffer', String(f.differ))}</p>}
        {f.exercisesDiffer > 0 && (
          <p>{t('importChoiceExercises', [String(f.exercisesDiffer), String(f.exercisesFresh)])}</p>
        )}
        {f.deletedHere > 0 && <p>{t('importChoiceDeletedHere', String(f.deletedHere))}</p>}
        {f.deletedInFile > 0 && <p>{t('importChoiceDeletedInFile', String(f.deletedInFile))}</p>}
        <p>{t('importChoiceRest', [String(f.fresh), String(f.same)])}</p>
        {f.unreadable > 0 && <p class="muted">{t('importChoiceUnreadable', String(f.unreadable))}</p>}
      </div>
      <div class="row">
        <button type="button" class="btn" disabled={busy} onClick={() => onChoose('replace')}>
          {t('importUseFile')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => onChoose('keep')}>
          {t('importKeepStored')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </fieldset>
  );
}
