import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { SeekHelpReason } from '../../utils/core/stats/seek-help';

const REASON_KEY: Record<SeekHelpReason, MessageKey> = {
  veryHighRating: 'seekHelpVeryHigh',
  risingForWeeks: 'seekHelpRising',
  highForThreeWeeks: 'seekHelpHigh',
};

/**
 * A calm suggestion to see a clinician, with the warning signs (docs/clinical-basis.md,
 * "Seek-help rules"). Never a diagnosis.
 */
export function SeekHelpNotice({ reasons }: { reasons: readonly SeekHelpReason[] }) {
  if (!reasons.length) return null;
  return (
    <section class="notice" aria-labelledby="seek-help-title">
      <h2 id="seek-help-title">{t('seekHelpTitle')}</h2>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{t(REASON_KEY[r])}</li>
        ))}
      </ul>
      <p>{t('seekHelpAdvice')}</p>
      <p>{t('seekHelpSigns')}</p>
    </section>
  );
}
