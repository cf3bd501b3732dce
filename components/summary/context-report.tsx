import { formatList, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { ContextSummary } from '../../utils/core/stats/context-summary';

/**
 * The report's lines on the morning checks and the tags used most (docs/clinical-basis.md,
 * "Weekly summary and clinician report"), one `part` at a time (the page puts them in two cards);
 * nothing when the period has none.
 */
export function ContextReport({ context, part }: { context: ContextSummary; part: 'morning' | 'tags' }) {
  const morning = [
    t('reportMorningChecks', String(context.checks)),
    ...(context.sleepAvg !== null ? [t('reportSleepAvg', formatNumber(context.sleepAvg))] : []),
    ...(context.stiffnessAnswered
      ? [t('reportStiffness', [String(context.longStiffness), String(context.stiffnessAnswered)])]
      : []),
    ...(context.fatigueAvg !== null ? [t('reportFatigueAvg', formatNumber(context.fatigueAvg))] : []),
  ];
  const tags = context.tags.map(({ tag, ratings }) =>
    t('reportTagCount', [tag.kind === 'tag' ? t(`ctx${tag.tag}`) : tag.tag, String(ratings)]),
  );
  if (part === 'morning') return context.checks > 0 ? <p class="muted">{morning.join(' · ')}</p> : null;
  return tags.length > 0 ? <p class="muted">{t('reportTags', formatList(tags))}</p> : null;
}
