import { WarningSigns } from '../safety/warning-signs';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { SeekHelpReason } from '../../utils/core/stats/seek-help';

const REASON_KEY: Record<SeekHelpReason, MessageKey> = {
  veryHighRating: 'seekHelpVeryHigh',
  risingForWeeks: 'seekHelpRising',
  highForThreeWeeks: 'seekHelpHigh',
  interferesWithLife: 'seekHelpInterference',
  longMorningStiffness: 'seekHelpStiffness',
};

/**
 * A calm suggestion to see a clinician, with why and the warning signs in their two tiers
 * (docs/clinical-basis.md, "Seek-help rules"). Never a diagnosis. On paper the signs run on as
 * lines (components/safety/safety.css), so the report keeps to its page.
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
      <p class="seek-help-advice">{t('seekHelpAdvice')}</p>
      <WarningSigns idPrefix="seek-help" />
    </section>
  );
}
