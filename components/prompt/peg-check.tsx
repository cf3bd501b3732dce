import { useState } from 'preact/hooks';
import { RatingScale } from '../rating/rating-scale';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { JSX } from 'preact';

type Item = 'pain' | 'enjoyment' | 'activity';
const ITEMS: { item: Item; question: MessageKey; low: MessageKey; high: MessageKey }[] = [
  { item: 'pain', question: 'pegPain', low: 'pegPainLow', high: 'pegPainHigh' },
  { item: 'enjoyment', question: 'pegEnjoyment', low: 'pegInterfereLow', high: 'pegInterfereHigh' },
  { item: 'activity', question: 'pegActivity', low: 'pegInterfereLow', high: 'pegInterfereHigh' },
];

/**
 * The weekly PEG check (docs/clinical-basis.md, "Weekly PEG check"): three 0–10 questions about the
 * past week, saved together: three scales named "7 of 10", each with its item's own anchors.
 */
export function PegCheck({
  disabled,
  onSave,
}: {
  disabled?: boolean;
  onSave(answers: Record<Item, number>): void;
}): JSX.Element {
  const [answers, setAnswers] = useState<Partial<Record<Item, number>>>({});
  const complete = ITEMS.every(({ item }) => answers[item] !== undefined);
  return (
    <div class="stack">
      {ITEMS.map(({ item, question, low, high }) => (
        <div key={item} class="stack" style={{ gap: 'var(--space-1)' }}>
          <p id={`peg-${item}`} style={{ fontWeight: 600 }}>
            {t(question)}
          </p>
          <RatingScale
            questionId={`peg-${item}`}
            disabled={disabled}
            selected={answers[item] ?? null}
            anchors={[t(low), t(high)]}
            onRate={(score) => setAnswers((a) => ({ ...a, [item]: score }))}
          />
        </div>
      ))}
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={disabled || !complete}
          onClick={() => complete && onSave(answers as Record<Item, number>)}
        >
          {t('pegSave')}
        </button>
      </div>
    </div>
  );
}
