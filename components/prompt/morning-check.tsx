import { useState } from 'preact/hooks';
import { MorningFields } from '../common/morning-fields';
import { t } from '../../utils/i18n';
import { hasAnswer } from '../../utils/core/data/morning';
import type { MorningAnswers } from '../../utils/core/data/morning';
import type { JSX } from 'preact';

/** The morning check in a prompt: its questions (any may be left out), and one Save for what was answered. */
export function MorningCheck({
  disabled,
  onSave,
}: {
  disabled?: boolean;
  onSave(answers: MorningAnswers): void;
}): JSX.Element {
  const [answers, setAnswers] = useState<MorningAnswers>({});
  return (
    <div class="stack">
      <p class="muted">{t('morningHint')}</p>
      <MorningFields
        idPrefix="morning"
        answers={answers}
        disabled={disabled}
        onChange={(patch) => setAnswers((a) => ({ ...a, ...patch }))}
      />
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={disabled || !hasAnswer(answers)}
          onClick={() => hasAnswer(answers) && onSave(answers)}
        >
          {t('morningSave')}
        </button>
      </div>
    </div>
  );
}
