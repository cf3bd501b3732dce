import { formatNumber, formatSigned } from '../../utils/format';
import { t } from '../../utils/i18n';
import { CHANGE_LABEL_KEY } from '../../utils/core/stats/clinical-change';
import type { Change } from '../../utils/core/stats/clinical-change';
import type { PeriodSummary } from '../../utils/core/stats/weekly-stats';

/** The week in four figures: pain, change from last week, breaks, posture. */
export function Overview({ summary, change }: { summary: PeriodSummary; change: Change | null }) {
  const { adherence, totals } = summary;
  const { breaks, posture } = totals;
  return (
    <div class="overview">
      <div class="stat card">
        <span class="stat-label">{t('statAveragePain')}</span>
        <span class="stat-value">{summary.pain ? formatNumber(summary.pain.avg) : '–'}</span>
        <span class="muted">
          {summary.pain
            ? t('statRange', [String(summary.pain.min), String(summary.pain.max), String(summary.pain.count)])
            : t('statNoRatings')}
        </span>
      </div>
      <div class="stat card">
        <span class="stat-label">{t('statVsLastWeek')}</span>
        <span class={`stat-value change-${change?.label ?? 'none'}`}>{change ? formatSigned(change.points) : '–'}</span>
        <span class="muted">
          {change
            ? `${change.percent === null ? '' : `${formatSigned(change.percent, 0)} % · `}${t(CHANGE_LABEL_KEY[change.label])}`
            : t('statNoComparison')}
        </span>
        <span class="muted">{t('higherIsWorse')}</span>
      </div>
      <div class="stat card">
        <span class="stat-label">{t('statBreaks')}</span>
        <span class="stat-value">{adherence.breaksTaken}</span>
        <span class="muted">
          {t('statBreaksDetail', [
            String(breaks.done),
            String(adherence.breaksOffered),
            String(breaks.natural),
            String(adherence.answered),
            String(adherence.shown),
          ])}
        </span>
      </div>
      <div class="stat card">
        <span class="stat-label">{t('statPosture')}</span>
        <span class="stat-value">{posture.answered}</span>
        <span class="muted">{t('statPostureDetail', String(posture.fixed))}</span>
      </div>
    </div>
  );
}
