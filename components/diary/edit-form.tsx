import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDay, formatRecordTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import { EditShell } from './edit-shell';
import { changeRating } from '../../utils/storage/entries';
import { userError } from '../../utils/user-error';
import { isVeryHigh } from '../../utils/core/stats/very-high';
import { HighRatingNotice } from '../safety/high-rating-notice';
import { RatingFields } from './rating-fields';
import { changeOf } from './rating-draft';
import type { RatingRecord } from '../../utils/core/data/records';
import type { Region } from '../../utils/core/content/regions';
import type { ContextTag } from '../../utils/core/content/context-tags';
import type { RatingDraft } from './rating-draft';

export interface EditFormProps {
  record: RatingRecord;
  /** Held by the page, so a re-read of the week (or a failed save) never loses what was typed. */
  draft: RatingDraft;
  onDraft(draft: RatingDraft): void;
  regions: readonly Region[];
  context: { tags: readonly ContextTag[]; own: readonly string[] };
  /** Saved: the rating as stored now, and whether anything changed. */
  onSaved(stored: RatingRecord, changed: boolean): void;
  onCancel(): void;
}

/** Changes a rating's score, time (within its day), regions and note, in place of its entry. */
export function EditForm({ record, draft, onDraft, regions, context, onSaved, onCancel }: EditFormProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Changed to 9 or 10: the form stays, as "saved" with the warning signs, until closed.
  const [savedHigh, setSavedHigh] = useState<RatingRecord | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // Ids stay valid whatever characters a record's id holds.
  const prefix = `edit-${useId()}`;
  const time = formatRecordTime(record.at, record.tz);

  useEffect(() => {
    // Opened: the chosen score, so the keyboard starts where the rating is.
    const f = form.current;
    (
      f?.querySelector<HTMLElement>('.rating-btn[aria-pressed="true"]') ?? f?.querySelector<HTMLElement>('button')
    )?.focus();
  }, []);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const built = changeOf(record, draft, Date.now());
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    if (Object.keys(built.change).length === 0) {
      onSaved(record, false);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const stored = await changeRating(record.date, record.id, built.change, Date.now());
      setBusy(false);
      if (stored && built.change.score !== undefined && isVeryHigh(stored.score)) setSavedHigh(stored);
      else if (stored) onSaved(stored, true);
      else setProblem(t('diaryEditGone'));
    } catch (err) {
      setBusy(false);
      setProblem(userError(err));
    }
  };

  if (savedHigh) {
    const close = (): void => onSaved(savedHigh, true);
    return (
      <section
        class="card stack diary-form"
        aria-labelledby={`${prefix}-title`}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          close();
        }}
      >
        <h3 id={`${prefix}-title`}>{t('diaryEditLabel', time)}</h3>
        <p>{t('diarySaved')}</p>
        {/* Save is gone with the fields: focus goes to the notice's heading, which is read out. */}
        <HighRatingNotice rating={savedHigh} level={4} focusHeading hideable={false}>
          <button type="button" class="btn btn-primary" onClick={close}>
            {t('close')}
          </button>
        </HighRatingNotice>
      </section>
    );
  }

  return (
    <EditShell
      formRef={form}
      prefix={prefix}
      title={t('diaryEditLabel', time)}
      busy={busy}
      problem={problem}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <RatingFields
        idPrefix={prefix}
        draft={draft}
        onDraft={(patch) => {
          setProblem(null);
          onDraft({ ...draft, ...patch });
        }}
        regions={regions}
        context={context}
        timeHint={t('diaryTimeHint', formatDay(record.date, true))}
      />
    </EditShell>
  );
}
