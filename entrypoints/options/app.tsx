import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { KeptAsideNotice } from '../../components/common/kept-aside-notice';
import { BehaviourGroup } from '../../components/options/behaviour-group';
import { BodyGroup } from '../../components/options/body-group';
import { ContextGroup } from '../../components/options/context-group';
import { ExercisesGroup } from '../../components/options/exercises-group';
import { DataGroup } from '../../components/options/data-group';
import { HoldGroup } from '../../components/options/hold-group';
import { PromptsGroup } from '../../components/options/prompts-group';
import { ShortcutsGroup } from '../../components/options/shortcuts-group';
import { useSettingsDraft } from '../../components/options/use-settings-draft';
import { WorkGroup } from '../../components/options/work-group';
import { t } from '../../utils/i18n';
import { fromForm } from '../../utils/core/settings/form';
import { userError } from '../../utils/user-error';
import type { SettingsForm } from '../../utils/core/settings/form';

/** Saves at most every this often while typing: storage.sync allows 120 writes a minute. */
const SAVE_DELAY_MS = 500;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; where: 'sync' | 'local' }
  | { kind: 'invalid' }
  | { kind: 'deleted' }
  | { kind: 'error'; text: string };

/**
 * Every setting, grouped; each field checked as typed; valid changes saved and applied at once.
 * Only what the user changed here is written, onto the settings as stored then: another settings
 * page or the welcome page may be open too, and fields not changed here show what they saved.
 */
export function OptionsApp(): JSX.Element {
  const draft = useSettingsDraft();
  const { loaded, form, base } = draft;
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  /** The user changed something not yet on its way to storage. */
  const dirty = useRef(false);
  /** Bumped when all data is deleted: a save begun before then must not touch the fresh state. */
  const generation = useRef(0);
  // The effect below needs the latest save, not the one of the render that scheduled it.
  const saveDraft = useRef(draft.save);
  saveDraft.current = draft.save;

  const ready = form !== null;
  useEffect(() => {
    // For the benchmark: the form is on screen.
    if (ready) requestAnimationFrame(() => performance.mark('limber-options-ready'));
  }, [ready]);

  /** Everything was deleted: what is stored now (the defaults) replaces the form, and saves start from it. */
  const onDeleted = (): void => {
    generation.current += 1;
    dirty.current = false;
    void draft.reload().then(() => setSave({ kind: 'deleted' }));
  };

  const result = useMemo(() => (form && base ? fromForm(form, base) : null), [form, base]);

  useEffect(() => {
    if (!result || !dirty.current) return;
    if (!result.settings) {
      setSave({ kind: 'invalid' });
      return;
    }
    const gen = generation.current;
    const id = setTimeout(() => {
      if (gen !== generation.current) return;
      dirty.current = false;
      setSave({ kind: 'saving' });
      saveDraft
        .current()
        .then((r) => {
          if (gen === generation.current) setSave(r.kind === 'saved' ? r : { kind: 'invalid' });
        })
        .catch((err) => {
          if (gen === generation.current) setSave({ kind: 'error', text: userError(err) });
        });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(id);
  }, [result]);

  if (draft.loadError)
    return (
      <main class="options">
        <p class="error" role="alert">
          {draft.loadError}
        </p>
      </main>
    );
  if (!form || !loaded || !result)
    return (
      <main class="options">
        <p>{t('loading')}</p>
      </main>
    );
  const errors = result.errors;
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => {
    dirty.current = true;
    draft.set(key, value);
  };
  const errorCount = Object.keys(errors).length;

  return (
    <main class="options">
      <header>
        <h1>{t('optTitle')}</h1>
        <div class="row">
          <button
            type="button"
            class="btn"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
          >
            {t('optOpenWelcome')}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') })}
          >
            {t('popupSummary')}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/diary.html') })}
          >
            {t('diaryTitle')}
          </button>
        </div>
      </header>

      {!loaded.ok && (
        <div class="notice" role="alert">
          <h2>{t('optUnreadableTitle')}</h2>
          <p>{t('optUnreadableText')}</p>
          <ul>
            {loaded.issues.slice(0, 5).map((i) => (
              <li key={i}>
                <code>{i}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <KeptAsideNotice />
      {loaded.where === 'local' && (
        <p class="banner" role="status">
          {t('optSyncOff')}
        </p>
      )}

      <div class="save-status banner" role="status" aria-live="polite">
        {save.kind === 'idle' && t('optAutoSave')}
        {save.kind === 'saving' && t('optSaving')}
        {save.kind === 'saved' && (save.where === 'sync' ? t('optSavedSync') : t('optSavedLocal'))}
        {save.kind === 'invalid' && t('optInvalid', String(errorCount))}
        {save.kind === 'error' && save.text}
        {save.kind === 'deleted' && t('optDeletedFresh')}
      </div>

      <nav class="options-nav" aria-label={t('optSections')}>
        {[
          ['prompts', 'optPrompts'],
          ['work', 'optWork'],
          ['snooze', 'optSnoozeIdle'],
          ['delivery', 'optDelivery'],
          ['hold', 'optHold'],
          ['regions', 'optRegions'],
          ['stretches', 'optStretches'],
          ['exercises', 'optExercises'],
          ['context', 'optContext'],
          ['shortcuts', 'optShortcuts'],
          ['data', 'dataTitle'],
        ].map(([id, key]) => (
          <a key={id} href={`#${id}`}>
            {t(key as Parameters<typeof t>[0])}
          </a>
        ))}
      </nav>

      <PromptsGroup form={form} errors={errors} set={set} />
      <WorkGroup form={form} errors={errors} set={set} />
      <BehaviourGroup form={form} errors={errors} set={set} />
      <HoldGroup form={form} set={set} />
      <BodyGroup form={form} set={set} />
      <ExercisesGroup form={form} set={set} />
      <ContextGroup form={form} set={set} />
      <ShortcutsGroup />
      <DataGroup weekStart={form.weekStart === '0' ? 0 : 1} onDeleted={onDeleted} />

      <p class="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
