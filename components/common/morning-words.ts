/** A morning check's answers in words, for the diary and a prompt that says what was stored. */
import { t } from '../../utils/i18n';
import type { MorningAnswers } from '../../utils/core/data/morning';

/** "sleep 4 of 10 (10 = worst), stiffness 30–60 min, fatigue 5 of 10": the answers given. */
export function morningText(r: MorningAnswers): string {
  const parts = [
    ...(r.sleep !== undefined ? [t('morningSleepValue', String(r.sleep))] : []),
    ...(r.stiffness !== undefined ? [t(`stiffness${r.stiffness}`)] : []),
    ...(r.fatigue !== undefined ? [t('morningFatigueValue', String(r.fatigue))] : []),
  ];
  return parts.join(', ');
}
