import { useState } from 'preact/hooks';
import { RatingScale } from '../rating/rating-scale';
import { t } from '../../utils/i18n';
import { hasAnswer, STIFFNESS } from '../../utils/core/data/morning';
import type { MorningAnswers } from '../../utils/core/data/morning';
import type { JSX } from 'preact';

/**
 * The morning check (docs/clinical-basis.md, "Morning check"): sleep last night and fatigue now on
 * 0–10 scales (higher is worse on both, as for pain), and how long stiffness lasted after getting
 * up, in four bands. Any of the three may be left out; one Save stores what was answered.
 */
export function MorningCheck({
  disabled,
  onSave,
}: {
  disabled?: boolean;
  onSave(answers: MorningAnswers): void;
}): JSX.Element {
  const [answers, setAnswers] = useState<MorningAnswers>({});
  const set = (next: MorningAnswers): void => setAnswers((a) => ({ ...a, ...next }));
  return (
    <div class="stack">
      <p class="muted">{t('morningHint')}</p>
      <div class="stack" style={{ gap: 'var(--space-1)' }}>
        <p id="morning-sleep" class="item-question">
          {t('morningSleepQ')}
        </p>
        <RatingScale
          questionId="morning-sleep"
          disabled={disabled}
          selected={answers.sleep ?? null}
          anchors={[t('morningSleepLow'), t('morningSleepHigh')]}
          onRate={(sleep) => set({ sleep })}
        />
      </div>
      <fieldset class="choices" disabled={disabled}>
        <legend class="item-question">{t('morningStiffQ')}</legend>
        {STIFFNESS.map((s) => (
          <label key={s} class="choice">
            <input
              type="radio"
              name="morning-stiffness"
              checked={answers.stiffness === s}
              onChange={() => set({ stiffness: s })}
            />
            {t(`stiffOpt${s}`)}
          </label>
        ))}
      </fieldset>
      <div class="stack" style={{ gap: 'var(--space-1)' }}>
        <p id="morning-fatigue" class="item-question">
          {t('morningFatigueQ')}
        </p>
        <RatingScale
          questionId="morning-fatigue"
          disabled={disabled}
          selected={answers.fatigue ?? null}
          anchors={[t('morningFatigueLow'), t('morningFatigueHigh')]}
          onRate={(fatigue) => set({ fatigue })}
        />
      </div>
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
