/**
 * The warning signs, in two tiers, as message keys (docs/clinical-basis.md, "Seek-help rules"):
 * what Limber shows right after a rating of 9–10, on the summary's and report's seek-help notice,
 * and on the "When to seek help" page. One list, so the three can never disagree.
 */
import type { MessageKey } from '../../utils/i18n';

export type SignTier = 'urgent' | 'soon';

export interface SignGroup {
  tier: SignTier;
  /** What to do, in words: the tier never rests on colour. */
  title: MessageKey;
  signs: readonly MessageKey[];
}

export const WARNING_SIGNS: readonly SignGroup[] = [
  {
    tier: 'urgent',
    title: 'safetyUrgentTitle',
    signs: ['safetyUrgentBladder', 'safetyUrgentNumb', 'safetyUrgentChest', 'safetyUrgentInjury', 'safetyUrgentFever'],
  },
  {
    tier: 'soon',
    title: 'safetySoonTitle',
    signs: [
      'safetySoonNight',
      'safetySoonRising',
      'safetySoonDaily',
      'safetySoonNotBetter',
      'safetySoonSwelling',
      'safetySoonStiffness',
    ],
  },
];
