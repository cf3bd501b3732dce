import { t } from '../../utils/i18n';

/**
 * A name to print on the report, for the clinician's file. Never stored or sent: the box keeps
 * what is typed only while the page is open (no state, no storage, no address, no form to submit,
 * no autocomplete), and on paper an empty box is a line to write the name on.
 */
export function NameField() {
  return (
    <label class="report-name">
      <span class="no-print">{t('reportNameLabel')}</span>
      <span class="print-only" aria-hidden="true">
        {t('reportNamePrinted')}
      </span>
      <input type="text" autocomplete="off" spellcheck={false} />
    </label>
  );
}
