import { useEffect, useRef, useState } from 'preact/hooks';
import { RatingScale } from '../rating/rating-scale';
import { t } from '../../utils/i18n';
import { STIFFNESS } from '../../utils/core/data/morning';
import type { MorningAnswers } from '../../utils/core/data/morning';
import type { JSX } from 'preact';
import './morning-fields.css';

export interface MorningFieldsProps {
  answers: MorningAnswers;
  /** One item changed: its new value, or undefined when it was cleared. */
  onChange(patch: MorningAnswers): void;
  disabled?: boolean;
  /** Unique on the page: the questions' ids and the radio group's name start with it. */
  idPrefix: string;
  /** Each answered item gets a Clear button (the diary, where a misclick is taken back). */
  clearable?: boolean;
}

type Item = keyof MorningAnswers;

/**
 * The morning check's three questions (docs/clinical-basis.md, "Morning check"): sleep last night
 * and fatigue now on 0–10 scales (higher is worse on both, as for pain), and how long stiffness
 * lasted after getting up, in four bands. Shared by the prompt and the diary's edit form.
 */
export function MorningFields({ answers, onChange, disabled, idPrefix, clearable }: MorningFieldsProps): JSX.Element {
  // A Clear goes with its answer: focus moves to that item's first choice, not to the page.
  const [cleared, setCleared] = useState<{ item: Item } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!cleared) return;
    const item = cleared.item;
    const within = root.current?.querySelector<HTMLElement>(`[data-item="${item}"]`);
    within?.querySelector<HTMLElement>('.rating-btn, input')?.focus();
  }, [cleared]);
  const state = (item: Item, question: string) =>
    clearable ? (
      <span class="answer-state">
        {answers[item] === undefined ? (
          <span class="muted">{t('morningUnanswered')}</span>
        ) : (
          clearButton(item, question)
        )}
      </span>
    ) : null;
  const clearButton = (item: Item, question: string) => (
    <button
      type="button"
      class="btn btn-small"
      disabled={disabled}
      aria-label={t('morningClearLabel', question)}
      onClick={() => {
        onChange({ [item]: undefined });
        setCleared({ item });
      }}
    >
      {t('morningClear')}
    </button>
  );
  const scale = (item: 'sleep' | 'fatigue', question: string, anchors: [string, string]) => (
    <div class="stack" style={{ gap: 'var(--space-1)' }} data-item={item}>
      <div class="row">
        <p id={`${idPrefix}-${item}`} class="item-question">
          {question}
        </p>
        {state(item, question)}
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
    <div ref={root} class="stack">
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
        {state('stiffness', stiffQ)}
      </fieldset>
      {scale('fatigue', t('morningFatigueQ'), [t('morningFatigueLow'), t('morningFatigueHigh')])}
    </div>
  );
}
