import { useState } from 'preact/hooks';
import { Group } from './fields';
import type { SetField } from './fields';
import { t } from '../../utils/i18n';
import { ownTagProblem } from '../../utils/core/settings/own-tags';
import { CONTEXT_TAGS } from '../../utils/core/content/context-tags';
import type { SettingsForm } from '../../utils/core/settings/form';

/**
 * Which context tags a rating offers after its score (docs/clinical-basis.md, "Context on a
 * rating"): Limber's own, each on or off, and the user's own, added and removed here.
 */
export function ContextGroup({ form, set }: { form: SettingsForm; set: SetField }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof ownTagProblem>>(null);
  const add = (): void => {
    const found = ownTagProblem(draft, form.ownTags);
    setProblem(found);
    if (found) return;
    set('ownTags', [...form.ownTags, draft.trim()]);
    setDraft('');
  };
  return (
    <Group id="context" title={t('optContext')} intro={t('optContextIntro')}>
      <fieldset class="stack">
        <legend>{t('optContextLimber')}</legend>
        <div class="row">
          {CONTEXT_TAGS.map((tag) => (
            <label key={tag} class="choice">
              <input
                type="checkbox"
                checked={form.contextTags.includes(tag)}
                onChange={() =>
                  set(
                    'contextTags',
                    CONTEXT_TAGS.filter((x) =>
                      x === tag ? !form.contextTags.includes(tag) : form.contextTags.includes(x),
                    ),
                  )
                }
              />
              {t(`ctx${tag}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="stack">
        <legend>{t('optContextOwn')}</legend>
        {form.ownTags.length > 0 ? (
          <ul class="own-tags">
            {form.ownTags.map((tag) => (
              <li key={tag}>
                <span>{tag}</span>
                <button
                  type="button"
                  class="btn btn-small"
                  aria-label={t('optContextRemoveN', tag)}
                  onClick={() =>
                    set(
                      'ownTags',
                      form.ownTags.filter((x) => x !== tag),
                    )
                  }
                >
                  {t('optContextRemove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('optContextNoOwn')}</p>
        )}
        <div class="field-row">
          <label for="own-tag">{t('optContextAddLabel')}</label>
          <div class="field-control">
            <span class="row">
              <input
                id="own-tag"
                type="text"
                value={draft}
                aria-invalid={problem ? 'true' : 'false'}
                aria-describedby={problem ? 'own-tag-error' : undefined}
                onInput={(e) => {
                  setDraft((e.target as HTMLInputElement).value);
                  setProblem(null);
                }}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  add();
                }}
              />
              <button type="button" class="btn btn-small" onClick={add}>
                {t('optContextAdd')}
              </button>
            </span>
            {problem && (
              <span id="own-tag-error" class="error field-error" role="alert">
                {t(problem.key, problem.subs)}
              </span>
            )}
          </div>
        </div>
      </fieldset>
    </Group>
  );
}
