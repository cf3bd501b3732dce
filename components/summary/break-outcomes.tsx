import { t } from '../../utils/i18n';
import type { JSX } from 'preact';
import type { MessageKey } from '../../utils/i18n';
import type { BreakOutcome, BreakOutcomes } from '../../utils/core/stats/adherence';

/**
 * Stretch breaks by what happened, in the order shown: a break marked done without its guide is
 * never shown as a guided one (docs/clinical-basis.md, "Stretch break").
 */
export const OUTCOME_ROWS: readonly { outcome: BreakOutcome; label: MessageKey }[] = [
  { outcome: 'guided', label: 'adherenceGuided' },
  { outcome: 'started', label: 'adherenceStarted' },
  { outcome: 'unguided', label: 'adherenceUnguided' },
  { outcome: 'natural', label: 'adherenceNatural' },
  { outcome: 'snoozed', label: 'adherenceSnoozed' },
  { outcome: 'skipped', label: 'adherenceSkipped' },
  { outcome: 'missed', label: 'adherenceMissed' },
];

/** One line for the printed report: the outcomes that happened, or that there were none. */
export function breakOutcomesLine(breaks: BreakOutcomes): string {
  const items = OUTCOME_ROWS.filter((r) => breaks[r.outcome] > 0).map((r) =>
    t('adherenceItem', [t(r.label), String(breaks[r.outcome])]),
  );
  return items.length ? t('adherenceBreaksLine', items.join(' · ')) : t('adherenceNoBreaks');
}

/** Every outcome with its count, zeros included: none missed says something too. */
export function BreakOutcomesTable({ breaks }: { breaks: BreakOutcomes }): JSX.Element {
  return (
    <table class="data-table">
      <caption class="visually-hidden">{t('adherenceCaption')}</caption>
      <tbody>
        {OUTCOME_ROWS.map((r) => (
          <tr key={r.outcome}>
            <th scope="row">{t(r.label)}</th>
            <td>{breaks[r.outcome]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
