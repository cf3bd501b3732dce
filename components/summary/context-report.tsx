import { formatList, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { ContextSummary } from '../../utils/core/stats/context-summary';

/**
 * The report's line on the period's morning checks (docs/clinical-basis.md, "Weekly summary and
 * clinician report"): how many, the sleep and fatigue means, the mornings stiff 30 min or more;
 * nothing when the period has none.
 */
export function MorningReport({ context }: { context: ContextSummary }) {
  if (context.checks === 0) return null;
  const parts = [
    t('reportMorningChecks', String(context.checks)),
    ...(context.sleepAvg !== null ? [t('reportSleepAvg', formatNumber(context.sleepAvg))] : []),
    ...(context.stiffnessAnswered
      ? [t('reportStiffness', [String(context.longStiffness), String(context.stiffnessAnswered)])]
      : []),
    ...(context.fatigueAvg !== null ? [t('reportFatigueAvg', formatNumber(context.fatigueAvg))] : []),
  ];
  return <p class="muted">{parts.join(' · ')}</p>;
}

/** The report's line on the context tags used most, with their counts; nothing when none was used. */
export function TagsReport({ context }: { context: ContextSummary }) {
  if (context.tags.length === 0) return null;
  const tags = context.tags.map(({ tag, ratings }) =>
    t('reportTagCount', [tag.kind === 'tag' ? t(`ctx${tag.tag}`) : tag.tag, String(ratings)]),
  );
  return <p class="muted">{t('reportTags', formatList(tags))}</p>;
}
