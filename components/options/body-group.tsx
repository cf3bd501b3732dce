import { Group } from './fields';
import type { SetField } from './fields';
import { t } from '../../utils/i18n';
import { REGIONS } from '../../utils/core/content/regions';
import { STRETCHES } from '../../utils/core/content/stretches';
import type { MessageKey } from '../../utils/i18n';
import type { SettingsForm } from '../../utils/core/settings/form';

/** Which body regions the rating offers, and the stretches the user likes or wants hidden. */
export function BodyGroup({ form, set }: { form: SettingsForm; set: SetField }) {
  const toggle = (list: string[], id: string): string[] =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
  return (
    <>
      <Group id="regions" title={t('optRegions')} intro={t('optRegionsIntro')}>
        <div class="row">
          {REGIONS.map((r) => (
            <label key={r} class="choice">
              <input
                type="checkbox"
                checked={form.regions.includes(r)}
                onChange={() =>
                  set(
                    'regions',
                    REGIONS.filter((x) => (x === r ? !form.regions.includes(r) : form.regions.includes(x))),
                  )
                }
              />
              {t(`region${r}` as MessageKey)}
            </label>
          ))}
        </div>
      </Group>
      <Group id="stretches" title={t('optStretches')} intro={t('optStretchesIntro')}>
        <ul class="stretch-options">
          {STRETCHES.map((s) => {
            const name = t(s.name);
            const fav = form.favourites.includes(s.id);
            const hidden = form.hidden.includes(s.id);
            return (
              <li key={s.id} class={hidden ? 'is-hidden' : undefined}>
                <span>
                  <strong>{name}</strong> <span class="muted">· {t(`area${s.area}` as MessageKey)}</span>
                </span>
                <span class="row">
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-pressed={fav}
                    aria-label={t('optFavouriteN', name)}
                    onClick={() => {
                      set('favourites', toggle(form.favourites, s.id));
                      if (hidden) set('hidden', toggle(form.hidden, s.id));
                    }}
                  >
                    {fav ? '★ ' : '☆ '}
                    {t('optFavourite')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-pressed={hidden}
                    aria-label={t('optHideN', name)}
                    onClick={() => {
                      set('hidden', toggle(form.hidden, s.id));
                      if (fav) set('favourites', toggle(form.favourites, s.id));
                    }}
                  >
                    {t('optHide')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </Group>
    </>
  );
}
