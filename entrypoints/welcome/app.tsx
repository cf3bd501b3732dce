import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Toggle } from '../../components/options/fields';
import { useSettingsDraft } from '../../components/options/use-settings-draft';
import { WorkGroup } from '../../components/options/work-group';
import { RatingScale } from '../../components/rating/rating-scale';
import { formatClock, formatList, formatTime, locale } from '../../utils/format';
import { t } from '../../utils/i18n';
import { useDispatch } from '../../components/common/use-dispatch';
import { PERMISSION_REASONS } from '../../utils/core/content/permissions';
import { fromForm, toForm } from '../../utils/core/settings/form';
import { localeWeekStart } from '../../utils/core/time/week-info';
import { userError } from '../../utils/user-error';
import type { MessageKey } from '../../utils/i18n';
import type { SettingsForm } from '../../utils/core/settings/form';
import type { StoredSettings } from '../../utils/storage/settings';

type Save =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; where: 'sync' | 'local' }
  | { kind: 'invalid'; count: number }
  | { kind: 'elsewhere' }
  | { kind: 'error'; text: string };

/** The fields this page shows; the others are the settings page's, and this page never changes them. */
const SHOWN = [
  'days',
  'ranges',
  'weekStart',
  'postureOn',
  'stretchOn',
  'painOn',
  'eyesOn',
  'morningOn',
] as const satisfies readonly (keyof SettingsForm)[];
const isShownError = (field: string): boolean => SHOWN.some((k) => field === k || field.startsWith(`${k}.`));

/** The form first shown: the settings as stored, and, if never saved, the week starting where the user's calendars start it. */
function firstForm(s: StoredSettings): SettingsForm {
  const f = toForm(s.settings);
  if (!s.saved) f.weekStart = String(localeWeekStart(locale())) as '0' | '1';
  return f;
}

function painText(times: string[]): string {
  const valid = times.filter((x) => /^\d\d:\d\d$/.test(x));
  return valid.length > 0 ? t('welPain', formatList(valid.map(formatClock))) : t('welPainNoTimes');
}

/**
 * The first-run page: what Limber does and does not do, the work day and the prompts to start
 * with, why each permission is asked for, and a first pain rating as a baseline. Reachable again
 * from the settings page; on a later visit it shows the settings as they are, and follows what a
 * settings page open at the same time saves. "Start" writes only what was changed here.
 */
export function WelcomeApp() {
  const draft = useSettingsDraft(firstForm);
  const { form, base } = draft;
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const [baseline, setBaseline] = useState<{ score: number; at: number } | null>(null);
  const rating = useDispatch();

  // Only this page's fields are marked here; the rest belong to the settings page.
  const errors = useMemo(() => {
    if (!form || !base) return {};
    const all = fromForm(form, base).errors;
    return Object.fromEntries(Object.entries(all).filter(([field]) => isShownError(field)));
  }, [form, base]);

  if (draft.loadError)
    return (
      <main class="welcome">
        <p class="error" role="alert">
          {draft.loadError}
        </p>
      </main>
    );
  if (!form || !base)
    return (
      <main class="welcome">
        <p>{t('loading')}</p>
      </main>
    );

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => {
    draft.set(key, value);
    setSave((s) => (s.kind === 'saving' ? s : { kind: 'idle' }));
  };

  const start = async (): Promise<void> => {
    if (save.kind === 'saving') return;
    setSave({ kind: 'saving' });
    try {
      const r = await draft.save();
      if (r.kind === 'saved') {
        setSave(r);
        return;
      }
      const shown = Object.keys(r.errors).filter(isShownError).length;
      setSave(shown > 0 ? { kind: 'invalid', count: shown } : { kind: 'elsewhere' });
    } catch (err) {
      setSave({ kind: 'error', text: userError(err) });
    }
  };

  // One baseline: the scale is answered once (later ratings go through the popup or prompts).
  const rate = async (score: number): Promise<void> => {
    if (rating.busy || baseline) return;
    if (await rating.dispatch({ type: 'rate', id: crypto.randomUUID(), score, source: 'manual' }))
      setBaseline({ score, at: Date.now() });
  };

  const prompts: {
    key: 'postureOn' | 'stretchOn' | 'painOn' | 'eyesOn' | 'morningOn';
    label: MessageKey;
    text: string;
  }[] = [
    { key: 'postureOn', label: 'kindposture', text: t('welPosture', form.postureMin) },
    { key: 'stretchOn', label: 'kindstretch', text: t('welStretch', form.stretchEveryMin) },
    { key: 'painOn', label: 'kindpain', text: painText(form.painTimes) },
    { key: 'eyesOn', label: 'kindeyes', text: t('welEyes', form.eyesMin) },
    { key: 'morningOn', label: 'kindmorning', text: t('welMorning') },
  ];

  return (
    <main class="welcome">
      <header class="welcome-hero">
        <img src="/icon/128.png" width={64} height={64} alt="" />
        <div>
          <h1>{t('welTitle')}</h1>
          <p class="lead">{t('welLead')}</p>
        </div>
      </header>

      <section class="card welcome-about" aria-labelledby="about-title">
        <h2 id="about-title" class="visually-hidden">
          {t('welAboutTitle')}
        </h2>
        <div>
          <h3>{t('welDoesTitle')}</h3>
          <ul class="check-list">
            <li>{t('welDoes1')}</li>
            <li>{t('welDoes2')}</li>
            <li>{t('welDoes3')}</li>
          </ul>
        </div>
        <div>
          <h3>{t('welNotTitle')}</h3>
          <ul class="cross-list">
            <li>{t('welNot1')}</li>
            <li>{t('welNot2')}</li>
          </ul>
        </div>
      </section>

      <WorkGroup form={form} errors={errors} set={set} />

      <section class="card stack options-group" aria-labelledby="start-prompts-title" id="start-prompts">
        <h2 id="start-prompts-title">{t('welPromptsTitle')}</h2>
        <p class="muted">{t('welPromptsIntro')}</p>
        <ul class="welcome-prompts">
          {prompts.map((p) => (
            <li key={p.key}>
              <Toggle
                id={`wel-${p.key}`}
                label={t(p.label)}
                describedBy={`wel-${p.key}-text`}
                checked={form[p.key]}
                onChange={(v) => set(p.key, v)}
              />
              <span class="muted" id={`wel-${p.key}-text`}>
                {p.text}
              </span>
            </li>
          ))}
        </ul>
        <p class="muted">{t('welHolds')}</p>
      </section>

      <section class="card stack" aria-labelledby="baseline-title">
        <h2 id="baseline-title">{t('welBaselineTitle')}</h2>
        <p class="muted">{t('welBaselineIntro')}</p>
        <p id="baseline-q" class="question">
          {t('painQuestion')}
        </p>
        <RatingScale
          questionId="baseline-q"
          selected={baseline?.score ?? null}
          disabled={rating.busy || baseline !== null}
          onRate={(s) => void rate(s)}
        />
        <p role="status" class="muted">
          {baseline ? t('ratingSaved', [String(baseline.score), formatTime(baseline.at, Date.now())]) : ''}
        </p>
        {rating.error && (
          <p class="error" role="alert">
            {rating.error}
          </p>
        )}
      </section>

      <section class="card stack" aria-labelledby="perm-title">
        <h2 id="perm-title">{t('welPermTitle')}</h2>
        <dl class="permissions">
          {PERMISSION_REASONS.map(([name, key]) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{t(key)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('welPermNone')}</p>
      </section>

      <section class="card welcome-start" aria-labelledby="start-title">
        <h2 id="start-title" class="visually-hidden">
          {t('welStart')}
        </h2>
        {/* Not disabled while saving: a disabled button would drop keyboard focus to the page. */}
        <button
          type="button"
          class="btn btn-primary btn-large"
          aria-disabled={save.kind === 'saving'}
          onClick={() => void start()}
        >
          {t('welStart')}
        </button>
        <div role="status" aria-live="polite">
          {save.kind === 'saved' && <p class="welcome-done">{t('welSaved')}</p>}
          {save.kind === 'saved' && save.where === 'local' && <p>{t('welSavedLocal')}</p>}
          {save.kind === 'saving' && <p>{t('optSaving')}</p>}
        </div>
        {save.kind === 'invalid' && (
          <p class="error" role="alert">
            {t('welInvalid', String(save.count))}
          </p>
        )}
        {save.kind === 'elsewhere' && (
          <p class="error" role="alert">
            {t('welInvalidElsewhere')}
          </p>
        )}
        {save.kind === 'error' && (
          <p class="error" role="alert">
            {save.text}
          </p>
        )}
        {(save.kind === 'saved' || save.kind === 'elsewhere') && (
          <div class="row">
            <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('openSettings')}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') })}
            >
              {t('popupSummary')}
            </button>
          </div>
        )}
      </section>

      <p class="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
