import { browser } from 'wxt/browser';
import { WarningSigns } from '../../components/safety/warning-signs';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';

/** The seek-help rules in the words the page uses (docs/clinical-basis.md, "Seek-help rules"). */
const CHECKS: readonly MessageKey[] = [
  'helpCheckVeryHigh',
  'helpCheckRising',
  'helpCheckHigh',
  'helpCheckPeg',
  'helpCheckStiffness',
];

/**
 * "When to seek help": the warning signs in their two tiers, what Limber watches for and when it
 * suggests a clinician, and the report to take along. Reached from the popup, the summary and the
 * notice after a rating of 9–10; static text, nothing read or stored.
 */
export function HelpApp() {
  return (
    <main class="help">
      <header>
        <h1>{t('helpTitle')}</h1>
        <p>{t('helpLead')}</p>
      </header>

      <section class="card" aria-labelledby="help-signs-title">
        <h2 id="help-signs-title">{t('helpSignsTitle')}</h2>
        <WarningSigns idPrefix="help-signs" />
      </section>

      <section class="card" aria-labelledby="help-checks-title">
        <h2 id="help-checks-title">{t('helpChecksTitle')}</h2>
        <p>{t('helpChecksIntro')}</p>
        <ul>
          {CHECKS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p>{t('helpChecksNote')}</p>
      </section>

      <section class="card" aria-labelledby="help-report-title">
        <h2 id="help-report-title">{t('helpReportTitle')}</h2>
        <p>{t('helpReport')}</p>
        <button
          type="button"
          class="btn"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') })}
        >
          {t('popupSummary')}
        </button>
      </section>

      <p class="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
