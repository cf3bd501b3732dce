import { useState } from 'preact/hooks';
import { Group, Toggle } from './fields';
import type { SetField } from './fields';
import { ExerciseForm } from './exercise-form';
import { useStored } from '../common/use-stored';
import { formatList } from '../../utils/format';
import { t } from '../../utils/i18n';
import { OWN_EXERCISES_MAX } from '../../utils/core/content/own-exercises';
import { loadExercises, watchExercises } from '../../utils/storage/exercises';
import { saveExercises } from '../../utils/storage/save-exercises';
import type { OwnExercise } from '../../utils/core/content/own-exercises';
import type { SettingsForm } from '../../utils/core/settings/form';

/**
 * The user's own exercises (docs/clinical-basis.md, "Your own exercises"): listed with their
 * regions and hold, each a favourite or not, edited or removed; added with a form; and the choice
 * to use them alone. Kept in storage.local, saved as each change is made.
 */
export function ExercisesGroup({ form, set }: { form: SettingsForm; set: SetField }) {
  const list = useStored(loadExercises, watchExercises) ?? [];
  const [editing, setEditing] = useState<OwnExercise | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const store = async (next: OwnExercise[], said: string): Promise<void> => {
    await saveExercises(next);
    setStatus(said);
  };
  const remove = async (e: OwnExercise): Promise<void> => {
    await store(
      list.filter((x) => x.id !== e.id),
      t('exerciseRemoved', e.name),
    );
    if (form.favourites.includes(e.id))
      set(
        'favourites',
        form.favourites.filter((id) => id !== e.id),
      );
  };
  return (
    <Group id="exercises" title={t('optExercises')} intro={t('optExercisesIntro')}>
      {list.length ? (
        <ul class="stretch-options">
          {list.map((e) => {
            const fav = form.favourites.includes(e.id);
            return (
              <li key={e.id}>
                <span>
                  <strong>{e.name}</strong>{' '}
                  <span class="muted">
                    · {formatList(e.regions.map((r) => t(`region${r}`)))} · {t('stretchSeconds', String(e.holdSec))}
                  </span>
                </span>
                <span class="row">
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-pressed={fav}
                    aria-label={t('optFavouriteN', e.name)}
                    onClick={() =>
                      set('favourites', fav ? form.favourites.filter((id) => id !== e.id) : [...form.favourites, e.id])
                    }
                  >
                    {fav ? '★ ' : '☆ '}
                    {t('optFavourite')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-label={t('exerciseEditN', e.name)}
                    onClick={() => setEditing(e)}
                  >
                    {t('exerciseEdit')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-label={t('exerciseRemoveN', e.name)}
                    onClick={() => void remove(e)}
                  >
                    {t('optContextRemove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t('exercisesNone')}</p>
      )}
      <p class="muted" role="status">
        {status}
      </p>
      {editing ? (
        <ExerciseForm
          key={editing === 'new' ? 'new' : editing.id}
          exercise={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSave={async (e) => {
            const exists = list.some((x) => x.id === e.id);
            await store(exists ? list.map((x) => (x.id === e.id ? e : x)) : [...list, e], t('exerciseSaved', e.name));
            setEditing(null);
          }}
        />
      ) : (
        <div class="row">
          <button
            type="button"
            class="btn"
            disabled={list.length >= OWN_EXERCISES_MAX}
            onClick={() => setEditing('new')}
          >
            {t('exerciseAdd')}
          </button>
          {list.length >= OWN_EXERCISES_MAX && (
            <span class="muted">{t('exercisesFull', String(OWN_EXERCISES_MAX))}</span>
          )}
        </div>
      )}
      <Toggle id="onlyOwn" label={t('optOnlyOwn')} checked={form.onlyOwn} onChange={(v) => set('onlyOwn', v)} />
    </Group>
  );
}
