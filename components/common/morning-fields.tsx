import { RatingScale } from '../rating/rating-scale';
import { t } from '../../utils/i18n';
import { STIFFNESS } from '../../utils/core/data/morning';
import type { MorningAnswers } from '../../utils/core/data/morning';
import type { ComponentChildren, JSX } from 'preact';

export type MorningItem = keyof MorningAnswers;

export interface MorningFieldsProps {
  answers: MorningAnswers;
  /** One item answered: its new value. */
  onChange(patch: MorningAnswers): void;
  disabled?: boolean;
  /** Unique on the page: the questions' ids and the radio group's name start with it. */
  idPrefix: string;
  /**
   * What goes beside each question (the diary's "Not answered" or Clear). Each item's part of the
   * form carries `data-item`, so a page can find its first choice.
   */
  itemState?: (item: MorningItem, question: string) => ComponentChildren;
}

/**
 * The morning check's three questions (docs/clinical-basis.md, "Morning check"): sleep last night
 * and fatigue now on 0–10 scales (higher is worse on both, as for pain), and how long stiffness
 * lasted after getting up, in four bands. Shared by the prompt and the diary's edit form.
 */
export function MorningFields({ answers, onChange, disabled, idPrefix, itemState }: MorningFieldsProps): JSX.Element {
  const scale = (item: 'sleep' | 'fatigue', question: string, anchors: [string, string]) => (
    <div class="stack" style={{ gap: 'var(--space-1)' }} data-item={item}>
      <div class="row">
        <p id={`${idPrefix}-${item}`} class="item-question">
          {question}
        </p>
        {itemState?.(item, question)}
      </div>
      <RatingScale
        questionId={`${idPrefix}-${item}`}
        disabled={disabled}
        selected={answers[item] ?? null}
        anchors={anchors}
        onRate={(value) => onChange({ [item]: value })}
      />
    </div>
  );
  const stiffQ = t('morningStiffQ');
  return (
    <div class="stack">
      {scale('sleep', t('morningSleepQ'), [t('morningSleepLow'), t('morningSleepHigh')])}
      <fieldset class="choices" disabled={disabled} data-item="stiffness">
        <legend class="item-question">{stiffQ}</legend>
        {STIFFNESS.map((s) => (
          <label key={s} class="choice">
            <input
              type="radio"
              name={`${idPrefix}-stiffness`}
              checked={answers.stiffness === s}
              onChange={() => onChange({ stiffness: s })}
            />
            {t(`stiffOpt${s}`)}
          </label>
        ))}
        {itemState?.('stiffness', stiffQ)}
      </fieldset>
      {scale('fatigue', t('morningFatigueQ'), [t('morningFatigueLow'), t('morningFatigueHigh')])}
    </div>
  );
}
