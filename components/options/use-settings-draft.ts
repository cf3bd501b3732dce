import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { toForm } from '../../utils/core/settings/form';
import { mergeEdits, rebaseForm } from '../../utils/core/settings/merge';
import { loadSettings, updateSettings, watchSettings } from '../../utils/storage/settings';
import { userError } from '../../utils/user-error';
import type { FormErrors, SettingsForm } from '../../utils/core/settings/form';
import type { Settings } from '../../utils/core/settings/settings';
import type { StoredSettings } from '../../utils/storage/settings';
import type { SetField } from './fields';

/** The settings the form was last moved onto, and the form: those settings plus the user's edits. */
interface Draft {
  base: Settings;
  form: SettingsForm;
}

export type DraftSaved = { kind: 'saved'; where: 'sync' | 'local' } | { kind: 'invalid'; errors: FormErrors };

export interface SettingsDraft {
  /** The settings as last read (readable or not, where they live); null until loaded. */
  loaded: StoredSettings | null;
  base: Settings | null;
  form: SettingsForm | null;
  /** Why the settings could not be read, in plain words. */
  loadError: string | null;
  set: SetField;
  /**
   * Writes the user's edits, and only those, onto the settings as stored now. Throws when storage
   * refuses (the caller says so with `userError`).
   */
  save(): Promise<DraftSaved>;
  /** Drops every edit and shows the settings as stored (after all data was deleted). */
  reload(): Promise<void>;
}

/**
 * A settings form that follows what other pages save: a field the user has not changed shows the
 * stored value as soon as it changes; a field the user changed (even half typed) stays as typed.
 * `first` makes the form shown on first load (the welcome page proposes a first day of the week).
 */
export function useSettingsDraft(first?: (s: StoredSettings) => SettingsForm): SettingsDraft {
  const [loaded, setLoaded] = useState<StoredSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const latest = useRef<Draft | null>(null);
  latest.current = draft;
  const firstForm = useRef(first);

  /** Moves the form onto `s`, keeping the user's edits. */
  const follow = useCallback((s: StoredSettings): void => {
    setLoaded(s);
    setDraft((d) => (d ? { base: s.settings, form: rebaseForm(d.form, d.base, s.settings) } : d));
  }, []);

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => {
        if (!live) return;
        setLoaded(s);
        setDraft({ base: s.settings, form: firstForm.current?.(s) ?? toForm(s.settings) });
      },
      (err: unknown) => live && setLoadError(userError(err)),
    );
    const stop = watchSettings((s) => live && follow(s));
    return () => {
      live = false;
      stop();
    };
  }, [follow]);

  const set = useCallback<SetField>((key, value) => {
    setDraft((d) => (d ? { ...d, form: { ...d.form, [key]: value } } : d));
  }, []);

  const save = async (): Promise<DraftSaved> => {
    const d = latest.current;
    if (!d) throw new Error('settings not loaded yet');
    let errors: FormErrors = {};
    const r = await updateSettings((current) => {
      const merged = mergeEdits(current.settings, d.base, d.form);
      errors = merged.errors;
      return merged.settings;
    });
    // Onto what is stored now; anything typed while saving stays on top.
    follow(r.stored);
    return Object.keys(errors).length > 0 ? { kind: 'invalid', errors } : { kind: 'saved', where: r.stored.where };
  };

  const reload = async (): Promise<void> => {
    const s = await loadSettings();
    setLoaded(s);
    setDraft({ base: s.settings, form: toForm(s.settings) });
  };

  return { loaded, base: draft?.base ?? null, form: draft?.form ?? null, loadError, set, save, reload };
}
