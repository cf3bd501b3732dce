/**
 * Prompts held while the user was busy (meetings, calls, fullscreen), on the summary and in the
 * report, only when there were any: so a week full of meetings reads as such, and its held prompts
 * never as missed ones (docs/clinical-basis.md, "Weekly summary and clinician report").
 */
import { t } from '../../utils/i18n';
import { HOLD_REASONS } from '../../utils/core/data/hold-reason';
import { formatDuration, holdReasonText } from '../common/hold-words';
import type { HoldFigures } from '../../utils/core/stats/holds';

/**
 * "Prompts held: 6 during meetings, calls or fullscreen (4 h 10 min in all; 5 shown after, 1 no
 * longer relevant)"; null when nothing was held.
 */
export function holdsLine(h: HoldFigures): string | null {
  if (!h.holds) return null;
  return t('holdsLine', [String(h.held), formatDuration(h.totalMs), String(h.shown), String(h.dropped)]);
}

/** "Times held: 4, the longest 1 h 30 min — a meeting: 3 · a tab playing sound: 1", the most often first. */
export function holdsDetail(h: HoldFigures): string {
  const reasons = HOLD_REASONS.filter((r) => h.byReason[r] > 0)
    .sort((a, b) => h.byReason[b] - h.byReason[a])
    .map((r) => t('adherenceItem', [holdReasonText(r), String(h.byReason[r])]))
    .join(' · ');
  return t('holdsDetail', [String(h.holds), formatDuration(h.longestMs), reasons]);
}

/** The summary's part about held prompts: nothing when none was held. */
export function HoldsPanel({ holds }: { holds: HoldFigures }) {
  const line = holdsLine(holds);
  if (!line) return null;
  return (
    <section class="card stack" aria-labelledby="holds-title">
      <h2 id="holds-title">{t('holdsTitle')}</h2>
      <p>{line}</p>
      <p class="muted">{holdsDetail(holds)}</p>
      <p class="muted">{t('holdsHint')}</p>
    </section>
  );
}
