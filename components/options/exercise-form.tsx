import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from './fields';
import {
  EXERCISE_HOW_MAX,
  HOLD_MAX_SEC,
  HOLD_MIN_SEC,
  PICTURE_MAX_KB,
  PICTURE_TYPES,
} from '../../utils/core/content/own-exercises';
import { exerciseFrom, exerciseProblems, pictureProblem } from '../../utils/core/content/exercise-draft';
import { REGIONS } from '../../utils/core/content/regions';
import type { OwnExercise } from '../../utils/core/content/own-exercises';
import type { ExerciseDraft, ExerciseField } from '../../utils/core/content/exercise-draft';

const draftOf = (e: OwnExercise | null): ExerciseDraft =>
  e
    ? {
        name: e.name,
        how: e.how,
        regions: [...e.regions],
        holdSec: String(e.holdSec),
        gentle: e.gentle,
        picture: e.picture,
      }
    : { name: '', how: '', regions: [], holdSec: '30', gentle: true };

/**
 * Adding or editing one of the user's own exercises: checked when saved, each problem said at its
 * field, nothing typed lost; a picture read here, refused with a reason if too big or not an image.
 */
export function ExerciseForm({
  exercise,
  onSave,
  onCancel,
}: {
  exercise: OwnExercise | null;
  onSave(e: OwnExercise): Promise<void>;
  onCancel(): void;
}) {
  const [d, setD] = useState<ExerciseDraft>(() => draftOf(exercise));
  const [shown, setShown] = useState<ReturnType<typeof exerciseProblems>>({});
  const [pictureError, setPictureError] = useState<string>('');
  const [saveError, setSaveError] = useState('');
  const set = (next: Partial<ExerciseDraft>): void => setD((x) => ({ ...x, ...next }));
  const idFor = (f: ExerciseField) => `exercise-${f}`;
  const invalid = (f: ExerciseField): { 'aria-invalid': boolean; 'aria-describedby'?: string } =>
    shown[f] ? { 'aria-invalid': true, 'aria-describedby': `${idFor(f)}-error` } : { 'aria-invalid': false };
  const error = (f: ExerciseField) =>
    shown[f] && (
      <span id={`${idFor(f)}-error`} class="error field-error" role="alert">
        {errorText(shown[f])}
      </span>
    );

  const pick = (file: File | undefined): void => {
    setPictureError('');
    if (!file) return;
    const problem = pictureProblem(file.type, file.size);
    if (problem) {
      setPictureError(t(problem.key, 'subs' in problem ? problem.subs : undefined));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => set({ picture: String(reader.result) });
    reader.onerror = () => setPictureError(t('errPictureRead'));
    reader.readAsDataURL(file);
  };

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const problems = exerciseProblems(d);
    setShown(problems);
    if (Object.keys(problems).length) return;
    try {
      await onSave(exerciseFrom(d, exercise?.id ?? `own-${crypto.randomUUID()}`));
    } catch {
      setSaveError(t('errExerciseSave'));
    }
  };

  return (
    <form class="stack exercise-form" onSubmit={save} aria-labelledby="exercise-form-title" noValidate>
      <h3 id="exercise-form-title">{exercise ? t('exerciseEditTitle', exercise.name) : t('exerciseAddTitle')}</h3>
      <div class="field-row">
        <label for={idFor('name')}>{t('exerciseName')}</label>
        <div class="field-control">
          <input
            id={idFor('name')}
            type="text"
            value={d.name}
            {...invalid('name')}
            onInput={(e) => set({ name: (e.target as HTMLInputElement).value })}
          />
          {error('name')}
        </div>
      </div>
      <div class="field-row">
        <label for={idFor('how')}>{t('exerciseHow')}</label>
        <div class="field-control">
          <textarea
            id={idFor('how')}
            rows={3}
            value={d.how}
            {...invalid('how')}
            onInput={(e) => set({ how: (e.target as HTMLTextAreaElement).value })}
          />
          <span class="muted">{t('exerciseHowHint', String(EXERCISE_HOW_MAX))}</span>
          {error('how')}
        </div>
      </div>
      <fieldset class="stack" {...invalid('regions')}>
        <legend>{t('exerciseRegions')}</legend>
        <div class="row">
          {REGIONS.map((r) => (
            <label key={r} class="choice">
              <input
                type="checkbox"
                checked={d.regions.includes(r)}
                onChange={() =>
                  set({ regions: d.regions.includes(r) ? d.regions.filter((x) => x !== r) : [...d.regions, r] })
                }
              />
              {t(`region${r}`)}
            </label>
          ))}
        </div>
        {error('regions')}
      </fieldset>
      <div class="field-row">
        <label for={idFor('holdSec')}>{t('exerciseHold')}</label>
        <div class="field-control">
          <span class="unit-input">
            <input
              id={idFor('holdSec')}
              type="number"
              inputMode="numeric"
              min={HOLD_MIN_SEC}
              max={HOLD_MAX_SEC}
              value={d.holdSec}
              {...invalid('holdSec')}
              onInput={(e) => set({ holdSec: (e.target as HTMLInputElement).value })}
            />
            <span>{t('unitSec')}</span>
          </span>
          {error('holdSec')}
        </div>
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={d.gentle}
          onChange={(e) => set({ gentle: (e.target as HTMLInputElement).checked })}
        />
        {t('exerciseGentle')}
      </label>
      <div class="field-row">
        <label for="exercise-picture">{t('exercisePicture')}</label>
        <div class="field-control">
          <input
            id="exercise-picture"
            type="file"
            accept={PICTURE_TYPES.join(',')}
            aria-describedby="exercise-picture-hint"
            onChange={(e) => pick((e.target as HTMLInputElement).files?.[0])}
          />
          <span id="exercise-picture-hint" class="muted">
            {t('exercisePictureHint', String(PICTURE_MAX_KB))}
          </span>
          {pictureError && (
            <span class="error field-error" role="alert">
              {pictureError}
            </span>
          )}
          {d.picture && (
            <span class="row">
              <img class="exercise-thumb" src={d.picture} alt={t('ownPictureAlt', d.name || t('exerciseName'))} />
              <button type="button" class="btn btn-small" onClick={() => set({ picture: undefined })}>
                {t('exercisePictureRemove')}
              </button>
            </span>
          )}
        </div>
      </div>
      <div class="row">
        <button type="submit" class="btn btn-primary">
          {t('exerciseSave')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('optCancel')}
        </button>
        {saveError && (
          <span class="error" role="alert">
            {saveError}
          </span>
        )}
      </div>
    </form>
  );
}
