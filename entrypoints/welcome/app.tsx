import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Toggle } from '../../components/options/fields';
import { WorkGroup } from '../../components/options/work-group';
import { RatingScale } from '../../components/rating-scale';
import { formatClock, formatList, formatTime, locale } from '../../utils/format';
import { t } from '../../utils/i18n';
import { dispatch } from '../../utils/messaging';
import { fromForm, toForm } from '../../utils/settings-form';
import { loadSettings, saveSettings } from '../../utils/settings-store';
import { localeWeekStart } from '../../utils/week-info';
import type { MessageKey } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import type { SettingsForm } from '../../utils/settings-form';

type Save = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'error'; text: string };

const PERMISSIONS: [string, MessageKey][] = [
  ['alarms', 'welPermAlarms'],
  ['storage', 'welPermStorage'],
  ['idle', 'welPermIdle'],
  ['notifications', 'welPermNotifications'],
];

/**
 * The first-run page: what Limber does and does not do, the work day and the prompts to start
 * with, why each permission is asked for, and a first pain rating as a baseline. Reachable again
 * from the settings page; on a later visit it shows the settings as they are.
 */
export function WelcomeApp() {
  const [base, setBase] = useState<Settings | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const [baseline, setBaseline] = useState<{ score: number; at: number } | null>(null);
  const [rateError, setRateError] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => {
      const f = toForm(s.settings);
      // Not yet chosen: start the week where calendars in the user's language start it.
      if (!s.saved) f.weekStart = String(localeWeekStart(locale())) as '0' | '1';
      setBase(s.settings);
      setForm(f);
    });
  }, []);

  const result = useMemo(() => (form && base ? fromForm(form, base) : null), [form, base]);
  if (!form || !base || !result) return <main class="welcome"><p>{t('loading')}</p></main>;

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => {
    setForm((f) => (f ? { ...f, [key]: value } : f));
    setSave((s) => (s.kind === 'saved' || s.kind === 'invalid' ? { kind: 'idle' } : s));
  };

  const start = async (): Promise<void> => {
    if (!result.settings) {
      setSave({ kind: 'invalid', count: Object.keys(result.errors).length });
      return;
    }
    setSave({ kind: 'saving' });
    try {
      await saveSettings(result.settings);
      setBase(result.settings);
      setSave({ kind: 'saved' });
    } catch (err) {
      setSave({ kind: 'error', text: String((err as Error).message ?? err) });
    }
  };

  const rate = async (score: number): Promise<void> => {
    setRateError(null);
    try {
      await dispatch({ type: 'rate', id: crypto.randomUUID(), score, source: 'manual' });
      setBaseline({ score, at: Date.now() });
    } catch (err) {
      setRateError(String((err as Error).message ?? err));
    }
  };

  const prompts: { key: 'postureOn' | 'stretchOn' | 'painOn' | 'eyesOn'; label: MessageKey; text: string }[] = [
    { key: 'postureOn', label: 'kindposture', text: t('welPosture', form.postureMin) },
    { key: 'stretchOn', label: 'kindstretch', text: t('welStretch', form.stretchEveryMin) },
    { key: 'painOn', label: 'kindpain', text: t('welPain', formatList(form.painTimes.filter((x) => /^\d\d:\d\d$/.test(x)).map(formatClock))) },
    { key: 'eyesOn', label: 'kindeyes', text: t('welEyes', form.eyesMin) },
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
        <h2 id="about-title" class="visually-hidden">{t('welAboutTitle')}</h2>
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

      <WorkGroup form={form} errors={result.errors} set={set} />

      <section class="card stack options-group" aria-labelledby="start-prompts-title" id="start-prompts">
        <h2 id="start-prompts-title">{t('welPromptsTitle')}</h2>
        <p class="muted">{t('welPromptsIntro')}</p>
        <ul class="welcome-prompts">
          {prompts.map((p) => (
            <li key={p.key}>
              <Toggle id={`wel-${p.key}`} label={t(p.label)} checked={form[p.key]} onChange={(v) => set(p.key, v)} />
              <span class="muted">{p.text}</span>
            </li>
          ))}
        </ul>
      </section>

      <section class="card stack" aria-labelledby="baseline-q">
        <h2>{t('welBaselineTitle')}</h2>
        <p class="muted">{t('welBaselineIntro')}</p>
        <p id="baseline-q" class="question">{t('painQuestion')}</p>
        <RatingScale questionId="baseline-q" selected={baseline?.score ?? null} onRate={(s) => void rate(s)} />
        <p role="status" class="muted">
          {baseline ? t('ratingSaved', [String(baseline.score), formatTime(baseline.at, Date.now())]) : ''}
        </p>
        {rateError && <p class="error" role="alert">{t('errorGeneric', rateError)}</p>}
      </section>

      <section class="card stack" aria-labelledby="perm-title">
        <h2 id="perm-title">{t('welPermTitle')}</h2>
        <dl class="permissions">
          {PERMISSIONS.map(([name, key]) => (
            <div key={name}>
              <dt><code>{name}</code></dt>
              <dd>{t(key)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('welPermNone')}</p>
      </section>

      <section class="card welcome-start" aria-labelledby="start-title">
        <h2 id="start-title" class="visually-hidden">{t('welStart')}</h2>
        <button type="button" class="btn btn-primary btn-large" disabled={save.kind === 'saving'} onClick={() => void start()}>
          {t('welStart')}
        </button>
        <div role="status" aria-live="polite">
          {save.kind === 'saved' && <p class="welcome-done">{t('welSaved')}</p>}
          {save.kind === 'saving' && <p>{t('optSaving')}</p>}
        </div>
        {save.kind === 'invalid' && <p class="error" role="alert">{t('welInvalid', String(save.count))}</p>}
        {save.kind === 'error' && <p class="error" role="alert">{t('errorGeneric', save.text)}</p>}
        {save.kind === 'saved' && (
          <div class="row">
            <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>{t('openSettings')}</button>
            <button type="button" class="btn" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') })}>{t('popupSummary')}</button>
          </div>
        )}
      </section>

      <p class="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
