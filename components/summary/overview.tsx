import { formatNumber, formatSigned } from '../../utils/format';
import { t } from '../../utils/i18n';
import { BreakOutcomesTable } from './break-outcomes';
import { CHANGE_LABEL_KEY, MIN_DAYS, MIN_RATINGS, POINTS_BELOW } from '../../utils/core/stats/clinical-change';
import type { Change } from '../../utils/core/stats/clinical-change';
import type { PeriodSummary } from '../../utils/core/stats/weekly-stats';

/** Which way a change went, for its colour; words carry the meaning, never the colour alone. */
export function changeDirection(change: Change | null): 'none' | 'same' | 'better' | 'worse' {
  if (!change) return 'none';
  if (change.label === 'same' || change.label === 'notEnough' || change.points === 0) return 'same';
  return change.points < 0 ? 'better' : 'worse';
}

/**
 * The words under a change figure, on the summary and in the report: the percentage and label,
 * the averages and the ratings behind them, why there is no verdict or why points decided it,
 * "higher = worse", and where the thresholds come from (docs/clinical-basis.md,
 * "Clinical-change thresholds").
 */
export function ChangeLines({ change }: { change: Change | null }) {
  const data = change?.data;
  return (
    <>
      <span class="change-verdict">
        {change
          ? `${change.percent === null ? '' : `${formatSigned(change.percent, 0)} % · `}${t(CHANGE_LABEL_KEY[change.label])}`
          : t('statNoComparison')}
      </span>
      {change && data && (
        <span class="muted">
          {t('changeData', [
            formatNumber(change.before),
            String(data.before.ratings),
            String(data.before.days),
            formatNumber(change.after),
            String(data.after.ratings),
            String(data.after.days),
          ])}
        </span>
      )}
      {(!change || change.label === 'notEnough') && (
        <span class="muted">{t('changeNeeds', [String(MIN_RATINGS), String(MIN_DAYS)])}</span>
      )}
      {change && change.label !== 'notEnough' && change.basis === 'points' && (
        <span class="muted">{t('changeByPoints', formatNumber(POINTS_BELOW))}</span>
      )}
      <span class="muted">{t('higherIsWorse')}</span>
      <span class="muted">{t('changeCaveat')}</span>
    </>
  );
}

/** The week in four figures: pain, change from last week (with what it rests on), breaks, posture. */
export function Overview({ summary, change }: { summary: PeriodSummary; change: Change | null }) {
  const { adherence, totals } = summary;
  const { posture } = totals;
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
      <div class="stat card change-card">
        <span class="stat-label">{t('statVsLastWeek')}</span>
        <span class={`stat-value change-${changeDirection(change)}`}>{change ? formatSigned(change.points) : '–'}</span>
        <ChangeLines change={change} />
      </div>
      <div class="stat card">
        <span class="stat-label">{t('statBreaks')}</span>
        <span class="stat-value">{adherence.breaksTaken}</span>
        <span class="muted">{t('adherenceTakenHint')}</span>
        <BreakOutcomesTable breaks={adherence.breaks} />
        <span class="muted">{t('adherencePrompts', [String(adherence.answered), String(adherence.shown)])}</span>
      </div>
      <div class="stat card">
        <span class="stat-label">{t('statPosture')}</span>
        <span class="stat-value">{posture.answered}</span>
        <span class="muted">{t('statPostureDetail', String(posture.fixed))}</span>
      </div>
    </div>
  );
}
