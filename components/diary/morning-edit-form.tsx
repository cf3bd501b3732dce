import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MorningFields } from '../common/morning-fields';
import type { MorningItem } from '../common/morning-fields';
import { formatRecordTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import { EditShell } from './edit-shell';
import { changeMorning } from '../../utils/storage/change-morning';
import { userError } from '../../utils/user-error';
import { morningChangeProblem } from '../../utils/core/data/edit-morning';
import type { MorningAnswers, MorningRecord } from '../../utils/core/data/morning';
import './morning-edit-form.css';

export interface MorningEditFormProps {
  record: MorningRecord;
  /** Held by the page, so a re-read of the week (or a failed save) never loses what was chosen. */
  answers: MorningAnswers;
  onAnswers(answers: MorningAnswers): void;
  /** Saved: the check as stored now, and whether anything changed. */
  onSaved(stored: MorningRecord, changed: boolean): void;
  onCancel(): void;
}

/** Changes a morning check's answers (each can be changed or cleared), in place of its entry. */
export function MorningEditForm({ record, answers, onAnswers, onSaved, onCancel }: MorningEditFormProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const prefix = `edit-${useId()}`;
  const time = formatRecordTime(record.at, record.tz);

  // A Clear goes with its answer: focus moves to that question's first choice, not to the page.
  const [cleared, setCleared] = useState<{ item: MorningItem } | null>(null);
  useEffect(() => {
    if (!cleared) return;
    const part = form.current?.querySelector<HTMLElement>(`[data-item="${cleared.item}"]`);
    part?.querySelector<HTMLElement>('.rating-btn, input')?.focus();
  }, [cleared]);

  const itemState = (item: MorningItem, question: string) => (
    <span class="answer-state">
      {answers[item] === undefined ? (
        <span class="muted">{t('morningUnanswered')}</span>
      ) : (
        <button
          type="button"
          class="btn btn-small"
          aria-label={t('morningClearLabel', question)}
          onClick={() => {
            setProblem(null);
            onAnswers({ ...answers, [item]: undefined });
            setCleared({ item });
          }}
        >
          {t('morningClear')}
        </button>
      )}
    </span>
  );

  useEffect(() => {
    // Opened: the first answer given, so the keyboard starts where the check is.
    const f = form.current;
    (
      f?.querySelector<HTMLElement>('.rating-btn[aria-pressed="true"], input:checked') ??
      f?.querySelector<HTMLElement>('button')
    )?.focus();
  }, []);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const refused = morningChangeProblem(record, answers);
    if (refused) {
      setProblem(t(refused === 'empty' ? 'diaryMorningEmpty' : 'diaryMorningInvalid'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const saved = await changeMorning(record.date, record.id, answers, Date.now());
      setBusy(false);
      if (saved) onSaved(saved.stored, saved.changed);
      else setProblem(t('diaryMorningGone'));
    } catch (err) {
      setBusy(false);
      setProblem(userError(err));
    }
  };

  return (
    <EditShell
      formRef={form}
      prefix={prefix}
      title={t('diaryEditMorningLabel', time)}
      busy={busy}
      problem={problem}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <MorningFields
        idPrefix={prefix}
        answers={answers}
        itemState={itemState}
        onChange={(patch) => {
          setProblem(null);
          onAnswers({ ...answers, ...patch });
        }}
      />
    </EditShell>
  );
}
